//! The connection task: the one owner of the reader, the writer, the request ids, the
//! pending requests and the subscriptions. Handles talk to it with [`Command`]s.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::wire::{self, RawMessage};
use codex_protocol::{
    JsonRpcErrorObject, RequestId, ServerNotification, ServerNotificationMessage, ServerRequest,
    ServerRequestMessage,
};
use serde::Deserialize;
use serde_json::value::RawValue;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot, watch};

use crate::connection::Shared;
use crate::error::{CloseReason, Error, ErrorCode, Result, RpcError};
use crate::framing::{LineEvent, LineReader};
use crate::options::ConnectionOptions;
use crate::process::ChildProcess;
use crate::server_request::{ServerRequestHandler, answer_line, spawn_handler};
use crate::subscription::{Batch, Delivery, NotificationItem, NotificationMeta, Verdict};
use crate::transport::Transport;

/// How long the task lets the server exit by itself once every handle is gone.
pub(crate) const DROP_GRACE: Duration = Duration::from_secs(1);

/// After how long a reader held up by full streams says so in a warning.
const STALL_WARNING: Duration = Duration::from_secs(5);

/// Runs on the answer to a request, in the task, before the next line is read.
pub(crate) type AnswerHook = Box<dyn FnOnce(&RawValue) + Send>;

type ReplySender = oneshot::Sender<Result<Box<RawValue>>>;

/// What a handle asks of the connection task.
pub(crate) enum Command {
    Request {
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
        reply: ReplySender,
        hook: Option<AnswerHook>,
        span: tracing::Span,
    },
    Notify {
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
    },
    Subscribe {
        filter: crate::NotificationFilter,
        sender: mpsc::UnboundedSender<Batch>,
    },
    Shutdown {
        grace: Duration,
        done: oneshot::Sender<Arc<CloseReason>>,
    },
}

/// A request waiting for its answer.
struct Pending {
    method: Cow<'static, str>,
    reply: ReplySender,
    hook: Option<AnswerHook>,
}

/// The most items a stream is handed at once.
const MAX_BATCH: usize = 256;

/// A subscription as the connection task sees it.
struct Subscriber {
    filter: crate::NotificationFilter,
    sender: mpsc::UnboundedSender<Batch>,
    /// Items read for the stream and not yet handed to it: they go as one batch once the
    /// reader has no whole line left (see [`ConnectionTask::flush`]).
    pending: Batch,
}

impl Subscriber {
    /// Hands the pending items to the stream; `false` when the stream is gone.
    fn flush(&mut self) -> bool {
        if self.pending.is_empty() {
            return !self.sender.is_closed();
        }
        self.sender.send(std::mem::take(&mut self.pending)).is_ok()
    }
}

/// Why the task stops before the server's output ends.
enum Stop {
    /// A handle asked for a graceful shutdown.
    Shutdown {
        grace: Duration,
        done: oneshot::Sender<Arc<CloseReason>>,
    },
    /// Every handle is gone.
    HandlesGone,
    /// The server process exited while the reader was held up.
    ServerExited,
}

/// `threadId` and `turnId` (or `turn.id`, as `turn/*` notifications carry it) read straight
/// from params that did not decode into their type.
#[derive(Deserialize, Default)]
struct RawIds {
    #[serde(rename = "threadId", default)]
    thread_id: Option<String>,
    #[serde(rename = "turnId", default)]
    turn_id: Option<String>,
    #[serde(default)]
    turn: Option<RawTurn>,
}

#[derive(Deserialize, Default)]
struct RawTurn {
    #[serde(default)]
    id: Option<String>,
}

impl RawIds {
    fn turn_id(&self) -> Option<&str> {
        self.turn_id
            .as_deref()
            .or_else(|| self.turn.as_ref().and_then(|turn| turn.id.as_deref()))
    }
}

