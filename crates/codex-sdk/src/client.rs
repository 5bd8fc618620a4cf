//! `Codex`: one connection to an app-server, after the handshake, and everything that is not
//! about one thread.

use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use codex_protocol::{
    InitializeResponse, Model, ModelListParams, Request, ThreadArchiveParams, ThreadForkParams,
    ThreadForkResponse, ThreadListParams, ThreadResumeParams, ThreadResumeResponse,
    ThreadStartParams, ThreadStartResponse, ThreadUnarchiveParams, requests,
};
use codex_transport::{Connection, NotificationFilter, NotificationStream};
use futures_core::Stream;

use crate::approval::ApprovalMode;
use crate::boxed::Boxed;
use crate::dispatch::InFlight;
use crate::error::{Error, Result};
use crate::limits::TurnLimits;
use crate::link::{ConnectionState, Link, SentApprovals};
use crate::thread::Thread;
use crate::tools::{Tool, ToolRegistry};
use crate::{ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions};

/// How long `close()` lets the server exit by itself before killing it.
pub(crate) const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// What every clone of a [`Codex`] shares.
pub(crate) struct Inner {
    /// The connection now (a new one after each reconnect) and the threads it hears.
    pub(crate) link: Arc<Link>,
    pub(crate) metadata: InitializeResponse,
    pub(crate) server_version: Option<String>,
    pub(crate) tools: Arc<ToolRegistry>,
    pub(crate) default_mode: Option<ApprovalMode>,
    pub(crate) turn_limits: TurnLimits,
    pub(crate) in_flight: Arc<InFlight>,
    pub(crate) warnings: crate::warnings::Warnings,
    /// The local daemon this client joined or started, when it did.
    pub(crate) daemon: Option<crate::daemon::Daemon>,
    /// [`Codex::close`] was called: a reconnect would undo it.
    pub(crate) closing: AtomicBool,
}

/// A connection to a Codex app-server, after the handshake. Cheap to clone; the server stops
/// when the last clone (and every [`Thread`] and turn of it) is dropped, or at
/// [`close`](Codex::close).
///
/// ```no_run
/// # async fn demo() -> codex_sdk::Result<()> {
/// use codex_sdk::Codex;
///
/// let codex = Codex::start().await?;
/// let thread = codex.thread_start(None).await?;
/// let result = thread.run("Say hello in one word.").await?;
/// println!("{}", result.final_response.unwrap_or_default());
/// codex.close().await;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Codex {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Codex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Codex")
            .field("server_version", &self.inner.server_version)
            .finish_non_exhaustive()
    }
}

impl Codex {
    /// The server's answer to `initialize`: user agent, `CODEX_HOME`, platform.
    pub fn metadata(&self) -> &InitializeResponse {
        &self.inner.metadata
    }

    /// The server's version, read from its user agent (`0.169.0`).
    pub fn server_version(&self) -> Option<&str> {
        self.inner.server_version.as_deref()
    }

    /// The local daemon this client is connected to, and whether it was running or this
    /// client started it; `None` for any other server
    /// ([`CodexBuilder::connect_daemon`](crate::CodexBuilder::connect_daemon)).
    pub fn daemon(&self) -> Option<&crate::daemon::Daemon> {
        self.inner.daemon.as_ref()
    }

    /// The warnings the server sent about its configuration (`configWarning`), at start-up
    /// and since (the first 64); each was also logged with `tracing` at warn level.
    pub fn warnings(&self) -> Vec<codex_protocol::ConfigWarningNotification> {
        self.inner.warnings.all()
    }

    /// The connection underneath, for requests this API does not wrap: the one in use now
    /// (after a reconnect, a new one; see [`CodexBuilder::reconnect`](crate::CodexBuilder::reconnect)).
    pub fn connection(&self) -> Connection {
        self.inner.link.connection()
    }

    /// Where the connection stands: connected (and how many times it reconnected),
    /// reconnecting, or closed for good (and why).
    pub fn connection_state(&self) -> ConnectionState {
        self.inner.link.state()
    }

    /// Every change of [`connection_state`](Self::connection_state) from now on, to wait on
    /// (`changed().await`); the sender lives as long as the client, and the state ends at
    /// `Closed` when its connection ends for good.
    pub fn connection_changes(&self) -> tokio::sync::watch::Receiver<ConnectionState> {
        self.inner.link.watch()
    }

