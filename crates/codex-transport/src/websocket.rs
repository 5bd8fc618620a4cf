//! Connecting to an app-server that is already running: a WebSocket over TCP (`ws://`), over
//! TLS (`wss://`, from a reverse proxy in front of `--listen ws://IP:PORT`), or over a unix
//! socket (`--listen unix://PATH`, which speaks the same WebSocket protocol on a socket file).
//!
//! All three share one code path: a byte stream, the handshake ([`handshake`]), then a bridge
//! task that turns each message from the server into one line for the line-based connection,
//! and each line from the connection into one text frame. The WebSocket client is this
//! module's own (no library sees the token or the messages, so none can log them).
//!
//! A message is streamed into its line as it arrives, never held whole: a message over
//! [`ConnectionOptions::max_line_bytes`](crate::ConnectionOptions::max_line_bytes) is skipped
//! by the connection exactly like an oversized line on stdio, and the request it answered
//! fails with [`Error::LineTooLong`].

mod frame;
mod handshake;
mod options;
mod tls;
mod url;

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use ring::rand::{SecureRandom, SystemRandom};
use tokio::io::{
    AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, DuplexStream, ReadBuf,
};
use tokio::net::TcpStream;

pub use options::WebSocketOptions;

use crate::error::{Error, Result};
use crate::framing::{DEFAULT_MAX_LINE_BYTES, LineEvent, LineReader};
use crate::transport::Transport;
use frame::{BINARY, CLOSE, CONTINUATION, PING, PONG, TEXT};
use url::WsUrl;

/// Bytes buffered between the bridge and the connection in each direction.
const BRIDGE_BUFFER: usize = 256 * 1024;
/// How much of the socket is read at a time.
const READ_CHUNK: usize = 64 * 1024;
/// How long one side of the bridge may take to finish once the other has: the server's
/// answer to our close, or the connection noticing the server's.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

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
    /// [`Error::Connect`] when the URL is not a WebSocket one, the token would go in clear to
    /// another machine, the server cannot be reached, its certificate is not trusted, or it
    /// refuses the handshake (a wrong token is refused with HTTP 401). The error shows the URL
    /// without credentials or query, and never the token.
    pub async fn connect_websocket_with(
        url: &str,
        options: &WebSocketOptions,
    ) -> Result<Transport> {
        let fail = |reason: String| Error::Connect {
            endpoint: url::shown(url),
            reason,
        };
        let parsed = WsUrl::parse(url).map_err(fail)?;
        if options.token.is_some()
            && !parsed.tls
            && !parsed.names_loopback()
            && !options.cleartext_token_to_any_host
        {
            return Err(fail(format!(
                "refusing to send the bearer token in clear (ws://) to `{}`, which is not a \
                 loopback address: use wss:// (TLS, from a reverse proxy in front of the \
                 server), or opt in with `WebSocketOptions::danger_allow_cleartext_token` if \
                 no one else can see that network",
                parsed.host
            )));
        }
        let tcp = connect_tcp(&parsed).await.map_err(fail)?;
        if parsed.tls {
            let stream = tls::connect(tcp, &parsed, options).await.map_err(fail)?;
            open(stream, &parsed, options).await.map_err(fail)
        } else {
            open(tcp, &parsed, options).await.map_err(fail)
        }
    }

    /// Connects to `codex app-server --listen unix://PATH` (a WebSocket on a socket file).
    ///
    /// # Errors
    /// [`Error::Connect`] when the socket cannot be reached or the handshake fails.
    #[cfg(unix)]
    pub async fn connect_unix(path: impl AsRef<std::path::Path>) -> Result<Transport> {
        let path = path.as_ref();
        let endpoint = format!("unix://{}", path.display());
        let fail = |reason: String| Error::Connect {
            endpoint: endpoint.clone(),
            reason,
        };
        let stream = tokio::net::UnixStream::connect(path).await.map_err(|err| {
            fail(format!(
                "{err}: is `codex app-server --listen {endpoint}` running?"
            ))
        })?;
        // The host names nothing on a socket file, but the handshake needs one.
        let url = WsUrl::parse("ws://localhost/").map_err(fail)?;
        open(stream, &url, &WebSocketOptions::new())
            .await
            .map_err(fail)
    }
}

