//! Error handling and retry: retry calls the server refuses as overloaded, and tell a failed
//! turn from a dead server.
#![allow(clippy::print_stdout)]

use codex_sdk::{Codex, Error, RetryPolicy, retry_on_overload};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let codex = Codex::start().await?;
    // Retries while the server answers "busy": 3 attempts, 0.25 s then 0.5 s, with jitter.
    let thread = retry_on_overload(RetryPolicy::default(), || codex.thread_start(None)).await?;

    match thread.run("Hello?").await {
        Ok(result) => println!("answer: {}", result.final_response.unwrap_or_default()),
        Err(Error::TurnFailed { error, result }) => {
            println!(
                "the turn failed: {} ({} items before the failure)",
                error.message,
                result.items.len()
            );
        }
        Err(Error::TurnClosed { reason, result, .. }) => println!(
            "the server went away mid-turn: {reason} (answer so far: {:?})",
            result.final_response
        ),
        Err(Error::Closed(reason)) => println!("the server went away: {reason}"),
        Err(err) if err.is_retryable() => println!("still busy after retries: {err}"),
        Err(err) => return Err(err),
    }
    codex.close().await;
    Ok(())
}
