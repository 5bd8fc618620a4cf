//! The JSON-RPC connection: one task owns the reader, the id counter and the pending requests;
//! callers hold a cheap cloneable [`Connection`] handle.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use codex_protocol::{
    JsonRpcErrorObject, Notification, Request, RequestId, ServerNotification,
    ServerNotificationMessage, ServerRequest, ServerRequestMessage,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::{Semaphore, mpsc, oneshot};
use tracing::Instrument;

use crate::error::{CloseReason, Error, ErrorCode, Result, RpcError};
use crate::framing::{DEFAULT_MAX_LINE_BYTES, LineEvent, LineReader};
use crate::process::ChildProcess;
use crate::server_request::ServerRequestHandler;
use crate::subscription::Delivery;
use crate::subscription::{
    NotificationFilter, NotificationItem, NotificationMeta, NotificationStream,
};

/// The default budget of unread notifications, in bytes.
const DEFAULT_BUFFER_BYTES: usize = 64 * 1024 * 1024;
/// The largest budget a semaphore can count (and far more than anyone should buffer).
const MAX_BUFFER_BYTES: usize = u32::MAX as usize;

/// The two halves of a byte stream to the server, and the process behind it when there is one.
pub struct Transport {
    pub(crate) reader: Box<dyn AsyncRead + Send + Unpin>,
    pub(crate) writer: Box<dyn AsyncWrite + Send + Unpin>,
    pub(crate) process: Option<ChildProcess>,
}

impl Transport {
    /// A transport over any pair of byte streams (a socket's halves, a duplex pipe in tests).
    pub fn from_io(
        reader: impl AsyncRead + Send + Unpin + 'static,
        writer: impl AsyncWrite + Send + Unpin + 'static,
    ) -> Self {
        Transport {
            reader: Box::new(reader),
            writer: Box::new(writer),
            process: None,
        }
    }

    /// An in-memory transport and the server's end of it, for tests: whatever is written to
    /// the returned stream reaches the connection as if the server sent it, and the other way
    /// round. `buffer` is the byte capacity of each direction.
    pub fn in_memory(buffer: usize) -> (Transport, tokio::io::DuplexStream) {
        let (client, server) = tokio::io::duplex(buffer);
        let (reader, writer) = tokio::io::split(client);
        (Transport::from_io(reader, writer), server)
    }
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("process", &self.process)
            .finish_non_exhaustive()
    }
}

/// How a connection behaves.
#[derive(Clone)]
pub struct ConnectionOptions {
    max_line_bytes: usize,
    request_timeout: Option<Duration>,
    buffer_bytes: usize,
    handler: Option<Arc<dyn ServerRequestHandler>>,
}

impl Default for ConnectionOptions {
    fn default() -> Self {
        ConnectionOptions {
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            request_timeout: None,
            buffer_bytes: DEFAULT_BUFFER_BYTES,
            handler: None,
        }
    }
}

impl ConnectionOptions {
    /// The defaults: 64 MiB lines, no request timeout, 64 MiB of buffered notifications, no
    /// server-request handler.
    pub fn new() -> Self {
        Self::default()
    }

    /// The longest line accepted from the server; longer ones are skipped and counted in
    /// [`Connection::protocol_errors`].
    pub fn max_line_bytes(mut self, bytes: usize) -> Self {
        self.max_line_bytes = bytes;
        self
    }

    /// How long any request may wait for its answer (none by default; see also
    /// [`Connection::request_with_timeout`]).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = Some(timeout);
        self
    }

    /// How many bytes of notifications all subscriptions together may hold unread (64 MiB by
    /// default). When they hold that much, the connection stops reading from the server until
    /// some are consumed: a slow consumer slows the server down, and nothing is dropped.
    ///
    /// The budget is shared, counted in bytes of the server's lines: one stream left unread
    /// does not stop the others until it alone holds the whole budget.
    pub fn buffer_bytes(mut self, bytes: usize) -> Self {
        self.buffer_bytes = bytes.clamp(1, MAX_BUFFER_BYTES);
        self
    }

    /// Who answers the requests the server sends. Without one, every server request is
    /// answered with a "method not found" error, so the server never waits forever.
    pub fn server_request_handler(mut self, handler: impl ServerRequestHandler) -> Self {
        self.handler = Some(Arc::new(handler));
        self
    }
}

