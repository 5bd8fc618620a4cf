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

/// Answers the next `turn/start` with turn `turn_id` (see [`receive_turn_start`]).
pub async fn start_turn(server: &mut FakeServer, turn_id: &str) {
    let request = receive_turn_start(server).await;
    server
        .answer(&request, json!({"turn": turn(turn_id, "inProgress")}))
        .await;
}

/// The next `turn/start`, unanswered; before it, answered as the real server answers it, the
/// `thread/resume` that the first turn of a handle made with `Codex::thread` sends (the
/// server sends a thread's events only to the connections that started or resumed it).
pub async fn receive_turn_start(server: &mut FakeServer) -> Value {
    loop {
        let request = server.receive().await;
        match request["method"].as_str() {
            Some("thread/resume") => {
                let thread_id = request["params"]["threadId"].as_str().unwrap_or_default();
                let answer = thread_response(thread_id);
                server.answer(&request, answer).await;
            }
            Some("turn/start") => return request,
            _ => {}
        }
    }
}

/// An answer to `thread/start` or `thread/resume` for `thread_id`: the real server's
/// recorded `thread/start` answer (the two carry the same fields), with that id.
pub fn thread_response(thread_id: &str) -> Value {
    let line = include_str!("../../../codex-protocol/tests/fixtures/basic.jsonl")
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("fixture"))
        .find(|record| {
            record["message"]["result"]["thread"]["id"].is_string()
                && record["message"]["result"]["approvalPolicy"].is_string()
        })
        .expect("a recorded thread/start answer");
    let mut result = line["message"]["result"].clone();
    result["thread"]["id"] = json!(thread_id);
    result
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
