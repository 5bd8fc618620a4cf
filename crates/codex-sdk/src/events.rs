//! The folded view of a turn's events ([`TurnEvent`]): items starting, text streaming into
//! them, items completing, usage, and the turn's end with its [`TurnResult`], instead of the
//! raw notifications stitched together by hand.

use codex_protocol::{ServerNotification, ThreadItem, ThreadTokenUsage};

use crate::turn::TurnResult;

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

/// Which streamed text a [`TurnEvent::TextDelta`] adds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextKind {
    /// The agent's message (`item/agentMessage/delta`).
    AgentMessage,
    /// The model's reasoning text (`item/reasoning/textDelta`).
    Reasoning,
    /// A summary of the reasoning (`item/reasoning/summaryTextDelta`).
    ReasoningSummary,
    /// The agent's plan (`item/plan/delta`).
    Plan,
    /// A command's output (`item/commandExecution/outputDelta`).
    CommandOutput,
}

impl TextKind {
    /// The wire name (`type`) of the item this text streams into.
    pub(crate) fn item_type(self) -> &'static str {
        match self {
            TextKind::AgentMessage => "agentMessage",
            TextKind::Reasoning | TextKind::ReasoningSummary => "reasoning",
            TextKind::Plan => "plan",
            TextKind::CommandOutput => "commandExecution",
        }
    }

    /// The wire name of the item's field this text fills.
    pub(crate) fn field(self) -> &'static str {
        match self {
            TextKind::AgentMessage | TextKind::Plan => "text",
            TextKind::Reasoning => "content",
            TextKind::ReasoningSummary => "summary",
            TextKind::CommandOutput => "aggregatedOutput",
        }
    }
}

impl TurnEvent {
    /// The folded form of one notification of the turn (the stream keeps the text;
    /// `Completed` is made by the stream itself, which owns the result).
    pub(crate) fn fold(notification: ServerNotification) -> TurnEvent {
        let (kind, item_id, delta) = match notification {
            ServerNotification::ItemStarted(started) => {
                return TurnEvent::ItemStarted(started.item);
            }
            ServerNotification::ItemCompleted(done) => return TurnEvent::ItemCompleted(done.item),
            ServerNotification::ThreadTokenUsageUpdated(usage) => {
                return TurnEvent::Usage(usage.token_usage);
            }
            ServerNotification::ItemAgentMessageDelta(d) => {
                (TextKind::AgentMessage, d.item_id, d.delta)
            }
            ServerNotification::ItemReasoningTextDelta(d) => {
                (TextKind::Reasoning, d.item_id, d.delta)
            }
            ServerNotification::ItemReasoningSummaryTextDelta(d) => {
                (TextKind::ReasoningSummary, d.item_id, d.delta)
            }
            ServerNotification::ItemPlanDelta(d) => (TextKind::Plan, d.item_id, d.delta),
            ServerNotification::ItemCommandExecutionOutputDelta(d) => {
                (TextKind::CommandOutput, d.item_id, d.delta)
            }
            other => return TurnEvent::Other(other),
        };
        TurnEvent::TextDelta {
            item_id,
            kind,
            delta,
        }
    }
}
