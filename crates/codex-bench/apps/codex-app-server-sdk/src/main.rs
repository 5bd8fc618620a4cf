//! Build-bench app driving `codex app-server` through the `codex-app-server-sdk` 0.5.1 crate.
//!
//! It uses the crate's typed client (`CodexClient`) rather than its `Codex`/`Thread` layer:
//! that layer initializes and starts the thread lazily inside the first turn, and its
//! `run_streamed` silently skips events when its broadcast subscription lags, so neither the
//! start-up nor the delta count could be measured exactly through it.

#[path = "../../proc_usage.rs"]
mod proc_usage;
#[path = "../../report.rs"]
mod report;

use std::error::Error;
use std::time::{Duration, Instant};

use codex_app_server_sdk::requests::{
    ClientInfo, InitializeParams, ThreadStartParams, TurnStartParams,
};
use codex_app_server_sdk::{CodexClient, ServerEvent, ServerNotification, StdioConfig};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

#[tokio::main]
async fn main() {
    let args = report::Args::from_env();
    match run(&args).await {
        Ok((startup, latencies, long, received)) => report::print(
            "codex-app-server-sdk 0.5.1",
            startup,
            &latencies,
            long,
            received,
        ),
        Err(err) => {
            eprintln!("codex-app-server-sdk app: {err}");
            std::process::exit(1);
        }
    }
}

async fn run(args: &report::Args) -> Result<(Duration, Vec<Duration>, Duration, usize)> {
    let codex = args.codex.to_str().ok_or("the codex path is not UTF-8")?;
    let started = Instant::now();
    let client = CodexClient::spawn_stdio(StdioConfig {
        codex_binary: codex.to_string(),
        ..StdioConfig::default()
    })
    .await?;
    let info = ClientInfo::new("bench_app", "Bench App", "0.0.0");
    client.initialize(InitializeParams::new(info)).await?;
    client.initialized().await?;
    let startup = started.elapsed();

    let thread = client.thread_start(ThreadStartParams::default()).await?;
    let thread_id = thread.thread.id;

    let mut latencies = Vec::with_capacity(args.turns);
    for i in 0..args.turns {
        let started = Instant::now();
        run_turn(&client, &thread_id, report::short_prompt(i)).await?;
        latencies.push(started.elapsed());
    }

    let (mut long, mut received) = (Duration::ZERO, 0);
    if args.deltas > 0 {
        let started = Instant::now();
        received = run_turn(&client, &thread_id, report::long_prompt(args.deltas)).await?;
        long = started.elapsed();
    }

    // The crate has no close/shutdown for a stdio client: dropping it is all it offers, and
    // the server's stdin is closed (and the server exits) when the runtime's tasks end.
    drop(client);
    Ok((startup, latencies, long, received))
}

/// Runs one turn and returns how many agent message deltas it streamed.
async fn run_turn(client: &CodexClient, thread_id: &str, prompt: String) -> Result<usize> {
    // Subscribe before starting the turn so that none of its notifications are missed.
    let mut events = client.subscribe();
    let turn = client
        .turn_start(TurnStartParams::text(thread_id, prompt))
        .await?;
    let mut deltas = 0;
    loop {
        match events.recv().await? {
            ServerEvent::Notification(ServerNotification::ItemAgentMessageDelta(_)) => deltas += 1,
            ServerEvent::Notification(ServerNotification::TurnCompleted(done))
                if done.turn.id == turn.turn.id =>
            {
                return match (done.turn.status.as_deref(), done.turn.error) {
                    (Some("failed"), error) => {
                        let message = error.map_or_else(String::new, |e| e.message);
                        Err(format!("turn failed: {message}").into())
                    }
                    _ => Ok(deltas),
                };
            }
            ServerEvent::TransportClosed => return Err("the app-server closed".into()),
            _ => {}
        }
    }
}
