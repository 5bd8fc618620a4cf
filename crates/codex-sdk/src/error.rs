//! The SDK's error type: JSON-RPC errors mapped to what they mean, failed turns, and
//! everything the transport can report.

use std::sync::Arc;

use codex_protocol::RpcErrorKind;
use codex_protocol::TurnError;
use codex_transport::{CloseReason, RpcError};

use crate::turn_result::TurnResult;

/// What went wrong.
///
/// A JSON-RPC error of the server is [`Error::Rpc`], with the server's [`RpcError`] (code,
/// message, data); [`kind`](Error::kind) sorts it the way the official Python SDK does
/// (`ParseError`, `InvalidRequest`, ..., `ServerBusy`, `RetryLimit`). A call the SDK refuses
/// because of how it was used (a turn run twice, its events taken twice) is
/// [`Error::Usage`].
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered a request with a JSON-RPC error. What it means is
    /// [`kind`](Error::kind): e.g. [`RpcErrorKind::MethodNotFound`] when the server is older
    /// than the SDK or the method is experimental and the client did not opt in
    /// (`CodexBuilder::experimental_api`), [`RpcErrorKind::ServerBusy`] when it is overloaded
    /// ([`retry_on_overload`](crate::retry_on_overload) retries those).
    #[error("`{method}` failed: {}: {error}", describe(error.kind()))]
    Rpc {
        /// The method of the request.
        method: String,
        /// The error object.
        error: Box<RpcError>,
    },
    /// The turn ended with status `failed`. The partial result is kept: the items it
    /// completed, then those it never completed with the text streamed into them.
    /// Its message is the server's, then the kind of failure the server names
    /// (`codexErrorInfo`, e.g. `internalServerError`) with the HTTP status it got from the
    /// model provider when it gives one, then the server's further details.
    #[error("the turn failed: {}", failure(error))]
    TurnFailed {
        /// What the server said went wrong.
        error: Box<TurnError>,
        /// What the turn produced before it failed.
        result: Box<TurnResult>,
    },
    /// The turn ran out of time (see [`TurnLimits`](crate::TurnLimits)): the SDK asked the
    /// server to interrupt it and stopped waiting. What it produced so far is kept, the text
    /// of the items still streaming included.
    #[error("turn {turn_id} ran out of time: {limit} of {after:?}; it was interrupted{}", waiting_on(retrying.as_deref()))]
    TurnTimedOut {
        /// The turn's id.
        turn_id: String,
        /// Which limit ran out.
        limit: TurnLimit,
        /// The limit's length.
        after: std::time::Duration,
        /// What the turn was waiting on: the server's last retrying error since the turn's
        /// last progress (`Reconnecting... 3/5` after a dropped model stream, say), if any.
        retrying: Option<Box<TurnError>>,
        /// What the turn produced before the limit ran out (status `InProgress`).
        result: Box<TurnResult>,
    },
    /// The turn used more tokens than its budget ([`TurnLimits::tokens`](crate::TurnLimits::tokens)):
    /// the SDK asked the server to interrupt it and stopped waiting. What it produced so far
    /// is kept.
    #[error("turn {turn_id} used {used} tokens, over its budget of {budget}; it was interrupted")]
    TurnOverBudget {
        /// The turn's id.
        turn_id: String,
        /// The budget.
        budget: u64,
        /// The tokens the turn had used at the report that passed the budget.
        used: u64,
        /// What the turn produced before (status `InProgress`).
        result: Box<TurnResult>,
    },
    /// A goal run reached its turn limit ([`GoalBudget::turns`](crate::GoalBudget::turns))
    /// with the goal still active: the run paused the goal, so the server runs no more turns
    /// for it. What the run did is kept.
    #[error("the goal run took its {} turns with the goal still active; the goal is paused", turns.len())]
    GoalTurnLimit {
        /// The goal as paused.
        goal: Box<codex_protocol::ThreadGoal>,
        /// Every turn the run took, in order.
        turns: Vec<TurnResult>,
    },
    /// The connection closed (the server exited, or [`close`](crate::Codex::close) was
    /// called) before the turn ended. What the turn produced so far is kept, the text of the
    /// items still streaming included.
    #[error("the app-server connection closed before turn {turn_id} ended: {reason}")]
    TurnClosed {
        /// The turn's id.
        turn_id: String,
        /// Why the connection closed: the exit status and the server's last stderr lines.
        reason: Arc<CloseReason>,
        /// What the turn produced before the connection closed (status `InProgress`).
        result: Box<TurnResult>,
    },
    /// What the turn holds (its items and the text streamed into them, counted in bytes of
    /// the server's lines) would pass the bound, the connection's
    /// [`notification_buffer_bytes`](crate::CodexBuilder::notification_buffer_bytes): the
    /// SDK asked the server to interrupt the turn and stopped reading it. Everything before
    /// the event that would have passed the bound is kept.
    #[error(
        "turn {turn_id} would hold more than {limit} bytes of items and streamed text; it was interrupted. Raise the bound with `CodexBuilder::notification_buffer_bytes`"
    )]
    TurnTooLarge {
        /// The turn's id.
        turn_id: String,
        /// The bound, in bytes.
        limit: usize,
        /// What the turn produced up to the bound (status `InProgress`).
        result: Box<TurnResult>,
    },
    /// The turn's `turn/completed` did not decode: the turn is over, but how it ended is only
    /// in the raw JSON (the server is probably newer than this SDK).
    #[error("the turn ended with a `turn/completed` this SDK cannot read: {source}")]
    UndecodableTurnEnd {
        /// The params of the `turn/completed` notification, as sent.
        raw: String,
        /// What serde said.
        #[source]
        source: Arc<serde_json::Error>,
        /// What the turn produced before it ended.
        result: Box<TurnResult>,
    },
    /// The server warned about its configuration at start-up, and the client was built with
    /// [`strict_config`](crate::CodexBuilder::strict_config).
    #[error("the app-server's configuration is invalid: {}", summaries(.0))]
    InvalidConfig(Vec<codex_protocol::ConfigWarningNotification>),
    /// The type asked of [`Thread::run_json`](crate::Thread::run_json) has a JSON schema that
    /// OpenAI's strict mode (which codex uses for output schemas) cannot express. Nothing was
    /// sent.
    #[error("`{type_name}` cannot be an output schema: at {path}: {reason}")]
    UnsupportedSchema {
        /// The Rust type.
        type_name: String,
        /// Where in its schema (a JSON pointer).
        path: String,
        /// What strict mode cannot express there, and what to use instead.
        reason: String,
    },
    /// The turn's final answer did not parse as the requested type. The raw text is kept.
    #[error("the final answer is not the requested JSON: {source}; the answer was: {raw}")]
    StructuredOutput {
        /// The final answer as the model wrote it.
        raw: String,
        /// What serde said.
        #[source]
        source: Arc<serde_json::Error>,
    },
    /// The turn completed without a final answer (no agent message).
    #[error("the turn completed without a final answer")]
    NoFinalResponse,
    /// No codex binary was found.
    #[error("no codex binary found: {hint}")]
    BinaryNotFound {
        /// What was tried and how to install codex.
        hint: String,
    },
    /// The connection to the server is closed (the server exited, or `close()` was called).
    /// The reason carries the exit status and the server's last stderr lines.
    #[error("the app-server connection is closed: {0}")]
    Closed(Arc<CloseReason>),
    /// An input or option the SDK cannot send, e.g. an external message mixed with other
    /// inputs.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A call the SDK refuses because of the state of what it was called on, not its input:
    /// a turn that was already run, a turn's events already taken by another stream.
    #[error("{0}")]
    Usage(String),
    /// A paged list (`models()`, `thread_list`, an `..._all` stream) stopped because the
    /// server gave a next-page cursor it had already given: following it would ask for the
    /// same pages for ever. The items before it were delivered.
    #[error(
        "`{method}` repeated the page cursor `{cursor}`: the listing stopped there (the server's paging is broken; list with a smaller `limit` or without a cursor)"
    )]
    RepeatedCursor {
        /// The list method.
        method: String,
        /// The cursor the server gave twice.
        cursor: String,
    },
    /// The server's answer to a request was longer than the connection's line limit (64 MiB
    /// by default), so it was dropped and the request failed.
    #[error(
        "the server's answer was longer than {limit} bytes and was dropped: raise the limit with `CodexBuilder::connection_options(|o| o.max_line_bytes(bytes))` if such answers are expected"
    )]
    LineTooLong {
        /// The limit in bytes.
        limit: usize,
    },
    /// A dynamic tool with this name is already registered on the thread.
    #[error("a tool named `{0}` is registered twice")]
    DuplicateTool(String),
    /// Any other transport failure: spawn, I/O, decode, timeout.
    #[error(transparent)]
    Transport(codex_transport::Error),
}