    /// Sends any typed request (a marker of [`codex_protocol::requests`]), exactly as given:
    /// unlike [`Codex::rpc`] and the thread methods, it fills in no approval policy (the
    /// server's configured one applies, and requests that reach this client are still
    /// answered by its approval handler, which declines by default).
    ///
    /// # Errors
    /// The server's JSON-RPC error, mapped as [`Error`] describes, or a transport error.
    pub async fn request<R: Request>(&self, params: R::Params) -> Result<R::Response> {
        self.request_on::<R>(params, None).await
    }

    /// Like [`Codex::request`], with a timeout for this request alone (for the requests that
    /// run long, such as `command/exec`).
    ///
    /// # Errors
    /// As [`Codex::request`].
    pub async fn request_with_timeout<R: Request>(
        &self,
        params: R::Params,
        timeout: Duration,
    ) -> Result<R::Response> {
        self.request_on::<R>(params, Some(timeout)).await
    }

    /// Sends `params` on the connection in use (waiting out a reconnect), and notes a thread
    /// the answer makes this connection hear.
    async fn request_on<R: Request>(
        &self,
        params: R::Params,
        timeout: Option<Duration>,
    ) -> Result<R::Response> {
        let approvals = sent_approvals(&params);
        let (connection, generation) = self.inner.link.ready().await;
        let response = match timeout {
            Some(timeout) => {
                connection
                    .request_with_timeout::<R>(params, timeout)
                    .await?
            }
            None => connection.request::<R>(params).await?,
        };
        if let (Some(approvals), Some(thread_id)) = (approvals, listened_thread(&response)) {
            self.inner.link.listen(generation, thread_id, approvals);
        }
        Ok(response)
    }

    /// Fills an approval policy the params leave unset from this client's approval mode (every
    /// path that starts or continues a thread or turn goes through here: fail closed).
    pub(crate) fn fill_approvals(
        &self,
        policy: &mut Option<codex_protocol::AskForApproval>,
        reviewer: &mut Option<codex_protocol::ApprovalsReviewer>,
    ) {
        ApprovalMode::fill(self.inner.default_mode, policy, reviewer);
    }

    /// Stops the server: closes its input, waits up to two seconds for it to exit, then kills
    /// it. Every pending call and open stream ends with [`Error::Closed`]; approvals still
    /// waiting on the handler are dropped unanswered (the server exits on its input's end).
    pub async fn close(&self) {
        self.inner.closing.store(true, Ordering::SeqCst);
        self.connection().shutdown(CLOSE_GRACE).await;
        self.inner.tools.clear();
    }

    /// Starts a thread: `thread_start(None)` with the server's defaults, or
    /// `thread_start(ThreadStartOptions::new().model(..))`.
    ///
    /// Unless the options set `approval_policy`, the thread gets the client's default
    /// [`ApprovalMode`]: `AskClient` when the builder was given an approval handler,
    /// `DenyAll` otherwise, or what [`CodexBuilder::default_approval_mode`](crate::CodexBuilder::default_approval_mode) chose.
    ///
    /// # Errors
    /// The server's error, e.g. an unknown model.
    pub async fn thread_start(
        &self,
        options: impl Into<Option<ThreadStartOptions>>,
    ) -> Result<Thread> {
        self.thread_start_with_tools(options, Vec::new()).await
    }

    /// Starts a thread with dynamic tools the model can call (experimental API: build the
    /// client with `experimental_api(true)`).
    ///
    /// # Errors
    /// [`Error::DuplicateTool`] when two tools share a name; the server's error otherwise
    /// ([`Error::Rpc`] of kind [`RpcErrorKind::InvalidRequest`](crate::RpcErrorKind::InvalidRequest)
    /// without the experimental API).
    pub async fn thread_start_with_tools(
        &self,
        options: impl Into<Option<ThreadStartOptions>>,
        tools: Vec<Tool>,
    ) -> Result<Thread> {
        self.start_thread(options.into(), tools).await
    }

