//! Whole messages as they travel: a typed payload plus what sits beside it (ids, timestamps).

use std::borrow::Cow;

use serde::de::{DeserializeSeed, Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::wire;
use crate::{ClientNotification, ClientRequest, RequestId, ServerNotification, ServerRequest};

/// A notification from the server: the typed notification and the time the server emitted it.
#[derive(Debug, Clone)]
pub struct ServerNotificationMessage {
    /// The notification, typed by its method.
    pub notification: ServerNotification,
    /// `emittedAtMs`: Unix time in milliseconds when the server emitted it, when it says.
    pub emitted_at_ms: Option<i64>,
}

/// A request from the server (approvals and the like), to be answered with the same `id`.
#[derive(Debug, Clone)]
pub struct ServerRequestMessage {
    /// The id to answer with.
    pub id: RequestId,
    /// The request, typed by its method.
    pub request: ServerRequest,
}

/// A request from the client, as the server receives it.
#[derive(Debug, Clone)]
pub struct ClientRequestMessage {
    /// The id the response will carry.
    pub id: RequestId,
    /// The request, typed by its method.
    pub request: ClientRequest,
}

/// A notification from the client, as the server receives it.
#[derive(Debug, Clone)]
pub struct ClientNotificationMessage {
    /// The notification, typed by its method.
    pub notification: ClientNotification,
}

/// A typed payload of a method call: an enum whose variant the method names, decoded from
/// the params by [`decode`](ServerNotification::decode).
trait CallPayload: Sized {
    /// Requests carry an `id` to answer with; notifications must not (the visitor refuses one).
    const IS_REQUEST: bool;

    fn decode_params<'de, D: Deserializer<'de>>(method: &str, params: D) -> Result<Self, D::Error>;

    /// The method this payload is for.
    fn method(&self) -> &str;

    /// The params, as JSON.
    fn payload_value(&self) -> serde_json::Result<serde_json::Value>;
}

macro_rules! call_payload {
    ($($payload:ty => $is_request:literal),* $(,)?) => {$(
        impl CallPayload for $payload {
            const IS_REQUEST: bool = $is_request;

            fn decode_params<'de, D: Deserializer<'de>>(
                method: &str,
                params: D,
            ) -> Result<Self, D::Error> {
                <$payload>::decode(method, params)
            }

            fn method(&self) -> &str {
                <$payload>::method(self)
            }

            fn payload_value(&self) -> serde_json::Result<serde_json::Value> {
                self.serialize_payload(serde_json::value::Serializer)
            }
        }
    )*};
}

call_payload!(
    ServerNotification => false,
    ServerRequest => true,
    ClientNotification => false,
    ClientRequest => true,
);

/// A method call decoded in one pass over its object: the params go straight into the
/// payload's type as soon as the method is known (the app-server writes `method` before
/// `params`), with no copy of them on the way. Params that come before the method are kept
/// raw and decoded at the end.
struct DecodedCall<P> {
    id: Option<RequestId>,
    payload: P,
    emitted_at_ms: Option<i64>,
}

/// The members of a message, as keys.
#[derive(Deserialize)]
#[serde(field_identifier)]
enum Member {
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "method")]
    Method,
    #[serde(rename = "params")]
    Params,
    #[serde(rename = "emittedAtMs")]
    EmittedAtMs,
    #[serde(rename = "result", alias = "error")]
    Outcome,
    #[serde(other)]
    Other,
}

struct CallVisitor<P>(std::marker::PhantomData<P>);

