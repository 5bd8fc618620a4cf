//! The JSON-RPC error object, as either side sends it in an error response, and how its code
//! sorts into kinds.

use std::fmt;

use serde::{Deserialize, Serialize};

/// `{code, message, data?}`: why a request failed. The one error object of the protocol: the
/// codec reads and writes it, the transport hands it to callers, and a handler of server
/// requests answers with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RpcError {
    /// The error code: the JSON-RPC standard codes, or -32000..-32099 for server errors such
    /// as overload.
    pub code: ErrorCode,
    /// A short description from the sender.
    pub message: String,
    /// Extra detail, when the sender gives any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
}

/// What a JSON-RPC error means, sorted by its code (and, for server errors, its message and
/// data) the way the official Python SDK sorts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RpcErrorKind {
    /// The receiver could not parse the message (-32700).
    ParseError,
    /// The request was not valid, or not valid in the receiver's state (-32600).
    InvalidRequest,
    /// The receiver does not know the method (-32601).
    MethodNotFound,
    /// The params did not fit the method (-32602).
    InvalidParams,
    /// The receiver failed internally (-32603).
    Internal,
    /// A server error saying the server is overloaded: retry later.
    ServerBusy,
    /// A server error saying the server gave up after its own retries.
    RetryLimit,
    /// Any other error.
    Other,
}

impl RpcError {
    /// An error object without data.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        RpcError {
            code,
            message: message.into(),
            data: None,
        }
    }

    /// What the error means. The one place the codes are sorted: the standard codes by
    /// value; in the server-error range the retry-limit wording first (Python's
    /// `RetryLimitExceededError` is a `ServerBusyError` too), then overload; the rest is
    /// [`RpcErrorKind::Other`].
    pub fn kind(&self) -> RpcErrorKind {
        match self.code {
            ErrorCode::PARSE_ERROR => RpcErrorKind::ParseError,
            ErrorCode::INVALID_REQUEST => RpcErrorKind::InvalidRequest,
            ErrorCode::METHOD_NOT_FOUND => RpcErrorKind::MethodNotFound,
            ErrorCode::INVALID_PARAMS => RpcErrorKind::InvalidParams,
            ErrorCode::INTERNAL_ERROR => RpcErrorKind::Internal,
            code if code.is_server_error() && self.says_retry_limit() => RpcErrorKind::RetryLimit,
            code if code.is_server_error() && self.says_overloaded() => RpcErrorKind::ServerBusy,
            _ => RpcErrorKind::Other,
        }
    }

    /// Whether retrying the same call later may succeed: the server is busy or out of
    /// retries ([`kind`](Self::kind)), or the data says `server_overloaded` under any code
    /// (the official Python SDK's rule).
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind(),
            RpcErrorKind::ServerBusy | RpcErrorKind::RetryLimit
        ) || self.says_overloaded()
    }

    /// Whether the error marks the server as overloaded: the code
    /// [`ErrorCode::SERVER_OVERLOADED`], or `server_overloaded` anywhere in `data` (as the
    /// data, under `codexErrorInfo` / `errorInfo`, or nested).
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

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (code {})", self.message, self.code.0)?;
        if let Some(data) = &self.data {
            write!(f, ": {data}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RpcError {}

/// A JSON-RPC error code (an integer on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
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
    /// The receiver failed internally.
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
    fn codes_sort_like_the_python_sdk() {
        let cases = [
            (-32700, "x", RpcErrorKind::ParseError),
            (-32600, "x", RpcErrorKind::InvalidRequest),
            (-32601, "x", RpcErrorKind::MethodNotFound),
            (-32602, "x", RpcErrorKind::InvalidParams),
            (-32603, "x", RpcErrorKind::Internal),
            (
                -32001,
                "Server overloaded; retry later.",
                RpcErrorKind::ServerBusy,
            ),
            (-32050, "Retry limit exceeded", RpcErrorKind::RetryLimit),
            (-32001, "too many failed attempts", RpcErrorKind::RetryLimit),
            (-32050, "something else", RpcErrorKind::Other),
            (-1, "retry limit", RpcErrorKind::Other),
        ];
        for (code, message, kind) in cases {
            assert_eq!(rpc(code, message, None).kind(), kind, "{code} {message}");
        }
        let data = serde_json::json!({"codexErrorInfo": "server_overloaded"});
        assert_eq!(
            rpc(-32050, "busy", Some(data.clone())).kind(),
            RpcErrorKind::ServerBusy
        );
        assert_eq!(
            rpc(-1, "busy", Some(data)).kind(),
            RpcErrorKind::Other,
            "outside the server-error range overload data sorts nowhere, but is retryable"
        );
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

    #[test]
    fn the_object_is_written_as_json_rpc_says() {
        let error = RpcError::new(ErrorCode::METHOD_NOT_FOUND, "no");
        let json = serde_json::to_string(&error).expect("serializable");
        assert_eq!(json, r#"{"code":-32601,"message":"no"}"#);
        let back: RpcError = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, error);
        assert!(serde_json::from_str::<RpcError>(r#"{"code":"bad","message":1}"#).is_err());
    }
}
