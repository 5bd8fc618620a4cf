//! Connecting to an app-server that is already running: WebSocket over TCP
//! (`--listen ws://IP:PORT`) or over a unix socket (`--listen unix://PATH`, which speaks the
//! same WebSocket protocol on a socket file).
//!
//! The connection layer works on lines, so a bridge task turns each text frame from the server
//! into one line and each line from the connection into one text frame.

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, DuplexStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::{HeaderValue, header::AUTHORIZATION};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message};

use crate::error::{Error, Result};
use crate::framing::{DEFAULT_MAX_LINE_BYTES, LineEvent, LineReader};
use crate::transport::Transport;

/// Bytes buffered between the bridge and the connection in each direction.
const BRIDGE_BUFFER: usize = 256 * 1024;

impl Transport {
    /// Connects to `codex app-server --listen ws://IP:PORT`.
    ///
    /// `token` is the capability token of a server started with
    /// `--ws-auth capability-token --ws-token-file PATH` (the file's content); it is sent as
    /// `Authorization: Bearer TOKEN`. Give `None` for a server without auth.
    ///
    /// # Errors
    /// [`Error::Connect`] when the server cannot be reached or refuses the handshake (a wrong
    /// token is refused with HTTP 401).
    pub async fn connect_websocket(url: &str, token: Option<&str>) -> Result<Transport> {
        let request = handshake_request(url, token)?;
        let (socket, _response) =
            tokio_tungstenite::connect_async_with_config(request, Some(socket_config()), false)
                .await
                .map_err(|err| connect_error(url, err))?;
        Ok(bridge(socket))
    }

    /// Connects to `codex app-server --listen unix://PATH` (a WebSocket on a socket file).
    ///
    /// # Errors
    /// [`Error::Connect`] when the socket cannot be reached or the handshake fails.
    #[cfg(unix)]
    pub async fn connect_unix(path: impl AsRef<std::path::Path>) -> Result<Transport> {
        let path = path.as_ref();
        let endpoint = format!("unix://{}", path.display());
        let stream = tokio::net::UnixStream::connect(path)
            .await
            .map_err(|err| Error::Connect {
                endpoint: endpoint.clone(),
                reason: format!("{err}: is `codex app-server --listen {endpoint}` running?"),
            })?;
        // The host names nothing on a socket file, but the handshake needs one.
        let request = handshake_request("ws://localhost/", None)?;
        let (socket, _response) =
            tokio_tungstenite::client_async_with_config(request, stream, Some(socket_config()))
                .await
                .map_err(|err| connect_error(&endpoint, err))?;
        Ok(bridge(socket))
    }
}

fn handshake_request(
    url: &str,
    token: Option<&str>,
) -> Result<tungstenite::handshake::client::Request> {
    let mut request = url
        .into_client_request()
        .map_err(|err| connect_error(url, err))?;
    if let Some(token) = token {
        let value =
            HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| Error::Connect {
                endpoint: url.to_owned(),
                reason: "the token has characters that cannot go in an HTTP header".to_owned(),
            })?;
        request.headers_mut().insert(AUTHORIZATION, value);
    }
    Ok(request)
}

fn socket_config() -> WebSocketConfig {
    // The same bound as a line on stdio: a runaway message cannot take unbounded memory.
    WebSocketConfig::default()
        .max_message_size(Some(DEFAULT_MAX_LINE_BYTES))
        .max_frame_size(Some(DEFAULT_MAX_LINE_BYTES))
}

fn connect_error(endpoint: &str, err: tungstenite::Error) -> Error {
    let reason = match err {
        tungstenite::Error::Http(response) if response.status().as_u16() == 401 => {
            "the server refused the token (HTTP 401): pass the content of the file given to \
             `--ws-token-file`"
                .to_owned()
        }
        tungstenite::Error::Io(err) => {
            format!("{err}: is `codex app-server --listen {endpoint}` running?")
        }
        other => other.to_string(),
    };
    Error::Connect {
        endpoint: endpoint.to_owned(),
        reason,
    }
}

/// Starts the task that moves messages between `socket` and a line-based transport.
fn bridge<S>(socket: WebSocketStream<S>) -> Transport
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (transport, bridge_side) = Transport::in_memory(BRIDGE_BUFFER);
    tokio::spawn(run_bridge(socket, bridge_side));
    transport
}

async fn run_bridge<S>(socket: WebSocketStream<S>, lines: DuplexStream)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sink, mut frames) = socket.split();
    let (line_reader, mut line_writer) = tokio::io::split(lines);
    let outgoing = async move {
        let mut reader = LineReader::new(line_reader, DEFAULT_MAX_LINE_BYTES);
        while let Ok(LineEvent::Line(line)) = reader.next_line().await {
            if sink.send(Message::text(line)).await.is_err() {
                return;
            }
        }
        // The connection stopped writing: say goodbye properly.
        let _ = sink.close().await;
    };
    let incoming = async move {
        while let Some(frame) = frames.next().await {
            let payload = match frame {
                Ok(Message::Text(text)) => text.as_bytes().to_vec(),
                Ok(Message::Binary(bytes)) => bytes.to_vec(),
                // tungstenite answers pings itself.
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => continue,
                Ok(Message::Close(_)) => break,
                Err(err) => {
                    tracing::debug!("the WebSocket to the app-server failed: {err}");
                    break;
                }
            };
            let written = async {
                line_writer.write_all(&payload).await?;
                line_writer.write_all(b"\n").await
            };
            if written.await.is_err() {
                return;
            }
        }
        // The connection reads this as the server closing its output.
        let _ = line_writer.shutdown().await;
    };
    tokio::join!(outgoing, incoming);
}