impl std::fmt::Debug for ConnectionOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionOptions")
            .field("max_line_bytes", &self.max_line_bytes)
            .field("request_timeout", &self.request_timeout)
            .field("buffer_bytes", &self.buffer_bytes)
            .field("handler", &self.handler.is_some())
            .finish()
    }
}

/// Counts of what the server sent that could not be used; each was also logged with `tracing`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProtocolErrors {
    /// Lines that were not JSON, not UTF-8, or not a JSON-RPC message.
    pub malformed_lines: u64,
    /// Lines over the length limit, skipped.
    pub oversized_lines: u64,
    /// Responses whose id matched no pending request (or one whose caller gave up).
    pub unknown_response_ids: u64,
    /// The last of these problems, described.
    pub last: Option<String>,
}

/// A cheap, cloneable handle on a connection to the app-server.
///
/// The connection lives while a handle does: dropping the last one stops it (and kills the
/// server process it started, if any).
#[derive(Clone)]
pub struct Connection {
    commands: mpsc::Sender<Command>,
    shared: Arc<Shared>,
    request_timeout: Option<Duration>,
    process_id: Option<u32>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("closed", &self.shared.closed.get())
            .finish()
    }
}

/// State shared by the handles, the streams and the connection task.
pub(crate) struct Shared {
    closed: OnceLock<Arc<CloseReason>>,
    errors: Mutex<ProtocolErrors>,
    /// Bytes of notifications that may wait unread in all subscriptions together.
    pub(crate) buffer: Arc<Semaphore>,
    /// The size of `buffer`, in bytes.
    buffer_bytes: usize,
}

impl Shared {
    /// The error for anything that finds the connection closed.
    pub(crate) fn closed_error(&self) -> Error {
        let reason = self.closed.get().cloned().unwrap_or_else(|| {
            Arc::new(CloseReason {
                cause: "the connection was dropped".into(),
                ..Default::default()
            })
        });
        Error::Closed(reason)
    }

    fn record(&self, what: impl FnOnce(&mut ProtocolErrors), description: String) {
        tracing::warn!("{description}");
        if let Ok(mut errors) = self.errors.lock() {
            what(&mut errors);
            errors.last = Some(description);
        }
    }
}

/// What a handle asks of the connection task.
enum Command {
    Request {
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
        reply: ReplySender,
        span: tracing::Span,
    },
    Notify {
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
    },
    Subscribe {
        filter: NotificationFilter,
        sender: mpsc::UnboundedSender<Delivery>,
        registered: oneshot::Sender<()>,
    },
    Shutdown {
        grace: Duration,
        done: oneshot::Sender<Arc<CloseReason>>,
    },
}

type ReplySender = oneshot::Sender<Result<Box<RawValue>>>;

impl Connection {
    /// Starts a connection over `transport`. Needs a tokio runtime.
    pub fn start(transport: Transport, options: ConnectionOptions) -> Connection {
        let shared = Arc::new(Shared {
            closed: OnceLock::new(),
            errors: Mutex::new(ProtocolErrors::default()),
            buffer: Arc::new(Semaphore::new(options.buffer_bytes)),
            buffer_bytes: options.buffer_bytes,
        });
        let (commands, command_rx) = mpsc::channel(256);
        let (lines, line_rx) = mpsc::channel(256);
        let process_id = transport.process.as_ref().and_then(ChildProcess::id);
        let writer = tokio::spawn(write_lines(transport.writer, line_rx, Arc::clone(&shared)));
        let task = ConnectionTask {
            reader: LineReader::new(transport.reader, options.max_line_bytes),
            process: transport.process,
            commands: command_rx,
            lines: Some(lines),
            writer: Some(writer),
            next_id: 0,
            pending: HashMap::new(),
            prune_at: 64,
            subscribers: Vec::new(),
            server_exited: false,
            handler: options.handler,
            shared: Arc::clone(&shared),
        };
        tokio::spawn(task.run());
        Connection {
            commands,
            shared,
            request_timeout: options.request_timeout,
            process_id,
        }
    }

    /// The id of the server process this connection started, if it started one.
    pub fn process_id(&self) -> Option<u32> {
        self.process_id
    }

    /// Sends request `R` and waits for its answer, decoded into `R::Response`.
    ///
    /// Dropping the returned future forgets the request: a late answer is discarded.
    ///
    /// # Errors
    /// [`Error::Rpc`] when the server answers with an error, [`Error::Decode`] when the answer
    /// does not match `R::Response`, [`Error::Timeout`] after the connection's request
    /// timeout, [`Error::Closed`] when the connection closes first.
    pub async fn request<R: Request>(&self, params: R::Params) -> Result<R::Response> {
        self.request_inner::<R>(params, self.request_timeout).await
    }

