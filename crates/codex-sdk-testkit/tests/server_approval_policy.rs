//! `TestCodex::start_with`'s server policy: the server's default, which decides only for
//! threads whose policy the client leaves to the server (`default_approval_mode(None)`).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use codex_protocol::{
    CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse,
};
use codex_sdk::{ApprovalHandler, CodexBuilder, Decision};
use codex_sdk_testkit::{Reply, ServerApprovalPolicy, SseScript, TestCodex};

/// Accepts every command, and counts the approvals it is asked for.
#[derive(Clone, Default)]
struct Counting(Arc<AtomicUsize>);

impl ApprovalHandler for Counting {
    async fn command_execution(
        &self,
        _request: CommandExecutionRequestApprovalParams,
    ) -> CommandExecutionRequestApprovalResponse {
        self.0.fetch_add(1, Ordering::SeqCst);
        CommandExecutionRequestApprovalResponse::accept()
    }
}

/// How many approvals a turn asking to run a command outside the sandbox brings, on a server
/// whose policy is `server` with a client built by `configure` (given the counting handler).
async fn approvals_asked(
    server: impl Into<ServerApprovalPolicy>,
    configure: impl FnOnce(CodexBuilder, Counting) -> CodexBuilder,
) -> usize {
    let handler = Counting::default();
    let count = Arc::clone(&handler.0);
    let harness = TestCodex::start_with(server, |b| configure(b, handler)).await;
    harness
        .provider
        .push(SseScript::new().exec_command("call-1", "echo hi"));
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    let result = thread.run("go").await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("done"));
    assert!(
        harness.provider.tool_output("call-1").is_some(),
        "the call was answered"
    );
    harness.close().await;
    count.load(Ordering::SeqCst)
}

#[tokio::test]
async fn the_server_policy_decides_only_when_the_client_leaves_it_to_the_server() {
    // The client leaves the policy to the server: the server's decides.
    let leave = |b: CodexBuilder, h: Counting| b.approval_handler(h).default_approval_mode(None);
    assert_eq!(approvals_asked(ServerApprovalPolicy::Never, leave).await, 0);
    assert_eq!(
        approvals_asked(ServerApprovalPolicy::OnRequest, leave).await,
        1
    );
    // With a handler and the SDK's default, the client sends its own: `never` changes nothing.
    let ask = |b: CodexBuilder, h: Counting| b.approval_handler(h);
    assert_eq!(approvals_asked(ServerApprovalPolicy::Never, ask).await, 1);
    // The old spelling still works.
    assert_eq!(approvals_asked("on-request", leave).await, 1);
}

#[test]
fn the_policies_are_spelled_as_in_config_toml() {
    assert_eq!(ServerApprovalPolicy::Never.as_str(), "never");
    assert_eq!(ServerApprovalPolicy::OnRequest.to_string(), "on-request");
    assert_eq!(
        ServerApprovalPolicy::from("never"),
        ServerApprovalPolicy::Never
    );
    assert_eq!(
        ServerApprovalPolicy::from("on-request"),
        ServerApprovalPolicy::OnRequest
    );
    let refused = std::panic::catch_unwind(|| ServerApprovalPolicy::from("untrusted"))
        .expect_err("a policy the server refuses");
    let message = refused
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(
        message.contains("\"untrusted\"") && message.contains("on-request"),
        "{message}"
    );
}
