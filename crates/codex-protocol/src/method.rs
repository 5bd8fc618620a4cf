//! The method traits: each protocol method is a marker type that names its wire method and types.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A request the client sends to the server, answered with [`Request::Response`].
///
/// Implemented by the marker types in [`crate::requests`], e.g. [`crate::requests::ThreadStart`].
pub trait Request {
    /// The wire name of the method, e.g. `thread/start`.
    const METHOD: &'static str;
    /// What the client sends; `()` for methods without params (no `params` member is sent).
    type Params: Serialize + DeserializeOwned + Send + 'static;
    /// What the server answers on success.
    type Response: Serialize + DeserializeOwned + Send + 'static;

    /// Decodes the server's answer (the text of its `result`) into [`Request::Response`],
    /// as [`crate::wire::decode`] does: tags first, and buffered when that fails.
    ///
    /// The generated markers implement it in this crate. A generic decoder is compiled anew in
    /// each crate that calls it (rustc does not share a release build's generic code between
    /// crates), and an answer such as a `Thread` holds most of the protocol's types: decoding
    /// through this function keeps them to one compiled copy in an app.
    ///
    /// # Errors
    /// When `json` is not the method's answer.
    fn decode_response(json: &str) -> serde_json::Result<Self::Response> {
        crate::wire::decode(json)
    }
}

/// A notification the client sends to the server (no answer).
///
/// Implemented by the marker types in [`crate::client_notifications`].
pub trait Notification {
    /// The wire name of the method, e.g. `initialized`.
    const METHOD: &'static str;
    /// What the client sends; `()` when the notification has no params.
    type Params: Serialize + DeserializeOwned + Send + 'static;
}

/// A notification the server sends to the client.
///
/// Implemented by the marker types in [`crate::notifications`], e.g.
/// [`crate::notifications::ItemCompleted`].
pub trait ServerNotificationMethod {
    /// The wire name of the method, e.g. `item/completed`.
    const METHOD: &'static str;
    /// What the server sends.
    type Params: Serialize + DeserializeOwned + Send + 'static;
}

/// A request the server sends to the client (approvals and the like), which the client answers
/// with [`ServerRequestMethod::Response`].
///
/// Implemented by the marker types in [`crate::server_requests`].
pub trait ServerRequestMethod {
    /// The wire name of the method, e.g. `item/commandExecution/requestApproval`.
    const METHOD: &'static str;
    /// What the server sends.
    type Params: Serialize + DeserializeOwned + Send + 'static;
    /// What the client answers on success.
    type Response: Serialize + DeserializeOwned + Send + 'static;
}
