//! Structured output: ask for an answer that parses into a Rust type, and watch it come. The
//! type's JSON schema (in the form OpenAI's strict mode takes) goes to the model as the turn's
//! output schema; the answer streams to stderr as it is written, then parses into the type.
//! The derive needs no schemars of your own: `codex_sdk::schemars` and its `crate` attribute.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use codex_sdk::Codex;

#[derive(Debug, serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Country {
    name: String,
    capital: String,
    population_millions: f64,
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    let mut turn = thread
        .turn_json::<Country>("Give me facts about France.")
        .await?;
    let mut events = turn.stream();
    while let Some(event) = events.next_event().await {
        if let Some(delta) = event?.agent_message_delta() {
            eprint!("{delta}");
        }
    }
    eprintln!();
    match events.answer().await {
        Ok(country) => println!(
            "{} (capital {}): {} million people",
            country.name, country.capital, country.population_millions
        ),
        Err(codex_sdk::Error::StructuredOutput { raw, source }) => {
            println!("the answer did not parse ({source}): {raw}")
        }
        Err(other) => return Err(other),
    }
    codex.close().await;
    Ok(())
}