    /// Like [`Connection::request`], with a timeout for this request alone.
    ///
    /// # Errors
    /// As [`Connection::request`].
    pub async fn request_with_timeout<R: Request>(
        &self,
        params: R::Params,
        timeout: Duration,
    ) -> Result<R::Response> {
        self.request_inner::<R>(params, Some(timeout)).await
    }

    async fn request_inner<R: Request>(
        &self,
        params: R::Params,
        timeout: Option<Duration>,
    ) -> Result<R::Response> {
        let params = encode(R::METHOD, &params)?;
        let raw = self.call(Cow::Borrowed(R::METHOD), params, timeout).await?;
        decode(R::METHOD, &raw)
    }

    /// Sends a request by method name, for methods newer than the pinned schema.
    ///
    /// # Errors
    /// As [`Connection::request`].
    pub async fn request_value(&self, method: &str, params: Value) -> Result<Value> {
        let params = encode(method, &params)?;
        let raw = self
            .call(Cow::Owned(method.to_owned()), params, self.request_timeout)
            .await?;
        decode(method, &raw)
    }

    async fn call(
        &self,
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
        timeout: Option<Duration>,
    ) -> Result<Box<RawValue>> {
        let span = tracing::debug_span!("request", method = %method, id = tracing::field::Empty);
        let started = Instant::now();
        let (reply, answer) = oneshot::channel();
        let name = method.to_string();
        let command = Command::Request {
            method,
            params,
            reply,
            span: span.clone(),
        };
        let exchange = async {
            self.commands
                .send(command)
                .await
                .map_err(|_| self.shared.closed_error())?;
            answer.await.map_err(|_| self.shared.closed_error())?
        };
        // The timeout covers the whole exchange: queueing the request included.
        let exchange = async {
            match timeout {
                Some(after) => {
                    tokio::time::timeout(after, exchange)
                        .await
                        .unwrap_or(Err(Error::Timeout {
                            method: name,
                            after,
                        }))
                }
                None => exchange.await,
            }
        };
        let result = exchange.instrument(span.clone()).await;
        span.in_scope(
            || tracing::debug!(elapsed = ?started.elapsed(), ok = result.is_ok(), "answered"),
        );
        result
    }

    /// Sends notification `N` (no answer).
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn notify<N: Notification>(&self, params: N::Params) -> Result<()> {
        let params = encode(N::METHOD, &params)?;
        self.send_notification(Cow::Borrowed(N::METHOD), params)
            .await
    }

    /// Sends a notification by method name.
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn notify_value(&self, method: &str, params: Value) -> Result<()> {
        let params = encode(method, &params)?;
        self.send_notification(Cow::Owned(method.to_owned()), params)
            .await
    }

    async fn send_notification(
        &self,
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
    ) -> Result<()> {
        self.commands
            .send(Command::Notify { method, params })
            .await
            .map_err(|_| self.shared.closed_error())
    }

    /// Subscribes to the notifications that pass `filter`, from now on.
    ///
    /// When this returns, the subscription is in place: subscribe first, then send the request
    /// that causes the notifications, and none is missed.
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn subscribe(&self, filter: NotificationFilter) -> Result<NotificationStream> {
        // Unbounded in count, bounded in bytes: every item holds permits of the shared budget.
        let (sender, receiver) = mpsc::unbounded_channel();
        let (registered, done) = oneshot::channel();
        self.commands
            .send(Command::Subscribe {
                filter,
                sender,
                registered,
            })
            .await
            .map_err(|_| self.shared.closed_error())?;
        done.await.map_err(|_| self.shared.closed_error())?;
        Ok(NotificationStream::new(receiver, Arc::clone(&self.shared)))
    }

    /// Why the connection closed, once it has.
    pub fn close_reason(&self) -> Option<Arc<CloseReason>> {
        self.shared.closed.get().cloned()
    }

    /// What the server sent that could not be used, so far.
    pub fn protocol_errors(&self) -> ProtocolErrors {
        self.shared
            .errors
            .lock()
            .map(|e| e.clone())
            .unwrap_or_default()
    }