/// Connects to the first address of `url`'s host that answers.
async fn connect_tcp(url: &WsUrl) -> std::result::Result<TcpStream, String> {
    let addresses = tokio::net::lookup_host((url.host.as_str(), url.port))
        .await
        .map_err(|err| format!("cannot resolve `{}`: {err}", url.host))?;
    // `localhost` counts as this machine (a token may go to it in clear) only where it
    // resolves to this machine.
    let addresses: Vec<SocketAddr> = addresses
        .filter(|address| !url.is_localhost() || url::is_loopback(address.ip()))
        .collect();
    let mut last_error = None;
    for address in addresses {
        match TcpStream::connect(address).await {
            Ok(stream) => {
                // Messages are small and answered one by one: send each at once.
                let _ = stream.set_nodelay(true);
                return Ok(stream);
            }
            Err(err) => last_error = Some(err),
        }
    }
    let scheme = if url.tls {
        "the TLS proxy in front of it"
    } else {
        "it"
    };
    Err(match last_error {
        Some(err) => {
            format!("{err}: is `codex app-server --listen ws://...` running there (or {scheme})?")
        }
        None => format!("`{}` resolves to no usable address", url.host),
    })
}

/// The handshake on `stream`, then the bridge to a line-based transport.
async fn open<S>(
    stream: S,
    url: &WsUrl,
    options: &WebSocketOptions,
) -> std::result::Result<Transport, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let random = SystemRandom::new();
    // Buffered from the start: bytes of the first frames that arrive with the handshake's
    // answer stay in the buffer for the bridge.
    let mut stream = BufReader::with_capacity(READ_CHUNK, stream);
    handshake::handshake(&mut stream, url, options.token.as_ref(), &random).await?;
    Ok(bridge(stream, random))
}

/// Why the bridge ended, for the connection to report instead of a bare end of stream.
type Cause = Arc<Mutex<Option<String>>>;

/// Starts the task that moves messages between `socket` and a line-based transport.
fn bridge<S>(socket: BufReader<S>, random: SystemRandom) -> Transport
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (connection_side, bridge_side) = tokio::io::duplex(BRIDGE_BUFFER);
    let (reader, writer) = tokio::io::split(connection_side);
    let cause = Cause::default();
    let reader = EndsWithCause {
        inner: reader,
        cause: cause.clone(),
    };
    tokio::spawn(run_bridge(socket, bridge_side, random, cause));
    Transport::from_io(reader, writer)
}

async fn run_bridge<S>(
    socket: BufReader<S>,
    lines: DuplexStream,
    random: SystemRandom,
    cause: Cause,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (frames_in, frames_out) = tokio::io::split(socket);
    let writer = Arc::new(tokio::sync::Mutex::new(FrameWriter {
        out: frames_out,
        random,
        closing: false,
    }));
    let (line_reader, line_writer) = tokio::io::split(lines);
    let outgoing = send_lines(line_reader, writer.clone());
    let incoming = receive_frames(frames_in, line_writer, writer.clone(), cause);
    tokio::pin!(outgoing, incoming);
    // Each side ends the other: the connection stopping sends a close, the server's end
    // closes the connection's input. Neither may keep the task alive for long after.
    tokio::select! {
        () = &mut outgoing => { let _ = tokio::time::timeout(CLOSE_GRACE, incoming).await; }
        () = &mut incoming => { let _ = tokio::time::timeout(CLOSE_GRACE, outgoing).await; }
    }
    let mut writer = writer.lock().await;
    let _ = tokio::time::timeout(CLOSE_GRACE, writer.out.shutdown()).await;
}

/// Sends each line of the connection as one text frame, then a close when it stops writing.
async fn send_lines<R, W>(lines: R, writer: Arc<tokio::sync::Mutex<FrameWriter<W>>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = LineReader::new(lines, DEFAULT_MAX_LINE_BYTES);
    while let Ok(LineEvent::Line(line)) = reader.next_line().await {
        if writer
            .lock()
            .await
            .send(TEXT, line.as_bytes())
            .await
            .is_err()
        {
            return;
        }
    }
    // Going away (1001): the client is done.
    let _ = writer.lock().await.close(&1001u16.to_be_bytes()).await;
}