/// The task that owns the reader, the id counter, the pending requests and the subscribers.
pub(crate) struct ConnectionTask {
    reader: LineReader<Box<dyn AsyncRead + Send + Unpin>>,
    process: Option<ChildProcess>,
    commands: mpsc::Receiver<Command>,
    /// Lines for the writer task; `None` once writing has been closed.
    lines: Option<mpsc::Sender<String>>,
    writer: Option<tokio::task::JoinHandle<()>>,
    next_id: i64,
    pending: HashMap<i64, Pending>,
    /// Size of `pending` at which callers that gave up are swept out.
    prune_at: usize,
    subscribers: Vec<Subscriber>,
    handler: Option<Arc<dyn ServerRequestHandler>>,
    /// Slots for server requests in handlers at once.
    handler_slots: Arc<Semaphore>,
    /// Turns true when the connection starts to shut down or closes: handlers still running
    /// stop then (unanswered). Each holds a sender of `lines`, and the server's input only
    /// closes once every sender is gone: a handler waiting on a person would otherwise keep
    /// the server from seeing the end of its input, and it would be killed instead.
    handlers_stop: watch::Sender<bool>,
    shared: Arc<Shared>,
}

impl ConnectionTask {
    pub(crate) fn new(
        transport: Transport,
        options: ConnectionOptions,
        commands: mpsc::Receiver<Command>,
        shared: Arc<Shared>,
    ) -> Self {
        let (lines, line_rx) = mpsc::channel(256);
        let writer = tokio::spawn(write_lines(transport.writer, line_rx));
        ConnectionTask {
            reader: LineReader::new(transport.reader, options.max_line_bytes),
            process: transport.process,
            commands,
            lines: Some(lines),
            writer: Some(writer),
            next_id: 0,
            pending: HashMap::new(),
            prune_at: 64,
            subscribers: Vec::new(),
            handler: options.handler,
            handler_slots: Arc::new(Semaphore::new(options.max_server_requests)),
            handlers_stop: watch::Sender::new(false),
            shared,
        }
    }

    pub(crate) async fn run(mut self) {
        let stop = loop {
            let outcome = tokio::select! {
                // Commands first: a request sent before a burst of notifications goes out
                // before the loop turns to reading.
                biased;
                command = self.commands.recv() => self.handle_command(command).await,
                event = self.reader.next_line() => match event {
                    Ok(LineEvent::Line(line)) => {
                        let stop = self.handle_line(&line).await;
                        // Everything read so far is handed over once no whole line is left
                        // to read without waiting.
                        if !self.reader.has_whole_line() {
                            self.flush();
                        }
                        stop
                    }
                    Ok(LineEvent::TooLong(head)) => {
                        self.skip_oversized(&head);
                        None
                    }
                    Ok(LineEvent::NotUtf8) => {
                        self.shared.record(|e| e.malformed_lines += 1, "skipped a line from the server that is not UTF-8".into());
                        None
                    }
                    Ok(LineEvent::Eof) => break Err("the server closed its output".to_owned()),
                    Err(err) => break Err(format!("reading from the server failed: {err}")),
                },
            };
            if let Some(stop) = outcome {
                break Ok(stop);
            }
        };
        match stop {
            Ok(Stop::Shutdown { grace, done }) => {
                let reason = self.shutdown(grace).await;
                let _ = done.send(reason);
            }
            Ok(Stop::HandlesGone) => {
                self.shutdown(DROP_GRACE).await;
            }
            Ok(Stop::ServerExited) => {
                self.close("the server exited while the client's streams were full".to_owned())
                    .await;
            }
            Err(cause) => {
                self.close(cause).await;
            }
        }
    }

    /// Carries out one command; `Some` when it stops the task.
    async fn handle_command(&mut self, command: Option<Command>) -> Option<Stop> {
        // A command can wait (for room to write): what was read goes out before it does.
        self.hand_over();
        let Some(command) = command else {
            // Every handle is gone: nobody can use the connection any more.
            return Some(Stop::HandlesGone);
        };
        match command {
            Command::Request {
                method,
                params,
                reply,
                hook,
                span,
            } => {
                let id = self.next_id;
                self.next_id += 1;
                span.record("id", id);
                let line = wire::encode_request(&RequestId::Int64(id), &method, params.as_deref());
                self.sweep_pending();
                self.pending.insert(
                    id,
                    Pending {
                        method,
                        reply,
                        hook,
                    },
                );
                self.write(line).await;
                None
            }
            Command::Notify { method, params } => {
                let line = wire::encode_notification(&method, params.as_deref(), None);
                self.write(line).await;
                None
            }
            Command::Subscribe { filter, sender } => {
                self.subscribers.push(Subscriber {
                    filter,
                    sender,
                    pending: Vec::new(),
                });
                None
            }
            Command::Shutdown { grace, done } => Some(Stop::Shutdown { grace, done }),
        }
    }

