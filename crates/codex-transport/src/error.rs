//! The transport's error type: every way a call to the server can fail.

use std::fmt;
use std::process::ExitStatus;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::JsonRpcErrorObject;

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
        }
    }
}

/// A JSON-RPC error object, with its code typed.
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
    /// The error code.
    pub code: ErrorCode,
    /// The server's description.
    pub message: String,
    /// Extra detail, when the server gives any.
    pub data: Option<serde_json::Value>,
}

impl RpcError {
    /// Whether retrying the same call later may succeed: the server says it is overloaded,
    /// or a server error says its own retries ran out (the official Python SDK's rule).
    pub fn is_retryable(&self) -> bool {
        self.says_overloaded() || (self.code.is_server_error() && self.says_retry_limit())
    }

    /// Whether the error marks the server as overloaded: the code
    /// [`ErrorCode::SERVER_OVERLOADED`], or `server_overloaded` anywhere in `data` (as the data,
    /// under `codexErrorInfo` / `errorInfo`, or nested).
    pub fn says_overloaded(&self) -> bool {
        self.code == ErrorCode::SERVER_OVERLOADED
            || self.data.as_ref().is_some_and(data_says_overloaded)
    }

    /// Whether the message is the server's "too many retries" wording.
    pub fn says_retry_limit(&self) -> bool {
        let message = self.message.to_lowercase();
        message.contains("retry limit") || message.contains("too many failed attempts")
    }
}

fn data_says_overloaded(data: &serde_json::Value) -> bool {
    use serde_json::Value;
    match data {
        Value::String(s) => s.eq_ignore_ascii_case("server_overloaded"),
        Value::Array(items) => items.iter().any(data_says_overloaded),
        Value::Object(map) => map.values().any(data_says_overloaded),
        _ => false,
    }
}

impl From<JsonRpcErrorObject> for RpcError {
    fn from(object: JsonRpcErrorObject) -> Self {
        RpcError {
            code: ErrorCode(object.code),
            message: object.message,
            data: object.data,
        }
    }
}

impl From<RpcError> for JsonRpcErrorObject {
    fn from(error: RpcError) -> Self {
        JsonRpcErrorObject {
            code: error.code.0,
            message: error.message,
            data: error.data,
        }
    }
}

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (code {})", self.message, self.code.0)?;
        if let Some(data) = &self.data {
            write!(f, ": {data}")?;
        }
        Ok(())
    }
}

/// A JSON-RPC error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorCode(pub i64);

impl ErrorCode {
    /// The message was not valid JSON.
    pub const PARSE_ERROR: ErrorCode = ErrorCode(-32700);
    /// The message was not a valid request.
    pub const INVALID_REQUEST: ErrorCode = ErrorCode(-32600);
    /// No such method.
    pub const METHOD_NOT_FOUND: ErrorCode = ErrorCode(-32601);
    /// The params did not fit the method.
    pub const INVALID_PARAMS: ErrorCode = ErrorCode(-32602);
    /// The server failed internally.
    pub const INTERNAL_ERROR: ErrorCode = ErrorCode(-32603);
    /// The app-server's "Server overloaded; retry later." (one of the server-error range).
    pub const SERVER_OVERLOADED: ErrorCode = ErrorCode(-32001);
    /// The first code of the range JSON-RPC reserves for server errors (-32099..=-32000), where
    /// the app-server's overload errors are.
    pub const SERVER_ERROR_START: ErrorCode = ErrorCode(-32099);
    /// The last code of the server-error range.
    pub const SERVER_ERROR_END: ErrorCode = ErrorCode(-32000);

    /// Whether the code is in the server-error range (-32099..=-32000).
    pub fn is_server_error(self) -> bool {
        (Self::SERVER_ERROR_START.0..=Self::SERVER_ERROR_END.0).contains(&self.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rpc(code: i64, message: &str, data: Option<serde_json::Value>) -> RpcError {
        RpcError {
            code: ErrorCode(code),
            message: message.into(),
            data,
        }
    }

    #[test]
    fn retryable_means_overloaded_or_out_of_retries() {
        assert!(rpc(-32001, "Server overloaded; retry later.", None).is_retryable());
        assert!(rpc(-32050, "Retry limit exceeded", None).is_retryable());
        let nested = serde_json::json!({"details": [{"errorInfo": "SERVER_OVERLOADED"}]});
        assert!(
            rpc(-1, "x", Some(nested)).is_retryable(),
            "overload data counts under any code"
        );
        assert!(!rpc(-32050, "some other server error", None).is_retryable());
        assert!(
            !rpc(-1, "retry limit", None).is_retryable(),
            "the wording counts for server errors only"
        );
        assert!(!rpc(-32602, "bad params", None).is_retryable());
    }
}
