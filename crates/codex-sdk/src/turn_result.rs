//! `TurnResult`: what a turn produced, as its events add up or as the server stored it, and
//! the rule for its final answer. Its own room, so the error type, the folded events and the
//! collector that build or carry it need not import the turn.

use codex_protocol::{MessagePhase, ThreadItem, ThreadTokenUsage, Turn, TurnError, TurnStatus};

/// What a finished turn produced.
#[derive(Debug, Clone)]
pub struct TurnResult {
    /// The turn's id.
    pub id: String,
    /// How it ended: completed, interrupted or failed (`InProgress` in a partial result).
    pub status: TurnStatus,
    /// The agent's final answer: the last agent message marked `final_answer`, else the last
    /// one without a phase (commentary is never used). In a partial result, or a turn that
    /// ended before that message completed: its text so far.
    pub final_response: Option<String>,
    /// Every item the turn completed, in order; then the items it started (or streamed into)
    /// and never completed, in the order they started, each rebuilt as its completed item
    /// would look as far as it streamed: the item as `item/started` gave it, with the text
    /// streamed so far in its field (an agent message's `text`, reasoning's `content` and
    /// `summary`, a plan's `text`, a command's `aggregated_output`).
    pub items: Vec<ThreadItem>,
    /// Token usage, from the last usage update of the turn.
    pub usage: Option<ThreadTokenUsage>,
    /// Why the turn failed, when it did.
    pub error: Option<TurnError>,
    /// How long the turn took, as the server measured it.
    pub duration_ms: Option<i64>,
    /// When the turn started, in Unix seconds (from its `turn/completed`).
    pub started_at: Option<i64>,
    /// When the turn ended, in Unix seconds (from its `turn/completed`).
    pub completed_at: Option<i64>,
}

/// A turn as the server stores it (`thread/read`): what it completed, how it ended, and the
/// final answer by the same rule as a streamed turn's. The server keeps no usage per turn.
impl From<Turn> for TurnResult {
    fn from(turn: Turn) -> Self {
        TurnResult {
            final_response: final_response(&turn.items),
            id: turn.id,
            status: turn.status,
            items: turn.items,
            usage: None,
            error: turn.error,
            duration_ms: turn.duration_ms,
            started_at: turn.started_at,
            completed_at: turn.completed_at,
        }
    }
}

impl TurnResult {
    pub(crate) fn empty(id: &str) -> Self {
        TurnResult {
            id: id.to_owned(),
            status: TurnStatus::InProgress,
            final_response: None,
            items: Vec::new(),
            usage: None,
            error: None,
            duration_ms: None,
            started_at: None,
            completed_at: None,
        }
    }
}

/// The Python SDK's rule: the last `final_answer` agent message, else the last one without a
/// phase.
pub(crate) fn final_response(items: &[ThreadItem]) -> Option<String> {
    let messages = || {
        items.iter().rev().filter_map(|item| match item {
            ThreadItem::AgentMessage { text, phase, .. } => Some((text, phase)),
            _ => None,
        })
    };
    messages()
        .find(|(_, phase)| matches!(phase, Some(MessagePhase::FinalAnswer)))
        .or_else(|| messages().find(|(_, phase)| phase.is_none()))
        .map(|(text, _)| text.clone())
}