    /// Closes the connection gracefully: stops writing (for a process: closes its stdin),
    /// waits up to `grace` for the server to finish, then kills the process if it still runs.
    /// Returns why the connection closed (with the exit status and stderr tail).
    pub async fn shutdown(&self, grace: Duration) -> Arc<CloseReason> {
        let (done, reason) = oneshot::channel();
        if self
            .commands
            .send(Command::Shutdown { grace, done })
            .await
            .is_ok()
            && let Ok(reason) = reason.await
        {
            return reason;
        }
        match self.shared.closed_error() {
            Error::Closed(reason) => reason,
            _ => Arc::default(),
        }
    }
}

fn encode(method: &str, params: &impl serde::Serialize) -> Result<Option<Box<RawValue>>> {
    let encode_error = |e| Error::Encode {
        method: method.to_owned(),
        source: Arc::new(e),
    };
    let raw = serde_json::value::to_raw_value(params).map_err(encode_error)?;
    // `()` and `None` mean "no params": the member is left out, as the server expects.
    Ok((raw.get() != "null").then_some(raw))
}

fn decode<T: DeserializeOwned>(method: &str, raw: &RawValue) -> Result<T> {
    serde_json::from_str(raw.get()).map_err(|e| Error::Decode {
        method: method.to_owned(),
        source: Arc::new(e),
    })
}

/// A request waiting for its answer.
struct Pending {
    method: Cow<'static, str>,
    reply: ReplySender,
}

/// A subscription as the connection task sees it.
struct Subscriber {
    filter: NotificationFilter,
    sender: mpsc::UnboundedSender<Delivery>,
}

/// The task that owns the reader, the id counter, the pending requests and the subscribers.
struct ConnectionTask {
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
    /// The server process exited while a delivery waited on a full subscription.
    server_exited: bool,
    handler: Option<Arc<dyn ServerRequestHandler>>,
    shared: Arc<Shared>,
}

/// The members of any message from the server, borrowed from its line.
#[derive(Deserialize)]
struct RawIncoming<'a> {
    #[serde(default)]
    id: Option<RequestId>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
    #[serde(borrow, default)]
    result: Option<&'a RawValue>,
    #[serde(default)]
    error: Option<JsonRpcErrorObject>,
    #[serde(rename = "emittedAtMs", default)]
    emitted_at_ms: Option<i64>,
}

/// `threadId` / `turnId` read straight from params that did not decode into their type.
#[derive(Deserialize, Default)]
struct RawIds {
    #[serde(rename = "threadId", default)]
    thread_id: Option<String>,
    #[serde(rename = "turnId", default)]
    turn_id: Option<String>,
}

impl ConnectionTask {
    async fn run(mut self) {
        let cause = loop {
            if self.server_exited {
                break "the server exited while a subscription was full".to_owned();
            }
            tokio::select! {
                // Commands first: a request sent before a burst of notifications goes out
                // before the loop turns to reading.
                biased;
                command = self.commands.recv() => match command {
                    Some(Command::Shutdown { grace, done }) => {
                        let reason = self.shutdown(grace).await;
                        let _ = done.send(reason);
                        return;
                    }
                    Some(command) => self.handle_command(command).await,
                    None => {
                        // Every handle is gone: nobody can use the connection any more.
                        self.shutdown(Duration::from_secs(1)).await;
                        return;
                    }
                },
                event = self.reader.next_line() => match event {
                    Ok(LineEvent::Line(line)) => self.handle_line(&line).await,
                    Ok(LineEvent::TooLong(head)) => self.skip_oversized(&head),
                    Ok(LineEvent::NotUtf8) => {
                        self.shared.record(|e| e.malformed_lines += 1, "skipped a line from the server that is not UTF-8".into());
                    }
                    Ok(LineEvent::Eof) => break "the server closed its output".to_owned(),
                    Err(err) => break format!("reading from the server failed: {err}"),
                },
            }
        };
        self.close(cause).await;
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
        if let Some(pending) = response_id(head).and_then(|id| self.pending.remove(&id)) {
            let _ = pending.reply.send(Err(Error::LineTooLong { limit }));
        }
    }

