//! A running turn: its event stream, its result, and the controls (steer, interrupt).

use std::pin::Pin;
use std::task::{Context, Poll};

use codex_protocol::{
    MessagePhase, ServerNotification, ThreadItem, ThreadTokenUsage, TurnError, TurnInterruptParams,
    TurnStatus, TurnSteerParams, requests,
};
use codex_transport::NotificationStream;
use futures_util::StreamExt;

use crate::client::Codex;
use crate::error::{Error, Result};
use crate::input::Input;

/// What a finished turn produced.
#[derive(Debug, Clone)]
pub struct TurnResult {
    /// The turn's id.
    pub id: String,
    /// How it ended: completed, interrupted or failed.
    pub status: TurnStatus,
    /// The agent's final answer: the last agent message marked `final_answer`, else the last
    /// one without a phase (commentary and partial answers are never used).
    pub final_response: Option<String>,
    /// Every item the turn completed, in order.
    pub items: Vec<ThreadItem>,
    /// Token usage, from the last usage update of the turn.
    pub usage: Option<ThreadTokenUsage>,
    /// Why the turn failed, when it did.
    pub error: Option<TurnError>,
    /// How long the turn took, as the server measured it.
    pub duration_ms: Option<i64>,
}

impl TurnResult {
    fn empty(id: &str) -> Self {
        TurnResult {
            id: id.to_owned(),
            status: TurnStatus::InProgress,
            final_response: None,
            items: Vec::new(),
            usage: None,
            error: None,
            duration_ms: None,
        }
    }

    /// Folds one event of the turn into the result.
    fn absorb(&mut self, notification: &ServerNotification) {
        match notification {
            ServerNotification::ItemCompleted(done) => self.items.push(done.item.clone()),
            ServerNotification::ThreadTokenUsageUpdated(usage) => {
                self.usage = Some(usage.token_usage.clone())
            }
            ServerNotification::TurnCompleted(done) => {
                self.status = done.turn.status.clone();
                self.error = done.turn.error.clone();
                self.duration_ms = done.turn.duration_ms;
                self.final_response = final_response(&self.items);
            }
            _ => {}
        }
    }
}

/// The Python SDK's rule: the last `final_answer` agent message, else the last one without a
/// phase.
fn final_response(items: &[ThreadItem]) -> Option<String> {
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

/// A turn that has started: stream its events, wait for its result, steer it or interrupt it.
///
/// Its events are buffered from the moment the turn was requested, so nothing is lost even if
/// the turn completes before [`stream`](TurnHandle::stream) is first polled, or while you read
/// another turn first. Buffering is bounded by the connection's budget (64 MiB of events, all
/// streams together): a turn left unread long enough to fill it makes the connection wait
/// until it is read or dropped.
#[derive(Debug)]
pub struct TurnHandle {
    codex: Codex,
    thread_id: String,
    id: String,
    events: Option<NotificationStream>,
}

impl TurnHandle {
    pub(crate) fn new(
        codex: Codex,
        thread_id: String,
        id: String,
        events: NotificationStream,
    ) -> Self {
        TurnHandle {
            codex,
            thread_id,
            id,
            events: Some(events),
        }
    }

    /// The turn's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The id of the thread the turn runs in.
    pub fn thread_id(&self) -> &str {
        &self.thread_id
    }

    /// The turn's events, in order: every notification about this turn, the final
    /// `turn/completed` included; then the stream ends. Can be taken once: a second call gives
    /// a stream that ends at once.
    pub fn stream(&mut self) -> TurnStream {
        TurnStream {
            events: self.events.take(),
            turn_id: self.id.clone(),
            finished: false,
        }
    }

    /// Waits for the turn to end and collects its result.
    ///
    /// # Errors
    /// [`Error::TurnFailed`] when the turn failed (with the partial result),
    /// [`Error::Closed`] when the connection closed first.
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
        let params = TurnSteerParams {
            additional_context: None,
            client_user_message_id: None,
            expected_turn_id: self.id.clone(),
            input,
            responsesapi_client_metadata: None,
            responsesapi_client_metadata_patch: None,
            thread_id: self.thread_id.clone(),
        };
        self.codex.request::<requests::TurnSteer>(params).await?;
        Ok(())
    }

    /// Asks the server to stop the turn (`turn/interrupt`); the turn then completes with
    /// status `interrupted`.
    ///
    /// # Errors
    /// A JSON-RPC error when the turn is no longer running.
    pub async fn interrupt(&self) -> Result<()> {
        let params = TurnInterruptParams {
            thread_id: self.thread_id.clone(),
            turn_id: self.id.clone(),
        };
        self.codex
            .request::<requests::TurnInterrupt>(params)
            .await?;
        Ok(())
    }
}

/// The events of one turn (see [`TurnHandle::stream`]).
#[derive(Debug)]
pub struct TurnStream {
    events: Option<NotificationStream>,
    turn_id: String,
    finished: bool,
}

impl TurnStream {
    /// The next event of the turn; `None` once `turn/completed` has been given.
    pub async fn next(&mut self) -> Option<Result<ServerNotification>> {
        std::future::poll_fn(|cx| self.poll_event(cx)).await
    }

    /// Reads the rest of the turn and returns its result.
    ///
    /// # Errors
    /// As [`TurnHandle::run`].
    pub async fn collect_result(mut self) -> Result<TurnResult> {
        let mut result = TurnResult::empty(&self.turn_id);
        let mut completed = false;
        while let Some(event) = self.next().await {
            let event = match event {
                Ok(event) => event,
                // A notification of this turn that did not decode: skip it, keep the turn.
                Err(Error::Transport(codex_transport::Error::Decode { method, source })) => {
                    tracing::warn!(%method, "skipped an event that did not decode: {source}");
                    continue;
                }
                Err(err) => return Err(err),
            };
            completed |= matches!(event, ServerNotification::TurnCompleted(_));
            result.absorb(&event);
        }
        if !completed {
            return Err(Error::InvalidInput(
                "this turn's events were already taken by `stream()`".into(),
            ));
        }
        match (&result.status, &result.error) {
            (TurnStatus::Failed, error) => {
                let error = error.clone().unwrap_or_else(|| TurnError {
                    additional_details: None,
                    codex_error_info: None,
                    message: "the turn failed".into(),
                    misalignment: None,
                });
                Err(Error::TurnFailed {
                    error: Box::new(error),
                    result: Box::new(result),
                })
            }
            _ => Ok(result),
        }
    }

    fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<ServerNotification>>> {
        loop {
            if self.finished {
                return Poll::Ready(None);
            }
            let Some(events) = self.events.as_mut() else {
                return Poll::Ready(None);
            };
            let item = match events.poll_next_unpin(cx) {
                Poll::Ready(item) => item,
                Poll::Pending => return Poll::Pending,
            };
            match item {
                None => {
                    self.finished = true;
                    return Poll::Ready(None);
                }
                Some(Err(err)) => {
                    // `Closed` is the last item of a subscription.
                    self.finished = matches!(err, codex_transport::Error::Closed(_));
                    return Poll::Ready(Some(Err(err.into())));
                }
                Some(Ok(message)) => {
                    if message.notification.turn_id() != Some(self.turn_id.as_str()) {
                        continue;
                    }
                    self.finished =
                        matches!(message.notification, ServerNotification::TurnCompleted(_));
                    return Poll::Ready(Some(Ok(message.notification)));
                }
            }
        }
    }
}

impl futures_core::Stream for TurnStream {
    type Item = Result<ServerNotification>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_event(cx)
    }
}
