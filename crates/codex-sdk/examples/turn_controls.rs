//! Turn controls: steer a running turn with more input, and interrupt another one.
#![allow(clippy::print_stdout)]

use codex_sdk::protocol::ServerNotification;
use codex_sdk::{Codex, TurnStream};

/// Waits until the turn has started writing its answer.
async fn first_words(events: &mut TurnStream) -> Result<(), codex_sdk::Error> {
    while let Some(event) = events.next().await {
        if let ServerNotification::ItemAgentMessageDelta(_) = event? {
            return Ok(());
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;

    let mut turn = thread
        .turn("Write a long story about a lighthouse.")
        .await?;
    let mut events = turn.stream();
    first_words(&mut events).await?;
    turn.steer("Make it about a lighthouse keeper's cat instead.")
        .await?;
    let steered = events.collect_result().await?;
    println!(
        "steered turn: {:?}: {}",
        steered.status,
        steered.final_response.unwrap_or_default()
    );

    let mut turn = thread
        .turn("Now count to one million, one number per line.")
        .await?;
    let mut events = turn.stream();
    first_words(&mut events).await?;
    turn.interrupt().await?;
    let interrupted = events.collect_result().await?;
    println!("interrupted turn: {:?}", interrupted.status);
    codex.close().await;
    Ok(())
}
