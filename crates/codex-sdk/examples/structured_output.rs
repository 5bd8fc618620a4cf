//! Structured output: ask for an answer that parses into a Rust type. The type's JSON schema
//! goes to the model as the turn's output schema.
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;

#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
struct Country {
    name: String,
    capital: String,
    population_millions: f64,
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    match thread
        .run_json::<Country>("Give me facts about France.")
        .await
    {
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
