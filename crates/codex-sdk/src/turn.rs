//! A running turn: its event stream, its result, the controls (steer, interrupt), and the
//! watchdog that bounds how long anyone waits for it.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use codex_protocol::{
    ServerNotification, ServerNotificationMethod, ThreadReadParams, Turn,
    TurnCompletedNotification, TurnError, TurnInterruptParams, TurnSteerParams, notifications,
    requests,
};
use codex_transport::NotificationStream;
use futures_util::StreamExt;
use tokio::time::{Instant, Sleep};

use crate::client::Codex;
use crate::collect::{Overflow, TurnCollector};
use crate::error::{Error, Result, TurnLimit};
use crate::events::{TextKind, TurnEvent};
use crate::input::Input;
use crate::limits::{DEADLINE_CHECK_EVERY, TokenMeter, TurnLimits, retry_chatter};
use crate::recovery::{self, Early, IdleCheck};
use crate::turn_result::TurnResult;

/// Shared by a turn's handle and stream: whether it completed, whether to interrupt it on drop.
#[derive(Debug)]
struct TurnGuard {
    codex: Codex,
    thread_id: String,
    turn_id: String,
    completed: AtomicBool,
    interrupt_on_drop: AtomicBool,
}

impl TurnGuard {
    /// Asks the server to stop the turn without waiting for the answer.
    fn interrupt_detached(&self) {
        let params = TurnInterruptParams::new(self.thread_id.clone(), self.turn_id.clone());
        if let Err(err) = self
            .codex
            .connection()
            .request_detached::<requests::TurnInterrupt>(params)
        {
            tracing::debug!(turn = %self.turn_id, "could not interrupt the turn: {err}");
        }
    }
}

impl Drop for TurnGuard {
    fn drop(&mut self) {
        crate::telemetry::close_turn(&self.turn_id);
        if self.interrupt_on_drop.load(Ordering::Relaxed) && !self.completed.load(Ordering::Relaxed)
        {
            tracing::debug!(turn = %self.turn_id, "interrupting a turn nobody waits for");
            self.interrupt_detached();
        }
    }
}

/// A turn that has started: stream its events, wait for its result, steer it or interrupt it.
///
/// Its events are buffered from the moment the turn was requested, so nothing is lost even if
/// the turn completes before [`stream`](TurnHandle::stream) is first polled, or while you read
/// another turn first. Only this turn's events are kept, and none after its `turn/completed`.
/// Buffering is bounded by the connection's budget (64 MiB of events, all streams together):
/// a running turn left unread long enough to fill it makes the connection wait until it is
/// read or dropped. What a turn's result holds (its items and the text streaming into them)
/// is bounded by the same number, per turn: past it the turn ends with
/// [`Error::TurnTooLarge`].
///
/// Dropping the handle (and its stream) stops waiting but leaves the turn running on the
/// server, like closing a browser tab; with
/// [`interrupt_on_drop(true)`](TurnHandle::interrupt_on_drop) it interrupts the turn instead.
#[derive(Debug)]
pub struct TurnHandle {
    guard: Arc<TurnGuard>,
    events: Option<NotificationStream>,
    limits: TurnLimits,
    started: Instant,
}

impl TurnHandle {
    pub(crate) fn new(
        codex: Codex,
        thread_id: String,
        id: String,
        events: NotificationStream,
    ) -> Self {
        let limits = codex.inner.turn_limits;
        TurnHandle {
            guard: Arc::new(TurnGuard {
                codex,
                thread_id,
                turn_id: id,
                completed: AtomicBool::new(false),
                interrupt_on_drop: AtomicBool::new(false),
            }),
            events: Some(events),
            limits,
            started: Instant::now(),
        }
    }

    /// The turn's id.
    pub fn id(&self) -> &str {
        &self.guard.turn_id
    }

    /// The id of the thread the turn runs in.
    pub fn thread_id(&self) -> &str {
        &self.guard.thread_id
    }

    /// The longest time without an event before the turn is interrupted and
    /// [`Error::TurnTimedOut`] returned (the builder's default, 15 minutes unless changed;
    /// `None`: no bound).
    #[must_use]
    pub fn idle_timeout(mut self, idle: Option<Duration>) -> Self {
        self.limits.idle = idle;
        self
    }

    /// The longest time the turn may take from its start before it is interrupted and
    /// [`Error::TurnTimedOut`] returned (the builder's default, none unless changed).
    #[must_use]
    pub fn deadline(mut self, deadline: Option<Duration>) -> Self {
        self.limits.deadline = deadline;
        self
    }

