//! `Connection`: the cheap cloneable handle callers hold; everything it asks goes to the
//! connection task (`task.rs`) as a [`Command`].

use std::borrow::Cow;
use std::sync::Arc;
use std::time::{Duration, Instant};

use codex_protocol::{Notification, Request};
use serde_json::Value;
use serde_json::value::RawValue;
use tokio::sync::{mpsc, oneshot};
use tracing::Instrument;

use crate::error::{CloseReason, Error, Result};
use crate::options::{ConnectionOptions, TraceContextSource};
use crate::process_group::Signal;
use crate::shared::{ProtocolErrors, Shared};
use crate::subscription::{NotificationFilter, NotificationStream};
use crate::task::{AnswerHook, Command, ConnectionTask};
use crate::transport::Transport;

/// How much longer than its grace period `shutdown` waits for the connection task before it
/// kills the server itself: the task may be stuck writing to a server that stopped reading.
/// Covers the task's own SIGTERM wait.
const SHUTDOWN_MARGIN: Duration = Duration::from_secs(2);

/// A cheap, cloneable handle on a connection to the app-server.
///
/// The connection lives while a handle does: dropping the last one stops it (and ends the
/// server process it started, if any).
#[derive(Clone)]
pub struct Connection {
    commands: mpsc::Sender<Command>,
    shared: Arc<Shared>,
    request_timeout: Option<Duration>,
    trace_context: Option<TraceContextSource>,
    /// Kills the server if the connection task has not stopped it soon after the last handle
    /// is gone.
    _last_handle: Arc<LastHandle>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("closed", &self.shared.closed.get())
            .field("process_id", &self.shared.process_id)
            .finish()
    }
}

/// Dropped with the last handle: gives the connection task its grace period to stop the
/// server, then kills the server's process group if the task could not (it may be stuck
/// writing to a server that stopped reading).
struct LastHandle {
    shared: Arc<Shared>,
}

impl Drop for LastHandle {
    fn drop(&mut self) {
        if self.shared.closed.get().is_some() || self.shared.process_id.is_none() {
            return;
        }
        let shared = Arc::clone(&self.shared);
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                tokio::time::sleep(crate::task::DROP_GRACE + SHUTDOWN_MARGIN).await;
                if shared.closed.get().is_none() {
                    shared.kill_server();
                }
            });
        } else if let Some(group) = &shared.process_group {
            // No runtime to wait on: the task will not run again either. Ask the server to
            // exit (it then ends its commands); a SIGKILL would leave their children behind.
            group.signal(Signal::Term);
        }
    }
}

impl Connection {
    /// Starts a connection over `transport`. Needs a tokio runtime.
    pub fn start(transport: Transport, options: ConnectionOptions) -> Connection {
        let shared = Arc::new(Shared::new(&transport, &options));
        let (commands, command_rx) = mpsc::channel(256);
        let request_timeout = options.request_timeout;
        let trace_context = options.trace_context.clone();
        tokio::spawn(
            ConnectionTask::new(transport, options, command_rx, Arc::clone(&shared)).run(),
        );
        Connection {
            commands,
            _last_handle: Arc::new(LastHandle {
                shared: Arc::clone(&shared),
            }),
            shared,
            request_timeout,
            trace_context,
        }
    }

    /// The id of the server process this connection started, if it started one.
    pub fn process_id(&self) -> Option<u32> {
        self.shared.process_id
    }

    /// The budget of unread notifications, in bytes
    /// ([`ConnectionOptions::buffer_bytes`](crate::ConnectionOptions::buffer_bytes)).
    pub fn buffer_bytes(&self) -> usize {
        self.shared.buffer_bytes
    }

    /// Sends request `R` and waits for its answer, decoded into `R::Response`.
    ///
    /// Dropping the returned future forgets the request: a late answer is discarded.
    ///
    /// # Errors
    /// [`Error::Rpc`] when the server answers with an error, [`Error::Decode`] when the answer
    /// does not match `R::Response` (or is not a well-formed answer at all), [`Error::Timeout`]
    /// after the connection's request timeout, [`Error::Closed`] when the connection closes
    /// first.
    pub async fn request<R: Request>(&self, params: R::Params) -> Result<R::Response> {
        self.call(
            R::METHOD.into(),
            &params,
            R::decode_response,
            self.request_timeout,
            None,
        )
        .await
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
        self.call(
            R::METHOD.into(),
            &params,
            R::decode_response,
            Some(timeout),
            None,
        )
        .await
    }