    /// Forgets the requests whose callers gave up, once the map has doubled since last time.
    fn sweep_pending(&mut self) {
        if self.pending.len() >= self.prune_at {
            self.pending.retain(|_, pending| !pending.reply.is_closed());
            self.prune_at = (self.pending.len() * 2).max(64);
        }
    }

    async fn write(&mut self, line: String) {
        let Some(lines) = &self.lines else { return };
        if lines.send(line).await.is_err() {
            // The writer stopped (the server's input is closed); the read side will see the
            // end and close the connection with the reason.
            self.lines = None;
        }
    }

    /// Counts a skipped oversized line; when it was the answer to a pending request, that
    /// request fails with [`Error::LineTooLong`] instead of waiting for an answer that is gone.
    fn skip_oversized(&mut self, head: &str) {
        let limit = self.reader.max_line_bytes();
        let shown: String = head.chars().take(80).collect();
        self.shared.record(
            |e| e.oversized_lines += 1,
            format!("skipped a line from the server longer than {limit} bytes: {shown}..."),
        );
        if let Some(pending) =
            wire::response_id_of_head(head).and_then(|id| self.pending.remove(&id))
        {
            let _ = pending.reply.send(Err(Error::LineTooLong { limit }));
        }
    }

    /// Hands every stream its pending items, and forgets the streams that are gone.
    fn flush(&mut self) {
        self.subscribers.retain_mut(Subscriber::flush);
    }

    /// Hands every stream its pending items, keeping the list as it is: for callers inside
    /// [`deliver`](Self::deliver), which holds indices into it and forgets gone streams itself.
    fn hand_over(&mut self) {
        for subscriber in &mut self.subscribers {
            subscriber.flush();
        }
    }

    async fn handle_line(&mut self, line: &str) -> Option<Stop> {
        // Most lines are notifications: decoded in one pass, params straight into their type.
        // Anything else (an answer, a server request, params that do not decode) fails fast
        // and is classified below.
        if let Ok(message) = serde_json::from_str::<ServerNotificationMessage>(line) {
            tracing::trace!(method = message.notification.method(), "notification");
            return self.handle_notification(message, line.len()).await;
        }
        let message = RawMessage::parse(line);
        if !matches!(message, Ok(RawMessage::Notification { .. })) {
            // An answer or a server request is seen after the notifications sent before it.
            self.flush();
        }
        match message {
            Ok(RawMessage::Request { id, method, params }) => {
                self.handle_server_request(id, &method, params, line).await;
                None
            }
            Ok(RawMessage::Notification {
                method,
                params,
                emitted_at_ms,
            }) => {
                self.handle_raw_notification(&method, params, emitted_at_ms, line.len())
                    .await
            }
            Ok(RawMessage::Response { id, outcome }) => {
                self.handle_response(id, outcome);
                None
            }
            Err(err) => {
                let shown: String = line.chars().take(200).collect();
                let description = format!(
                    "skipped a line from the server that is not a JSON-RPC message ({err}): {shown}"
                );
                // A broken answer still says whose it is: its caller learns now rather than never.
                let pending =
                    wire::response_id_of_head(line).and_then(|id| self.pending.remove(&id));
                if let Some(pending) = pending {
                    let source = match err {
                        wire::EnvelopeError::Json(source) => source,
                        other => serde::de::Error::custom(other),
                    };
                    let _ =
                        pending
                            .reply
                            .send(Err(Error::decode(&pending.method, source, Some(line))));
                }
                self.shared.record(|e| e.malformed_lines += 1, description);
                None
            }
        }
    }

