//! The wire codec: how one JSON-RPC message looks on its line, both ways.
//!
//! A client reads each line of the server with [`Incoming::parse`], which tells a notification
//! (typed, or undecodable with the ids it names), a server request and a response apart;
//! readers that only need the members (the typed message types, the fake servers of the
//! tests) classify a line with [`RawMessage::parse`], which `Incoming` is built on. Every
//! writer makes its lines with the `encode_*` functions (the typed messages' `Serialize` too),
//! so there is one answer to "what is a message".
//!
//! The app-server writes one JSON object per line without a `"jsonrpc"` member: a request has
//! `id` and `method`, a notification `method` only (plus `emittedAtMs`), a response `id` and
//! `result` or `error`. Params, results and errors are kept as raw JSON here, to be parsed once,
//! straight into the type the method implies.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::{
    RequestId, RpcError, ServerNotification, ServerNotificationMessage, ServerRequest, ThreadItem,
    W3cTraceContext,
};

/// One message of either side, classified, with its payload kept as raw JSON borrowed from
/// the line.
#[derive(Debug, Clone)]
pub enum RawMessage<'a> {
    /// A call that expects an answer with the same `id`.
    Request {
        /// The id to answer with.
        id: &'a RawValue,
        /// The method.
        method: Cow<'a, str>,
        /// The params, when present.
        params: Option<&'a RawValue>,
    },
    /// A call without an answer.
    Notification {
        /// The method.
        method: Cow<'a, str>,
        /// The params, when present.
        params: Option<&'a RawValue>,
        /// `emittedAtMs`: when the server emitted it, in Unix milliseconds, when it says (and
        /// says it as an integer).
        emitted_at_ms: Option<i64>,
    },
    /// The answer to a request.
    Response {
        /// The id of the request answered.
        id: &'a RawValue,
        /// `Ok(result)` or `Err(error)`: the `error` member as sent, which a well-behaved peer
        /// makes an [`RpcError`].
        outcome: Result<&'a RawValue, &'a RawValue>,
    },
}

/// Why a line is not a JSON-RPC message.
#[derive(Debug)]
pub enum EnvelopeError {
    /// Not a JSON object with the members of a message (or not JSON at all).
    Json(serde_json::Error),
    /// A JSON object with neither `method` nor `id`.
    NeitherMethodNorId,
    /// A response with neither `result` nor `error`.
    NoOutcome,
}

impl std::fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EnvelopeError::Json(err) => write!(f, "not a JSON-RPC message: {err}"),
            EnvelopeError::NeitherMethodNorId => {
                f.write_str("a message with neither method nor id")
            }
            EnvelopeError::NoOutcome => f.write_str("a response with neither result nor error"),
        }
    }
}

impl std::error::Error for EnvelopeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EnvelopeError::Json(err) => Some(err),
            _ => None,
        }
    }
}

/// The members of any message, borrowed from its line. Every payload member is raw JSON, so
/// a member of an unexpected shape (an error whose code is a string, say) does not make the
/// whole line unreadable: the line still says whose answer it is.
#[derive(Deserialize)]
struct Members<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
    // `"result": null` is a result (of a method without one): kept, not read as absent.
    #[serde(borrow, default, deserialize_with = "present")]
    result: Option<&'a RawValue>,
    #[serde(borrow, default)]
    error: Option<&'a RawValue>,
    #[serde(rename = "emittedAtMs", borrow, default)]
    emitted_at_ms: Option<&'a RawValue>,
}

/// A member that is there, even as `null`.
fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

impl<'a> RawMessage<'a> {
    /// Classifies one line. `null` params count as absent.
    ///
    /// # Errors
    /// [`EnvelopeError`] when the line is not a JSON-RPC message.
    pub fn parse(line: &'a str) -> Result<Self, EnvelopeError> {
        let m: Members<'a> = serde_json::from_str(line).map_err(EnvelopeError::Json)?;
        // `method` and `id` make a request, `method` alone a notification, `id` alone a
        // response (`error` wins over `result`; `null` counts as absent for params and error).
        let params = m.params.filter(|p| p.get() != "null");
        match (m.method, m.id) {
            (Some(method), Some(id)) => Ok(RawMessage::Request { id, method, params }),
            (Some(method), None) => Ok(RawMessage::Notification {
                method,
                params,
                emitted_at_ms: m
                    .emitted_at_ms
                    .and_then(|raw| raw.get().parse::<i64>().ok()),
            }),
            (None, Some(id)) => {
                let outcome = match (m.error.filter(|e| e.get() != "null"), m.result) {
                    (Some(error), _) => Err(error),
                    (None, Some(result)) => Ok(result),
                    (None, None) => return Err(EnvelopeError::NoOutcome),
                };
                Ok(RawMessage::Response { id, outcome })
            }
            (None, None) => Err(EnvelopeError::NeitherMethodNorId),
        }
    }

