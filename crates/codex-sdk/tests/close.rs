//! `close()` on the real app-server while the client still owes it an answer: the server sees
//! the end of its input and exits by itself, rather than being signalled or killed.

#![cfg(unix)]

mod support;

use std::os::unix::process::ExitStatusExt;

use codex_sdk::Approvals;
use codex_sdk::protocol::CommandExecutionRequestApprovalResponse;
use codex_sdk_testkit::{Reply, SseScript, process_exists};
use support::{PATIENCE, TestCodex};

#[tokio::test]
async fn close_with_an_approval_pending_lets_the_server_exit_on_the_end_of_its_input() {
    let (asked_tx, mut asked) = tokio::sync::mpsc::unbounded_channel();
    // A handler that never decides: a person who walked away from the prompt.
    let approvals = Approvals::new().on_command_execution(move |request| {
        let _ = asked_tx.send(request.item_id.clone());
        std::future::pending::<CommandExecutionRequestApprovalResponse>()
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    harness
        .provider
        .push(SseScript::new().exec_command("call-1", "echo approved > approved.txt"));
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    let turn = tokio::spawn(async move { thread.run("write the file").await });
    tokio::time::timeout(PATIENCE, asked.recv())
        .await
        .expect("the approval request reaches the handler")
        .expect("the handler was asked");

    let pid = harness
        .codex
        .connection()
        .process_id()
        .expect("a server process");
    harness.codex.close().await;
    let reason = harness.codex.connection().close_reason().expect("closed");
    // codex exits with status 0 when its input ends (and on SIGTERM too: the signals the
    // client sent tell them apart).
    assert!(
        reason.signals_sent.is_empty(),
        "no signal was needed: {reason}"
    );
    let status = reason.exit_status.expect("the server was reaped");
    assert_eq!(status.signal(), None, "{reason}");
    assert_eq!(status.code(), Some(0), "{reason}");
    assert!(!process_exists(pid), "the server is gone");
    let ended = turn.await.expect("task");
    assert!(
        ended.is_err(),
        "the turn ends with the connection: {ended:?}"
    );
    assert!(
        !harness.home.workspace().join("approved.txt").exists(),
        "the command was never approved"
    );
}
