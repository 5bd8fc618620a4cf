//! Connecting to an app-server that is already running: a WebSocket over TCP (`ws://`), over
//! TLS (`wss://`, from a reverse proxy in front of `--listen ws://IP:PORT`), or over a unix
//! socket (`--listen unix://PATH`, which speaks the same WebSocket protocol on a socket file).
//!
//! All three share one code path: a byte stream, the handshake ([`handshake`]), then its two
//! halves: [`reader`] makes whole messages of the server's frames, straight from the socket,
//! and [`writer`] sends each message of the connection as one text frame. The WebSocket client
//! is this module's own (no library sees the token or the messages, so none can log them).
//!
//! A message over
//! [`ConnectionOptions::max_line_bytes`](crate::ConnectionOptions::max_line_bytes) is dropped
//! as it arrives, never held whole, and skipped by the connection exactly like an oversized
//! line on stdio: the request it answered fails with
//! [`Error::LineTooLong`].

mod base64;
mod frame;
mod handshake;
mod options;
mod reader;
mod signed_token;
#[cfg(feature = "tls")]
mod tls;
mod token;
mod unauthorized;
mod url;
mod writer;

use std::sync::Arc;

use ring::rand::SystemRandom;
use tokio::io::{AsyncRead, AsyncWrite, BufReader};
use tokio::net::TcpStream;

pub use options::WebSocketOptions;
pub(crate) use reader::MessageReader;
pub use signed_token::SignedBearerToken;
pub use token::TokenFuture;
pub(crate) use writer::MessageWriter;

use crate::error::{Error, Result};
use crate::framing::{DEFAULT_MAX_LINE_BYTES, READ_CHUNK};
use handshake::Refusal;
use url::WsUrl;

/// Connects to a server on a WebSocket at `url` (see `Transport::connect_websocket_with`).
pub(crate) async fn connect(
    url: &str,
    options: &WebSocketOptions,
) -> Result<(MessageReader, MessageWriter)> {
    let fail = |refusal: Refusal| refusal.into_error(url::shown(url));
    // Every step but the handshake fails with a reason in words.
    let failed = |reason: String| fail(reason.into());
    let parsed = WsUrl::parse(url).map_err(failed)?;
    if parsed.tls && cfg!(not(feature = "tls")) {
        return Err(failed(
            "wss:// needs TLS, which this build leaves out: enable the `tls` feature \
             (codex-sdk or codex-transport: `features = [\"tls\"]`)"
                .to_owned(),
        ));
    }
    if options.token.is_some()
        && !parsed.tls
        && !parsed.names_loopback()
        && !options.cleartext_token_to_any_host
    {
        return Err(failed(format!(
            "refusing to send the bearer token in clear (ws://) to `{}`, which is not a \
             loopback address: use wss:// (TLS, from a reverse proxy in front of the \
             server), or opt in with `WebSocketOptions::danger_allow_cleartext_token` if \
             no one else can see that network",
            parsed.host
        )));
    }
    // Asked before anything is sent: a token that cannot be had fails the connection early.
    let token = match &options.token {
        Some(source) => Some(source.token().await.map_err(failed)?),
        None => None,
    };
    let token = token.as_ref().map(|(token, kind)| (token, *kind));
    let tcp = connect_tcp(&parsed).await.map_err(failed)?;
    #[cfg(feature = "tls")]
    if parsed.tls {
        let stream = tls::connect(tcp, &parsed, options).await.map_err(failed)?;
        return open(stream, &parsed, token, options.keepalive)
            .await
            .map_err(fail);
    }
    open(tcp, &parsed, token, options.keepalive)
        .await
        .map_err(fail)
}

impl Refusal {
    /// The error of a connection to `endpoint` that this refusal ended.
    fn into_error(self, endpoint: String) -> Error {
        match self {
            Refusal::Unauthorized(refused) => Error::Unauthorized {
                endpoint,
                refusal: refused.refusal,
                server_says: refused.server_says,
                hint: refused.hint,
            },
            Refusal::Failed(reason) => Error::Connect { endpoint, reason },
        }
    }
}

/// Connects to a server on a unix socket at `path` (see `Transport::connect_unix`).
#[cfg(unix)]
pub(crate) async fn connect_unix(path: &std::path::Path) -> Result<(MessageReader, MessageWriter)> {
    let endpoint = format!("unix://{}", path.display());
    let fail = |refusal: Refusal| refusal.into_error(endpoint.clone());
    let stream = tokio::net::UnixStream::connect(path).await.map_err(|err| {
        fail(format!("{err}: is `codex app-server --listen {endpoint}` running?").into())
    })?;
    // The host names nothing on a socket file, but the handshake needs one.
    let url = WsUrl::parse("ws://localhost/").map_err(|reason| fail(reason.into()))?;
    // A socket file breaks loudly (its peer is on this machine): no pings.
    open(stream, &url, None, None).await.map_err(fail)
}

/// Connects to the first address of `url`'s host that answers.
async fn connect_tcp(url: &WsUrl) -> std::result::Result<TcpStream, String> {
    let addresses = tokio::net::lookup_host((url.host.as_str(), url.port))
        .await
        .map_err(|err| format!("cannot resolve `{}`: {err}", url.host))?;
    // `localhost` counts as this machine (a token may go to it in clear) only where it
    // resolves to this machine.
    let addresses =
        addresses.filter(|address| !url.is_localhost() || url::is_loopback(address.ip()));
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

/// The handshake on `stream`, then its two halves, which ping every `keepalive`.
async fn open<S>(
    stream: S,
    url: &WsUrl,
    token: Option<(&token::BearerToken, token::TokenKind)>,
    keepalive: Option<std::time::Duration>,
) -> std::result::Result<(MessageReader, MessageWriter), Refusal>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let random = SystemRandom::new();
    // Buffered for the handshake's answer; frames that arrive with it stay in the buffer,
    // handed to the reader, which reads the socket itself from then on.
    let mut stream = BufReader::with_capacity(READ_CHUNK, stream);
    handshake::handshake(&mut stream, url, token, &random).await?;
    let buffered = stream.buffer().to_vec();
    let (read_half, write_half) = tokio::io::split(stream.into_inner());
    let link = Arc::new(writer::Link::default());
    let reader = MessageReader::new(
        Box::new(read_half),
        buffered,
        DEFAULT_MAX_LINE_BYTES,
        Arc::clone(&link),
    )
    .silence_limit(keepalive.map(|interval| interval * 2));
    let writer = MessageWriter::new(Box::new(write_half), random, link).keepalive(keepalive);
    Ok((reader, writer))
}
