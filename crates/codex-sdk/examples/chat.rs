//! A small chat app: each line you type is a turn on one thread; answers stream back.
//! An empty line or end of input quits.
#![allow(clippy::print_stdout)]

use std::io::{BufRead, Write};

use codex_sdk::Codex;
use codex_sdk::protocol::{ServerNotification, ThreadItem};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    println!("chatting on thread {} (empty line to quit)", thread.id());
    let stdin = std::io::stdin();
    loop {
        print!("> ");
        std::io::stdout().flush()?;
        let mut line = String::new();
        if stdin.lock().read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        let mut turn = thread.turn(line.trim()).await?;
        let mut events = turn.stream();
        let mut streamed = false;
        while let Some(event) = events.next().await {
            match event? {
                ServerNotification::ItemAgentMessageDelta(delta) => {
                    streamed = true;
                    print!("{}", delta.delta);
                    std::io::stdout().flush()?;
                }
                // A model that sends its answer whole, without deltas.
                ServerNotification::ItemCompleted(done) if !streamed => {
                    if let ThreadItem::AgentMessage { text, .. } = done.item {
                        print!("{text}");
                    }
                }
                ServerNotification::TurnCompleted(done) => {
                    if let Some(error) = done.turn.error {
                        print!("[the turn failed: {}]", error.message);
                    }
                }
                _ => {}
            }
        }
        println!();
    }
    codex.close().await;
    Ok(())
}
