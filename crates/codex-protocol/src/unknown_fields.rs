//! `UnknownFields`: the members of a server request's params that this version of the SDK has
//! no field for. A newer server may ask for more than the types here can say; whoever decides
//! on the request must be able to see that it did.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The members of a JSON object that its Rust type does not know, kept as they came.
///
/// The params of every request the server sends to the client carry one (`unknown_fields`), so
/// an approval decided on the typed fields cannot miss a grant that a newer server added: the
/// SDK's approval helpers decline a request whose `unknown_fields` is not empty. It serializes
/// back into the same object (the message round-trips). `Debug` shows the names only: the
/// values are whatever the server sent, secrets included.
///
/// ```
/// use codex_protocol::FileChangeRequestApprovalParams;
///
/// let params: FileChangeRequestApprovalParams = serde_json::from_value(serde_json::json!({
///     "itemId": "i", "threadId": "t", "turnId": "u", "startedAtMs": 0,
///     "grantEverything": true
/// }))
/// .unwrap();
/// assert_eq!(params.unknown_fields.names().collect::<Vec<_>>(), ["grantEverything"]);
/// ```
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UnknownFields(Map<String, Value>);

impl UnknownFields {
    /// Whether every member was known.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names of the unknown members, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The value of the unknown member `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }
}

impl std::fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

impl From<Map<String, Value>> for UnknownFields {
    fn from(members: Map<String, Value>) -> Self {
        UnknownFields(members)
    }
}