impl<'de, P: CallPayload> Visitor<'de> for CallVisitor<P> {
    type Value = DecodedCall<P>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if P::IS_REQUEST {
            "a JSON-RPC request object"
        } else {
            "a JSON-RPC notification object"
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut id = None;
        let mut method: Option<Cow<'de, str>> = None;
        let mut payload = None;
        let mut early_params: Option<Box<RawValue>> = None;
        let mut emitted_at_ms = None;
        while let Some(member) = map.next_key::<Member>()? {
            match member {
                Member::Id if P::IS_REQUEST => id = Some(map.next_value::<RequestId>()?),
                // Said at once: a reader trying lines as notifications moves on cheaply.
                Member::Id => {
                    return Err(A::Error::custom(
                        "a message with an `id` (a request or a response), not a notification",
                    ));
                }
                Member::Outcome => {
                    return Err(A::Error::custom("a response, not a method call"));
                }
                Member::Method => method = Some(map.next_value::<wire::Text<'de>>()?.0),
                Member::Params => match &method {
                    Some(method) => {
                        payload = Some(map.next_value_seed(ParamsSeed::<P> {
                            method,
                            payload: std::marker::PhantomData,
                        })?);
                    }
                    None => early_params = Some(map.next_value()?),
                },
                // Lenient, as the codec is: a timestamp that is not an integer is no timestamp.
                Member::EmittedAtMs => {
                    emitted_at_ms = map.next_value::<serde_json::Value>()?.as_i64();
                }
                Member::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        let method = method.ok_or_else(|| A::Error::missing_field("method"))?;
        let payload = match (payload, early_params) {
            (Some(payload), _) => payload,
            // `null` params count as absent, as in the codec.
            (None, params) => {
                let text = params.as_deref().map_or("null", RawValue::get);
                P::decode_params(&method, &mut serde_json::Deserializer::from_str(text))
                    .map_err(|err| params_error(&method, err))?
            }
        };
        Ok(DecodedCall {
            id,
            payload,
            emitted_at_ms,
        })
    }
}

/// Decodes the params of `method` straight from the message's deserializer.
struct ParamsSeed<'m, P> {
    method: &'m str,
    payload: std::marker::PhantomData<P>,
}

impl<'de, P: CallPayload> DeserializeSeed<'de> for ParamsSeed<'_, P> {
    type Value = P;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<P, D::Error> {
        P::decode_params(self.method, deserializer).map_err(|err| params_error(self.method, err))
    }
}

/// Names the method in a params decoding error.
fn params_error<E: serde::de::Error>(method: &str, err: impl std::fmt::Display) -> E {
    E::custom(format_args!("params of `{method}`: {err}"))
}

/// A whole message of one kind: its payload and what sits beside it, both ways. Messages
/// are written through the codec's [`wire::Call`], so a typed message and a line the
/// `encode_*` functions make look the same.
trait CallMessage: Sized {
    type Payload: CallPayload;

    /// The id (requests), the payload and the timestamp (server notifications).
    fn parts(&self) -> (Option<&RequestId>, &Self::Payload, Option<i64>);

    /// The message from a decoded call; a request without an id is refused.
    fn from_call<E: serde::de::Error>(call: DecodedCall<Self::Payload>) -> Result<Self, E>;
}

impl CallMessage for ServerNotificationMessage {
    type Payload = ServerNotification;

    fn parts(&self) -> (Option<&RequestId>, &ServerNotification, Option<i64>) {
        (None, &self.notification, self.emitted_at_ms)
    }

    fn from_call<E: serde::de::Error>(call: DecodedCall<ServerNotification>) -> Result<Self, E> {
        Ok(Self {
            notification: call.payload,
            emitted_at_ms: call.emitted_at_ms,
        })
    }
}

/// Requests of either side: an id beside the payload, and no timestamp.
macro_rules! request_message {
    ($($message:ty => $payload:ty),* $(,)?) => {$(
        impl CallMessage for $message {
            type Payload = $payload;

            fn parts(&self) -> (Option<&RequestId>, &$payload, Option<i64>) {
                (Some(&self.id), &self.request, None)
            }

            fn from_call<E: serde::de::Error>(call: DecodedCall<$payload>) -> Result<Self, E> {
                let request = call.payload;
                match call.id {
                    Some(id) => Ok(Self { id, request }),
                    None => Err(E::custom(format_args!(
                        "request `{}` has no `id`",
                        request.method()
                    ))),
                }
            }
        }
    )*};
}

request_message!(
    ServerRequestMessage => ServerRequest,
    ClientRequestMessage => ClientRequest,
);

impl CallMessage for ClientNotificationMessage {
    type Payload = ClientNotification;

    fn parts(&self) -> (Option<&RequestId>, &ClientNotification, Option<i64>) {
        (None, &self.notification, None)
    }

    fn from_call<E: serde::de::Error>(call: DecodedCall<ClientNotification>) -> Result<Self, E> {
        Ok(Self {
            notification: call.payload,
        })
    }
}

/// Writes a message as the codec writes a call; `params` is left out when it is `null`
/// (methods without params). This path serves tests and fake servers, so going through a
/// `Value` for the params is fine.
fn serialize_message<M: CallMessage, S: Serializer>(
    message: &M,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let (id, payload, emitted_at_ms) = message.parts();
    let params = payload.payload_value().map_err(serde::ser::Error::custom)?;
    wire::Call {
        id,
        method: payload.method(),
        params: (!params.is_null()).then_some(&params),
        emitted_at_ms,
        trace: None,
    }
    .serialize(serializer)
}

macro_rules! call_message_serde {
    ($($message:ty),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $message {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let call = deserializer.deserialize_map(CallVisitor(std::marker::PhantomData))?;
                <$message as CallMessage>::from_call(call)
            }
        }

        impl Serialize for $message {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_message(self, serializer)
            }
        }
    )*};
}