/// Writes each message of the server to `lines` as one line, answers pings and the close,
/// and says why it stopped.
async fn receive_frames<R, L, W>(
    mut frames: R,
    mut lines: L,
    writer: Arc<tokio::sync::Mutex<FrameWriter<W>>>,
    cause: Cause,
) where
    R: AsyncRead + Unpin,
    L: AsyncWrite + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut chunk = vec![0u8; READ_CHUNK];
    let mut in_message = false;
    let why = loop {
        let header = match frame::read_header(&mut frames).await {
            frame::Read::Header(header) => header,
            frame::Read::Eof => {
                break "the server ended the connection without closing the WebSocket".to_owned();
            }
            frame::Read::Broken(why) => break why,
        };
        match header.opcode {
            TEXT | BINARY | CONTINUATION => {
                let starts = header.opcode != CONTINUATION;
                if starts && in_message {
                    break "the server began a message inside a fragmented one".to_owned();
                }
                if !starts && !in_message {
                    break "the server sent a continuation outside a message".to_owned();
                }
                match forward(&mut frames, &mut lines, header.len, &mut chunk).await {
                    Forwarded::Done => {}
                    Forwarded::SocketFailed(why) => break why,
                    // Nobody is left to tell.
                    Forwarded::ConnectionGone => return,
                }
                in_message = !header.fin;
                if header.fin && lines.write_all(b"\n").await.is_err() {
                    return;
                }
            }
            PING | PONG | CLOSE => {
                // A control frame's payload is at most 125 bytes (checked with its header).
                let mut payload = [0u8; frame::MAX_CONTROL_PAYLOAD as usize];
                let payload = &mut payload[..header.len as usize];
                if let Err(err) = frames.read_exact(payload).await {
                    break format!("the WebSocket ended inside a frame: {err}");
                }
                match header.opcode {
                    PING => {
                        if let Err(err) = writer.lock().await.send(PONG, payload).await {
                            break format!("answering the server's ping failed: {err}");
                        }
                    }
                    CLOSE => {
                        let mut writer = writer.lock().await;
                        if !writer.closing {
                            // The answer echoes the status code (RFC 6455 section 5.5.1).
                            let _ = writer.close(&payload[..payload.len().min(2)]).await;
                        }
                        break format!(
                            "the server closed the WebSocket ({})",
                            frame::describe_close(payload)
                        );
                    }
                    _ => {}
                }
            }
            other => break format!("the server sent a frame of unknown opcode {other:#x}"),
        }
    };
    tracing::debug!("the WebSocket to the app-server ended: {why}");
    if let Ok(mut cause) = cause.lock() {
        *cause = Some(why);
    }
    let _ = lines.shutdown().await;
}

/// What forwarding a frame's payload gave.
enum Forwarded {
    Done,
    SocketFailed(String),
    ConnectionGone,
}

/// Copies `len` bytes of payload from `frames` to `lines`, a chunk at a time.
async fn forward<R, L>(frames: &mut R, lines: &mut L, len: u64, chunk: &mut [u8]) -> Forwarded
where
    R: AsyncRead + Unpin,
    L: AsyncWrite + Unpin,
{
    let mut remaining = len;
    while remaining > 0 {
        let want = usize::try_from(remaining)
            .unwrap_or(usize::MAX)
            .min(chunk.len());
        let read = match frames.read(&mut chunk[..want]).await {
            Ok(0) => return Forwarded::SocketFailed("the WebSocket ended inside a frame".into()),
            Ok(read) => read,
            Err(err) => {
                return Forwarded::SocketFailed(format!(
                    "reading from the WebSocket failed: {err}"
                ));
            }
        };
        // One message is one line: valid JSON has raw line breaks only as whitespace (inside
        // strings they are escaped), so a pretty-printed message keeps its meaning.
        for byte in &mut chunk[..read] {
            if matches!(*byte, b'\n' | b'\r') {
                *byte = b' ';
            }
        }
        if lines.write_all(&chunk[..read]).await.is_err() {
            return Forwarded::ConnectionGone;
        }
        remaining -= read as u64;
    }
    Forwarded::Done
}

/// The sending half of the socket, shared by the two directions of the bridge (pongs and the
/// close answer go out between messages).
struct FrameWriter<W> {
    out: W,
    random: SystemRandom,
    /// A close was sent: nothing may follow it.
    closing: bool,
}

impl<W: AsyncWrite + Unpin> FrameWriter<W> {
    /// Sends one whole frame, masked with a fresh random key as RFC 6455 requires.
    async fn send(&mut self, opcode: u8, payload: &[u8]) -> io::Result<()> {
        if self.closing {
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the WebSocket is closing",
            ));
        }
        let mut mask = [0u8; 4];
        self.random
            .fill(&mut mask)
            .map_err(|_| io::Error::other("the system's random source failed"))?;
        self.out
            .write_all(&frame::encode(opcode, payload, mask))
            .await?;
        self.out.flush().await
    }

    /// Sends a close frame; no frame is sent after it.
    async fn close(&mut self, payload: &[u8]) -> io::Result<()> {
        let sent = self.send(CLOSE, payload).await;
        self.closing = true;
        sent
    }
}

/// The connection's input: the bridge's lines, and at their end the reason the WebSocket
/// ended (as a read error), so the connection reports that rather than a bare end of output.
struct EndsWithCause<R> {
    inner: R,
    cause: Cause,
}

impl<R: AsyncRead + Unpin> AsyncRead for EndsWithCause<R> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) if buf.filled().len() == before && buf.remaining() > 0 => {
                let cause = this.cause.lock().ok().and_then(|mut cause| cause.take());
                Poll::Ready(cause.map_or(Ok(()), |cause| Err(io::Error::other(cause))))
            }
            other => other,
        }
    }
}
