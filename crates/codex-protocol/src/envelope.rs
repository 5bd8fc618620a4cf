//! Whole messages as they travel: a typed payload plus what sits beside it (ids, timestamps).

use serde::ser::SerializeMap as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::wire::{OwnedMembers, RawMessage};
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

/// A message read by the [wire codec](crate::wire), when it is a call: its id (for
/// requests), method, params and timestamp.
struct Call<'a> {
    id: Option<&'a RawValue>,
    method: std::borrow::Cow<'a, str>,
    params: Option<&'a RawValue>,
    emitted_at_ms: Option<i64>,
}

impl<'a> Call<'a> {
    fn read<E: serde::de::Error>(members: &'a OwnedMembers) -> Result<Self, E> {
        match members.classify().map_err(E::custom)? {
            RawMessage::Request { id, method, params } => Ok(Call {
                id: Some(id),
                method,
                params,
                emitted_at_ms: None,
            }),
            RawMessage::Notification {
                method,
                params,
                emitted_at_ms,
            } => Ok(Call {
                id: None,
                method,
                params,
                emitted_at_ms,
            }),
            RawMessage::Response { .. } => Err(E::custom("a response, not a method call")),
        }
    }

    /// A deserializer over the params, `null` when they are absent.
    fn params(&self) -> ParamsDeserializer<'a> {
        let text = self.params.map_or("null", RawValue::get);
        serde_json::Deserializer::from_str(text)
    }

    fn id<E: serde::de::Error>(&self) -> Result<RequestId, E> {
        self.id
            .and_then(crate::wire::request_id)
            .ok_or_else(|| E::custom(format_args!("request `{}` has no valid `id`", self.method)))
    }
}

/// Names the method in a params decoding error.
fn params_error<E: serde::de::Error>(call: &Call<'_>, err: serde_json::Error) -> E {
    E::custom(format_args!("params of `{}`: {err}", call.method))
}

type ParamsDeserializer<'a> = serde_json::Deserializer<serde_json::de::StrRead<'a>>;

/// Writes `{id?, method, params?, emittedAtMs?}`; `params` is left out when it is `null`
/// (methods without params). This path serves tests and fake servers, so going through a
/// `Value` for the params is fine.
fn serialize_call<S: Serializer>(
    serializer: S,
    id: Option<&RequestId>,
    method: &str,
    params: serde_json::Result<serde_json::Value>,
    emitted_at_ms: Option<i64>,
) -> Result<S::Ok, S::Error> {
    let params = params.map_err(serde::ser::Error::custom)?;
    let mut map = serializer.serialize_map(None)?;
    if let Some(id) = id {
        map.serialize_entry("id", id)?;
    }
    map.serialize_entry("method", method)?;
    if !params.is_null() {
        map.serialize_entry("params", &params)?;
    }
    if let Some(ms) = emitted_at_ms {
        map.serialize_entry("emittedAtMs", &ms)?;
    }
    map.end()
}

impl<'de> Deserialize<'de> for ServerNotificationMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = OwnedMembers::deserialize(deserializer)?;
        let call = Call::read(&members)?;
        let notification = ServerNotification::decode(&call.method, &mut call.params())
            .map_err(|e| params_error(&call, e))?;
        Ok(Self {
            notification,
            emitted_at_ms: call.emitted_at_ms,
        })
    }
}

impl Serialize for ServerNotificationMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let params = self
            .notification
            .serialize_payload(serde_json::value::Serializer);
        serialize_call(
            serializer,
            None,
            self.notification.method(),
            params,
            self.emitted_at_ms,
        )
    }
}

impl<'de> Deserialize<'de> for ServerRequestMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = OwnedMembers::deserialize(deserializer)?;
        let call = Call::read(&members)?;
        let request = ServerRequest::decode(&call.method, &mut call.params())
            .map_err(|e| params_error(&call, e))?;
        let id = call.id()?;
        Ok(Self { id, request })
    }
}

impl Serialize for ServerRequestMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let params = self
            .request
            .serialize_payload(serde_json::value::Serializer);
        serialize_call(
            serializer,
            Some(&self.id),
            self.request.method(),
            params,
            None,
        )
    }
}

impl<'de> Deserialize<'de> for ClientRequestMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = OwnedMembers::deserialize(deserializer)?;
        let call = Call::read(&members)?;
        let request = ClientRequest::decode(&call.method, &mut call.params())
            .map_err(|e| params_error(&call, e))?;
        let id = call.id()?;
        Ok(Self { id, request })
    }
}

impl Serialize for ClientRequestMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let params = self
            .request
            .serialize_payload(serde_json::value::Serializer);
        serialize_call(
            serializer,
            Some(&self.id),
            self.request.method(),
            params,
            None,
        )
    }
}

impl<'de> Deserialize<'de> for ClientNotificationMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = OwnedMembers::deserialize(deserializer)?;
        let call = Call::read(&members)?;
        let notification = ClientNotification::decode(&call.method, &mut call.params())
            .map_err(|e| params_error(&call, e))?;
        Ok(Self { notification })
    }
}

impl Serialize for ClientNotificationMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let params = self
            .notification
            .serialize_payload(serde_json::value::Serializer);
        serialize_call(serializer, None, self.notification.method(), params, None)
    }
}
