//! A turn run to its end with a callback for each event on the way
//! ([`TurnHandle::run_with_events`]): `run`'s one call, and the retries, deltas and items it
//! would otherwise keep to itself.

use crate::error::{Error, Result};
use crate::events::TurnEvent;
use crate::turn::TurnHandle;
use crate::turn_result::TurnResult;

impl TurnHandle {
    /// Like [`run`](TurnHandle::run), calling `on_event` with each folded event as it comes
    /// (text streaming in, items, usage, the server's retries as [`TurnEvent::Error`]), the
    /// last [`TurnEvent::Completed`] included.
    ///
    /// ```no_run
    /// # async fn demo(thread: codex_sdk::Thread) -> codex_sdk::Result<()> {
    /// use codex_sdk::TurnEvent;
    ///
    /// let turn = thread.turn("Fix the failing test").await?;
    /// let result = turn
    ///     .run_with_events(|event| {
    ///         if let TurnEvent::Error { error, will_retry: true } = event {
    ///             eprintln!("waiting: {}", error.message);
    ///         }
    ///     })
    ///     .await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// As [`run`](TurnHandle::run).
    pub async fn run_with_events(
        mut self,
        mut on_event: impl FnMut(&TurnEvent) + Send,
    ) -> Result<TurnResult> {
        let mut events = self.stream();
        while let Some(event) = events.next_event().await {
            match event {
                Ok(event) => on_event(&event),
                // An event that did not decode is skipped, as `run` skips it.
                Err(Error::Transport(codex_transport::Error::Decode {
                    method, source, ..
                })) => {
                    tracing::warn!(%method, "skipped an event that did not decode: {source}");
                }
                Err(err) => return Err(err),
            }
        }
        events.collect_result().await
    }
}
