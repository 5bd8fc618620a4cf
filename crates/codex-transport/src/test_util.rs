//! Test helpers: an in-memory fake app-server, where the test plays the server's side of a
//! duplex pipe (see [`Transport::in_memory`](crate::Transport::in_memory)). Every line is read
//! and written with the wire codec the client uses, so the fake and the runtime agree on what
//! a message is. It sits below the SDK: the transport's own tests use it without compiling the
//! SDK, and the SDK's test kit re-exports it.
//!
//! It is compiled in every build, behind no feature: it is small, and a feature that only the
//! test kit turned on would make an app's first `cargo test` compile this crate and the SDK a
//! second time, with other features than its `cargo build` did.

use std::time::Duration;

use codex_protocol::wire::{self, RawMessage};
use serde_json::Value;
use tokio::io::{
    AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines, ReadHalf, WriteHalf,
};

/// How long a fake server waits for the client before the test fails.
pub const FAKE_PATIENCE: Duration = Duration::from_secs(10);

/// The server's end of an in-memory pipe.
#[derive(Debug)]
pub struct FakeServer {
    lines: Lines<BufReader<ReadHalf<DuplexStream>>>,
    writer: Option<WriteHalf<DuplexStream>>,
}

impl FakeServer {
    /// Plays the server on `server`, the second half of `Transport::in_memory`.
    pub fn new(server: DuplexStream) -> Self {
        let (reader, writer) = tokio::io::split(server);
        FakeServer {
            lines: BufReader::new(reader).lines(),
            writer: Some(writer),
        }
    }

    /// The next message the client sent.
    ///
    /// # Panics
    /// When nothing comes in time, or the line is not a JSON-RPC message.
    pub async fn receive(&mut self) -> Value {
        let line = tokio::time::timeout(FAKE_PATIENCE, self.lines.next_line())
            .await
            .expect("the client sent nothing in time")
            .expect("reading the pipe")
            .expect("the client closed the pipe");
        if let Err(err) = RawMessage::parse(&line) {
            panic!("the client sent a line that is not a JSON-RPC message ({err}): {line}");
        }
        serde_json::from_str(&line).expect("a JSON-RPC message is JSON")
    }

    /// The next message the client sent with `method`, skipping others.
    ///
    /// # Panics
    /// As [`FakeServer::receive`].
    pub async fn receive_method(&mut self, method: &str) -> Value {
        loop {
            let message = self.receive().await;
            if message["method"] == method {
                return message;
            }
        }
    }

    /// The next line the client sent, or `None` once the client closed its output.
    ///
    /// # Panics
    /// When the pipe fails.
    pub async fn next_line(&mut self) -> Option<String> {
        self.lines.next_line().await.expect("reading the pipe")
    }

    /// Sends one message, as a line.
    ///
    /// # Panics
    /// When the pipe fails or the output was closed.
    pub async fn send(&mut self, message: &Value) {
        self.send_raw(message.to_string().as_bytes()).await;
    }

    /// Sends raw bytes followed by a newline.
    ///
    /// # Panics
    /// When the pipe fails or the output was closed.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        let writer = self
            .writer
            .as_mut()
            .expect("the fake server's output is closed");
        writer.write_all(bytes).await.expect("writing the pipe");
        writer.write_all(b"\n").await.expect("writing the pipe");
        writer.flush().await.expect("writing the pipe");
    }

    /// Answers `request` with `result`.
    ///
    /// # Panics
    /// As [`FakeServer::send`].
    pub async fn answer(&mut self, request: &Value, result: Value) {
        self.send(&serde_json::json!({"id": request["id"], "result": result}))
            .await;
    }

    /// Sends a notification, as the server writes them (with `emittedAtMs`).
    ///
    /// # Panics
    /// As [`FakeServer::send`].
    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(&notification(method, params)).await;
    }

    /// Plays the server's side of `transcript` (see [`crate::transcript`]): each message the
    /// server sent is sent again, in order, and each one the client sent is waited for and
    /// checked (its method, or that it answers the same request). The client's request ids
    /// may differ from the recorded ones: answers are sent with the ids the client used.
    ///
    /// # Errors
    /// When the transcript does not parse, or the client sends something else than it did
    /// (saying where), or nothing in time.
    pub async fn replay(&mut self, transcript: &str) -> Result<(), String> {
        let entries = crate::transcript::parse(transcript)?;
        let mut ids = std::collections::HashMap::new();
        for (n, entry) in entries.into_iter().enumerate() {
            let sent_by_client = entry.is_sent();
            let recorded = entry.message;
            if sent_by_client {
                let line = tokio::time::timeout(FAKE_PATIENCE, self.lines.next_line())
                    .await
                    .map_err(|_| format!("message {n}: the client sent nothing in time; the transcript has {recorded}"))?
                    .map_err(|e| format!("reading the pipe: {e}"))?
                    .ok_or_else(|| format!("message {n}: the client closed; the transcript has {recorded}"))?;
                let sent: Value =
                    serde_json::from_str(&line).map_err(|e| format!("message {n}: {e}: {line}"))?;
                let same = match recorded.get("method") {
                    Some(method) => sent.get("method") == Some(method),
                    None => sent.get("id") == recorded.get("id") && sent.get("method").is_none(),
                };
                if !same {
                    return Err(format!(
                        "message {n}: the client sent {sent}; the transcript has {recorded}"
                    ));
                }
                if let (Some(_), Some(recorded_id), Some(id)) =
                    (recorded.get("method"), recorded.get("id"), sent.get("id"))
                {
                    ids.insert(recorded_id.to_string(), id.clone());
                }
            } else {
                let mut message = recorded;
                let is_answer = message.get("method").is_none();
                if is_answer
                    && let Some(id) = message.get("id").and_then(|id| ids.get(&id.to_string()))
                {
                    message["id"] = id.clone();
                }
                self.send(&message).await;
            }
        }
        Ok(())
    }

    /// Closes the server's output, as a server that exits does.
    ///
    /// # Panics
    /// When the pipe fails.
    pub async fn close_output(&mut self) {
        if let Some(mut writer) = self.writer.take() {
            writer.shutdown().await.expect("closing the pipe");
        }
    }
}

/// A notification as the server writes it, made by the wire codec.
///
/// # Panics
/// Never for JSON params.
pub fn notification(method: &str, params: Value) -> Value {
    let params = serde_json::value::to_raw_value(&params).expect("params");
    let line = wire::encode_notification(method, Some(&params), Some(1_795_566_653_380));
    serde_json::from_str(&line).expect("the codec writes JSON")
}

/// Whether process `pid` still exists. A zombie (exited, not reaped) is still listed, so
/// `false` means killed and reaped.
pub fn process_exists(pid: u32) -> bool {
    std::path::Path::new(&format!("/proc/{pid}")).exists()
}
