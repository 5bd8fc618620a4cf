//! The build bench's minimal app on codex-driver: start, a thread, short turns, one streamed
//! turn (the contract is in `../report.rs`).

#[path = "../../proc_usage.rs"]
mod proc_usage;
#[path = "../../report.rs"]
mod report;

use std::time::{Duration, Instant};

use codex_sdk::{Codex, TextKind, TurnEvent};

#[tokio::main]
async fn main() {
    if let Err(error) = run(report::Args::from_env()).await {
        eprintln!("{error}");
        std::process::exit(1);
    }
}

async fn run(args: report::Args) -> Result<(), codex_sdk::Error> {
    let started = Instant::now();
    let codex = Codex::builder().binary(&args.codex).start().await?;
    let startup = started.elapsed();
    let thread = codex.thread_start(None).await?;

    let mut latencies = Vec::new();
    for i in 0..args.turns {
        let started = Instant::now();
        thread.run(report::short_prompt(i)).await?;
        latencies.push(started.elapsed());
    }

    let (mut long, mut received) = (Duration::ZERO, 0);
    if args.deltas > 0 {
        let started = Instant::now();
        let mut turn = thread.turn(report::long_prompt(args.deltas)).await?;
        let mut events = turn.stream();
        while let Some(event) = events.next_event().await {
            if let TurnEvent::TextDelta {
                kind: TextKind::AgentMessage,
                ..
            } = event?
            {
                received += 1;
            }
        }
        long = started.elapsed();
    }
    codex.close().await;
    report::print("codex-driver", startup, &latencies, long, received);
    Ok(())
}