    /// The most tokens the turn may use before it is interrupted and
    /// [`Error::TurnOverBudget`] returned (see [`TurnLimits::tokens`]; the builder's default,
    /// none unless changed).
    #[must_use]
    pub fn token_budget(mut self, tokens: Option<u64>) -> Self {
        self.limits.tokens = tokens;
        self
    }

    /// Whether dropping the handle and its stream before the turn completes interrupts the
    /// turn ("stop the turn when I stop waiting"). Off by default: the turn runs on.
    #[must_use]
    pub fn interrupt_on_drop(self, interrupt: bool) -> Self {
        self.guard
            .interrupt_on_drop
            .store(interrupt, Ordering::Relaxed);
        self
    }

    /// The turn's events, in order: every notification about this turn, the final
    /// `turn/completed` included; then the stream ends. Can be taken once: a second call gives
    /// a stream that ends at once.
    pub fn stream(&mut self) -> TurnStream {
        let deadline = self.limits.deadline.map(|limit| self.started + limit);
        let limit = self.guard.codex.connection().buffer_bytes();
        TurnStream {
            guard: Arc::clone(&self.guard),
            collected: TurnCollector::new(&self.guard.turn_id, limit),
            pending_error: None,
            events: self.events.take(),
            limits: self.limits,
            idle_timer: None,
            events_this_period: false,
            retrying: None,
            tokens: TokenMeter::default(),
            idle_check: IdleCheck::default(),
            events_seen: 0,
            deadline_at: deadline,
            deadline: None,
            finished: false,
            completed: false,
        }
    }

    /// Waits for the turn to end and collects its result.
    ///
    /// # Errors
    /// Each with the partial result (see [`Error::partial_result`]):
    /// [`Error::TurnFailed`] when the turn failed,
    /// [`Error::TurnTimedOut`] when a [limit](TurnLimits) ran out (the turn is interrupted),
    /// [`Error::TurnTooLarge`] when it would hold more than its bound (interrupted too),
    /// [`Error::UndecodableTurnEnd`] when its `turn/completed` did not decode,
    /// [`Error::TurnClosed`] when the connection closed first. An interrupted turn is `Ok`,
    /// with status `Interrupted` and its unfinished items as far as they streamed.
    pub async fn run(mut self) -> Result<TurnResult> {
        self.stream().collect_result().await
    }

    /// Adds input to the running turn (`turn/steer`).
    ///
    /// # Errors
    /// A JSON-RPC error when the turn is no longer running.
    pub async fn steer(&self, input: impl Into<Input>) -> Result<()> {
        let (input, tool_output) = input.into().into_wire()?;
        if tool_output.is_some() {
            return Err(Error::InvalidInput(
                "an external message cannot steer a turn".into(),
            ));
        }
        let params = TurnSteerParams::new(
            self.guard.turn_id.clone(),
            input,
            self.guard.thread_id.clone(),
        );
        self.guard
            .codex
            .request::<requests::TurnSteer>(params)
            .await?;
        Ok(())
    }

    /// Asks the server to stop the turn (`turn/interrupt`); the turn then completes with
    /// status `interrupted`.
    ///
    /// # Errors
    /// A JSON-RPC error when the turn is no longer running.
    pub async fn interrupt(&self) -> Result<()> {
        let params =
            TurnInterruptParams::new(self.guard.thread_id.clone(), self.guard.turn_id.clone());
        self.guard
            .codex
            .request::<requests::TurnInterrupt>(params)
            .await?;
        Ok(())
    }
}

/// The events of one turn (see [`TurnHandle::stream`]), watched by the turn's
/// [limits](TurnLimits).
#[derive(Debug)]
pub struct TurnStream {
    guard: Arc<TurnGuard>,
    /// What the events so far add up to, the text of unfinished items included.
    collected: TurnCollector,
    /// The end of the stream, given after the event that caused it.
    pending_error: Option<Error>,
    events: Option<NotificationStream>,
    limits: TurnLimits,
    /// Made on the first poll, inside the runtime (the blocking API makes streams outside it).
    idle_timer: Option<Pin<Box<Sleep>>>,
    /// The turn progressed since the idle timer was last armed: an event came that is not
    /// the server's retry chatter.
    events_this_period: bool,
    /// The server's last retrying error since the turn last progressed.
    retrying: Option<Box<TurnError>>,
    /// The tokens the turn has used, for its budget.
    tokens: TokenMeter,
    /// Asks the server how the turn stands once it went idle.
    idle_check: IdleCheck,
    /// Events read, to check the deadline every [`DEADLINE_CHECK_EVERY`] of them.
    events_seen: u64,
    deadline_at: Option<Instant>,
    deadline: Option<Pin<Box<Sleep>>>,
    finished: bool,
    /// The turn's `turn/completed` was read (by `next`, `next_event` or `collect_result`).
    completed: bool,
}