    /// The method of a request or notification.
    pub fn method(&self) -> Option<&str> {
        match self {
            RawMessage::Request { method, .. } | RawMessage::Notification { method, .. } => {
                Some(method)
            }
            RawMessage::Response { .. } => None,
        }
    }
}

/// A line from the server, told apart in one pass: what a client reads.
///
/// Notifications are most of the traffic, so [`Incoming::parse`] first decodes the line as a
/// typed notification in one pass, params straight into their type (a line with an `id` or
/// a `result` stops that pass at its first member). Any other line is classified by
/// [`RawMessage::parse`], and a notification found there (its members in an unusual order, or
/// its params not of its method's type) is decoded from its params alone.
#[derive(Debug)]
pub enum Incoming<'a> {
    /// A notification, typed by its method.
    Notification(ServerNotificationMessage),
    /// A notification whose params do not fit its method's type (a server newer than this
    /// crate, say): kept raw, with the ids it names and why it did not decode.
    Undecodable(UndecodableNotification<'a>),
    /// A request of the server, to be answered with the same `id`.
    Request {
        /// The id to answer with, as sent.
        id: &'a RawValue,
        /// The method.
        method: Cow<'a, str>,
        /// The params, when present (`null` counts as absent).
        params: Option<&'a RawValue>,
    },
    /// The answer to a request of the client.
    Response {
        /// The id of the request answered, as sent.
        id: &'a RawValue,
        /// `Ok(result)` or `Err(error)`: the `error` member as sent, which a well-behaved
        /// peer makes an [`RpcError`].
        outcome: Result<&'a RawValue, &'a RawValue>,
    },
}

/// A notification whose params did not decode into its method's type.
#[derive(Debug)]
pub struct UndecodableNotification<'a> {
    /// The method.
    pub method: Cow<'a, str>,
    /// The params as sent, when present.
    pub params: Option<&'a RawValue>,
    /// `emittedAtMs`, when the server says (as an integer).
    pub emitted_at_ms: Option<i64>,
    /// The thread the params name (`threadId`), when they name one.
    pub thread_id: Option<Cow<'a, str>>,
    /// The turn the params name (`turnId`, or `turn.id` as `turn/*` notifications carry it),
    /// when they name one.
    pub turn_id: Option<Cow<'a, str>>,
    /// Why the params did not decode.
    pub error: serde_json::Error,
}

impl<'a> Incoming<'a> {
    /// Tells one line apart.
    ///
    /// # Errors
    /// [`EnvelopeError`] when the line is not a JSON-RPC message.
    pub fn parse(line: &'a str) -> Result<Self, EnvelopeError> {
        // Tags first, with no buffer; a line that fails that way is decoded again by
        // `classify`, buffered, so that what no longer matches the schema is `Unrecognized`.
        match crate::tagged::straight_through(|| {
            serde_json::from_str::<ServerNotificationMessage>(line)
        }) {
            Ok(message) => Ok(Incoming::Notification(message)),
            Err(_) => Self::classify(line),
        }
    }

    /// A line the one-pass decoding refused, classified by its members.
    fn classify(line: &'a str) -> Result<Self, EnvelopeError> {
        Ok(match RawMessage::parse(line)? {
            RawMessage::Notification {
                method,
                params,
                emitted_at_ms,
            } => {
                let text = params.map_or("null", RawValue::get);
                match ServerNotification::decode(
                    &method,
                    &mut serde_json::Deserializer::from_str(text),
                ) {
                    Ok(notification) => Incoming::Notification(ServerNotificationMessage {
                        notification,
                        emitted_at_ms,
                    }),
                    Err(error) => {
                        let ids = params.map(Ids::read).unwrap_or_default();
                        Incoming::Undecodable(UndecodableNotification {
                            method,
                            params,
                            emitted_at_ms,
                            thread_id: ids.thread_id,
                            turn_id: ids.turn_id,
                            error,
                        })
                    }
                }
            }
            RawMessage::Request { id, method, params } => Incoming::Request { id, method, params },
            RawMessage::Response { id, outcome } => Incoming::Response { id, outcome },
        })
    }
}

