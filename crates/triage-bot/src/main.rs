//! `triage-bot < issue.txt`: prints the triage of the issue on stdin.
#![allow(clippy::print_stdout)]

use tokio::io::AsyncReadExt;

#[tokio::main]
async fn main() -> codex_sdk::Result<()> {
    let mut issue = String::new();
    tokio::io::stdin()
        .read_to_string(&mut issue)
        .await
        .map_err(|err| codex_sdk::Error::InvalidInput(format!("reading the issue: {err}")))?;
    let codex = triage_bot::configure(codex_sdk::Codex::builder(), triage_bot::IDLE_LIMIT)
        .start()
        .await?;
    let verdict = triage_bot::triage(&codex, &issue).await;
    codex.close().await;
    let verdict = verdict?;
    println!(
        "[{:?}] {} (owner: {}, labels: {})",
        verdict.severity,
        verdict.summary,
        verdict.owner,
        verdict.labels.join(", ")
    );
    Ok(())
}
