//! `codex.rpc()`: every request of the pinned schema by name, on the real server.

mod support;

use codex_sdk::protocol::{
    AskForApproval, ClientRequest, ModelListParams, ThreadListParams, ThreadReadParams,
    ThreadStartParams,
};
use codex_sdk_testkit::{Reply, ScriptedProvider};
use futures_util::StreamExt;
use support::{TestCodex, builder, indexed_methods};

/// The wire names the methods of `rpc.rs` are documented with: each method's doc starts with
/// its wire name in backticks (a group's starts with "The", a page stream's with "Every").
fn rpc_methods() -> Vec<String> {
    let source = include_str!("../src/generated/rpc.rs");
    source
        .lines()
        .filter_map(|line| {
            let doc = line.trim_start();
            let doc = doc
                .strip_prefix("///`")
                .or_else(|| doc.strip_prefix("/**`"))?;
            doc.split('`').next().map(str::to_owned)
        })
        .collect()
}

#[test]
fn rpc_has_a_method_for_every_client_request_in_the_index() {
    let mut indexed = indexed_methods("Client requests");
    let mut covered = rpc_methods();
    assert!(
        indexed.len() >= ClientRequest::METHODS.len(),
        "the index lists every request: {indexed:?}"
    );
    indexed.sort_unstable();
    covered.sort_unstable();
    assert_eq!(covered, indexed);
    // And the protocol crate's own table (stable methods without the feature) agrees.
    for method in ClientRequest::METHODS {
        assert!(indexed.iter().any(|m| m == method), "{method}");
    }
}

#[tokio::test]
async fn typed_methods_reach_the_server_and_list_methods_page() {
    let harness = TestCodex::start().await;
    harness.provider.respond_with(|_| Reply::message("ok"));
    let rpc = harness.codex.rpc();
    let mut ids = Vec::new();
    for _ in 0..3 {
        let started = rpc
            .thread()
            .start(ThreadStartParams::new())
            .await
            .expect("thread/start");
        let thread = harness.codex.thread(started.thread.id.clone());
        thread.run("hi").await.expect("run");
        ids.push(started.thread.id);
    }
    let read = rpc
        .thread()
        .read(ThreadReadParams::new(ids[0].clone()).with_include_turns(true))
        .await
        .expect("thread/read");
    assert_eq!(read.thread.turns.len(), 1);

    // One thread per page: the stream follows the cursor through three pages.
    let listed: Vec<String> = rpc
        .thread()
        .list_all(ThreadListParams::new().with_limit(1))
        .map(|thread| thread.expect("thread/list").id)
        .collect()
        .await;
    for id in &ids {
        assert!(listed.contains(id), "{id} in {listed:?}");
    }
    let models: Vec<_> = rpc.model().list_all(ModelListParams::new()).collect().await;
    assert!(
        models.iter().all(Result::is_ok) && !models.is_empty(),
        "{models:?}"
    );
    harness.close().await;
}

#[tokio::test]
async fn a_thread_started_through_rpc_gets_the_clients_approval_mode() {
    let provider = ScriptedProvider::start().await;
    // The home asks the client on every command; this client has no handler (deny all).
    let home = codex_sdk_testkit::CodexHome::with_provider(&provider, "on-request");
    let codex = builder(&home).start().await.expect("start");
    let started = codex
        .rpc()
        .thread()
        .start(ThreadStartParams::new())
        .await
        .expect("thread/start");
    assert!(
        matches!(started.approval_policy, AskForApproval::Never),
        "deny-all sends `never`: {:?}",
        started.approval_policy
    );
    // A policy the caller names is kept.
    let asked = codex
        .rpc()
        .thread()
        .start(ThreadStartParams::new().with_approval_policy(AskForApproval::OnRequest))
        .await
        .expect("thread/start");
    assert!(
        matches!(asked.approval_policy, AskForApproval::OnRequest),
        "{:?}",
        asked.approval_policy
    );
    codex.close().await;
}
