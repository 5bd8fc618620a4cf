//! Dynamic tools: give the model a Rust function to call. Needs the experimental API.
#![allow(clippy::print_stdout)]

use codex_sdk::{Codex, ThreadStartOptions, Tool};

/// The arguments of the `convert_temperature` tool; its JSON schema is derived from this type.
#[derive(serde::Deserialize, schemars::JsonSchema)]
struct Celsius {
    /// Degrees Celsius.
    degrees: f64,
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let convert = Tool::new(
        "convert_temperature",
        "Converts Celsius to Fahrenheit",
        |args: Celsius| async move {
            println!("tool called with {} °C", args.degrees);
            Ok::<_, String>(format!("{:.1} °F", args.degrees * 9.0 / 5.0 + 32.0))
        },
    );
    let codex = Codex::builder().experimental_api(true).start().await?;
    let thread = codex
        .thread_start_with_tools(ThreadStartOptions::new(), vec![convert])
        .await?;
    let result = thread
        .run("What is 21 °C in Fahrenheit? Use the tool.")
        .await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