/// The thread and turn ids of params that did not decode into their type.
#[derive(Default)]
struct Ids<'a> {
    thread_id: Option<Cow<'a, str>>,
    turn_id: Option<Cow<'a, str>>,
}

/// The members of params that name a thread or a turn, each kept raw so that one of an odd
/// shape (a number, say) loses only itself.
#[derive(Deserialize)]
struct IdMembers<'a> {
    #[serde(rename = "threadId", borrow, default)]
    thread_id: Option<&'a RawValue>,
    #[serde(rename = "turnId", borrow, default)]
    turn_id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    turn: Option<&'a RawValue>,
}

/// `turn.id`: how `turn/*` notifications name their turn.
#[derive(Deserialize)]
struct TurnMembers<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
}

/// A string, borrowed from the input when it has no escapes (serde's `borrow` on a `Cow`
/// does that): ids here, method names in the typed messages' decoder.
#[derive(Deserialize)]
pub(crate) struct Text<'a>(#[serde(borrow)] pub(crate) Cow<'a, str>);

fn text(raw: Option<&RawValue>) -> Option<Cow<'_, str>> {
    raw.and_then(|raw| serde_json::from_str::<Text<'_>>(raw.get()).ok())
        .map(|text| text.0)
}

impl<'a> Ids<'a> {
    fn read(params: &'a RawValue) -> Self {
        let Ok(members) = serde_json::from_str::<IdMembers<'a>>(params.get()) else {
            return Ids::default();
        };
        let turn_id = text(members.turn_id).or_else(|| {
            let turn = serde_json::from_str::<TurnMembers<'a>>(members.turn?.get()).ok()?;
            text(turn.id)
        });
        Ids {
            thread_id: text(members.thread_id),
            turn_id,
        }
    }
}

/// Decodes `json` into a `T` the fastest way that keeps every fallback: first with each
/// tagged enum's tag read first and its fields decoded with no buffer, then, when that
/// fails, again with each tagged object buffered, so that a variant whose fields no longer
/// match the schema becomes `Unrecognized` rather than an error. A plain
/// `serde_json::from_str` always takes the second way.
///
/// # Errors
/// When `json` is not a `T` either way (the second way's error).
pub fn decode<T: serde::de::DeserializeOwned>(json: &str) -> serde_json::Result<T> {
    crate::tagged::straight_through(|| serde_json::from_str(json))
        .or_else(|_| serde_json::from_str(json))
}

/// Decodes the params of a server request (`params`, their text; `null` when absent) as the
/// request `method` names, the way a plain `ServerRequest::decode` from text does.
///
/// Not generic, so its decoders are compiled once, in this crate: a crate that called
/// `ServerRequest::decode` with a text deserializer itself would compile every request's
/// types again.
///
/// # Errors
/// When `params` does not match the type of a known method.
pub fn decode_server_request(method: &str, params: &str) -> serde_json::Result<ServerRequest> {
    ServerRequest::decode(method, &mut serde_json::Deserializer::from_str(params))
}

/// Decodes a thread item from its text, buffered as a plain `serde_json::from_str` does: a kind
/// this version does not know, or whose fields no longer match (or no `type` at all), is
/// [`ThreadItem::Unrecognized`]. Compiled once, here, as [`decode_server_request`] is.
///
/// # Errors
/// When `json` is not a JSON object (an object without a `type` is `Unrecognized`).
pub fn decode_thread_item(json: &str) -> serde_json::Result<ThreadItem> {
    serde_json::from_str(json)
}

/// A request id as this codec's writers use them: the numbers a client counts up.
pub fn integer_id(id: &RawValue) -> Option<i64> {
    id.get().parse().ok()
}

/// Parses a raw id into a [`RequestId`] (a number or a string).
pub fn request_id(id: &RawValue) -> Option<RequestId> {
    serde_json::from_str(id.get()).ok()
}

