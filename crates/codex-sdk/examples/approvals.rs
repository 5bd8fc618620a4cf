//! Approvals: decide yourself which commands the agent may run. Read-only commands are
//! accepted; anything else is declined.
#![allow(clippy::print_stdout)]

use codex_sdk::protocol::{
    CommandExecutionApprovalDecision, CommandExecutionRequestApprovalResponse,
};
use codex_sdk::{Approvals, Codex, ThreadStartOptions};

fn is_read_only(command: &str) -> bool {
    let program = command.split_whitespace().next().unwrap_or_default();
    ["ls", "cat", "pwd", "echo", "git"].contains(&program.rsplit('/').next().unwrap_or(program))
        && !command.contains('>')
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let approvals = Approvals::new().on_command(|request| async move {
        let command = request.command.unwrap_or_default();
        let decision = if is_read_only(&command) {
            CommandExecutionApprovalDecision::Accept
        } else {
            CommandExecutionApprovalDecision::Decline
        };
        println!("approval asked for `{command}`: {decision:?}");
        CommandExecutionRequestApprovalResponse { decision }
    });
    // With a handler, threads default to ApprovalMode::AskClient: approvals come here.
    let codex = Codex::builder().approval_handler(approvals).start().await?;
    let thread = codex.thread_start(ThreadStartOptions::new()).await?;
    let result = thread
        .run("Create a file named hello.txt containing 'hi'.")
        .await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
