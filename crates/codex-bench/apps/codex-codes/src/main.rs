//! The build bench's minimal app on codex-codes 0.166.4: start, a thread, short turns, one
//! streamed turn (the contract is in `../report.rs`).

#[path = "../../proc_usage.rs"]
mod proc_usage;
#[path = "../../report.rs"]
mod report;

use std::time::{Duration, Instant};

use codex_codes::{
    AppServerBuilder, AsyncClient, Notification, ServerMessage, ThreadStartParams, TurnStartParams,
    UserInput,
};

#[tokio::main]
async fn main() {
    if let Err(error) = run(report::Args::from_env()).await {
        eprintln!("{error}");
        std::process::exit(1);
    }
}

async fn run(args: report::Args) -> codex_codes::Result<()> {
    let started = Instant::now();
    let mut client = AsyncClient::start_with(AppServerBuilder::new().command(&args.codex)).await?;
    let startup = started.elapsed();
    let thread = client.thread_start(&ThreadStartParams::default()).await?;
    let thread_id = thread.thread.id;

    let mut latencies = Vec::new();
    for i in 0..args.turns {
        let started = Instant::now();
        turn(&mut client, &thread_id, report::short_prompt(i)).await?;
        latencies.push(started.elapsed());
    }

    let (mut long, mut received) = (Duration::ZERO, 0);
    if args.deltas > 0 {
        let started = Instant::now();
        received = turn(&mut client, &thread_id, report::long_prompt(args.deltas)).await?;
        long = started.elapsed();
    }
    client.shutdown().await?;
    report::print("codex-codes 0.166.4", startup, &latencies, long, received);
    Ok(())
}

/// Runs one turn to `turn/completed`, returning the agent-message deltas it streamed.
async fn turn(
    client: &mut AsyncClient,
    thread_id: &str,
    text: String,
) -> codex_codes::Result<usize> {
    client
        .turn_start(&TurnStartParams {
            thread_id: thread_id.to_string(),
            input: vec![UserInput::Text {
                text,
                text_elements: None,
            }],
            ..Default::default()
        })
        .await?;
    let mut deltas = 0;
    while let Some(message) = client.next_message().await? {
        match message {
            ServerMessage::Notification(Notification::AgentMessageDelta(_)) => deltas += 1,
            ServerMessage::Notification(Notification::TurnCompleted(_)) => return Ok(deltas),
            _ => {}
        }
    }
    Err(codex_codes::Error::ServerClosed)
}