impl TurnStream {
    /// The next event of the turn; `None` once `turn/completed` has been given.
    pub async fn next(&mut self) -> Option<Result<ServerNotification>> {
        std::future::poll_fn(|cx| self.poll_event(cx)).await
    }

    /// What the events read so far add up to: the items completed, the usage, and (once the
    /// turn completed) its status, final answer and every item. Items still streaming are
    /// not in it: see [`partial_result`](Self::partial_result).
    pub fn result_so_far(&self) -> &TurnResult {
        self.collected.result()
    }

    /// The result so far with the items still streaming too, each rebuilt as far as it
    /// streamed, and the final answer so far: what an error that ends the turn carries, for
    /// a loop that stops reading by itself.
    pub fn partial_result(&self) -> TurnResult {
        self.collected.partial()
    }

    /// The next event of the turn, folded: items starting, text streaming into them (with
    /// [`item_text`](Self::item_text) holding the whole text so far), items completing, usage,
    /// and last [`TurnEvent::Completed`] with the turn's result; `None` after that. Mixes with
    /// [`next`](Self::next): both read the same events.
    ///
    /// # Errors
    /// As [`next`](Self::next); an event that did not decode is an error here too (it can be
    /// skipped: the stream goes on).
    pub async fn next_event(&mut self) -> Option<Result<TurnEvent>> {
        let notification = match self.next().await? {
            Ok(notification) => notification,
            Err(err) => return Some(Err(err)),
        };
        if matches!(notification, ServerNotification::TurnCompleted(_)) {
            return Some(Ok(TurnEvent::Completed(Box::new(
                self.collected.result().clone(),
            ))));
        }
        Some(Ok(TurnEvent::fold(notification)))
    }

    /// The text streamed so far into `item_id`, of `kind`, while the item streams (once it
    /// completes, its [`TurnEvent::ItemCompleted`] holds the final text), whether the events
    /// were read with [`next`](Self::next) or [`next_event`](Self::next_event).
    pub fn item_text(&self, item_id: &str, kind: TextKind) -> Option<&str> {
        self.collected.text(item_id, kind)
    }

    /// Reads the rest of the turn, if any is left, and returns its result: after a loop over
    /// [`next`](Self::next) or [`next_event`](Self::next_event) that saw every event, this is
    /// the result without a second read.
    ///
    /// # Errors
    /// As [`TurnHandle::run`].
    pub async fn collect_result(mut self) -> Result<TurnResult> {
        while let Some(event) = self.next().await {
            match event {
                Ok(_) => {}
                // A notification of this turn that did not decode: skip it, keep the turn.
                Err(Error::Transport(codex_transport::Error::Decode {
                    method, source, ..
                })) => {
                    tracing::warn!(%method, "skipped an event that did not decode: {source}");
                }
                Err(err) => return Err(err),
            }
        }
        if !self.completed {
            return Err(Error::Usage(
                "this turn's events were already taken by another `stream()`".into(),
            ));
        }
        crate::error::turn_outcome(self.collected.take_result())
    }

    /// Ends the stream with `error` (carrying the partial result), after interrupting the turn
    /// when the SDK gives up on it (`why`: a limit ran out, the bound was reached).
    fn end_with(
        &mut self,
        interrupt: Option<&str>,
        error: impl FnOnce(Box<TurnResult>) -> Error,
    ) -> Error {
        self.finished = true;
        self.events = None;
        if let Some(why) = interrupt {
            tracing::warn!(turn = %self.guard.turn_id, "{why}: interrupting the turn");
            self.guard.interrupt_detached();
        }
        error(Box::new(self.collected.partial()))
    }

