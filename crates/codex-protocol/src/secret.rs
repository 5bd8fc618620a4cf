//! `Secret`: a credential (an API key, a token), a pairing code, an environment or header value,
//! or an answer to the server's questions, that never shows in `Debug` output, logs or error
//! messages. The generator types every such field of the schema with it.

use serde::{Deserialize, Serialize};

/// A string that is a credential. It serializes as the plain string (the server needs it),
/// but `Debug` prints `Secret(<redacted>)`, so a logged request or error never leaks it.
///
/// ```
/// use codex_protocol::Secret;
///
/// let key = Secret::from("sk-123");
/// assert_eq!(format!("{key:?}"), "Secret(<redacted>)");
/// assert_eq!(key.expose(), "sk-123");
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The credential itself, for the code that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}