/// Which of a turn's limits ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TurnLimit {
    /// No event for too long.
    Idle,
    /// The turn took too long as a whole.
    Deadline,
}

impl std::fmt::Display for TurnLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TurnLimit::Idle => "no event within the idle timeout",
            TurnLimit::Deadline => "the deadline",
        })
    }
}

fn summaries(warnings: &[codex_protocol::ConfigWarningNotification]) -> String {
    let parts: Vec<String> = warnings
        .iter()
        .map(|w| match &w.details {
            Some(details) => format!("{} ({details})", w.summary),
            None => w.summary.clone(),
        })
        .collect();
    parts.join("; ")
}

/// What each kind of JSON-RPC error says, in the message of [`Error::Rpc`].
fn describe(kind: RpcErrorKind) -> &'static str {
    match kind {
        RpcErrorKind::ParseError => "the server could not parse the request",
        RpcErrorKind::InvalidRequest => "the server refused the request",
        RpcErrorKind::MethodNotFound => "the method is unknown to this server",
        RpcErrorKind::InvalidParams => "invalid params",
        RpcErrorKind::Internal => "the server failed internally",
        RpcErrorKind::ServerBusy => "the server is busy",
        RpcErrorKind::RetryLimit => "the server's retry limit was exceeded",
        _ => "the server answered with an error",
    }
}