/// The id of a response from the first bytes of its line, as the app-server writes responses
/// (`{"id":7,"result":...` or `{"id":7,"error":...`): enough to tell whose answer a line was
/// when the rest of it is lost (too long to keep, or not JSON).
pub fn response_id_of_head(head: &str) -> Option<i64> {
    let rest = head.strip_prefix("{\"id\":")?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let (id, after) = rest.split_at(digits);
    (after.starts_with(",\"result\"") || after.starts_with(",\"error\""))
        .then(|| id.parse().ok())
        .flatten()
}

/// A request line (without its `\n`): `{"id":ID,"method":M,"params":P,"trace":T}`; `params`
/// and `trace` (the W3C trace context the request was sent in) are left out when `None`.
pub fn encode_request(
    id: &RequestId,
    method: &str,
    params: Option<&RawValue>,
    trace: Option<&W3cTraceContext>,
) -> String {
    to_line(&Call {
        id: Some(id),
        method,
        params,
        emitted_at_ms: None,
        trace,
    })
}

/// A notification line: `{"method":M,"params":P}`, with `emittedAtMs` when given (as the
/// server writes them).
pub fn encode_notification(
    method: &str,
    params: Option<&RawValue>,
    emitted_at_ms: Option<i64>,
) -> String {
    to_line(&Call {
        id: None,
        method,
        params,
        emitted_at_ms,
        trace: None,
    })
}

/// A successful response line: `{"id":ID,"result":R}`.
pub fn encode_result(id: &RequestId, result: &RawValue) -> String {
    #[derive(serde::Serialize)]
    struct Answer<'a> {
        id: &'a RequestId,
        result: &'a RawValue,
    }
    to_line(&Answer { id, result })
}

/// An error response line: `{"id":ID,"error":{code,message,data?}}`.
pub fn encode_error(id: &RequestId, error: &RpcError) -> String {
    #[derive(serde::Serialize)]
    struct Answer<'a> {
        id: &'a RequestId,
        error: &'a RpcError,
    }
    to_line(&Answer { id, error })
}

/// A method call as it is written: `{id?, method, params?, emittedAtMs?}`, in the order the
/// app-server writes its members. The one writer of calls: the `encode_*` functions and the
/// `Serialize` of the typed messages both go through it.
#[derive(serde::Serialize)]
pub(crate) struct Call<'a, P: ?Sized> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<&'a RequestId>,
    pub(crate) method: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) params: Option<&'a P>,
    #[serde(rename = "emittedAtMs", skip_serializing_if = "Option::is_none")]
    pub(crate) emitted_at_ms: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) trace: Option<&'a W3cTraceContext>,
}