    fn handle_response(
        &mut self,
        id: &RawValue,
        outcome: std::result::Result<&RawValue, &RawValue>,
    ) {
        let Some(pending) = wire::integer_id(id).and_then(|id| self.pending.remove(&id)) else {
            self.shared.record(
                |e| e.unknown_response_ids += 1,
                format!(
                    "the server answered id {}, which no caller waits for",
                    id.get()
                ),
            );
            return;
        };
        let answer = match outcome {
            Ok(result) => {
                if let Some(hook) = pending.hook
                    && let Err(panic) = crate::panic::call(|| hook(result))
                {
                    tracing::error!(method = %pending.method, "an answer hook panicked: {panic}");
                }
                Ok(result.to_owned())
            }
            Err(error) => match serde_json::from_str::<JsonRpcErrorObject>(error.get()) {
                Ok(error) => Err(Error::Rpc {
                    method: pending.method.to_string(),
                    error: Box::new(RpcError::from(error)),
                }),
                // Not a JSON-RPC error object (a string code, say): still this request's failure.
                Err(err) => Err(Error::decode(&pending.method, err, Some(error.get()))),
            },
        };
        let _ = pending.reply.send(answer);
    }

    async fn handle_notification(
        &mut self,
        message: ServerNotificationMessage,
        bytes: usize,
    ) -> Option<Stop> {
        if let Some(handler) = &self.handler
            && let Err(panic) = crate::panic::call(|| handler.notification(&message.notification))
        {
            tracing::error!(
                method = message.notification.method(),
                "the server-request handler panicked on a notification: {panic}"
            );
        }
        let meta = NotificationMeta {
            method: message.notification.method(),
            thread_id: message.notification.thread_id(),
            turn_id: message.notification.turn_id(),
        };
        let targets = self.matching(&meta);
        self.deliver(targets, Ok(message), bytes).await
    }

    /// A notification the one-pass decoding refused, classified by the codec: decoded from
    /// its params alone (it may be an odd line, a `result` member beside its `method`, say),
    /// or else its subscribers get the error, with the raw params, found by the ids read
    /// straight from the JSON.
    async fn handle_raw_notification(
        &mut self,
        method: &str,
        params: Option<&RawValue>,
        emitted_at_ms: Option<i64>,
        bytes: usize,
    ) -> Option<Stop> {
        let params = params.map_or("null", RawValue::get);
        let err = match ServerNotification::decode(
            method,
            &mut serde_json::Deserializer::from_str(params),
        ) {
            Ok(notification) => {
                let message = ServerNotificationMessage {
                    notification,
                    emitted_at_ms,
                };
                return self.handle_notification(message, bytes).await;
            }
            Err(err) => err,
        };
        let ids: RawIds = serde_json::from_str(params).unwrap_or_default();
        let meta = NotificationMeta {
            method,
            thread_id: ids.thread_id.as_deref(),
            turn_id: ids.turn_id(),
        };
        let targets = self.matching(&meta);
        self.shared.record(
            |_| {},
            format!("the params of notification `{method}` did not decode: {err}"),
        );
        let error = Error::decode(method, err, Some(params));
        self.deliver(targets, Err(error), bytes).await
    }

    /// The subscribers a notification goes to, and whether it is their last. A filter that
    /// panics gets the panic as its last item instead.
    fn matching(&self, meta: &NotificationMeta<'_>) -> Vec<Target> {
        self.subscribers
            .iter()
            .enumerate()
            .filter_map(
                |(index, subscriber)| match subscriber.filter.verdict(meta) {
                    Ok(Verdict::Skip) => None,
                    Ok(verdict) => Some(Target {
                        index,
                        last: verdict == Verdict::Last,
                        panic: None,
                    }),
                    Err(panic) => Some(Target {
                        index,
                        last: true,
                        panic: Some(panic),
                    }),
                },
            )
            .collect()
    }

