//! Quickstart: start Codex, open a thread, run one turn, print the answer.
//!
//! Run with `cargo run -p codex-driver --example quickstart`; it finds codex through `CODEX_BIN`
//! or `PATH`, and uses your Codex login (`CODEX_HOME`, `~/.codex` by default).
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    println!(
        "connected to codex {}",
        codex.server_version().unwrap_or("(unknown version)")
    );

    let thread = codex.thread_start(None).await?;
    let result = thread
        .run("Say hello to a new Codex Rust SDK user, in one sentence.")
        .await?;
    println!(
        "{}",
        result.final_response.as_deref().unwrap_or("(no answer)")
    );

    codex.close().await;
    Ok(())
}