    /// [`thread_start_with_tools`](Self::thread_start_with_tools) without its generic
    /// argument, its body boxed once (see `boxed`).
    fn start_thread(
        &self,
        options: Option<ThreadStartOptions>,
        tools: Vec<Tool>,
    ) -> Boxed<'_, Result<Thread>> {
        Box::pin(self.start_thread_unboxed(options, tools))
    }

    /// [`start_thread`](Self::start_thread)'s body.
    async fn start_thread_unboxed(
        &self,
        options: Option<ThreadStartOptions>,
        tools: Vec<Tool>,
    ) -> Result<Thread> {
        let mut params = options.unwrap_or_default().into_params();
        self.fill_approvals(&mut params.approval_policy, &mut params.approvals_reviewer);
        check_unique(&tools)?;
        if !tools.is_empty() {
            let mut specs = params.dynamic_tools.take().unwrap_or_default();
            specs.extend(tools.iter().map(Tool::spec));
            params.dynamic_tools = Some(specs);
        }
        let response = self.request::<requests::ThreadStart>(params).await?;
        Ok(self
            .thread_with_tools(response.thread.id, &tools)
            .with_model(response.model))
    }

    /// A handle on a thread the server just answered for, its `tools` answered here.
    fn thread_with_tools(&self, id: String, tools: &[Tool]) -> Thread {
        let thread = Thread::new(self.clone(), id);
        self.inner.tools.register(thread.id(), tools);
        thread
    }

    /// A handle on an existing thread, without a request: for a thread loaded on this server
    /// (started or resumed by this client, or by another client of a shared server such as
    /// the daemon); for a stored thread that is not loaded, [`thread_resume`](Codex::thread_resume).
    ///
    /// The server sends a thread's events only to the connections that started, resumed or
    /// forked it: the first turn of a handle on a thread this client did not, resumes it
    /// (`thread/resume` with no overrides) so that its events come here too. A thread loaded
    /// elsewhere that has no turn yet cannot be resumed (the server stores a thread with its
    /// first turn): that turn fails with the server's error instead of waiting.
    ///
    /// The thread's stored approval policy is not trusted: every turn of this handle sends
    /// the client's default [`ApprovalMode`] (unless its options set a policy).
    pub fn thread(&self, id: impl Into<String>) -> Thread {
        Thread::bound(self.clone(), id.into(), self.inner.default_mode)
    }

    /// The connection to start a turn of `thread_id` on, made sure to hear the thread: it
    /// resumes the thread (no overrides: each turn carries its own approval policy) unless
    /// this connection started, resumed or forked it (by any path, see `request_on`).
    pub(crate) async fn listening_connection(&self, thread_id: &str) -> Result<Connection> {
        let (connection, generation) = self.inner.link.ready().await;
        if !self.inner.link.hears(generation, thread_id) {
            let params = ThreadResumeParams::new(thread_id.to_owned());
            connection.request::<requests::ThreadResume>(params).await?;
            let approvals = SentApprovals::default();
            self.inner.link.listen(generation, thread_id, approvals);
        }
        Ok(connection)
    }

    /// Notes the approvals a turn of `thread_id` sent, which the server keeps for the turns
    /// after it (and a reconnect sends again).
    pub(crate) fn note_turn_approvals(&self, thread_id: &str, approvals: SentApprovals) {
        self.inner.link.note_turn_approvals(thread_id, approvals);
    }

    /// Loads a stored thread (from this or an earlier server) and continues it, with the
    /// client's default [`ApprovalMode`] unless the options set a policy (a stored policy is
    /// never inherited silently). Options are `None` for the defaults.
    ///
    /// # Errors
    /// The server's error, e.g. no such thread.
    pub async fn thread_resume(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadResumeOptions>>,
    ) -> Result<Thread> {
        self.thread_resume_with_tools(id, options, Vec::new()).await
    }

    /// Resumes a thread that was started with tools in another process (or whose client
    /// closed): the server remembers the tools it offers the model, and `tools` are the
    /// functions that answer them here. Tools this client registered on the thread stay.
    ///
    /// # Errors
    /// [`Error::DuplicateTool`] when two tools share a name; the server's error otherwise.
    pub async fn thread_resume_with_tools(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadResumeOptions>>,
        tools: Vec<Tool>,
    ) -> Result<Thread> {
        check_unique(&tools)?;
        let mut params = options.into().unwrap_or_default().into_params(id.into());
        self.fill_approvals(&mut params.approval_policy, &mut params.approvals_reviewer);
        let response = self.request::<requests::ThreadResume>(params).await?;
        Ok(self
            .thread_with_tools(response.thread.id, &tools)
            .with_model(response.model))
    }

    /// Copies a thread into a new one, with the client's default [`ApprovalMode`] unless the
    /// options (`None` for the defaults) set a policy. The tools this client registered on the source answer in the
    /// fork too.
    ///
    /// # Errors
    /// The server's error, e.g. no such thread.
    pub async fn thread_fork(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadForkOptions>>,
    ) -> Result<Thread> {
        let source = id.into();
        let mut params = options
            .into()
            .unwrap_or_default()
            .into_params(source.clone());
        self.fill_approvals(&mut params.approval_policy, &mut params.approvals_reviewer);
        let response = self.request::<requests::ThreadFork>(params).await?;
        // The fork keeps the source's tools on the server; it keeps their functions here.
        let tools = self.inner.tools.of(&source);
        Ok(self
            .thread_with_tools(response.thread.id, &tools)
            .with_model(response.model))
    }

    /// Archives a thread (it leaves the default `thread/list`).
    ///
    /// # Errors
    /// The server's error, e.g. no such thread.
    pub async fn thread_archive(&self, id: impl Into<String>) -> Result<()> {
        let id = id.into();
        self.request::<requests::ThreadArchive>(ThreadArchiveParams::new(id.clone()))
            .await?;
        // No turn of an archived thread calls its tools: their functions can go.
        self.inner.tools.forget(&id);
        Ok(())
    }

    /// Brings an archived thread back.
    ///
    /// # Errors
    /// The server's error, e.g. no such thread.
    pub async fn thread_unarchive(&self, id: impl Into<String>) -> Result<Thread> {
        let response = self
            .request::<requests::ThreadUnarchive>(ThreadUnarchiveParams::new(id))
            .await?;
        Ok(Thread::new(self.clone(), response.thread.id))
    }

    /// Every stored thread that matches `params`, all pages, as a stream (the next page is
    /// asked for when the current one is used up).
    pub fn thread_list(
        &self,
        params: ThreadListParams,
    ) -> impl Stream<Item = Result<codex_protocol::Thread>> + Send + 'static {
        crate::paging::all_pages::<requests::ThreadList>(self.clone(), params)
    }

    /// The models the server offers (every page).
    ///
    /// # Errors
    /// The server's error.
    pub async fn models(&self) -> Result<Vec<Model>> {
        self.models_with(false).await
    }

    /// The models the server offers, every page, with the hidden ones (models the picker does
    /// not show) when `include_hidden` is set.
    ///
    /// # Errors
    /// The server's error.
    pub async fn models_with(&self, include_hidden: bool) -> Result<Vec<Model>> {
        let params = ModelListParams::new().with_include_hidden(include_hidden);
        let pages = crate::paging::all_pages::<requests::ModelList>(self.clone(), params);
        futures_util::StreamExt::collect::<Vec<_>>(pages)
            .await
            .into_iter()
            .collect()
    }

    /// Subscribes to this connection's notifications that pass `filter` (for events outside
    /// turns: account, config, MCP status, ...).
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn subscribe(&self, filter: NotificationFilter) -> Result<NotificationStream> {
        let (connection, _) = self.inner.link.ready().await;
        Ok(connection.subscribe(filter).await?)
    }
}