    /// Sends `item`, `bytes` long on the wire, to each target subscriber. Each copy first takes
    /// `bytes` of the shared buffer budget, waiting while the budget is spent (backpressure);
    /// the stream gives the bytes back when the item is read. While it waits, commands are
    /// still carried out (requests go out, shutdown is honoured) and a server process that
    /// exits is noticed. Subscribers that ended (their last item sent, or their stream
    /// dropped) are forgotten. The last target gets `item` itself: one subscriber, no clone.
    async fn deliver(
        &mut self,
        targets: Vec<Target>,
        item: NotificationItem,
        bytes: usize,
    ) -> Option<Stop> {
        // A line larger than the whole budget takes all of it (and waits for all of it).
        let permits = u32::try_from(bytes.clamp(1, self.shared.buffer_bytes)).unwrap_or(u32::MAX);
        let mut ended = Vec::new();
        let last = targets.len().saturating_sub(1);
        let mut item = Some(item);
        let mut stop = None;
        for (position, target) in targets.into_iter().enumerate() {
            if self.subscribers[target.index].sender.is_closed() {
                ended.push(target.index);
                continue;
            }
            if let Some(panic) = target.panic {
                let error = Error::Panic {
                    context: "the filter of a notification subscription".to_owned(),
                    message: panic,
                };
                let subscriber = &mut self.subscribers[target.index];
                subscriber.pending.push(Delivery {
                    item: Err(error),
                    last: true,
                    bytes: 0,
                    _permit: None,
                });
                subscriber.flush();
                ended.push(target.index);
                continue;
            }
            let permit = match self.take_budget(permits).await {
                Ok(permit) => permit,
                Err(why) => {
                    stop = Some(why);
                    break;
                }
            };
            let copy = if position == last {
                item.take()
            } else {
                item.clone()
            };
            let Some(copy) = copy else { break };
            let delivery = Delivery {
                item: copy,
                last: target.last,
                bytes,
                _permit: Some(permit),
            };
            let subscriber = &mut self.subscribers[target.index];
            subscriber.pending.push(delivery);
            // A stream's last item goes at once: the subscription ends here.
            if target.last || subscriber.pending.len() >= MAX_BATCH {
                let gone = !subscriber.flush();
                if gone || target.last {
                    ended.push(target.index);
                }
            }
        }
        ended.sort_unstable();
        ended.dedup();
        for index in ended.into_iter().rev() {
            self.subscribers.swap_remove(index);
        }
        stop
    }

    /// Takes `permits` bytes of the buffer budget, carrying out commands while it waits.
    async fn take_budget(
        &mut self,
        permits: u32,
    ) -> std::result::Result<OwnedSemaphorePermit, Stop> {
        let budget = Arc::clone(&self.shared.buffer);
        if let Ok(permit) = Arc::clone(&budget).try_acquire_many_owned(permits) {
            return Ok(permit);
        }
        // The streams can only give bytes back for items they have.
        self.hand_over();
        let acquire = budget.acquire_many_owned(permits);
        tokio::pin!(acquire);
        let warning = tokio::time::sleep(STALL_WARNING);
        tokio::pin!(warning);
        let mut warned = false;
        loop {
            tokio::select! {
                permit = &mut acquire => {
                    // The semaphore is never closed, so this is always a permit.
                    return permit.map_err(|_| Stop::ServerExited);
                }
                () = exited(self.process.as_mut()) => return Err(Stop::ServerExited),
                command = self.commands.recv() => {
                    if let Some(stop) = self.handle_command(command).await {
                        return Err(stop);
                    }
                }
                () = &mut warning, if !warned => {
                    warned = true;
                    tracing::warn!(
                        unread_bytes = self.shared.buffer_bytes - self.shared.buffer.available_permits(),
                        streams = self.subscribers.len(),
                        "the connection stopped reading from the server: its notification streams are full. Read the streams you hold (turn streams, subscriptions) or drop them",
                    );
                }
            }
        }
    }