impl Error {
    /// Whether retrying the same call later may succeed: the server is busy or out of its
    /// own retries, or an error's data says `server_overloaded` ([`RpcError::is_retryable`]).
    pub fn is_retryable(&self) -> bool {
        self.rpc_error().is_some_and(RpcError::is_retryable)
    }

    /// What a JSON-RPC error means ([`RpcError::kind`]); `None` for other errors.
    pub fn kind(&self) -> Option<RpcErrorKind> {
        self.rpc_error().map(RpcError::kind)
    }

    /// What the turn produced before it ended without success: the partial result of
    /// [`TurnFailed`](Error::TurnFailed), [`TurnTimedOut`](Error::TurnTimedOut),
    /// [`TurnClosed`](Error::TurnClosed), [`TurnTooLarge`](Error::TurnTooLarge) and
    /// [`UndecodableTurnEnd`](Error::UndecodableTurnEnd): the items it completed, then those
    /// it did not with the text streamed into them, and the final answer so far.
    pub fn partial_result(&self) -> Option<&TurnResult> {
        match self {
            Error::TurnFailed { result, .. }
            | Error::TurnTimedOut { result, .. }
            | Error::TurnOverBudget { result, .. }
            | Error::TurnClosed { result, .. }
            | Error::TurnTooLarge { result, .. }
            | Error::UndecodableTurnEnd { result, .. } => Some(result),
            _ => None,
        }
    }

    /// Whether the server may still be running the turn this error ended the wait for: a
    /// [`Error::TurnClosed`] whose connection closed without a server process of this client's
    /// exiting (a server it joined: the app-server runs a turn to its end when its client goes
    /// away). Read its final state later with [`Thread::read_turn`](crate::Thread::read_turn)
    /// on a new connection. False for every other error, and when the client's own server
    /// process exited (it stores a running turn as interrupted).
    pub fn turn_may_still_run(&self) -> bool {
        matches!(self, Error::TurnClosed { reason, .. } if reason.exit_status.is_none())
    }

