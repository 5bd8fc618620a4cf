//! Before a turn is given up as idle, the server is asked how it stands (`thread/read`): the
//! turn's `turn/completed` may have been lost on the way (a dropped connection, a proxy), and
//! then its end is taken from the server's record instead of interrupting a turn that is over.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use codex_protocol::{ThreadReadResponse, Turn, TurnStatus};

use crate::error::{Error, Result};

/// How a wait for a turn's next event ends without one: a limit ran out, or the server's
/// record shows the turn ended (its `turn/completed` was lost).
pub(crate) enum Early {
    Limit(Error),
    Ended(Box<Turn>),
}

/// The server's answer on one turn: the turn as stored when it has ended; `None` while it
/// runs, or when the server did not answer in time.
pub(crate) type Recovery = Pin<Box<dyn Future<Output = Option<Turn>> + Send>>;

/// Waits at most `bound` for `read` (the thread with its turns) and finds `turn_id` in it, if
/// it has ended.
pub(crate) fn ended_turn(
    read: impl Future<Output = Result<ThreadReadResponse>> + Send + 'static,
    turn_id: String,
    bound: Duration,
) -> Recovery {
    Box::pin(async move {
        let read = match tokio::time::timeout(bound, read).await {
            Ok(Ok(read)) => read,
            Ok(Err(err)) => {
                tracing::debug!(turn = %turn_id, "could not read the idle turn: {err}");
                return None;
            }
            Err(_) => return None,
        };
        let turn = read
            .thread
            .turns
            .into_iter()
            .find(|turn| turn.id == turn_id)?;
        if turn.status == TurnStatus::InProgress {
            return None;
        }
        tracing::warn!(
            turn = %turn_id,
            "the turn's end never came, but the server has it as {:?}: its record stands in",
            turn.status
        );
        Some(turn)
    })
}

/// The check a stream makes once per idle spell: not asked yet, being asked, or asked.
#[derive(Default)]
pub(crate) struct IdleCheck {
    pending: Option<Recovery>,
    asked: bool,
}

impl std::fmt::Debug for IdleCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdleCheck")
            .field("pending", &self.pending.is_some())
            .field("asked", &self.asked)
            .finish()
    }
}

impl IdleCheck {
    /// The turn progressed: a later idle spell asks again.
    pub(crate) fn reset(&mut self) {
        self.pending = None;
        self.asked = false;
    }

    /// Asks the server (with the read `ask` makes, on the first poll of the spell) and gives
    /// its answer: `Ready(Some(turn))` when the turn has ended, `Ready(None)` when it runs
    /// on or was asked about already in this spell.
    pub(crate) fn poll(
        &mut self,
        cx: &mut Context<'_>,
        ask: impl FnOnce() -> Recovery,
    ) -> Poll<Option<Turn>> {
        if self.asked {
            return Poll::Ready(None);
        }
        let pending = self.pending.get_or_insert_with(ask);
        let ended = std::task::ready!(pending.as_mut().poll(cx));
        self.pending = None;
        self.asked = true;
        Poll::Ready(ended)
    }
}