    async fn handle_server_request(
        &mut self,
        raw_id: &RawValue,
        method: &str,
        params: Option<&RawValue>,
        line: &str,
    ) {
        let Some(id) = wire::request_id(raw_id) else {
            let shown: String = line.chars().take(200).collect();
            self.shared.record(
                |e| e.malformed_lines += 1,
                format!(
                    "skipped a server request whose id is neither a number nor a string: {shown}"
                ),
            );
            return;
        };
        let params_text = params.map_or("null", RawValue::get);
        let decoded =
            ServerRequest::decode(method, &mut serde_json::Deserializer::from_str(params_text));
        tracing::debug!(method, %id, "server request");
        let refusal = match (&decoded, &self.handler) {
            (Err(err), _) => Some(RpcError {
                code: ErrorCode::INVALID_PARAMS,
                message: format!("the client could not decode the params of `{method}`: {err}"),
                data: None,
            }),
            (Ok(_), None) => Some(RpcError {
                code: ErrorCode::METHOD_NOT_FOUND,
                message: format!(
                    "this client answers no server requests (no handler for `{method}`)"
                ),
                data: None,
            }),
            (Ok(_), Some(_)) => None,
        };
        if let Some(error) = refusal {
            self.write(answer_line(&id, Err(error))).await;
            return;
        }
        let (Ok(request), Some(handler), Some(lines)) =
            (decoded, self.handler.clone(), self.lines.clone())
        else {
            return;
        };
        let Ok(slot) = Arc::clone(&self.handler_slots).try_acquire_owned() else {
            let error = RpcError {
                code: ErrorCode::SERVER_OVERLOADED,
                message: format!(
                    "the client has too many server requests in its handlers to take `{method}`"
                ),
                data: None,
            };
            self.write(answer_line(&id, Err(error))).await;
            return;
        };
        let closed = self.handlers_stop.subscribe();
        spawn_handler(
            handler,
            ServerRequestMessage { id, request },
            lines,
            closed,
            slot,
        );
    }

    /// Stops the handlers and writing, waits for the server to finish within `grace`, and
    /// closes.
    async fn shutdown(&mut self, grace: Duration) -> Arc<CloseReason> {
        self.handlers_stop.send_replace(true);
        self.lines = None;
        if let Some(writer) = self.writer.take() {
            let _ = tokio::time::timeout(grace, writer).await;
        }
        if let Some(process) = &mut self.process {
            process.wait_or_kill(grace).await;
        }
        self.close("the connection was shut down".to_owned()).await
    }

    /// Records why the connection closed, then lets every waiter, stream and handler see it.
    async fn close(&mut self, cause: String) -> Arc<CloseReason> {
        let mut reason = CloseReason {
            cause,
            ..Default::default()
        };
        if let Some(process) = &mut self.process {
            process.fill_close_reason(&mut reason).await;
        }
        tracing::debug!(%reason, "connection closed");
        let reason = Arc::clone(self.shared.closed.get_or_init(|| Arc::new(reason)));
        self.shared.closed_signal.send_replace(true);
        self.handlers_stop.send_replace(true);
        // What was read before the end is delivered, then each stream ends with `Closed`.
        self.flush();
        // Dropping the senders wakes every caller and stream with `Closed`.
        self.pending.clear();
        self.subscribers.clear();
        self.lines = None;
        self.commands.close();
        while let Ok(command) = self.commands.try_recv() {
            if let Command::Shutdown { done, .. } = command {
                let _ = done.send(Arc::clone(&reason));
            }
        }
        reason
    }
}

/// One subscriber a notification goes to.
struct Target {
    index: usize,
    /// The notification is the subscription's last.
    last: bool,
    /// The subscription's filter panicked, with this message.
    panic: Option<String>,
}

/// Resolves when `process` has exited; never without a process.
async fn exited(process: Option<&mut ChildProcess>) {
    match process {
        Some(process) => process.exited().await,
        None => std::future::pending().await,
    }
}

/// The writer task: writes each line and a `\n`, flushing when no more lines are queued, and
/// closes the stream (the server's stdin) when the connection stops writing.
async fn write_lines(
    writer: Box<dyn AsyncWrite + Send + Unpin>,
    mut lines: mpsc::Receiver<String>,
) {
    let mut writer = BufWriter::new(writer);
    while let Some(line) = lines.recv().await {
        let mut result = async {
            writer.write_all(line.as_bytes()).await?;
            writer.write_all(b"\n").await
        }
        .await;
        if result.is_ok() && lines.is_empty() {
            result = writer.flush().await;
        }
        if let Err(err) = result {
            // The read side will see the server go and close the connection with the reason.
            tracing::debug!("writing to the server failed: {err}");
            return;
        }
    }
    let _ = writer.shutdown().await;
}