    async fn handle_command(&mut self, command: Command) {
        match command {
            Command::Request {
                method,
                params,
                reply,
                span,
            } => {
                let id = self.next_id;
                self.next_id += 1;
                span.record("id", id);
                let line = request_line(Some(id), &method, params.as_deref());
                self.sweep_pending();
                self.pending.insert(id, Pending { method, reply });
                self.write(line).await;
            }
            Command::Notify { method, params } => {
                let line = request_line(None, &method, params.as_deref());
                self.write(line).await;
            }
            Command::Subscribe {
                filter,
                sender,
                registered,
            } => {
                self.subscribers.push(Subscriber { filter, sender });
                let _ = registered.send(());
            }
            Command::Shutdown { .. } => {}
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

    async fn handle_line(&mut self, line: &str) {
        let raw: RawIncoming<'_> = match serde_json::from_str(line) {
            Ok(raw) => raw,
            Err(err) => {
                let shown: String = line.chars().take(200).collect();
                self.shared.record(|e| e.malformed_lines += 1, format!("skipped a line from the server that is not a JSON-RPC message ({err}): {shown}"));
                return;
            }
        };
        match (raw.method.as_deref(), raw.id.clone()) {
            (Some(method), Some(id)) => self.handle_server_request(id, method, raw.params).await,
            (Some(method), None) => self.handle_notification(method, &raw, line.len()).await,
            (None, Some(id)) => self.handle_response(id, raw.result, raw.error),
            (None, None) => {
                let shown: String = line.chars().take(200).collect();
                self.shared.record(
                    |e| e.malformed_lines += 1,
                    format!("skipped a message with neither method nor id: {shown}"),
                );
            }
        }
    }

    fn handle_response(
        &mut self,
        id: RequestId,
        result: Option<&RawValue>,
        error: Option<JsonRpcErrorObject>,
    ) {
        let pending = match id {
            RequestId::Int64(n) => self.pending.remove(&n),
            RequestId::String(_) => None,
        };
        let Some(pending) = pending else {
            self.shared.record(
                |e| e.unknown_response_ids += 1,
                format!("the server answered id {id}, which no caller waits for"),
            );
            return;
        };
        let answer = match (error, result) {
            (Some(error), _) => Err(Error::Rpc {
                method: pending.method.to_string(),
                error: Box::new(RpcError::from(error)),
            }),
            (None, Some(result)) => Ok(result.to_owned()),
            // `"result": null` is a result too (serde reads it as `None`).
            (None, None) => Ok(RawValue::NULL.to_owned()),
        };
        let _ = pending.reply.send(answer);
    }

    async fn handle_notification(&mut self, method: &str, raw: &RawIncoming<'_>, bytes: usize) {
        let params = raw.params.map_or("null", RawValue::get);
        let decoded =
            ServerNotification::decode(method, &mut serde_json::Deserializer::from_str(params));
        tracing::trace!(method, "notification");
        match decoded {
            Ok(notification) => {
                let message = ServerNotificationMessage {
                    notification,
                    emitted_at_ms: raw.emitted_at_ms,
                };
                let meta = NotificationMeta {
                    method,
                    thread_id: message.notification.thread_id(),
                    turn_id: message.notification.turn_id(),
                };
                let targets: Vec<usize> = self.matching(&meta);
                self.deliver(targets, Ok(message), bytes).await;
            }
            Err(err) => {
                let ids: RawIds = serde_json::from_str(params).unwrap_or_default();
                let meta = NotificationMeta {
                    method,
                    thread_id: ids.thread_id.as_deref(),
                    turn_id: ids.turn_id.as_deref(),
                };
                let targets = self.matching(&meta);
                self.shared.record(
                    |_| {},
                    format!("the params of notification `{method}` did not decode: {err}"),
                );
                let error = Error::Decode {
                    method: method.to_owned(),
                    source: Arc::new(err),
                };
                self.deliver(targets, Err(error), bytes).await;
            }
        }
    }

    fn matching(&self, meta: &NotificationMeta<'_>) -> Vec<usize> {
        self.subscribers
            .iter()
            .enumerate()
            .filter(|(_, s)| s.filter.accepts(meta))
            .map(|(i, _)| i)
            .collect()
    }

    /// Sends `item`, `bytes` long on the wire, to each target subscriber. Each copy first takes
    /// `bytes` of the shared buffer budget, waiting while the budget is spent (backpressure);
    /// the stream gives the bytes back when the item is read. Subscribers whose stream was
    /// dropped are forgotten. The last target gets `item` itself: one subscriber, no clone.
    async fn deliver(&mut self, targets: Vec<usize>, item: NotificationItem, bytes: usize) {
        // A line larger than the whole budget takes all of it (and waits for all of it).
        let permits = u32::try_from(bytes.clamp(1, self.shared.buffer_bytes)).unwrap_or(u32::MAX);
        let mut gone = Vec::new();
        let last = targets.len().saturating_sub(1);
        let mut item = Some(item);
        for (position, index) in targets.into_iter().enumerate() {
            if self.subscribers[index].sender.is_closed() {
                gone.push(index);
                continue;
            }
            let budget = Arc::clone(&self.shared.buffer);
            // While the budget is spent the server may die: a process is watched meanwhile,
            // so pending requests still learn of it at once.
            let permit = match self.process.as_mut() {
                Some(process) => tokio::select! {
                    permit = budget.acquire_many_owned(permits) => Some(permit.ok()),
                    () = process.exited() => None,
                },
                None => Some(budget.acquire_many_owned(permits).await.ok()),
            };
            let Some(permit) = permit else {
                self.server_exited = true;
                break;
            };
            let copy = if position == last {
                item.take()
            } else {
                item.clone()
            };
            let Some(copy) = copy else { break };
            if self.subscribers[index]
                .sender
                .send(Delivery {
                    item: copy,
                    _permit: permit,
                })
                .is_err()
            {
                gone.push(index);
            }
        }
        for index in gone.into_iter().rev() {
            self.subscribers.swap_remove(index);
        }
    }

    async fn handle_server_request(
        &mut self,
        id: RequestId,
        method: &str,
        params: Option<&RawValue>,
    ) {
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
            (Ok(ServerRequest::Unknown { .. }), _) => Some(RpcError {
                code: ErrorCode::METHOD_NOT_FOUND,
                message: format!("this client does not know the method `{method}`"),
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
            self.write(response_line(&id, Err(error))).await;
            return;
        }
        let (Ok(request), Some(handler), Some(lines)) =
            (decoded, self.handler.clone(), self.lines.clone())
        else {
            return;
        };
        // Each request in its own task: a slow answer holds up nothing else.
        let answer = handler.handle(ServerRequestMessage {
            id: id.clone(),
            request,
        });
        tokio::spawn(async move {
            let line = response_line(&id, answer.await);
            let _ = lines.send(line).await;
        });
    }

    /// Stops writing, waits for the server to finish within `grace`, and closes.
    async fn shutdown(&mut self, grace: Duration) -> Arc<CloseReason> {
        self.lines = None;
        if let Some(writer) = self.writer.take() {
            let _ = tokio::time::timeout(grace, writer).await;
        }
        if let Some(process) = &mut self.process {
            process.wait_or_kill(grace).await;
        }
        self.close("the connection was shut down".to_owned()).await
    }

    /// Records why the connection closed, then lets every waiter and stream see it.
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

/// The id of a response from the first bytes of its line, as the server writes responses:
/// `{"id":7,"result":...` or `{"id":7,"error":...`.
fn response_id(head: &str) -> Option<i64> {
    let rest = head.strip_prefix("{\"id\":")?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let (id, after) = rest.split_at(digits);
    (after.starts_with(",\"result\"") || after.starts_with(",\"error\""))
        .then(|| id.parse().ok())
        .flatten()
}

fn request_line(id: Option<i64>, method: &str, params: Option<&RawValue>) -> String {
    #[derive(serde::Serialize)]
    struct Outgoing<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<i64>,
        method: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        params: Option<&'a RawValue>,
    }
    serde_json::to_string(&Outgoing { id, method, params }).unwrap_or_default()
}

fn response_line(id: &RequestId, answer: std::result::Result<Value, RpcError>) -> String {
    let message = match answer {
        Ok(result) => serde_json::json!({"id": id, "result": result}),
        Err(error) => serde_json::json!({"id": id, "error": JsonRpcErrorObject::from(error)}),
    };
    message.to_string()
}

/// The writer task: writes each line and a `\n`, flushing when no more lines are queued, and
/// closes the stream (the server's stdin) when the connection stops writing.
async fn write_lines(
    writer: Box<dyn AsyncWrite + Send + Unpin>,
    mut lines: mpsc::Receiver<String>,
    shared: Arc<Shared>,
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
            let _ = &shared;
            return;
        }
    }
    let _ = writer.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::response_id;

    #[test]
    fn the_id_of_a_response_is_read_from_the_head_of_its_line() {
        assert_eq!(response_id(r#"{"id":42,"result":{"data":"#), Some(42));
        assert_eq!(response_id(r#"{"id":0,"error":{"code":"#), Some(0));
        assert_eq!(
            response_id(r#"{"id":3,"method":"item/tool/call""#),
            None,
            "a server request"
        );
        assert_eq!(response_id(r#"{"method":"item/agentMessage/delta""#), None);
        assert_eq!(response_id(r#"{"id":"#), None);
    }
}
