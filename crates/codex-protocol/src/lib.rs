//! Typed messages of the Codex app-server protocol.

#[rustfmt::skip]
#[allow(missing_docs, clippy::all)]
#[path = "generated/types.rs"]
mod types;
pub use types::*;