call_message_serde!(
    ServerNotificationMessage,
    ServerRequestMessage,
    ClientRequestMessage,
    ClientNotificationMessage,
);

#[cfg(test)]
mod tests {
    use super::*;

    fn notification(line: &str) -> Result<ServerNotificationMessage, String> {
        serde_json::from_str(line).map_err(|e| e.to_string())
    }

    const DELTA_PARAMS: &str = r#"{"threadId":"t","turnId":"u","itemId":"i","delta":"hi"}"#;
    const TOOL_CALL_PARAMS: &str =
        r#"{"threadId":"t","turnId":"u","callId":"c","tool":"x","arguments":{}}"#;

    fn delta_text(message: &ServerNotificationMessage) -> Option<&str> {
        match &message.notification {
            ServerNotification::ItemAgentMessageDelta(delta) => Some(&delta.delta),
            _ => None,
        }
    }

    #[test]
    fn members_decode_in_any_order() {
        let in_order = format!(
            r#"{{"method":"item/agentMessage/delta","params":{DELTA_PARAMS},"emittedAtMs":5}}"#
        );
        let params_first = format!(
            r#"{{"emittedAtMs":5,"params":{DELTA_PARAMS},"jsonrpc":"2.0","method":"item/agentMessage/delta"}}"#
        );
        for line in [in_order, params_first] {
            let message = notification(&line).expect("decodes");
            assert_eq!(delta_text(&message), Some("hi"), "{line}");
            assert_eq!(message.emitted_at_ms, Some(5));
        }
    }

    #[test]
    fn an_escaped_method_and_an_odd_timestamp_still_decode() {
        let line = format!(
            r#"{{"method":"item\/agentMessage\/delta","params":{DELTA_PARAMS},"emittedAtMs":"soon"}}"#
        );
        let message = notification(&line).expect("decodes");
        assert_eq!(delta_text(&message), Some("hi"));
        assert_eq!(message.emitted_at_ms, None);
    }

    #[test]
    fn null_or_absent_params_are_the_same() {
        for line in [
            r#"{"method":"initialized"}"#,
            r#"{"method":"initialized","params":null}"#,
        ] {
            let message: ClientNotificationMessage = serde_json::from_str(line).expect("decodes");
            assert_eq!(message.notification.method(), "initialized");
        }
    }

    #[test]
    fn lines_of_another_kind_are_refused_with_what_they_are() {
        let request =
            format!(r#"{{"method":"item/agentMessage/delta","id":1,"params":{DELTA_PARAMS}}}"#);
        assert!(notification(&request).is_err_and(|e| e.contains("not a notification")));
        let response = r#"{"id":1,"result":{}}"#;
        assert!(notification(response).is_err_and(|e| e.contains("not a notification")));
        let response = r#"{"result":{},"id":1}"#;
        assert!(notification(response).is_err_and(|e| e.contains("a response")));
        let no_id = format!(r#"{{"method":"item/tool/call","params":{TOOL_CALL_PARAMS}}}"#);
        let err = serde_json::from_str::<ServerRequestMessage>(&no_id).expect_err("no id");
        assert!(err.to_string().contains("has no `id`"), "{err}");
        let bad = r#"{"method":"item/agentMessage/delta","params":{"delta":1}}"#;
        let err = notification(bad).expect_err("wrong params");
        assert!(err.contains("params of `item/agentMessage/delta`"), "{err}");
    }

    #[test]
    fn a_message_survives_a_round_trip() {
        let line = format!(
            r#"{{"method":"item/agentMessage/delta","params":{DELTA_PARAMS},"emittedAtMs":7}}"#
        );
        let message = notification(&line).expect("decodes");
        let again =
            notification(&serde_json::to_string(&message).expect("encodes")).expect("decodes");
        assert_eq!(delta_text(&again), Some("hi"));
        assert_eq!(again.emitted_at_ms, Some(7));
        let line =
            format!(r#"{{"method":"item/tool/call","id":"r1","params":{TOOL_CALL_PARAMS}}}"#);
        let request: ServerRequestMessage = serde_json::from_str(&line).expect("decodes");
        assert_eq!(request.id, RequestId::String("r1".into()));
    }
}
