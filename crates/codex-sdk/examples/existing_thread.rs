//! Existing thread: keep a thread's id, and continue the conversation later from another
//! client (here, a second `Codex` after the first one closed).
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let first = Codex::start().await?;
    let thread = first.thread_start(None).await?;
    let answer = thread.run("Remember this number: 42.").await?;
    println!(
        "first client: {}",
        answer.final_response.unwrap_or_default()
    );
    let thread_id = thread.id().to_owned();
    first.close().await;

    let second = Codex::start().await?;
    let resumed = second.thread_resume(&thread_id, None).await?;
    let answer = resumed
        .run("Which number did I ask you to remember?")
        .await?;
    println!(
        "second client, thread {thread_id}: {}",
        answer.final_response.unwrap_or_default()
    );
    second.close().await;
    Ok(())
}
