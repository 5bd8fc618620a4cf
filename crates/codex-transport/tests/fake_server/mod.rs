//! An in-memory fake app-server: the test plays the server's side of a duplex pipe.

#![allow(unreachable_pub, dead_code)]

use codex_transport::{Connection, ConnectionOptions, Transport};
use serde_json::Value;
use tokio::io::{
    AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines, ReadHalf, WriteHalf,
};

/// How long a test waits for something that should happen at once before it fails.
pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// The server's end of the pipe.
pub struct FakeServer {
    lines: Lines<BufReader<ReadHalf<DuplexStream>>>,
    writer: Option<WriteHalf<DuplexStream>>,
}

/// A connection over an in-memory pipe, and the fake server at its other end.
pub fn connect(options: ConnectionOptions) -> (Connection, FakeServer) {
    let (transport, server) = Transport::in_memory(1 << 20);
    let connection = Connection::start(transport, options);
    let (server_reader, server_writer) = tokio::io::split(server);
    let server = FakeServer {
        lines: BufReader::new(server_reader).lines(),
        writer: Some(server_writer),
    };
    (connection, server)
}

impl FakeServer {
    /// The next message the client sent.
    pub async fn receive(&mut self) -> Value {
        let line = tokio::time::timeout(PATIENCE, self.lines.next_line())
            .await
            .expect("the client sent nothing in time")
            .expect("reading the pipe")
            .expect("the client closed the pipe");
        // The one wire codec decides what a message is, for the fake as for the runtime.
        if let Err(err) = codex_protocol::wire::RawMessage::parse(&line) {
            panic!("the client sent a line that is not a JSON-RPC message ({err}): {line}");
        }
        serde_json::from_str(&line)
            .unwrap_or_else(|err| panic!("the client sent a line that is not JSON ({err}): {line}"))
    }

    /// The next line the client sent, or `None` once the client closed its output.
    pub async fn next_line(&mut self) -> Option<String> {
        self.lines.next_line().await.expect("reading the pipe")
    }

    /// Sends one message, as a line.
    pub async fn send(&mut self, message: &Value) {
        self.send_raw(message.to_string().as_bytes()).await;
    }

    /// Sends raw bytes followed by a newline.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        let writer = self
            .writer
            .as_mut()
            .expect("the fake server's output is closed");
        writer.write_all(bytes).await.expect("writing the pipe");
        writer.write_all(b"\n").await.expect("writing the pipe");
        writer.flush().await.expect("writing the pipe");
    }

    /// Answers request `request` with `result`.
    pub async fn answer(&mut self, request: &Value, result: Value) {
        self.send(&serde_json::json!({"id": request["id"], "result": result}))
            .await;
    }

    /// Closes the server's output, as a server that exits does.
    pub async fn close_output(&mut self) {
        if let Some(mut writer) = self.writer.take() {
            writer.shutdown().await.expect("closing the pipe");
        }
    }
}

/// A notification as the server writes it (made by the wire codec).
pub fn notification(method: &str, params: Value) -> Value {
    let params = serde_json::value::to_raw_value(&params).expect("params");
    let line =
        codex_protocol::wire::encode_notification(method, Some(&params), Some(1_795_566_653_380));
    serde_json::from_str(&line).expect("the codec writes JSON")
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
