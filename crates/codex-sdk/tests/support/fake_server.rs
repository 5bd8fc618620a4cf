//! An in-memory fake app-server for the SDK's fault tests: it answers the handshake like the
//! real one, then the test plays the server's side of each exchange.

use codex_sdk::protocol::wire::RawMessage;
use codex_sdk::transport::Transport;
use codex_sdk::{Codex, CodexBuilder};
use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines, ReadHalf, WriteHalf,
};

use super::PATIENCE;

/// The server's end of an in-memory pipe.
pub struct FakeServer {
    lines: Lines<BufReader<ReadHalf<DuplexStream>>>,
    writer: WriteHalf<DuplexStream>,
}

/// A client built by `builder` on a fake server that has done the handshake.
pub async fn start(builder: CodexBuilder) -> (Codex, FakeServer) {
    let (transport, server) = Transport::in_memory(1 << 20);
    let (reader, writer) = tokio::io::split(server);
    let mut server = FakeServer {
        lines: BufReader::new(reader).lines(),
        writer,
    };
    let client = tokio::spawn(builder.start_on(transport));
    let init = server.receive().await;
    assert_eq!(init["method"], "initialize", "{init}");
    server
        .answer(&init, json!({"userAgent": "fake/0.169.0 (test)", "codexHome": "/tmp/fake", "platformFamily": "unix", "platformOs": "linux"}))
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

impl FakeServer {
    /// The next message the client sent, checked by the wire codec.
    pub async fn receive(&mut self) -> Value {
        let line = tokio::time::timeout(PATIENCE, self.lines.next_line())
            .await
            .expect("the client sent nothing in time")
            .expect("reading the pipe")
            .expect("the client closed the pipe");
        if let Err(err) = RawMessage::parse(&line) {
            panic!("the client sent a line that is not a JSON-RPC message ({err}): {line}");
        }
        serde_json::from_str(&line).expect("JSON")
    }

    /// The next message the client sent with `method`, skipping others.
    pub async fn receive_method(&mut self, method: &str) -> Value {
        loop {
            let message = self.receive().await;
            if message["method"] == method {
                return message;
            }
        }
    }

    /// Sends one message, as a line.
    pub async fn send(&mut self, message: &Value) {
        self.writer
            .write_all(format!("{message}\n").as_bytes())
            .await
            .expect("writing the pipe");
    }

    /// Answers `request` with `result`.
    pub async fn answer(&mut self, request: &Value, result: Value) {
        self.send(&json!({"id": request["id"], "result": result}))
            .await;
    }

    /// Sends a notification.
    pub async fn notify(&mut self, method: &str, params: Value) {
        let params = serde_json::value::to_raw_value(&params).expect("params");
        let line = codex_sdk::protocol::wire::encode_notification(method, Some(&params), Some(1));
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .await
            .expect("writing the pipe");
    }

    /// Answers the next `turn/start` with turn `turn_id`.
    pub async fn start_turn(&mut self, turn_id: &str) {
        let request = self.receive_method("turn/start").await;
        self.answer(&request, json!({"turn": turn(turn_id, "inProgress")}))
            .await;
    }
}

/// A turn object as the server sends it.
pub fn turn(id: &str, status: &str) -> Value {
    json!({"id": id, "items": [], "status": status, "error": null, "durationMs": null})
}

/// The params of an agent message delta of `turn_id`.
pub fn delta(thread_id: &str, turn_id: &str, text: &str) -> Value {
    json!({"threadId": thread_id, "turnId": turn_id, "itemId": "item-1", "delta": text})
}
