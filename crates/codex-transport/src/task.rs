//! The connection task: the one owner of the reader, the writer, the request ids, the
//! pending requests and the subscriptions. Handles talk to it with [`Command`]s.
//!
//! Its loop, commands and end are here; what it makes of each message the server sends is in
//! [`incoming`], and the delivery of notifications to subscribers (batches, the buffer
//! budget) in [`delivery`].

mod delivery;
mod incoming;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::wire;
use codex_protocol::{RequestId, W3cTraceContext};
use serde_json::value::RawValue;
use tokio::sync::{Semaphore, mpsc, oneshot, watch};

use crate::child_process::ChildProcess;
use crate::error::{CloseReason, Result};
use crate::framing::Received;
use crate::messages::MessageReader;
use crate::options::{ConnectionOptions, Direction, MessageTap};
use crate::server_request::ServerRequestHandler;
use crate::shared::Shared;
use crate::subscription::{Batch, NotificationFilter};
use crate::transport::Transport;
use delivery::Subscriber;

/// How long the task lets the server exit by itself once every handle is gone.
pub(crate) const DROP_GRACE: Duration = Duration::from_secs(1);

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
        /// The request's W3C trace context, sent as its `trace` member.
        trace: Option<W3cTraceContext>,
    },
    Notify {
        method: Cow<'static, str>,
        params: Option<Box<RawValue>>,
    },
    Subscribe {
        filter: NotificationFilter,
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

/// Why the task stops.
enum Stop {
    /// A handle asked for a graceful shutdown.
    Shutdown {
        grace: Duration,
        done: oneshot::Sender<Arc<CloseReason>>,
    },
    /// Every handle is gone.
    HandlesGone,
    /// The connection closes, for this cause: the server's output ended or failed, or the
    /// server process exited while the reader was held up.
    Closed(String),
}

/// The task that owns the reader, the id counter, the pending requests and the subscribers.
pub(crate) struct ConnectionTask {
    reader: MessageReader,
    /// The longest message the reader accepts (`ConnectionOptions::max_line_bytes`).
    max_line_bytes: usize,
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
    /// Sees each message read (the written ones on their way to the writer).
    tap: Option<MessageTap>,
}

impl ConnectionTask {
    pub(crate) fn new(
        transport: Transport,
        options: ConnectionOptions,
        commands: mpsc::Receiver<Command>,
        shared: Arc<Shared>,
    ) -> Self {
        let (lines, line_rx) = mpsc::channel(256);
        let line_rx = match &options.tap {
            Some(tap) => tap_written(line_rx, Arc::clone(tap)),
            None => line_rx,
        };
        let writer = transport.writer.spawn(line_rx);
        let mut reader = transport.reader;
        reader.set_max_message_bytes(options.max_line_bytes);
        ConnectionTask {
            reader,
            max_line_bytes: options.max_line_bytes,
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
            tap: options.tap,
        }
    }

    pub(crate) async fn run(mut self) {
        let stop = loop {
            let outcome = tokio::select! {
                // Commands first: a request sent before a burst of notifications goes out
                // before the loop turns to reading.
                biased;
                command = self.commands.recv() => self.handle_command(command).await,
                event = self.reader.next_message() => match event {
                    Ok(Received::Message(line)) => {
                        if let Some(tap) = &self.tap {
                            tap(Direction::Received, &line);
                        }
                        let stop = self.handle_line(&line).await;
                        // Everything read so far is handed over once no whole line is left
                        // to read without waiting.
                        if !self.reader.has_whole_message() {
                            self.flush();
                        }
                        stop
                    }
                    Ok(Received::TooLong(head)) => {
                        self.skip_oversized(&head);
                        None
                    }
                    Ok(Received::NotUtf8) => {
                        self.shared.record(|e| e.malformed_lines += 1, "skipped a line from the server that is not UTF-8".into());
                        None
                    }
                    Ok(Received::Eof) => Some(Stop::Closed("the server closed its output".to_owned())),
                    Err(err) => Some(Stop::Closed(format!("reading from the server failed: {err}"))),
                },
            };
            if let Some(stop) = outcome {
                break stop;
            }
        };
        match stop {
            Stop::Shutdown { grace, done } => {
                let reason = self.shutdown(grace).await;
                let _ = done.send(reason);
            }
            Stop::HandlesGone => {
                self.shutdown(DROP_GRACE).await;
            }
            Stop::Closed(cause) => {
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
                trace,
            } => {
                let id = self.next_id;
                self.next_id += 1;
                span.record("id", id);
                let line = wire::encode_request(
                    &RequestId::Int64(id),
                    &method,
                    params.as_deref(),
                    trace.as_ref(),
                );
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

    /// Stops the handlers and writing, waits for the server to finish within `grace`, and
    /// closes.
    async fn shutdown(&mut self, grace: Duration) -> Arc<CloseReason> {
        self.handlers_stop.send_replace(true);
        self.lines = None;
        if let Some(writer) = self.writer.take() {
            // The server is read meanwhile, its messages dropped: a WebSocket's writer waits
            // for the server's answer to its close, which only reading sees.
            let drain = async {
                while !matches!(self.reader.next_message().await, Ok(Received::Eof) | Err(_)) {}
                std::future::pending::<()>().await;
            };
            let ended = async {
                tokio::select! {
                    _ = writer => {}
                    () = drain => {}
                }
            };
            let _ = tokio::time::timeout(grace, ended).await;
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

/// `lines` as the writer takes them, each shown to `tap` on its way: a task in between that
/// ends (closing the writer's channel) when every sender of `lines` is gone.
fn tap_written(mut lines: mpsc::Receiver<String>, tap: MessageTap) -> mpsc::Receiver<String> {
    let (to_writer, writer_rx) = mpsc::channel(1);
    tokio::spawn(async move {
        while let Some(line) = lines.recv().await {
            tap(Direction::Sent, &line);
            if to_writer.send(line).await.is_err() {
                return;
            }
        }
    });
    writer_rx
}
