//! Dynamic tools: give the model a Rust function to call. Needs the experimental API.
#![allow(clippy::print_stdout)]

use codex_sdk::{Codex, ThreadStartOptions, Tool, ToolCall};

/// The arguments of the `convert_temperature` tool; its JSON schema is derived from this type.
/// (schemars comes with codex-sdk: no dependency of its own, no version to match.)
#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Celsius {
    /// Degrees Celsius.
    degrees: f64,
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    // The function gets the call (its id, thread and turn) and returns the text the model
    // sees; return a `Result` instead when the call can fail.
    let convert = Tool::with_call(
        "convert_temperature",
        "Converts Celsius to Fahrenheit",
        |args: Celsius, call: ToolCall| async move {
            println!("tool called with {} °C ({})", args.degrees, call.call_id);
            format!("{:.1} °F", args.degrees * 9.0 / 5.0 + 32.0)
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