    /// Ends the stream with `turn` as the server stores it, its `turn/completed` never having
    /// come: the server's record is the result, and the completion it would have sent is the
    /// last event.
    fn adopt(&mut self, turn: Turn) -> ServerNotification {
        self.collected.adopt(&turn);
        self.finished = true;
        self.completed = true;
        self.events = None;
        self.guard.completed.store(true, Ordering::Relaxed);
        let completed = TurnCompletedNotification::new(self.guard.thread_id.clone(), turn);
        ServerNotification::TurnCompleted(Box::new(completed))
    }

    /// Ends the stream when `notification` reports that the turn used more tokens than its
    /// budget.
    fn over_budget(&mut self, notification: &ServerNotification) -> Option<Error> {
        let used = self.tokens.passes(self.limits.tokens, notification)?;
        let (turn_id, budget) = (self.guard.turn_id.clone(), self.limits.tokens?);
        let why = Some("the turn went over its token budget");
        Some(self.end_with(why, |result| Error::TurnOverBudget {
            turn_id,
            budget,
            used,
            result,
        }))
    }

    /// Ends the stream: the deadline passed.
    fn deadline_passed(&mut self) -> Error {
        let after = self.limits.deadline.unwrap_or_default();
        let turn_id = self.guard.turn_id.clone();
        let retrying = self.retrying.take();
        self.end_with(Some("the turn ran past its deadline"), |result| {
            Error::TurnTimedOut {
                turn_id,
                limit: TurnLimit::Deadline,
                after,
                retrying,
                result,
            }
        })
    }

    /// The server's last retrying error since the turn last progressed (after a dropped model
    /// stream it reconnects: `Reconnecting... 2/5`): what the turn is waiting on now, if
    /// that. Such errors do not count as progress for the idle limit.
    pub fn retrying(&self) -> Option<&TurnError> {
        self.retrying.as_deref()
    }

    /// Checks the limits; `Some(error)` when one ran out. An idle timer that fires while the
    /// server waits on this client (an approval, a tool) starts again instead.
    fn poll_limits(&mut self, cx: &mut Context<'_>) -> Option<Early> {
        if let (None, Some(at)) = (&self.deadline, self.deadline_at) {
            self.deadline = Some(Box::pin(tokio::time::sleep_until(at)));
        }
        if let (None, Some(idle)) = (&self.idle_timer, self.limits.idle) {
            self.idle_timer = Some(Box::pin(tokio::time::sleep(idle)));
        }
        if let Some(deadline) = &mut self.deadline
            && deadline.as_mut().poll(cx).is_ready()
        {
            return Some(Early::Limit(self.deadline_passed()));
        }
        let idle = self.limits.idle?;
        let timer = self.idle_timer.as_mut()?;
        if timer.as_mut().poll(cx).is_pending() {
            return None;
        }
        // Events came during this period (the timer is not moved per event: that would cost
        // a clock read and a timer update for every delta), or the server waits on this
        // client (an approval, a tool): not idle, start another period.
        let busy = std::mem::take(&mut self.events_this_period);
        if busy
            || self
                .guard
                .codex
                .inner
                .in_flight
                .waiting_on_client(&self.guard.thread_id)
        {
            timer.as_mut().reset(Instant::now() + idle);
            // Polled once more so the new deadline is registered with the timer.
            let _ = timer.as_mut().poll(cx);
            self.idle_check.reset();
            return None;
        }
        // Idle. Before giving up, ask the server how the turn stands (within one more idle
        // period): an end that never arrived is read from its record.
        let guard = &self.guard;
        let ask = || {
            let params = ThreadReadParams::new(guard.thread_id.clone()).with_include_turns(true);
            let codex = guard.codex.clone();
            let read = async move { codex.request::<requests::ThreadRead>(params).await };
            recovery::ended_turn(read, guard.turn_id.clone(), idle)
        };
        match self.idle_check.poll(cx, ask) {
            Poll::Pending => return None,
            Poll::Ready(Some(turn)) => return Some(Early::Ended(Box::new(turn))),
            Poll::Ready(None) => {}
        }
        let turn_id = self.guard.turn_id.clone();
        let retrying = self.retrying.take();
        Some(Early::Limit(self.end_with(
            Some("the turn went idle"),
            |result| Error::TurnTimedOut {
                turn_id,
                limit: TurnLimit::Idle,
                after: idle,
                retrying,
                result,
            },
        )))
    }

    fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<ServerNotification>>> {
        loop {
            if let Some(error) = self.pending_error.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if self.finished {
                return Poll::Ready(None);
            }
            let Some(events) = self.events.as_mut() else {
                return Poll::Ready(None);
            };
            let item = match events.poll_next_unpin(cx) {
                Poll::Ready(item) => item,
                Poll::Pending => {
                    return match self.poll_limits(cx) {
                        Some(Early::Limit(error)) => Poll::Ready(Some(Err(error))),
                        Some(Early::Ended(turn)) => Poll::Ready(Some(Ok(self.adopt(*turn)))),
                        None => Poll::Pending,
                    };
                }
            };
            // Progress for the idle limit, unless it is the server's retry chatter: that is
            // kept as what the turn waits on.
            match retry_chatter(item.as_ref(), &self.guard.turn_id) {
                Some(error) => self.retrying = Some(error),
                None => {
                    self.events_this_period = true;
                    self.retrying = None;
                }
            }
            return match item {
                None => {
                    self.finished = true;
                    Poll::Ready(None)
                }
                // A notification of another turn that did not decode (the subscription takes
                // the whole thread until the turn's id is known): not this turn's, so neither
                // its error nor its end. One that names no turn is not known to be another's.
                Some(Err(codex_transport::Error::Decode {
                    turn_id: Some(other),
                    ..
                })) if *other != *self.guard.turn_id => continue,
                Some(Err(codex_transport::Error::Decode {
                    method,
                    source,
                    raw,
                    ..
                })) if method
                    == <notifications::TurnCompleted as ServerNotificationMethod>::METHOD =>
                {
                    // The end of this turn that cannot be read: end with it rather than wait
                    // for an end that already came.
                    self.guard.completed.store(true, Ordering::Relaxed);
                    let raw = raw.map(|r| r.to_string()).unwrap_or_default();
                    let error = self.end_with(None, |result| Error::UndecodableTurnEnd {
                        raw,
                        source,
                        result,
                    });
                    Poll::Ready(Some(Err(error)))
                }
                Some(Err(codex_transport::Error::Closed(reason))) => {
                    // The last item of a subscription: the turn can no longer end.
                    let turn_id = self.guard.turn_id.clone();
                    let error = self.end_with(None, |result| Error::TurnClosed {
                        turn_id,
                        reason,
                        result,
                    });
                    Poll::Ready(Some(Err(error)))
                }
                Some(Err(err)) => {
                    // A filter's panic is the last item of a subscription too.
                    self.finished = matches!(err, codex_transport::Error::Panic { .. });
                    Poll::Ready(Some(Err(err.into())))
                }
                Some(Ok(message)) => {
                    let notification = message.notification;
                    // Until the turn's id was known, the subscription took the whole thread.
                    if notification.turn_id() != Some(self.guard.turn_id.as_str()) {
                        continue;
                    }
                    let bytes = events.last_item_bytes();
                    if let Some(error) = self.over_budget(&notification) {
                        // As past the bound below: this event, then the error.
                        self.pending_error = Some(error);
                        let _ = self.collected.absorb(&notification, bytes);
                        return Poll::Ready(Some(Ok(notification)));
                    }
                    if let Err(Overflow) = self.collected.absorb(&notification, bytes) {
                        // The caller still gets this event; the error comes next, and the
                        // result holds everything before it.
                        let turn_id = self.guard.turn_id.clone();
                        let limit = self.collected.limit();
                        let error = self.end_with(Some("the turn reached its bound"), |result| {
                            Error::TurnTooLarge {
                                turn_id,
                                limit,
                                result,
                            }
                        });
                        self.pending_error = Some(error);
                        return Poll::Ready(Some(Ok(notification)));
                    }
                    // A turn that never pauses still meets its deadline: checked every so many
                    // events too, not only when the stream waits.
                    self.events_seen = self.events_seen.wrapping_add(1);
                    if self.events_seen.is_multiple_of(DEADLINE_CHECK_EVERY)
                        && self.deadline_at.is_some_and(|at| Instant::now() >= at)
                        && !matches!(notification, ServerNotification::TurnCompleted(_))
                    {
                        return Poll::Ready(Some(Err(self.deadline_passed())));
                    }
                    if matches!(notification, ServerNotification::TurnCompleted(_)) {
                        self.finished = true;
                        self.completed = true;
                        self.events = None;
                        self.guard.completed.store(true, Ordering::Relaxed);
                    }
                    Poll::Ready(Some(Ok(notification)))
                }
            };
        }
    }
}

impl futures_core::Stream for TurnStream {
    type Item = Result<ServerNotification>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_event(cx)
    }
}