impl crate::paging::PageSource for Codex {
    async fn ask<M: crate::paging::Paged>(&self, params: M::Params) -> Result<M::Response> {
        self.request::<M>(params).await
    }
}

/// The approvals sent in the params of `thread/start`, `thread/resume` or `thread/fork`
/// (whichever way they are sent, `rpc()` too); `None` for every other request.
fn sent_approvals(params: &dyn Any) -> Option<SentApprovals> {
    let (policy, reviewer) = if let Some(start) = params.downcast_ref::<ThreadStartParams>() {
        (&start.approval_policy, &start.approvals_reviewer)
    } else if let Some(resume) = params.downcast_ref::<ThreadResumeParams>() {
        (&resume.approval_policy, &resume.approvals_reviewer)
    } else if let Some(fork) = params.downcast_ref::<ThreadForkParams>() {
        (&fork.approval_policy, &fork.approvals_reviewer)
    } else {
        return None;
    };
    Some(SentApprovals {
        policy: policy.clone(),
        reviewer: reviewer.clone(),
    })
}

/// The thread of an answer to `thread/start`, `thread/resume` or `thread/fork`: the server
/// now sends its events to the connection that asked.
fn listened_thread(response: &dyn Any) -> Option<&str> {
    let thread = if let Some(started) = response.downcast_ref::<ThreadStartResponse>() {
        &started.thread
    } else if let Some(resumed) = response.downcast_ref::<ThreadResumeResponse>() {
        &resumed.thread
    } else if let Some(forked) = response.downcast_ref::<ThreadForkResponse>() {
        &forked.thread
    } else {
        return None;
    };
    Some(&thread.id)
}

/// [`Error::DuplicateTool`] when two of `tools` share a name.
fn check_unique(tools: &[Tool]) -> Result<()> {
    let mut names = std::collections::HashSet::new();
    match tools.iter().find(|t| !names.insert(t.name())) {
        Some(duplicate) => Err(Error::DuplicateTool(duplicate.name().to_owned())),
        None => Ok(()),
    }
}
