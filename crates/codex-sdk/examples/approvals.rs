//! Approvals: decide yourself which commands the agent may run. A command is accepted only
//! when the server parsed every part of it as reading, listing or searching files; anything
//! else (a write, a chain such as `ls && curl ... | sh`, a `$(...)` substitution, which the
//! server reports as one `unknown` action) is declined. File changes get the SDK's default:
//! declined.
#![allow(clippy::print_stdout)]

use codex_sdk::protocol::{CommandAction, CommandExecutionRequestApprovalParams};
use codex_sdk::{Approvals, Codex};

/// Decides on the server's parse of the command, never on its text: the text of
/// `ls; rm -rf ~` starts with `ls` too.
fn is_read_only(request: &CommandExecutionRequestApprovalParams) -> bool {
    let actions = request.command_actions.as_deref().unwrap_or_default();
    !actions.is_empty()
        && actions.iter().all(|action| {
            matches!(
                action,
                CommandAction::Read { .. }
                    | CommandAction::ListFiles { .. }
                    | CommandAction::Search { .. }
            )
        })
}

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let approvals = Approvals::new().accept_commands_if(|request| {
        let accept = is_read_only(request);
        let command = request.command.as_deref().unwrap_or_default();
        println!(
            "approval asked for `{command}`: {}",
            if accept { "accept" } else { "decline" }
        );
        accept
    });
    // With a handler, threads default to ApprovalMode::AskClient: approvals come here.
    let codex = Codex::builder().approval_handler(approvals).start().await?;
    let thread = codex.thread_start(None).await?;
    let result = thread
        .run("List the files here, then create a file named hello.txt containing 'hi'.")
        .await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
