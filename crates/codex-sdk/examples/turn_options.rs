//! Every turn option: the builders are generated from the schema, so each field of
//! `turn/start` and `thread/start` is a setter.
#![allow(clippy::print_stdout)]

use codex_sdk::protocol::{
    Personality, ReasoningEffort, ReasoningSummary, SandboxMode, SandboxPolicy,
};
use codex_sdk::{ApprovalMode, Codex, ThreadStartOptions, TurnOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let codex = Codex::start().await?;
    let cwd = std::env::current_dir()?.display().to_string();
    let thread = codex
        .thread_start(
            ThreadStartOptions::new()
                .cwd(cwd.clone())
                .sandbox(SandboxMode::ReadOnly)
                .approval_mode(ApprovalMode::DenyAll)
                .developer_instructions("Be brief.")
                .personality(Personality::Pragmatic)
                .ephemeral(true),
        )
        .await?;
    let options = TurnOptions::new()
        .cwd(cwd)
        .effort(ReasoningEffort::try_from("low")?)
        .summary(ReasoningSummary::Concise)
        .sandbox_policy(SandboxPolicy::ReadOnly {
            network_access: false,
        })
        .approval_mode(ApprovalMode::DenyAll)
        .personality(Personality::Friendly)
        .output_schema(serde_json::json!({
            "type": "object",
            "properties": {"greeting": {"type": "string"}},
            "required": ["greeting"],
            "additionalProperties": false
        }));
    let result = thread.run_with("Greet me.", options).await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
