//! Streaming: print the agent's answer as it is written, and each item as it completes.
#![allow(clippy::print_stdout)]

use std::io::Write;

use codex_sdk::protocol::{ServerNotification, ThreadItem};
use codex_sdk::{Codex, ThreadStartOptions};

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(ThreadStartOptions::new()).await?;
    let mut turn = thread.turn("Count from one to ten in words.").await?;

    let mut events = turn.stream();
    while let Some(event) = events.next().await {
        match event? {
            ServerNotification::ItemAgentMessageDelta(delta) => {
                print!("{}", delta.delta);
                std::io::stdout().flush().ok();
            }
            ServerNotification::ItemCompleted(done) => {
                if let ThreadItem::AgentMessage { .. } = done.item {
                    println!();
                }
            }
            ServerNotification::TurnCompleted(done) => println!("[turn {:?}]", done.turn.status),
            _ => {}
        }
    }
    codex.close().await;
    Ok(())
}
