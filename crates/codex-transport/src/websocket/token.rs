//! Where a connection's bearer token comes from (given, read from a file, minted from a shared
//! secret, or asked of the user's provider), made into the one token the handshake sends.

use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

use super::signed_token::SignedBearerToken;

/// What a token provider returns: the token, or why there is none.
pub type TokenFuture =
    Pin<Box<dyn Future<Output = Result<String, Box<dyn std::error::Error + Send + Sync>>> + Send>>;

/// A user's function that gives the bearer token for each new connection.
pub(crate) type TokenProvider = Arc<dyn Fn() -> TokenFuture + Send + Sync>;

/// Where the token of a connection comes from; each connection asks anew.
#[derive(Clone)]
pub(crate) enum TokenSource {
    /// A capability token, given as it is.
    Given(BearerToken),
    /// A capability token file, read for each connection and trimmed of white space at both
    /// ends, as the server trims its `--ws-token-file`.
    File(PathBuf),
    /// A signed token, minted for each connection.
    Signed(SignedBearerToken),
    /// The user's provider, asked for each connection.
    Provider(TokenProvider),
}

/// What kind of token a connection sent, for the words of a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A capability token (given, or read from a file).
    Capability,
    /// A token minted by [`SignedBearerToken`].
    Signed,
    /// A token of the user's provider.
    Provided,
}

impl TokenSource {
    /// The token for a connection opening now.
    pub(crate) async fn token(&self) -> Result<(BearerToken, TokenKind), String> {
        let (token, kind) = match self {
            TokenSource::Given(token) => return Ok((token.clone(), TokenKind::Capability)),
            TokenSource::File(path) => {
                let text = std::fs::read_to_string(path).map_err(|err| {
                    format!("cannot read the token file `{}`: {err}", path.display())
                })?;
                (text.trim().to_owned(), TokenKind::Capability)
            }
            TokenSource::Signed(signed) => (signed.mint(SystemTime::now())?, TokenKind::Signed),
            TokenSource::Provider(provider) => {
                let token = crate::panic::guard(async { provider().await })
                    .await
                    .map_err(|panic| format!("the token provider panicked: {panic}"))?
                    .map_err(|err| format!("the token provider failed: {err}"))?;
                (token, TokenKind::Provided)
            }
        };
        Ok((BearerToken(Arc::from(token)), kind))
    }
}

impl fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Given(token) => token.fmt(f),
            TokenSource::File(path) => write!(f, "<read from {}>", path.display()),
            TokenSource::Signed(signed) => signed.fmt(f),
            TokenSource::Provider(_) => f.write_str("<from the token provider>"),
        }
    }
}

/// A bearer token: its `Debug` is redacted, and only the handshake reads it.
#[derive(Clone)]
pub(crate) struct BearerToken(Arc<str>);

impl BearerToken {
    /// A token given as it is.
    pub(crate) fn new(token: &str) -> Self {
        BearerToken(Arc::from(token))
    }

    /// The token itself, for the `Authorization` header and nothing else.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}
