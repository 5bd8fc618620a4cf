//! The SDK on an in-memory fake app-server (`codex_sdk_testkit::FakeServer`) that answers the
//! handshake like the real one; then the test plays the server's side of each exchange.

use codex_sdk::transport::Transport;
use codex_sdk::{Codex, CodexBuilder};
pub use codex_sdk_testkit::FakeServer;
use serde_json::{Value, json};

use super::PATIENCE;

/// A client built by `builder` on a fake server that has done the handshake.
pub async fn start(builder: CodexBuilder) -> (Codex, FakeServer) {
    let (transport, server) = Transport::in_memory(1 << 20);
    let mut server = FakeServer::new(server);
    let client = tokio::spawn(builder.start_on(transport));
    let init = server.receive().await;
    assert_eq!(init["method"], "initialize", "{init}");
    server
        .answer(&init, json!({"userAgent": format!("fake/{} (test)", codex_sdk::protocol::PINNED_CODEX_VERSION), "codexHome": "/tmp/fake", "platformFamily": "unix", "platformOs": "linux"}))
        .await;
    let initialized = server.receive().await;
    assert_eq!(initialized["method"], "initialized", "{initialized}");
    // The client's round trip after the handshake: unknown here, as a real server may say.
    let probe = server.receive().await;
    server
        .send(&json!({"id": probe["id"], "error": {"code": -32601, "message": "unknown method"}}))
        .await;
    let codex = tokio::time::timeout(PATIENCE, client)
        .await
        .expect("the handshake ends")
        .expect("task")
        .unwrap_or_else(|err| panic!("handshake: {err}"));
    (codex, server)
}

/// Answers the next `turn/start` with turn `turn_id`.
pub async fn start_turn(server: &mut FakeServer, turn_id: &str) {
    let request = server.receive_method("turn/start").await;
    server
        .answer(&request, json!({"turn": turn(turn_id, "inProgress")}))
        .await;
}

/// Starts a turn on `thread_id` through `codex.thread(..)`, the fake answering it with turn
/// `turn_id`, and returns its handle.
pub async fn started_turn(
    codex: &Codex,
    server: &mut FakeServer,
    thread_id: &str,
    turn_id: &str,
) -> codex_sdk::TurnHandle {
    let handle = tokio::spawn({
        let thread = codex.thread(thread_id);
        async move { thread.turn("hi").await }
    });
    start_turn(server, turn_id).await;
    handle.await.expect("task").expect("turn/start")
}

/// A turn object as the server sends it.
pub fn turn(id: &str, status: &str) -> Value {
    json!({"id": id, "items": [], "status": status, "error": null, "durationMs": null})
}

/// The params of an agent message delta of `turn_id`.
pub fn delta(thread_id: &str, turn_id: &str, text: &str) -> Value {
    json!({"threadId": thread_id, "turnId": turn_id, "itemId": "item-1", "delta": text})
}
