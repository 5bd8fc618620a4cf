//! Whole messages to and from the server, whatever carries them: lines on a byte stream (a
//! child's stdio, a pipe), or the messages of a WebSocket, read and written by the WebSocket's
//! own halves. The connection task sees only messages.

use std::io;

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::framing::{LineReader, Received};
#[cfg(feature = "websocket")]
use crate::websocket;

/// Where messages from the server come from.
pub(crate) enum MessageReader {
    /// One message per line.
    Lines(LineReader<Box<dyn AsyncRead + Send + Unpin>>),
    /// One message per WebSocket message (or per JSON value it holds).
    #[cfg(feature = "websocket")]
    WebSocket(websocket::MessageReader),
}

impl MessageReader {
    /// Sets the longest message accepted (the connection's `max_line_bytes`).
    pub(crate) fn set_max_message_bytes(&mut self, bytes: usize) {
        match self {
            MessageReader::Lines(lines) => lines.set_max_line_bytes(bytes),
            #[cfg(feature = "websocket")]
            MessageReader::WebSocket(socket) => socket.set_max_message_bytes(bytes),
        }
    }

    /// Whether the next [`next_message`](Self::next_message) returns without waiting for the
    /// server: what was read is handed to the streams once it would wait.
    pub(crate) fn has_whole_message(&mut self) -> bool {
        match self {
            MessageReader::Lines(lines) => lines.has_whole_line(),
            #[cfg(feature = "websocket")]
            MessageReader::WebSocket(socket) => socket.has_whole_message(),
        }
    }

    /// The next message. Cancellation-safe: a message half read stays for the next call.
    ///
    /// # Errors
    /// When reading fails, or the WebSocket ended (saying why).
    pub(crate) async fn next_message(&mut self) -> io::Result<Received> {
        match self {
            MessageReader::Lines(lines) => lines.next_line().await,
            #[cfg(feature = "websocket")]
            MessageReader::WebSocket(socket) => socket.next_message().await,
        }
    }
}

/// Where messages to the server go.
pub(crate) enum MessageWriter {
    /// Each message and a `\n`.
    Lines(Box<dyn AsyncWrite + Send + Unpin>),
    /// Each message as one text frame.
    #[cfg(feature = "websocket")]
    WebSocket(websocket::MessageWriter),
}

impl MessageWriter {
    /// Starts the writer task: it sends each message of `messages` until the channel ends,
    /// then ends the stream (closes the server's stdin, or closes the WebSocket).
    pub(crate) fn spawn(self, messages: mpsc::Receiver<String>) -> JoinHandle<()> {
        match self {
            MessageWriter::Lines(writer) => tokio::spawn(write_lines(writer, messages)),
            #[cfg(feature = "websocket")]
            MessageWriter::WebSocket(socket) => tokio::spawn(socket.run(messages)),
        }
    }
}
/// Writes each message and a `\n`, flushing when no more are queued, and closes the stream
/// (the server's stdin) when the connection stops writing.
async fn write_lines(
    writer: Box<dyn AsyncWrite + Send + Unpin>,
    mut lines: mpsc::Receiver<String>,
) {
    let mut writer = BufWriter::new(writer);
    while let Some(line) = lines.recv().await {
        let mut result = async {
            writer.write_all(line.as_bytes()).await?;
            writer.write_all(b"\n").await
        }
        .await;
        if result.is_ok() && lines.is_empty() {
            result = writer.flush().await;
        }
        if let Err(err) = result {
            // The read side will see the server go and close the connection with the reason.
            tracing::debug!("writing to the server failed: {err}");
            return;
        }
    }
    let _ = writer.shutdown().await;
}
