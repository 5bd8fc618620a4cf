//! The wire codec: how one JSON-RPC message looks on its line, both ways.
//!
//! Every reader of the protocol (the transport's connection, the typed message types, the fake
//! servers of the tests) classifies a line with [`RawMessage::parse`], and every writer makes its
//! lines with the `encode_*` functions, so there is one answer to "what is a message".
//!
//! The app-server writes one JSON object per line without a `"jsonrpc"` member: a request has
//! `id` and `method`, a notification `method` only (plus `emittedAtMs`), a response `id` and
//! `result` or `error`. Params, results and errors are kept as raw JSON here, to be parsed once,
//! straight into the type the method implies.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::RequestId;

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
        /// makes a [`JsonRpcErrorObject`](crate::JsonRpcErrorObject).
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
        let members: Members<'a> = serde_json::from_str(line).map_err(EnvelopeError::Json)?;
        classify(
            members.id,
            members.method,
            members.params,
            members.result,
            members.error,
            members.emitted_at_ms,
        )
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

/// The rules that make members a message: `method` and `id` make a request, `method` alone a
/// notification, `id` alone a response (`error` wins over `result`; `null` counts as absent
/// for params and error).
fn classify<'a>(
    id: Option<&'a RawValue>,
    method: Option<Cow<'a, str>>,
    params: Option<&'a RawValue>,
    result: Option<&'a RawValue>,
    error: Option<&'a RawValue>,
    emitted_at_ms: Option<&'a RawValue>,
) -> Result<RawMessage<'a>, EnvelopeError> {
    let params = params.filter(|p| p.get() != "null");
    match (method, id) {
        (Some(method), Some(id)) => Ok(RawMessage::Request { id, method, params }),
        (Some(method), None) => Ok(RawMessage::Notification {
            method,
            params,
            emitted_at_ms: emitted_at_ms.and_then(|raw| raw.get().parse::<i64>().ok()),
        }),
        (None, Some(id)) => {
            let outcome = match (error.filter(|e| e.get() != "null"), result) {
                (Some(error), _) => Err(error),
                (None, Some(result)) => Ok(result),
                (None, None) => return Err(EnvelopeError::NoOutcome),
            };
            Ok(RawMessage::Response { id, outcome })
        }
        (None, None) => Err(EnvelopeError::NeitherMethodNorId),
    }
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

/// A request line (without its `\n`): `{"id":ID,"method":M,"params":P}`; `params` is left out
/// when `None`.
pub fn encode_request(id: &RequestId, method: &str, params: Option<&RawValue>) -> String {
    encode_call(Some(id), method, params, None)
}

/// A notification line: `{"method":M,"params":P}`, with `emittedAtMs` when given (as the
/// server writes them).
pub fn encode_notification(
    method: &str,
    params: Option<&RawValue>,
    emitted_at_ms: Option<i64>,
) -> String {
    encode_call(None, method, params, emitted_at_ms)
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
pub fn encode_error(id: &RequestId, error: &crate::JsonRpcErrorObject) -> String {
    #[derive(serde::Serialize)]
    struct Answer<'a> {
        id: &'a RequestId,
        error: &'a crate::JsonRpcErrorObject,
    }
    to_line(&Answer { id, error })
}

fn encode_call(
    id: Option<&RequestId>,
    method: &str,
    params: Option<&RawValue>,
    emitted_at_ms: Option<i64>,
) -> String {
    #[derive(serde::Serialize)]
    struct Call<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a RequestId>,
        method: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        params: Option<&'a RawValue>,
        #[serde(rename = "emittedAtMs", skip_serializing_if = "Option::is_none")]
        emitted_at_ms: Option<i64>,
    }
    to_line(&Call {
        id,
        method,
        params,
        emitted_at_ms,
    })
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
        let line = encode_request(&id, "thread/start", Some(&params));
        assert_eq!(
            line,
            r#"{"id":9,"method":"thread/start","params":{"x":[1,2]}}"#
        );
        assert_eq!(
            encode_notification("initialized", None, None),
            r#"{"method":"initialized"}"#
        );
        let error = crate::JsonRpcErrorObject {
            code: -32601,
            message: "no".into(),
            data: None,
        };
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
}
