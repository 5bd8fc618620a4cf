//! The transport's error type: every way a call to the server can fail.

use std::fmt;
use std::process::ExitStatus;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::wire::UndecodableNotification;
pub use codex_protocol::{ErrorCode, RpcError};

/// What went wrong talking to the app-server.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server process could not be started.
    #[error("could not start `{}`: {source}; {hint}", program.display())]
    Spawn {
        /// The program that was tried.
        program: std::path::PathBuf,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
        /// What to do about it.
        hint: String,
    },
    /// A server that is already running (WebSocket, unix socket) could not be reached, or
    /// refused the handshake.
    #[error("could not connect to the app-server at {endpoint}: {reason}")]
    Connect {
        /// The URL or socket path tried.
        endpoint: String,
        /// What went wrong, and what to do about it.
        reason: String,
    },
    /// A server on a WebSocket refused the connection's bearer token (HTTP 401), or wanted one
    /// and was given none. Retrying with the same token fails the same way.
    #[cfg(feature = "websocket")]
    #[error(
        "the app-server at {endpoint} refused the connection (HTTP 401{}): {hint}",
        if server_says.is_empty() { String::new() } else { format!(": {server_says}") }
    )]
    Unauthorized {
        /// The URL tried (without any credentials it held).
        endpoint: String,
        /// What was wrong with the token, as the server's reason says.
        refusal: TokenRefusal,
        /// The server's reason, as it wrote it (`expired websocket jwt`, say).
        server_says: String,
        /// What to do about it.
        hint: String,
    },
    /// Reading from or writing to the server failed.
    #[error("i/o error talking to the app-server: {0}")]
    Io(#[source] Arc<std::io::Error>),
    /// A message of the server did not match the type its method implies.
    #[error("could not decode `{method}`: {source}")]
    Decode {
        /// The method whose params or result did not decode.
        method: String,
        /// What serde said.
        #[source]
        source: Arc<serde_json::Error>,
        /// The JSON that did not decode (the params of a notification, the result or error of
        /// a response), when there was some.
        raw: Option<Arc<str>>,
        /// For a notification: the thread its params name (`threadId`), when they name one.
        thread_id: Option<Arc<str>>,
        /// For a notification: the turn its params name (`turnId` or `turn.id`), when they
        /// name one.
        turn_id: Option<Arc<str>>,
    },
    /// Params given by the caller could not be serialized.
    #[error("could not encode the params of `{method}`: {source}")]
    Encode {
        /// The method of the request.
        method: String,
        /// What serde said.
        #[source]
        source: Arc<serde_json::Error>,
    },
    /// The server answered the request with a JSON-RPC error.
    #[error("`{method}` failed: {error}")]
    Rpc {
        /// The method of the request.
        method: String,
        /// The error object the server sent.
        error: Box<RpcError>,
    },
    /// No answer came within the request's timeout.
    #[error("`{method}` got no answer within {after:?}")]
    Timeout {
        /// The method of the request.
        method: String,
        /// The timeout that ran out.
        after: Duration,
    },
    /// The server's answer to this request was longer than the configured line limit, so it
    /// was dropped.
    #[error(
        "the server's answer was longer than {limit} bytes and was dropped: raise `ConnectionOptions::max_line_bytes` if such answers are expected"
    )]
    LineTooLong {
        /// The limit in bytes.
        limit: usize,
    },
    /// User code the connection ran (a notification filter, a hook) panicked. The connection
    /// lives on; what the code was for (a subscription, say) ends with this error.
    #[error("{context} panicked: {message}")]
    Panic {
        /// What panicked.
        context: String,
        /// The panic's message.
        message: String,
    },
    /// The connection is closed: the server exited, or the connection was shut down.
    #[error("the app-server connection is closed: {0}")]
    Closed(Arc<CloseReason>),
}

/// What a server found wrong with a connection's bearer token.
#[cfg(feature = "websocket")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenRefusal {
    /// No token was sent, and the server wants one.
    Missing,
    /// The token is not the server's: another capability token, or a signature made with
    /// another secret (or for the other `--ws-auth` mode).
    Invalid,
    /// A signed token's expiry has passed, by the server's clock.
    Expired,
    /// A signed token's `nbf` lies ahead, by the server's clock.
    NotYetValid,
    /// A signed token's issuer is not the server's `--ws-issuer`.
    WrongIssuer,
    /// A signed token's audience is not the server's `--ws-audience`.
    WrongAudience,
    /// A reason this SDK does not know (see the error's `server_says`).
    Other,
}

impl Error {
    /// Whether retrying the same call later may succeed: the server said it is overloaded.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Error::Rpc { error, .. } if error.is_retryable())
    }

    pub(crate) fn io(err: std::io::Error) -> Self {
        Error::Io(Arc::new(err))
    }

    pub(crate) fn decode(method: &str, err: serde_json::Error, raw: Option<&str>) -> Self {
        Error::Decode {
            method: method.to_owned(),
            source: Arc::new(err),
            raw: raw.map(Arc::from),
            thread_id: None,
            turn_id: None,
        }
    }

    /// The error a subscriber gets for a notification whose params did not decode: the raw
    /// params (`null` when absent) and the ids the codec read from them.
    pub(crate) fn undecodable(notification: UndecodableNotification<'_>) -> Self {
        Error::Decode {
            raw: Some(Arc::from(notification.params.map_or("null", |p| p.get()))),
            method: notification.method.into_owned(),
            source: Arc::new(notification.error),
            thread_id: notification.thread_id.map(Arc::from),
            turn_id: notification.turn_id.map(Arc::from),
        }
    }
}

/// Why the connection closed: enough to tell a user what happened to the server.
#[derive(Debug, Clone, Default)]
pub struct CloseReason {
    /// What closed it, e.g. "the server closed its output".
    pub cause: String,
    /// The server process's exit status, when the transport owns the process and it exited.
    pub exit_status: Option<ExitStatus>,
    /// The signals the client sent the server's process group before it exited, in order:
    /// empty when it exited by itself (codex does when its input ends). codex exits with
    /// status 0 on SIGTERM too, so the status alone does not tell.
    pub signals_sent: Vec<crate::process_group::Signal>,
    /// The last lines the server wrote to stderr (oldest first).
    pub stderr_tail: Vec<String>,
}

impl fmt::Display for CloseReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.cause)?;
        if !self.signals_sent.is_empty() {
            let sent: Vec<String> = self.signals_sent.iter().map(ToString::to_string).collect();
            write!(f, "; the client sent the server {}", sent.join(", then "))?;
        }
        if let Some(status) = &self.exit_status {
            write!(f, "; the server exited with {status}")?;
        }
        if !self.stderr_tail.is_empty() {
            write!(
                f,
                "; its last stderr lines:\n{}",
                self.stderr_tail.join("\n")
            )?;
        }
        Ok(())
    }
}

/// The transport's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
