//! The folded view of a turn's events ([`TurnEvent`]): items starting, text streaming into
//! them, items completing, usage, and the turn's end with its [`TurnResult`], instead of the
//! raw notifications stitched together by hand.

use codex_protocol::{ServerNotification, ThreadItem, ThreadTokenUsage, TurnError};

use crate::turn_result::TurnResult;

// `TextKind` and the reading of a delta are generated from the schema's delta notifications
// (every notification whose params have `threadId`, `turnId`, `itemId` and `delta`) by
// `cargo xtask generate-types`: a delta notification a new pin adds needs no edit here.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unreachable_pub, rustdoc::broken_intra_doc_links)]
#[path = "generated/text_deltas.rs"]
mod text_deltas;

pub use text_deltas::TextKind;
pub(crate) use text_deltas::text_delta;

/// One event of a turn, folded (see [`TurnStream::next_event`](crate::TurnStream::next_event)).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TurnEvent {
    /// An item began: an agent message, reasoning, a command, a file change, a tool call, ...
    ItemStarted(ThreadItem),
    /// Text streamed into an item. `delta` is the new piece; the whole text so far is
    /// [`TurnStream::item_text`](crate::TurnStream::item_text) until the item completes.
    TextDelta {
        /// The item the text belongs to.
        item_id: String,
        /// Which text of the item.
        kind: TextKind,
        /// The new piece.
        delta: String,
    },
    /// An item is done, in its final state (an agent message with its whole text, a command
    /// with its exit code and output, ...).
    ItemCompleted(ThreadItem),
    /// The thread's token usage, updated during the turn.
    Usage(ThreadTokenUsage),
    /// The server hit an error. With `will_retry` it tries again by itself (its message says
    /// which attempt: `Reconnecting... 2/5` after a dropped model stream): the turn is waiting,
    /// not progressing. Without, the turn ends failed next.
    Error {
        /// What went wrong (see the FAQ on failed turns for its fields).
        error: Box<TurnError>,
        /// The server retries.
        will_retry: bool,
    },
    /// The turn ended: the same result [`TurnHandle::run`](crate::TurnHandle::run) gives,
    /// whatever the status (a failed turn is `status: Failed` with its `error` here). The last
    /// event.
    Completed(Box<TurnResult>),
    /// Any other notification of the turn, as it came (plan updates, diffs, MCP progress, ...).
    Other(ServerNotification),
}

impl TurnEvent {
    /// The piece of the agent's message this event streams, if it is one: what a program
    /// that prints the answer as it is written needs, without matching the enum.
    pub fn agent_message_delta(&self) -> Option<&str> {
        match self {
            TurnEvent::TextDelta {
                kind: TextKind::AgentMessage,
                delta,
                ..
            } => Some(delta),
            _ => None,
        }
    }
}

impl TurnEvent {
    /// The folded form of one notification of the turn (the stream keeps the text;
    /// `Completed` is made by the stream itself, which owns the result).
    pub(crate) fn fold(notification: ServerNotification) -> TurnEvent {
        match notification {
            ServerNotification::ItemStarted(started) => TurnEvent::ItemStarted(started.item),
            ServerNotification::ItemCompleted(done) => TurnEvent::ItemCompleted(done.item),
            ServerNotification::ThreadTokenUsageUpdated(usage) => {
                TurnEvent::Usage(usage.token_usage)
            }
            ServerNotification::Error(error) => TurnEvent::Error {
                error: Box::new(error.error),
                will_retry: error.will_retry,
            },
            other => match text_deltas::into_text_delta(other) {
                Ok((kind, item_id, delta)) => TurnEvent::TextDelta {
                    item_id,
                    kind,
                    delta,
                },
                Err(other) => TurnEvent::Other(other),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(method: &str, params: serde_json::Value) -> TurnEvent {
        let text = params.to_string();
        let notification =
            ServerNotification::decode(method, &mut serde_json::Deserializer::from_str(&text))
                .unwrap_or_else(|err| panic!("{method}: {err}"));
        TurnEvent::fold(notification)
    }

    /// `item/fileChange/outputDelta` has the delta shape: it is text, not `Other`.
    #[test]
    fn every_delta_notification_is_text_the_file_change_output_too() {
        let params = serde_json::json!({"threadId": "t", "turnId": "u", "itemId": "f",
            "delta": "patched", "contentIndex": 0, "summaryIndex": 0});
        let event = fold("item/fileChange/outputDelta", params.clone());
        assert!(
            matches!(&event, TurnEvent::TextDelta { item_id, kind: TextKind::FileChangeOutput, delta }
                if item_id == "f" && delta == "patched"),
            "{event:?}"
        );
        for (method, kind) in [
            ("item/agentMessage/delta", TextKind::AgentMessage),
            ("item/commandExecution/outputDelta", TextKind::CommandOutput),
            ("item/reasoning/textDelta", TextKind::Reasoning),
            (
                "item/reasoning/summaryTextDelta",
                TextKind::ReasoningSummary,
            ),
        ] {
            let event = fold(method, params.clone());
            assert!(
                matches!(&event, TurnEvent::TextDelta { kind: k, .. } if *k == kind),
                "{method}: {event:?}"
            );
            assert_eq!(kind.method(), method);
        }
        let other = fold(
            "turn/diff/updated",
            serde_json::json!({"threadId": "t", "turnId": "u", "diff": ""}),
        );
        assert!(matches!(other, TurnEvent::Other(_)), "{other:?}");
    }
}
