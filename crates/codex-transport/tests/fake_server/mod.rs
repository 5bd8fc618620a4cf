//! The transport's tests on an in-memory fake app-server (`codex_transport::test_util::FakeServer`):
//! a connection to it, and the messages the tests send.

#![allow(unreachable_pub, dead_code)]

pub use codex_transport::test_util::{FakeServer, notification};
use codex_transport::{Connection, ConnectionOptions, Transport};
use serde_json::Value;

/// How long a test waits for something that should happen at once before it fails.
pub const PATIENCE: std::time::Duration = codex_transport::test_util::FAKE_PATIENCE;

/// A connection over an in-memory pipe, and the fake server at its other end.
pub fn connect(options: ConnectionOptions) -> (Connection, FakeServer) {
    let (transport, server) = Transport::in_memory(1 << 20);
    (
        Connection::start(transport, options),
        FakeServer::new(server),
    )
}

/// A request to `method` (empty params) sent from a task of its own, so the test can play the
/// server meanwhile; the handle gives its outcome.
pub fn request_in_background(
    connection: &Connection,
    method: &'static str,
) -> tokio::task::JoinHandle<codex_transport::Result<Value>> {
    let connection = connection.clone();
    tokio::spawn(async move {
        connection
            .request_value(method, serde_json::json!({}))
            .await
    })
}

/// An `item/agentMessage/delta` notification of a thread.
pub fn delta(thread_id: &str, text: &str) -> Value {
    notification(
        "item/agentMessage/delta",
        serde_json::json!({"threadId": thread_id, "turnId": "turn-1", "itemId": "item-1", "delta": text}),
    )
}

/// The next notification of `stream`, which must come in time and decode.
pub async fn next_message(
    stream: &mut codex_transport::NotificationStream,
) -> codex_protocol::ServerNotificationMessage {
    tokio::time::timeout(PATIENCE, stream.next())
        .await
        .expect("in time")
        .expect("an item")
        .expect("decodes")
}

/// An `item/commandExecution/requestApproval` server request with `id` for `echo hi`.
pub fn approval_request(id: u64) -> Value {
    serde_json::json!({"id": id, "method": "item/commandExecution/requestApproval", "params": {
        "threadId": "thread-1", "turnId": "turn-1", "itemId": "call-1", "startedAtMs": 1,
        "command": "echo hi", "cwd": "/tmp", "availableDecisions": ["accept", "cancel"]
    }})
}
