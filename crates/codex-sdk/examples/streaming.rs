//! Streaming: print the agent's answer as it is written, then the turn's result and token
//! usage, from the same stream (no second read of the turn).
#![allow(clippy::print_stdout)]

use std::io::Write;

use codex_sdk::protocol::ThreadItem;
use codex_sdk::{Codex, TextKind, TurnEvent};

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    let mut turn = thread.turn("Count from one to ten in words.").await?;

    let mut events = turn.stream();
    while let Some(event) = events.next_event().await {
        match event? {
            TurnEvent::TextDelta {
                kind: TextKind::AgentMessage,
                delta,
                ..
            } => {
                print!("{delta}");
                std::io::stdout().flush().ok();
            }
            TurnEvent::ItemCompleted(ThreadItem::AgentMessage { .. }) => println!(),
            _ => {}
        }
    }
    // Every event was read: this hands back the result the events added up to.
    let result = events.collect_result().await?;
    println!("[turn {:?}]", result.status);
    if let Some(usage) = result.usage {
        println!(
            "[tokens: {} in, {} out]",
            usage.total.input_tokens, usage.total.output_tokens
        );
    }
    codex.close().await;
    Ok(())
}