/// Serializes a message made of strings, numbers and raw JSON, which cannot fail.
fn to_line(message: &impl serde::Serialize) -> String {
    serde_json::to_string(message).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_line_is_classified() {
        let request = RawMessage::parse(r#"{"id":3,"method":"item/tool/call","params":{"a":1}}"#);
        assert!(matches!(
            request,
            Ok(RawMessage::Request { id, method, params: Some(p) })
                if id.get() == "3" && method == "item/tool/call" && p.get() == r#"{"a":1}"#
        ));
        let note = RawMessage::parse(r#"{"method":"m","params":null,"emittedAtMs":17}"#);
        assert!(matches!(
            note,
            Ok(RawMessage::Notification { method, params: None, emitted_at_ms: Some(17) })
                if method == "m"
        ));
        let answer = RawMessage::parse(r#"{"id":4,"error":{"code":"bad","message":1}}"#);
        assert!(
            matches!(answer, Ok(RawMessage::Response { outcome: Err(e), .. }) if e.get().contains("bad")),
            "an error object of the wrong shape still makes a response"
        );
        let ok = RawMessage::parse(r#"{"id":5,"result":null}"#);
        assert!(matches!(ok, Ok(RawMessage::Response { outcome: Ok(r), .. }) if r.get() == "null"));
        assert!(matches!(
            RawMessage::parse(r#"{"id":5}"#),
            Err(EnvelopeError::NoOutcome)
        ));
        assert!(matches!(
            RawMessage::parse("{}"),
            Err(EnvelopeError::NeitherMethodNorId)
        ));
        assert!(RawMessage::parse("[1]").is_err());
        assert!(
            matches!(RawMessage::parse(r#"{"method":"a\/b"}"#), Ok(m) if m.method() == Some("a/b")),
            "an escaped method name is unusual but valid JSON"
        );
    }

    #[test]
    fn encoded_lines_parse_back() {
        let params =
            serde_json::value::to_raw_value(&serde_json::json!({"x": [1, 2]})).expect("raw params");
        let id = RequestId::Int64(9);
        let line = encode_request(&id, "thread/start", Some(&params), None);
        assert_eq!(
            line,
            r#"{"id":9,"method":"thread/start","params":{"x":[1,2]}}"#
        );
        let trace = W3cTraceContext::new().with_traceparent("00-ab-cd-01");
        assert_eq!(
            encode_request(&id, "turn/start", None, Some(&trace)),
            r#"{"id":9,"method":"turn/start","trace":{"traceparent":"00-ab-cd-01"}}"#
        );
        assert_eq!(
            encode_notification("initialized", None, None),
            r#"{"method":"initialized"}"#
        );
        let error = RpcError::new(crate::ErrorCode::METHOD_NOT_FOUND, "no");
        assert_eq!(
            encode_error(&RequestId::String("a".into()), &error),
            r#"{"id":"a","error":{"code":-32601,"message":"no"}}"#
        );
        let result = encode_result(&id, &params);
        assert!(matches!(
            RawMessage::parse(&result),
            Ok(RawMessage::Response { id, outcome: Ok(_) }) if integer_id(id) == Some(9)
        ));
    }

    #[test]
    fn the_id_of_a_response_is_read_from_the_head_of_its_line() {
        assert_eq!(
            response_id_of_head(r#"{"id":42,"result":{"data":"#),
            Some(42)
        );
        assert_eq!(response_id_of_head(r#"{"id":0,"error":{"code":"#), Some(0));
        assert_eq!(
            response_id_of_head(r#"{"id":3,"method":"item/tool/call""#),
            None,
            "a server request"
        );
        assert_eq!(
            response_id_of_head(r#"{"method":"item/agentMessage/delta""#),
            None
        );
        assert_eq!(response_id_of_head(r#"{"id":"#), None);
    }

    #[test]
    fn a_server_request_decodes_by_its_method_and_a_wrong_shape_is_an_error() {
        let params = r#"{"kind":"command","threadId":"t","turnId":"u","itemId":"call_1",
            "startedAtMs":1,"command":"ls"}"#;
        let request = decode_server_request("item/commandExecution/requestApproval", params)
            .expect("an approval request decodes");
        assert!(matches!(
            request,
            ServerRequest::ItemCommandExecutionRequestApproval(p)
                if p.item_id == "call_1" && p.command.as_deref() == Some("ls")
        ));
        let error = decode_server_request("item/commandExecution/requestApproval", "{}")
            .expect_err("the params lack their required members");
        assert!(error.to_string().contains("missing field"), "{error}");
        let unknown = decode_server_request("item/fromTheFuture", r#"{"a":1}"#)
            .expect("a method this version does not know decodes");
        assert!(matches!(
            unknown,
            ServerRequest::Unknown { method, params } if method == "item/fromTheFuture"
                && params == serde_json::json!({"a": 1})
        ));
    }

    #[test]
    fn a_thread_item_decodes_from_text_and_an_unknown_kind_keeps_its_json() {
        let item = decode_thread_item(r#"{"type":"agentMessage","id":"m","text":"hi"}"#)
            .expect("an agent message decodes");
        assert!(
            matches!(item, ThreadItem::AgentMessage { id, text, .. } if id == "m" && text == "hi")
        );
        let future = r#"{"type":"hologram","id":"h","depth":3}"#;
        let item = decode_thread_item(future).expect("an unknown kind is kept");
        assert!(matches!(
            item,
            ThreadItem::Unrecognized(value)
                if value == serde_json::from_str::<serde_json::Value>(future).expect("JSON")
        ));
        assert!(matches!(
            decode_thread_item(r#"{"id":"x"}"#),
            Ok(ThreadItem::Unrecognized(_))
        ));
        assert!(
            decode_thread_item(r#"["agentMessage"]"#).is_err(),
            "an item is an object"
        );
    }
}
