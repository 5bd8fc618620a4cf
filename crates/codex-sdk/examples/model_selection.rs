//! Model selection: list the models the server offers and start a thread on one of them.
#![allow(clippy::print_stdout)]

use codex_sdk::{Codex, ThreadStartOptions};

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let models = codex.models().await?;
    for model in &models {
        println!("{:<20} {}", model.id, model.description);
    }
    let Some(chosen) = models.iter().find(|m| !m.hidden) else {
        println!("no model available");
        return Ok(());
    };
    println!("using {}", chosen.id);
    let thread = codex
        .thread_start(ThreadStartOptions::new().model(chosen.id.clone()))
        .await?;
    let result = thread.run("Which model are you? One sentence.").await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