    /// The JSON-RPC error object, for [`Error::Rpc`].
    pub fn rpc_error(&self) -> Option<&RpcError> {
        match self {
            Error::Rpc { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl From<codex_transport::Error> for Error {
    fn from(err: codex_transport::Error) -> Self {
        match err {
            codex_transport::Error::Rpc { method, error } => Error::Rpc { method, error },
            codex_transport::Error::Closed(reason) => Error::Closed(reason),
            codex_transport::Error::LineTooLong { limit } => Error::LineTooLong { limit },
            other => Error::Transport(other),
        }
    }
}

/// The outcome of a turn that ended with `result`: a failed one is [`Error::TurnFailed`]
/// (with the server's error, or one saying it failed).
pub(crate) fn turn_outcome(result: TurnResult) -> Result<TurnResult> {
    if result.status != codex_protocol::TurnStatus::Failed {
        return Ok(result);
    }
    let error = result.error.clone();
    let error = error.unwrap_or_else(|| TurnError::new("the turn failed"));
    Err(Error::TurnFailed {
        error: Box::new(error),
        result: Box::new(result),
    })
}

/// A failed turn's error in words: the server's message, the kind of failure it names and the
/// provider's HTTP status when it gives them, and its details. (For an HTTP 500 the 0.171.0
/// server names the kind only: the provider's own message does not reach the client.)
pub(crate) fn failure(error: &TurnError) -> String {
    use std::fmt::Write;
    let mut text = error.message.clone();
    if let Some(info) = &error.codex_error_info {
        let (kind, status) = failure_kind(info);
        let _ = match status {
            Some(status) => write!(text, " ({kind}, HTTP {status})"),
            None => write!(text, " ({kind})"),
        };
    }
    if let Some(details) = error.additional_details.as_deref() {
        let details = details.trim();
        if !details.is_empty() && details != error.message.trim() {
            let _ = write!(text, ": {details}");
        }
    }
    text
}

/// What a timed-out turn was waiting on, for its message.
fn waiting_on(retrying: Option<&TurnError>) -> String {
    retrying.map_or_else(String::new, |error| {
        format!("; the server was retrying: {}", failure(error))
    })
}

/// The wire name of `info`'s kind (`internalServerError`), and the HTTP status it carries.
pub(crate) fn failure_kind(info: &codex_protocol::CodexErrorInfo) -> (String, Option<u64>) {
    match serde_json::to_value(info) {
        Ok(serde_json::Value::String(kind)) => (kind, None),
        Ok(serde_json::Value::Object(fields)) => match fields.into_iter().next() {
            Some((kind, inner)) => {
                let status = inner
                    .get("httpStatusCode")
                    .and_then(serde_json::Value::as_u64);
                (kind, status)
            }
            None => ("unknown".to_owned(), None),
        },
        _ => ("unknown".to_owned(), None),
    }
}

/// The SDK's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn rpc(code: i64, message: &str, data: Option<Value>) -> Error {
        Error::from(codex_transport::Error::Rpc {
            method: "m".into(),
            error: Box::new(RpcError {
                code: codex_transport::ErrorCode(code),
                message: message.into(),
                data,
            }),
        })
    }

    #[test]
    fn an_rpc_error_is_one_variant_sorted_by_kind() {
        let err = rpc(-32601, "no such method", None);
        assert!(matches!(&err, Error::Rpc { method, .. } if method == "m"));
        assert_eq!(err.kind(), Some(RpcErrorKind::MethodNotFound));
        assert!(err.to_string().contains("unknown to this server"), "{err}");
        let busy = rpc(-32001, "Server overloaded; retry later.", None);
        assert_eq!(busy.kind(), Some(RpcErrorKind::ServerBusy));
        assert!(busy.to_string().contains("busy"), "{busy}");
        assert_eq!(
            rpc(-32050, "Retry limit exceeded", None).kind(),
            Some(RpcErrorKind::RetryLimit)
        );
        assert_eq!(rpc(-1, "x", None).kind(), Some(RpcErrorKind::Other));
        assert_eq!(Error::NoFinalResponse.kind(), None);
    }

    fn failed_turn(error: Value) -> Error {
        let error: TurnError = serde_json::from_value(error).expect("a TurnError");
        Error::TurnFailed {
            error: Box::new(error),
            result: Box::new(crate::turn_result::TurnResult::empty("t")),
        }
    }

    #[test]
    fn a_failed_turn_says_the_kind_the_provider_status_and_the_details() {
        let plain = failed_turn(serde_json::json!({"message": "high demand"}));
        assert_eq!(plain.to_string(), "the turn failed: high demand");
        let kind = failed_turn(serde_json::json!({
            "message": "high demand", "codexErrorInfo": "internalServerError"
        }));
        assert_eq!(
            kind.to_string(),
            "the turn failed: high demand (internalServerError)"
        );
        let status = failed_turn(serde_json::json!({
            "message": "could not reach the model",
            "codexErrorInfo": {"httpConnectionFailed": {"httpStatusCode": 502}},
            "additionalDetails": "bad gateway from the proxy"
        }));
        assert_eq!(
            status.to_string(),
            "the turn failed: could not reach the model (httpConnectionFailed, HTTP 502): bad gateway from the proxy"
        );
        let repeated = failed_turn(serde_json::json!({
            "message": "same", "additionalDetails": " same "
        }));
        assert_eq!(repeated.to_string(), "the turn failed: same");
    }

    #[test]
    fn retryable_errors_are_busy_ones_or_say_overloaded() {
        assert!(rpc(-32001, "busy", None).is_retryable());
        assert!(rpc(-32050, "too many failed attempts", None).is_retryable());
        let nested = serde_json::json!({"details": [{"errorInfo": "SERVER_OVERLOADED"}]});
        assert!(rpc(-1, "x", Some(nested)).is_retryable());
        assert!(!rpc(-32602, "bad", None).is_retryable());
        assert!(!rpc(-32050, "other", None).is_retryable());
        assert!(!Error::Usage("the turn was already run".into()).is_retryable());
    }
}
