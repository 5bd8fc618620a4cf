//! The JSON-RPC error object, as the app-server sends it in an error response.

use serde::{Deserialize, Serialize};

/// `{code, message, data?}`: why a request failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonRpcErrorObject {
    /// The error code: the JSON-RPC standard codes, or -32000..-32099 for server errors such as
    /// overload.
    pub code: i64,
    /// A short description from the server.
    pub message: String,
    /// Extra detail, when the server gives any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
}