    /// Like [`Connection::request`], and runs `on_answer` on the decoded answer inside the
    /// connection's task, before it reads anything the server sent after the answer. Use it
    /// for state that the following notifications depend on (the turn id a subscription
    /// waits for, say), which would otherwise race with them.
    ///
    /// `on_answer` must be quick; a panic in it is caught and logged.
    ///
    /// # Errors
    /// As [`Connection::request`].
    pub async fn request_with_hook<R: Request>(
        &self,
        params: R::Params,
        on_answer: impl FnOnce(&R::Response) + Send + 'static,
    ) -> Result<R::Response> {
        let hook: AnswerHook = Box::new(move |raw: &RawValue| {
            if let Ok(response) = R::decode_response(raw.get()) {
                on_answer(&response);
            }
        });
        self.call(
            R::METHOD.into(),
            &params,
            R::decode_response,
            self.request_timeout,
            Some(hook),
        )
        .await
    }

    /// Sends request `R` without waiting: the answer, when it comes, is discarded. Does not
    /// wait either to queue the request, so it works where nothing can be awaited (in `Drop`).
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed; [`Error::Timeout`] (after zero
    /// seconds) when the connection's queue is full.
    pub fn request_detached<R: Request>(&self, params: R::Params) -> Result<()> {
        let params = encode(R::METHOD, &params)?;
        let (reply, _) = oneshot::channel();
        let command = Command::Request {
            method: Cow::Borrowed(R::METHOD),
            params,
            reply,
            hook: None,
            span: tracing::Span::none(),
            trace: None,
        };
        self.commands.try_send(command).map_err(|err| match err {
            mpsc::error::TrySendError::Full(_) => Error::Timeout {
                method: R::METHOD.to_owned(),
                after: Duration::ZERO,
            },
            mpsc::error::TrySendError::Closed(_) => self.shared.closed_error(),
        })
    }

    /// Sends a request by method name, for methods newer than the pinned schema.
    ///
    /// # Errors
    /// As [`Connection::request`].
    pub async fn request_value(&self, method: &str, params: Value) -> Result<Value> {
        let method = Cow::Owned(method.to_owned());
        self.call(
            method,
            &params,
            |json| serde_json::from_str(json),
            self.request_timeout,
            None,
        )
        .await
    }

    /// Sends a request with `params` and decodes its answer with `decode`, all within
    /// `timeout`. A typed request passes its `Request::decode_response`, compiled once in
    /// codex-protocol, so the answer's types are not compiled again here.
    async fn call<T>(
        &self,
        method: Cow<'static, str>,
        params: &impl serde::Serialize,
        decode: fn(&str) -> serde_json::Result<T>,
        timeout: Option<Duration>,
        hook: Option<AnswerHook>,
    ) -> Result<T> {
        let params = encode(&method, params)?;
        let span = tracing::debug_span!("request", method = %method, id = tracing::field::Empty);
        // The request span's context; when no layer that knows contexts records it (it is
        // off, or filtered out for that layer only), the caller's.
        let trace = self
            .trace_context
            .as_ref()
            .and_then(|source| span.in_scope(|| source()).or_else(|| source()));
        let started = Instant::now();
        let (reply, answer) = oneshot::channel();
        let name = method.clone();
        let command = Command::Request {
            method,
            params,
            reply,
            hook,
            span: span.clone(),
            trace,
        };
        let exchange = async {
            self.send(command).await?;
            answer.await.map_err(|_| self.shared.closed_error())?
        };
        // The timeout covers the whole exchange: queueing the request included.
        let exchange = async {
            match timeout {
                Some(after) => tokio::time::timeout(after, exchange)
                    .await
                    .unwrap_or_else(|_| {
                        Err(Error::Timeout {
                            method: name.to_string(),
                            after,
                        })
                    }),
                None => exchange.await,
            }
        };
        let result = exchange.instrument(span.clone()).await;
        span.in_scope(
            || tracing::debug!(elapsed = ?started.elapsed(), ok = result.is_ok(), "answered"),
        );
        let raw = result?;
        decode(raw.get()).map_err(|e| Error::decode(&name, e, Some(raw.get())))
    }

    /// Sends notification `N` (no answer).
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn notify<N: Notification>(&self, params: N::Params) -> Result<()> {
        let method = Cow::Borrowed(N::METHOD);
        let params = encode(N::METHOD, &params)?;
        self.send(Command::Notify { method, params }).await
    }

    /// Sends a notification by method name.
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn notify_value(&self, method: &str, params: Value) -> Result<()> {
        let params = encode(method, &params)?;
        let method = Cow::Owned(method.to_owned());
        self.send(Command::Notify { method, params }).await
    }

    /// Hands `command` to the connection task; the connection's close when it has ended.
    async fn send(&self, command: Command) -> Result<()> {
        self.commands
            .send(command)
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
        // No need to wait for the task to take it: commands are carried out in order, each
        // before the task reads another line, so the subscription is in place before any
        // request sent after this returns, and before any line read after it.
        self.send(Command::Subscribe { filter, sender }).await?;
        Ok(NotificationStream::new(receiver, Arc::clone(&self.shared)))
    }

    /// Why the connection closed, once it has.
    pub fn close_reason(&self) -> Option<Arc<CloseReason>> {
        self.shared.closed.get().cloned()
    }

    /// Resolves once the connection has closed, with why. The future holds no handle, so it
    /// does not keep the connection open: a supervisor can wait on it while the last handle
    /// is dropped elsewhere (which closes the connection and resolves it).
    pub fn closed(&self) -> impl std::future::Future<Output = Arc<CloseReason>> + Send + use<> {
        let shared = Arc::clone(&self.shared);
        async move {
            let mut closed = shared.closed_signal.subscribe();
            // The sender lives in `shared`, held here: the wait ends only when it turns true.
            let _ = closed.wait_for(|closed| *closed).await;
            match shared.closed_error() {
                Error::Closed(reason) => reason,
                _ => Arc::default(),
            }
        }
    }

    /// What the server sent that could not be used, so far.
    pub fn protocol_errors(&self) -> ProtocolErrors {
        self.shared
            .errors
            .lock()
            .map(|e| e.clone())
            .unwrap_or_default()
    }

    /// Closes the connection gracefully: drops the server-request handlers still running
    /// (their requests stay unanswered), stops writing (for a process: closes its stdin),
    /// waits up to `grace` for the server to finish, then sends it SIGTERM, and SIGKILL a
    /// second later if it still runs (each to its whole process group). Returns why the
    /// connection closed (with the exit status and stderr tail).
    ///
    /// Ends within `grace` plus about two seconds whatever state the connection is in: with
    /// every stream full, or stuck writing to a server that stopped reading.
    pub async fn shutdown(&self, grace: Duration) -> Arc<CloseReason> {
        if let Some(reason) = self.shared.closed.get() {
            return Arc::clone(reason);
        }
        let (done, reason) = oneshot::channel();
        let asked = async {
            self.commands
                .send(Command::Shutdown { grace, done })
                .await
                .ok()?;
            reason.await.ok()
        };
        if let Ok(Some(reason)) = tokio::time::timeout(grace + SHUTDOWN_MARGIN, asked).await {
            return reason;
        }
        // The task did not answer in time: end the server from here, which also unblocks the
        // task (its writes fail, its reads end), and give it a moment to record why. (Only a
        // server not yet reaped is signalled: once reaped, its process group id may belong to
        // someone else. The task may have reaped it without having recorded the close yet.)
        self.shared.kill_server();
        let mut closed = self.shared.closed_signal.subscribe();
        let _ = tokio::time::timeout(SHUTDOWN_MARGIN, closed.wait_for(|c| *c)).await;
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
