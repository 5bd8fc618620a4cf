//! The blocking API against the real app-server, from plain (non-async) test code.

use codex_sdk::ThreadStartOptions;
use codex_sdk::blocking::Codex;
use codex_sdk::protocol::{ServerNotification, TurnStatus};
use codex_test_support::{CodexHome, Reply, ScriptedProvider, SseScript, codex_bin};

#[test]
fn the_blocking_api_runs_and_streams_turns() {
    // The provider is async: it runs on a runtime of the test's own.
    let provider_runtime = tokio::runtime::Runtime::new().expect("runtime");
    let provider = provider_runtime.block_on(ScriptedProvider::start());
    let home = CodexHome::with_provider(&provider, "never");
    let builder = codex_sdk::Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace());
    let codex = Codex::from_builder(builder).expect("start");
    assert!(codex.server_version().is_some());

    provider.push(Reply::message("blocking hello"));
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .expect("thread/start");
    let result = thread.run("hi").expect("run");
    assert_eq!(result.final_response.as_deref(), Some("blocking hello"));

    provider.push(SseScript::new().streamed_message(["a", "b", "c"]));
    let mut turn = thread.turn("stream it").expect("turn/start");
    let events: Vec<ServerNotification> = turn.events().map(|e| e.expect("event")).collect();
    let deltas: String = events
        .iter()
        .filter_map(|e| match e {
            ServerNotification::ItemAgentMessageDelta(d) => Some(d.delta.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(deltas, "abc");
    assert!(
        matches!(events.last(), Some(ServerNotification::TurnCompleted(done)) if done.turn.status == TurnStatus::Completed)
    );

    let listed = codex.thread_list(Default::default()).expect("thread/list");
    assert!(listed.iter().any(|t| t.id == thread.id()));
    let pid = codex.as_async().connection().process_id().expect("pid");
    drop((turn, thread));
    drop(codex);
    assert!(
        !codex_test_support::process_exists(pid),
        "dropping the last handle stops the server"
    );
}
