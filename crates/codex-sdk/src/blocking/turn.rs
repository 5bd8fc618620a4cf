//! The blocking [`TurnHandle`] and [`TurnStream`]: a running turn, its controls, and its
//! events one blocking `next()` at a time.

use std::sync::Arc;
use std::time::Duration;

use codex_protocol::ServerNotification;
use tokio::runtime::Runtime;

use crate::error::Result;
use crate::events::{TextKind, TurnEvent};
use crate::input::Input;
use crate::turn_result::TurnResult;

/// A blocking [`crate::TurnHandle`].
#[derive(Debug)]
pub struct TurnHandle {
    inner: crate::TurnHandle,
    runtime: Arc<Runtime>,
}

impl TurnHandle {
    pub(super) fn new(inner: crate::TurnHandle, runtime: Arc<Runtime>) -> Self {
        TurnHandle { inner, runtime }
    }

    /// The handle with its async handle changed by one of that handle's settings.
    fn map(self, setting: impl FnOnce(crate::TurnHandle) -> crate::TurnHandle) -> Self {
        TurnHandle {
            inner: setting(self.inner),
            runtime: self.runtime,
        }
    }

    /// The turn's id.
    pub fn id(&self) -> &str {
        self.inner.id()
    }

    /// The id of the thread the turn runs in.
    pub fn thread_id(&self) -> &str {
        self.inner.thread_id()
    }

    /// The longest time without an event before the turn is interrupted (see
    /// [`crate::TurnHandle::idle_timeout`]).
    #[must_use]
    pub fn idle_timeout(self, idle: Option<Duration>) -> Self {
        self.map(|inner| inner.idle_timeout(idle))
    }

    /// The longest time the turn may take from its start (see
    /// [`crate::TurnHandle::deadline`]).
    #[must_use]
    pub fn deadline(self, deadline: Option<Duration>) -> Self {
        self.map(|inner| inner.deadline(deadline))
    }

    /// The most tokens the turn may use (see [`crate::TurnHandle::token_budget`]).
    #[must_use]
    pub fn token_budget(self, tokens: Option<u64>) -> Self {
        self.map(|inner| inner.token_budget(tokens))
    }

    /// Whether dropping the handle and its stream before the turn completes interrupts it
    /// (see [`crate::TurnHandle::interrupt_on_drop`]).
    #[must_use]
    pub fn interrupt_on_drop(self, interrupt: bool) -> Self {
        self.map(|inner| inner.interrupt_on_drop(interrupt))
    }

    /// The turn's events as an iterator, ending after `turn/completed` (see
    /// [`crate::TurnHandle::stream`]). Can be taken once: a second call gives a stream that
    /// ends at once.
    pub fn stream(&mut self) -> TurnStream {
        TurnStream {
            inner: self.inner.stream(),
            runtime: Arc::clone(&self.runtime),
        }
    }

    /// The turn's events: the old name of [`stream`](Self::stream).
    #[deprecated(note = "renamed `stream`, as in the async API")]
    pub fn events(&mut self) -> TurnStream {
        self.stream()
    }

    /// Waits for the turn's result.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::run`].
    pub fn run(self) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run())
    }

    /// Runs the turn to its end, calling `on_event` with each event (see
    /// [`crate::TurnHandle::run_with_events`]).
    ///
    /// # Errors
    /// As [`crate::TurnHandle::run`].
    pub fn run_with_events(self, on_event: impl FnMut(&TurnEvent) + Send) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run_with_events(on_event))
    }

    /// Adds input to the running turn.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::steer`].
    pub fn steer(&self, input: impl Into<Input>) -> Result<()> {
        self.runtime.block_on(self.inner.steer(input))
    }

    /// Stops the turn.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::interrupt`].
    pub fn interrupt(&self) -> Result<()> {
        self.runtime.block_on(self.inner.interrupt())
    }
}

/// A blocking [`crate::TurnStream`]: the events of a turn, one blocking `next()` at a time
/// (it is an [`Iterator`]).
#[derive(Debug)]
pub struct TurnStream {
    inner: crate::TurnStream,
    runtime: Arc<Runtime>,
}

/// The old name of [`TurnStream`].
#[deprecated(note = "renamed `TurnStream`, as in the async API")]
pub type TurnEvents = TurnStream;

impl TurnStream {
    /// The next event, folded (see [`crate::TurnStream::next_event`]); `None` after
    /// [`TurnEvent::Completed`]. Mixes with [`next`](Iterator::next): both read the same events.
    pub fn next_event(&mut self) -> Option<Result<TurnEvent>> {
        self.runtime.block_on(self.inner.next_event())
    }

    /// The text streamed so far into `item_id` (see [`crate::TurnStream::item_text`]).
    pub fn item_text(&self, item_id: &str, kind: TextKind) -> Option<&str> {
        self.inner.item_text(item_id, kind)
    }

    /// What the events read so far add up to, without the items still streaming (see
    /// [`crate::TurnStream::result_so_far`]).
    pub fn result_so_far(&self) -> &TurnResult {
        self.inner.result_so_far()
    }

    /// The server's last retrying error since the turn last progressed (see
    /// [`crate::TurnStream::retrying`]).
    pub fn retrying(&self) -> Option<&codex_protocol::TurnError> {
        self.inner.retrying()
    }

    /// The result so far, items still streaming included (see
    /// [`crate::TurnStream::partial_result`]).
    pub fn partial_result(&self) -> TurnResult {
        self.inner.partial_result()
    }

    /// Reads the rest of the turn and returns its result (see
    /// [`crate::TurnStream::collect_result`]).
    ///
    /// # Errors
    /// As [`crate::TurnStream::collect_result`].
    pub fn collect_result(self) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.collect_result())
    }
}

/// The blocking mirror of [`crate::TurnStream::next`].
impl Iterator for TurnStream {
    type Item = Result<ServerNotification>;

    fn next(&mut self) -> Option<Self::Item> {
        self.runtime.block_on(self.inner.next())
    }
}
