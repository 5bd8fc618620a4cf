//! `Transport`: how messages reach the server and come back (the lines of a byte stream, or
//! the messages of a WebSocket), and the process behind it when there is one.

use tokio::io::{AsyncRead, AsyncWrite};

use crate::child_process::ChildProcess;
use crate::framing::{DEFAULT_MAX_LINE_BYTES, LineReader};
use crate::messages::{MessageReader, MessageWriter};
use crate::process_group::ProcessGroup;
#[cfg(feature = "websocket")]
use crate::{
    error::Result,
    websocket::{self, WebSocketOptions},
};

/// The way to the server and back, in whole messages, and the process behind it when there
/// is one: the lines of a byte stream ([`from_io`](Self::from_io), a child's stdio from
/// [`AppServerCommand::spawn`](crate::AppServerCommand::spawn)), or the messages of a
/// WebSocket ([`connect_websocket`](Self::connect_websocket),
/// [`connect_unix`](Self::connect_unix)). Give it to
/// [`Connection::start`](crate::Connection::start).
pub struct Transport {
    pub(crate) reader: MessageReader,
    pub(crate) writer: MessageWriter,
    pub(crate) process: Option<ChildProcess>,
}

impl Transport {
    /// A transport over any pair of byte streams (a socket's halves, a duplex pipe in tests),
    /// one message per line.
    pub fn from_io(
        reader: impl AsyncRead + Send + Unpin + 'static,
        writer: impl AsyncWrite + Send + Unpin + 'static,
    ) -> Self {
        let reader: Box<dyn AsyncRead + Send + Unpin> = Box::new(reader);
        Transport {
            reader: MessageReader::Lines(LineReader::new(reader, DEFAULT_MAX_LINE_BYTES)),
            writer: MessageWriter::Lines(Box::new(writer)),
            process: None,
        }
    }

    /// An in-memory transport and the server's end of it, for tests: whatever is written to
    /// the returned stream reaches the connection as if the server sent it, and the other way
    /// round. `buffer` is the byte capacity of each direction.
    pub fn in_memory(buffer: usize) -> (Transport, tokio::io::DuplexStream) {
        let (client, server) = tokio::io::duplex(buffer);
        let (reader, writer) = tokio::io::split(client);
        (Transport::from_io(reader, writer), server)
    }

    /// The id of the server process behind this transport, if it started one.
    pub fn process_id(&self) -> Option<u32> {
        self.process.as_ref().and_then(ChildProcess::id)
    }

    /// The server's process group, if the transport started a server.
    pub(crate) fn process_group(&self) -> Option<ProcessGroup> {
        self.process.as_ref().and_then(ChildProcess::group)
    }
}

/// Joining a server that is already running (the `websocket` feature).
#[cfg(feature = "websocket")]
impl Transport {
    /// Connects to `codex app-server --listen ws://IP:PORT` (or `wss://` through a TLS proxy
    /// in front of it), with the capability token of a server started with `--ws-auth
    /// capability-token --ws-token-file PATH` (the file's content), or `None` for a server
    /// without auth. The same as [`connect_websocket_with`](Self::connect_websocket_with)
    /// with [`WebSocketOptions::bearer_token`].
    ///
    /// # Errors
    /// As [`connect_websocket_with`](Self::connect_websocket_with).
    pub async fn connect_websocket(url: &str, token: Option<&str>) -> Result<Transport> {
        let mut options = WebSocketOptions::new();
        if let Some(token) = token {
            options = options.bearer_token(token);
        }
        Self::connect_websocket_with(url, &options).await
    }

    /// Connects to a server on a WebSocket: `ws://HOST:PORT` straight to `codex app-server
    /// --listen ws://IP:PORT`, or `wss://HOST:PORT` to a TLS reverse proxy in front of it
    /// (the certificate is checked against the system's roots and the CAs of `options`).
    ///
    /// A bearer token goes over plain `ws://` only to a loopback host (127.0.0.0/8, `::1`,
    /// `localhost`, which must resolve to loopback); to any other host the connection is
    /// refused before anything is sent, unless
    /// [`WebSocketOptions::danger_allow_cleartext_token`] opts in.
    ///
    /// Reaching the server has no bound of its own: wrap the call in a timeout
    /// (`codex_sdk::CodexBuilder::connect_timeout` does, 10 seconds by default).
    ///
    /// # Errors
    /// [`Error::Unauthorized`](crate::Error::Unauthorized) when the server refuses the token
    /// (or wants one), saying what was wrong with it;
    /// [`Error::Connect`](crate::Error::Connect) when the URL is not a WebSocket one (or is
    /// `wss://` without the `tls` feature), the token would go in clear to another machine or
    /// cannot be had (a token file, a provider), the server cannot be reached, its certificate
    /// is not trusted, or it refuses the handshake. The error shows the URL without
    /// credentials or query, and never the token.
    pub async fn connect_websocket_with(
        url: &str,
        options: &WebSocketOptions,
    ) -> Result<Transport> {
        let (reader, writer) = websocket::connect(url, options).await?;
        Ok(Transport::of_websocket(reader, writer))
    }

    /// Connects to `codex app-server --listen unix://PATH` (a WebSocket on a socket file).
    ///
    /// # Errors
    /// [`Error::Connect`](crate::Error::Connect) when the socket cannot be reached or the handshake fails.
    #[cfg(unix)]
    pub async fn connect_unix(path: impl AsRef<std::path::Path>) -> Result<Transport> {
        let (reader, writer) = websocket::connect_unix(path.as_ref()).await?;
        Ok(Transport::of_websocket(reader, writer))
    }

    /// The two halves of a WebSocket.
    fn of_websocket(reader: websocket::MessageReader, writer: websocket::MessageWriter) -> Self {
        Transport {
            reader: MessageReader::WebSocket(reader),
            writer: MessageWriter::WebSocket(writer),
            process: None,
        }
    }
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("process", &self.process)
            .finish_non_exhaustive()
    }
}
