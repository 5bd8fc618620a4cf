//! `WebSocketOptions`: how to reach a server on a WebSocket (where its token comes from, the
//! authorities its TLS certificate may come from, and the opt-in for a token in clear).

use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::signed_token::SignedBearerToken;
use super::token::{BearerToken, TokenFuture, TokenSource};

/// How to connect to `codex app-server --listen ws://IP:PORT`, directly (`ws://`) or through
/// a TLS reverse proxy in front of it (`wss://`). Both schemes take the same options.
///
/// Nothing here shows in `Debug`, errors or logs: the token is redacted everywhere.
///
/// ```
/// use codex_transport::WebSocketOptions;
///
/// let options = WebSocketOptions::new()
///     .bearer_token("content-of-the-token-file")
///     // A private deployment whose proxy's certificate comes from its own CA:
///     .add_root_certificate_pem(std::fs::read("ca.pem").unwrap_or_default());
/// assert!(!format!("{options:?}").contains("content-of-the-token-file"));
/// ```
#[derive(Clone)]
pub struct WebSocketOptions {
    pub(crate) token: Option<TokenSource>,
    pub(crate) extra_roots_pem: Vec<Arc<[u8]>>,
    pub(crate) cleartext_token_to_any_host: bool,
    pub(crate) keepalive: Option<Duration>,
}

/// How often a client pings by default (see [`WebSocketOptions::keepalive`]).
pub(crate) const DEFAULT_KEEPALIVE: Duration = Duration::from_secs(15);

impl Default for WebSocketOptions {
    fn default() -> Self {
        WebSocketOptions {
            token: None,
            extra_roots_pem: Vec::new(),
            cleartext_token_to_any_host: false,
            keepalive: Some(DEFAULT_KEEPALIVE),
        }
    }
}

impl WebSocketOptions {
    /// No token, the system's trusted roots, tokens in clear only to this machine, a ping
    /// every 15 seconds.
    pub fn new() -> Self {
        Self::default()
    }

    /// How often the client pings the server (every 15 seconds by default;
    /// `None`: never). The app-server sends no pings of its own and a network path that
    /// breaks without a reset (a NAT or a proxy dropping the flow) sends nothing either, so
    /// without pings a dead connection looks like a quiet one. The server answers each ping;
    /// when nothing at all (no message, no answer) has come for a whole period of twice this
    /// long (checked once per such period: noticed two to four intervals after the last
    /// byte), the connection is taken as broken and closes, saying so, and everything waiting
    /// on it ends.
    #[must_use]
    pub fn keepalive(mut self, interval: impl Into<Option<Duration>>) -> Self {
        self.keepalive = interval.into();
        self
    }

    /// The capability token of a server started with `--ws-auth capability-token
    /// --ws-token-file PATH` (the file's content), sent as `Authorization: Bearer TOKEN`.
    ///
    /// Over plain `ws://` a token (of any source) goes only to a loopback host (127.0.0.0/8,
    /// `::1`, `localhost`); anywhere else the connection is refused before anything is sent,
    /// unless [`danger_allow_cleartext_token`](Self::danger_allow_cleartext_token) says
    /// otherwise. The last token source set wins.
    #[must_use]
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(TokenSource::Given(BearerToken::new(&token.into())));
        self
    }

    /// The capability token in the file at `path` (the server's `--ws-token-file`, or a copy),
    /// read for each connection and trimmed of white space at both ends, as the server trims
    /// it: a rotated token is picked up by the next connection.
    #[must_use]
    pub fn bearer_token_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.token = Some(TokenSource::File(path.into()));
        self
    }

    /// Tokens for a server started with `--ws-auth signed-bearer-token`: a fresh one is minted
    /// from the shared secret for each connection.
    #[must_use]
    pub fn signed_bearer_token(mut self, token: SignedBearerToken) -> Self {
        self.token = Some(TokenSource::Signed(token));
        self
    }

    /// Asks `provider` for the bearer token of each connection: for tokens that come from
    /// elsewhere (a secrets manager, an identity service). An error or a panic of the
    /// provider fails the connection with [`Error::Connect`](crate::Error::Connect), saying
    /// so; the token itself is never shown.
    ///
    /// ```
    /// use codex_transport::WebSocketOptions;
    ///
    /// let options = WebSocketOptions::new().bearer_token_provider(|| async {
    ///     std::env::var("CODEX_WS_TOKEN").map_err(|_| "CODEX_WS_TOKEN is not set".into())
    /// });
    /// # drop(options);
    /// ```
    #[must_use]
    pub fn bearer_token_provider<F, Fut>(mut self, provider: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<String, Box<dyn std::error::Error + Send + Sync>>>
            + Send
            + 'static,
    {
        self.token = Some(TokenSource::Provider(Arc::new(move || -> TokenFuture {
            Box::pin(provider())
        })));
        self
    }

    /// Trusts, besides the system's roots, the certificate authority (or authorities) in
    /// `pem` (PEM text, `-----BEGIN CERTIFICATE-----`): for a proxy whose certificate comes
    /// from a private CA. Checked when connecting: PEM holding no certificate fails the
    /// connection with [`Error::Connect`](crate::Error::Connect).
    #[must_use]
    pub fn add_root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.extra_roots_pem.push(Arc::from(pem.into()));
        self
    }

    /// Sends the bearer token over plain `ws://` to any host, where anyone on the network
    /// path can read it and use it. Off by default; leave it off unless that network is
    /// yours alone, and prefer `wss://` (TLS from a reverse proxy in front of the server).
    #[must_use]
    pub fn danger_allow_cleartext_token(mut self, allow: bool) -> Self {
        self.cleartext_token_to_any_host = allow;
        self
    }
}

/// Shows whether there is a token, never the token.
impl fmt::Debug for WebSocketOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketOptions")
            .field("token", &self.token)
            .field("extra_roots", &self.extra_roots_pem.len())
            .field(
                "cleartext_token_to_any_host",
                &self.cleartext_token_to_any_host,
            )
            .field("keepalive", &self.keepalive)
            .finish()
    }
}
