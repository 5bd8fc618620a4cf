//! Thread lifecycle: name, read, list, fork, archive and unarchive threads.
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;
use codex_sdk::protocol::ThreadListParams;
use futures_util::StreamExt;

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    thread.run("Suggest a name for a pet turtle.").await?;
    thread.set_name("turtle names").await?;

    let read = thread.read(true).await?;
    println!(
        "thread {:?} has {} turn(s)",
        read.thread.name,
        read.thread.turns.len()
    );

    let fork = codex.thread_fork(thread.id(), None).await?;
    println!("forked into {}", fork.id());

    let mut threads = codex.thread_list(ThreadListParams::default());
    while let Some(listed) = threads.next().await {
        let listed = listed?;
        println!("listed: {} {:?}", listed.id, listed.name);
    }

    codex.thread_archive(fork.id()).await?;
    println!("archived {}", fork.id());
    codex.thread_unarchive(fork.id()).await?;
    println!("unarchived {}", fork.id());
    codex.close().await;
    Ok(())
}
