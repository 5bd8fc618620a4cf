//! Approvals: decide yourself what the agent may do. Approving a command lets it run
//! **outside the sandbox**, so this example accepts only an exact allow-list: `ls`, `cat`,
//! `head -n N`, `wc -l` and `pwd`, with the options listed, and nothing else (no chains, pipes,
//! redirections or `$(...)`, which are not one simple command; no `find -delete`, `rg --pre` or
//! `awk 'BEGIN{system(...)}'`, since none of those programs is listed). A request that asks for
//! more than running the command once (extra permissions, network access) is declined before
//! the list is asked. File changes are accepted only inside the working directory.
#![allow(clippy::print_stdout)]

use codex_sdk::{Approvals, Codex, CommandAllowList, ProgramRule};

/// The commands this example lets run: programs that only read, with options that only read.
fn reading_commands() -> CommandAllowList {
    CommandAllowList::new()
        .program(
            ProgramRule::new("ls")
                .flags(&["-l", "-a", "-la", "-1"])
                .operands(),
        )
        .program(ProgramRule::new("cat").operands())
        .program(
            ProgramRule::new("head")
                .options_with_value(&["-n"])
                .operands(),
        )
        .program(ProgramRule::new("wc").flags(&["-l"]).operands())
        .program(ProgramRule::new("pwd"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let workspace = std::env::current_dir()?;
    let list = reading_commands();
    let approvals = Approvals::new()
        .accept_commands_if(move |request| {
            let accept = request.argv().is_some_and(|argv| list.allows(argv));
            println!(
                "approval asked for `{}` in {:?} ({}): {}",
                request.command().unwrap_or_default(),
                request.cwd(),
                request.reason().unwrap_or("no reason given"),
                if accept { "accept" } else { "decline" }
            );
            accept
        })
        .accept_file_changes_inside(&workspace);
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
