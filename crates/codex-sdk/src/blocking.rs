//! A blocking API for programs that are not async: the same client, run on a runtime of its
//! own. Do not use it from inside an async runtime (use the async API there).
//!
//! ```no_run
//! use codex_sdk::blocking::Codex;
//!
//! let codex = Codex::start()?;
//! let thread = codex.thread_start(None)?;
//! let result = thread.run("Say hello in one word.")?;
//! println!("{}", result.final_response.unwrap_or_default());
//! # Ok::<(), codex_sdk::Error>(())
//! ```

use std::sync::Arc;
use std::time::Duration;

use codex_protocol::{
    AccountLoginCompletedNotification, GetAccountResponse, InitializeResponse, Model,
    ServerNotification, ThreadGoal, ThreadListParams, ThreadReadResponse,
};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use tokio::runtime::Runtime;

use crate::error::{Error, Result};
use crate::events::{TextKind, TurnEvent};
use crate::input::Input;
use crate::turn::TurnResult;
use crate::{
    CodexBuilder, ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions, TurnOptions,
};

fn runtime() -> Result<Arc<Runtime>> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("codex-sdk")
        .enable_all()
        .build()
        .map(Arc::new)
        .map_err(|err| Error::Transport(codex_transport::Error::Io(Arc::new(err))))
}

/// A blocking [`crate::Codex`]. The server stops at [`close`](Codex::close), or when the last
/// handle (this, its threads and turns) is dropped.
#[derive(Debug)]
pub struct Codex {
    // Declared first so it drops first: the connection ends before the runtime does.
    inner: crate::Codex,
    runtime: Arc<Runtime>,
}

impl Codex {
    /// Starts `codex app-server` with the defaults and does the handshake.
    ///
    /// # Errors
    /// As [`CodexBuilder::start`].
    pub fn start() -> Result<Codex> {
        Codex::from_builder(crate::Codex::builder())
    }

    /// Starts (or joins) the server `builder` describes.
    ///
    /// # Errors
    /// As [`CodexBuilder::start`].
    pub fn from_builder(builder: CodexBuilder) -> Result<Codex> {
        let runtime = runtime()?;
        let inner = runtime.block_on(builder.start())?;
        Ok(Codex { inner, runtime })
    }

    /// The async client underneath.
    pub fn as_async(&self) -> &crate::Codex {
        &self.inner
    }

    /// The server's answer to `initialize`.
    pub fn metadata(&self) -> &InitializeResponse {
        self.inner.metadata()
    }

    /// The server's version.
    pub fn server_version(&self) -> Option<&str> {
        self.inner.server_version()
    }

    /// Stops the server (see [`crate::Codex::close`]).
    pub fn close(&self) {
        self.runtime.block_on(self.inner.close());
    }

    fn thread_of(&self, inner: crate::Thread) -> Thread {
        Thread {
            inner,
            runtime: Arc::clone(&self.runtime),
        }
    }

    /// Starts a thread.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_start`].
    pub fn thread_start(&self, options: impl Into<Option<ThreadStartOptions>>) -> Result<Thread> {
        let thread = self.runtime.block_on(self.inner.thread_start(options))?;
        Ok(self.thread_of(thread))
    }

    /// A handle on a loaded thread, without a request.
    pub fn thread(&self, id: impl Into<String>) -> Thread {
        self.thread_of(self.inner.thread(id))
    }

    /// Loads a stored thread and continues it.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_resume`].
    pub fn thread_resume(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadResumeOptions>>,
    ) -> Result<Thread> {
        let thread = self
            .runtime
            .block_on(self.inner.thread_resume(id, options))?;
        Ok(self.thread_of(thread))
    }

    /// Copies a thread into a new one.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_fork`].
    pub fn thread_fork(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadForkOptions>>,
    ) -> Result<Thread> {
        let thread = self.runtime.block_on(self.inner.thread_fork(id, options))?;
        Ok(self.thread_of(thread))
    }

    /// Archives a thread.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_archive`].
    pub fn thread_archive(&self, id: impl Into<String>) -> Result<()> {
        self.runtime.block_on(self.inner.thread_archive(id))
    }

    /// Brings an archived thread back.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_unarchive`].
    pub fn thread_unarchive(&self, id: impl Into<String>) -> Result<Thread> {
        let thread = self.runtime.block_on(self.inner.thread_unarchive(id))?;
        Ok(self.thread_of(thread))
    }

    /// Every stored thread matching `params`, all pages.
    ///
    /// # Errors
    /// The first page request that fails.
    pub fn thread_list(&self, params: ThreadListParams) -> Result<Vec<codex_protocol::Thread>> {
        self.runtime
            .block_on(self.inner.thread_list(params).collect::<Vec<_>>())
            .into_iter()
            .collect()
    }

    /// The models the server offers.
    ///
    /// # Errors
    /// As [`crate::Codex::models`].
    pub fn models(&self) -> Result<Vec<Model>> {
        self.runtime.block_on(self.inner.models())
    }

    /// The account the server is logged in with.
    ///
    /// # Errors
    /// As [`crate::Codex::account`].
    pub fn account(&self) -> Result<GetAccountResponse> {
        self.runtime.block_on(self.inner.account())
    }

    /// The account, after the server refreshed its token.
    ///
    /// # Errors
    /// As [`crate::Codex::account_refresh`].
    pub fn account_refresh(&self) -> Result<GetAccountResponse> {
        self.runtime.block_on(self.inner.account_refresh())
    }

    /// Logs in with an OpenAI API key.
    ///
    /// # Errors
    /// As [`crate::Codex::login_api_key`].
    pub fn login_api_key(&self, api_key: impl Into<String>) -> Result<()> {
        self.runtime.block_on(self.inner.login_api_key(api_key))
    }

    /// Logs out.
    ///
    /// # Errors
    /// As [`crate::Codex::logout`].
    pub fn logout(&self) -> Result<()> {
        self.runtime.block_on(self.inner.logout())
    }

    /// The models the server offers, with the hidden ones when `include_hidden` is set.
    ///
    /// # Errors
    /// As [`crate::Codex::models_with`].
    pub fn models_with(&self, include_hidden: bool) -> Result<Vec<Model>> {
        self.runtime
            .block_on(self.inner.models_with(include_hidden))
    }

    /// Sends any request of the protocol and waits for its answer.
    ///
    /// # Errors
    /// As [`crate::Codex::request`].
    pub fn request<R: codex_protocol::Request>(&self, params: R::Params) -> Result<R::Response> {
        self.runtime.block_on(self.inner.request::<R>(params))
    }

    /// Starts a ChatGPT login in the browser: open [`LoginHandle::url`], then wait.
    ///
    /// # Errors
    /// As [`crate::Codex::login_chatgpt`].
    pub fn login_chatgpt(&self) -> Result<LoginHandle> {
        let inner = self.runtime.block_on(self.inner.login_chatgpt())?;
        Ok(self.login_of(inner))
    }

    /// Starts a ChatGPT login with a device code: show [`LoginHandle::url`] and
    /// [`LoginHandle::user_code`], then wait.
    ///
    /// # Errors
    /// As [`crate::Codex::login_chatgpt_device_code`].
    pub fn login_chatgpt_device_code(&self) -> Result<LoginHandle> {
        let inner = self
            .runtime
            .block_on(self.inner.login_chatgpt_device_code())?;
        Ok(self.login_of(inner))
    }

    fn login_of(&self, inner: crate::LoginHandle) -> LoginHandle {
        LoginHandle {
            inner,
            runtime: Arc::clone(&self.runtime),
        }
    }

    /// Runs a future of the async API on this client's runtime and waits for it: the way to
    /// everything the blocking API has no method for, such as [`crate::Codex::rpc`].
    ///
    /// ```no_run
    /// # fn demo(codex: &codex_sdk::blocking::Codex) -> codex_sdk::Result<()> {
    /// use codex_sdk::protocol::ThreadLoadedListParams;
    ///
    /// let loaded = codex.block_on(codex.as_async().rpc().thread().loaded_list(ThreadLoadedListParams::new()))?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Panics
    /// When called from inside an async runtime, as [`Runtime::block_on`] does.
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Starts a thread with dynamic tools (experimental API); the tools run on this client's
    /// runtime.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_start_with_tools`].
    pub fn thread_start_with_tools(
        &self,
        options: impl Into<Option<ThreadStartOptions>>,
        tools: Vec<crate::Tool>,
    ) -> Result<Thread> {
        let thread = self
            .runtime
            .block_on(self.inner.thread_start_with_tools(options, tools))?;
        Ok(self.thread_of(thread))
    }
}

impl Drop for Codex {
    fn drop(&mut self) {
        // The last handle closes the server gracefully, so it is reaped, not just killed.
        // (Inside an async runtime `block_on` would panic; the kill-on-drop still applies.)
        if Arc::strong_count(&self.inner.inner) == 1
            && tokio::runtime::Handle::try_current().is_err()
        {
            self.runtime.block_on(self.inner.close());
        }
    }
}

/// A blocking [`crate::Thread`].
#[derive(Debug, Clone)]
pub struct Thread {
    inner: crate::Thread,
    runtime: Arc<Runtime>,
}

impl Thread {
    /// The thread's id.
    pub fn id(&self) -> &str {
        self.inner.id()
    }

    /// Runs a turn to its end.
    ///
    /// # Errors
    /// As [`crate::Thread::run`].
    pub fn run(&self, input: impl Into<Input>) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run(input))
    }

    /// Runs a turn to its end with `options`.
    ///
    /// # Errors
    /// As [`crate::Thread::run`].
    pub fn run_with(&self, input: impl Into<Input>, options: TurnOptions) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run_with(input, options))
    }

    /// Runs a turn whose answer must parse as a `T`.
    ///
    /// # Errors
    /// As [`crate::Thread::run_json`].
    pub fn run_json<T>(&self, input: impl Into<Input>) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.runtime.block_on(self.inner.run_json(input))
    }

    /// Starts a turn and returns its handle.
    ///
    /// # Errors
    /// As [`crate::Thread::turn`].
    pub fn turn(&self, input: impl Into<Input>) -> Result<TurnHandle> {
        let inner = self.runtime.block_on(self.inner.turn(input))?;
        Ok(TurnHandle {
            inner: Some(inner),
            runtime: Arc::clone(&self.runtime),
        })
    }

    /// The thread's metadata, with its turns when `include_turns` is set.
    ///
    /// # Errors
    /// As [`crate::Thread::read`].
    pub fn read(&self, include_turns: bool) -> Result<ThreadReadResponse> {
        self.runtime.block_on(self.inner.read(include_turns))
    }

    /// Names the thread.
    ///
    /// # Errors
    /// As [`crate::Thread::set_name`].
    pub fn set_name(&self, name: impl Into<String>) -> Result<()> {
        self.runtime.block_on(self.inner.set_name(name))
    }

    /// Runs a turn with `options` and parses its answer as a `T`.
    ///
    /// # Errors
    /// As [`crate::Thread::run_json_with`].
    pub fn run_json_with<T>(&self, input: impl Into<Input>, options: TurnOptions) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.runtime
            .block_on(self.inner.run_json_with(input, options))
    }

    /// Starts a turn with `options` and returns its handle.
    ///
    /// # Errors
    /// As [`crate::Thread::turn_with`].
    pub fn turn_with(&self, input: impl Into<Input>, options: TurnOptions) -> Result<TurnHandle> {
        let inner = self
            .runtime
            .block_on(self.inner.turn_with(input, options))?;
        Ok(TurnHandle {
            inner: Some(inner),
            runtime: Arc::clone(&self.runtime),
        })
    }

    /// Starts compacting the thread's history.
    ///
    /// # Errors
    /// As [`crate::Thread::compact`].
    pub fn compact(&self) -> Result<()> {
        self.runtime.block_on(self.inner.compact())
    }

    /// The thread's goal, if it has one.
    ///
    /// # Errors
    /// As [`crate::Thread::goal`].
    pub fn goal(&self) -> Result<Option<ThreadGoal>> {
        self.runtime.block_on(self.inner.goal())
    }

    /// Sets the thread's goal and makes it active.
    ///
    /// # Errors
    /// As [`crate::Thread::set_goal`].
    pub fn set_goal(&self, objective: impl Into<String>) -> Result<ThreadGoal> {
        self.runtime.block_on(self.inner.set_goal(objective))
    }

    /// Removes the thread's goal.
    ///
    /// # Errors
    /// As [`crate::Thread::clear_goal`].
    pub fn clear_goal(&self) -> Result<()> {
        self.runtime.block_on(self.inner.clear_goal())
    }
}

/// A blocking [`crate::TurnHandle`].
#[derive(Debug)]
pub struct TurnHandle {
    inner: Option<crate::TurnHandle>,
    runtime: Arc<Runtime>,
}

impl TurnHandle {
    fn handle(&self) -> Result<&crate::TurnHandle> {
        self.inner
            .as_ref()
            .ok_or_else(|| Error::InvalidInput("the turn was already run".into()))
    }

    /// The turn's id.
    pub fn id(&self) -> &str {
        self.inner.as_ref().map_or("", crate::TurnHandle::id)
    }

    /// The turn's events as an iterator, ending after `turn/completed`.
    pub fn events(&mut self) -> TurnEvents {
        let stream = self.inner.as_mut().map(crate::TurnHandle::stream);
        TurnEvents {
            stream,
            runtime: Arc::clone(&self.runtime),
        }
    }

    /// Waits for the turn's result.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::run`].
    pub fn run(mut self) -> Result<TurnResult> {
        let handle = self
            .inner
            .take()
            .ok_or_else(|| Error::InvalidInput("the turn was already run".into()))?;
        self.runtime.block_on(handle.run())
    }

    /// Adds input to the running turn.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::steer`].
    pub fn steer(&self, input: impl Into<Input>) -> Result<()> {
        self.runtime.block_on(self.handle()?.steer(input))
    }

    /// Stops the turn.
    ///
    /// # Errors
    /// As [`crate::TurnHandle::interrupt`].
    pub fn interrupt(&self) -> Result<()> {
        self.runtime.block_on(self.handle()?.interrupt())
    }
}

/// The events of a turn, one blocking `next()` at a time.
#[derive(Debug)]
pub struct TurnEvents {
    stream: Option<crate::TurnStream>,
    runtime: Arc<Runtime>,
}

impl TurnEvents {
    /// The next event, folded (see [`crate::TurnStream::next_event`]); `None` after
    /// [`TurnEvent::Completed`]. Mixes with [`next`](Iterator::next): both read the same events.
    pub fn next_event(&mut self) -> Option<Result<TurnEvent>> {
        let stream = self.stream.as_mut()?;
        self.runtime.block_on(stream.next_event())
    }

    /// The text streamed so far into `item_id` (see [`crate::TurnStream::item_text`]).
    pub fn item_text(&self, item_id: &str, kind: TextKind) -> Option<&str> {
        self.stream.as_ref()?.item_text(item_id, kind)
    }

    /// The result so far, items still streaming included (see
    /// [`crate::TurnStream::partial_result`]); `None` when the turn was already run.
    pub fn partial_result(&self) -> Option<TurnResult> {
        Some(self.stream.as_ref()?.partial_result())
    }

    /// Reads the rest of the turn and returns its result (see
    /// [`crate::TurnStream::collect_result`]).
    ///
    /// # Errors
    /// As [`crate::TurnStream::collect_result`]; an error too when the turn was already run.
    pub fn collect_result(self) -> Result<TurnResult> {
        let stream = self
            .stream
            .ok_or_else(|| Error::InvalidInput("the turn was already run".into()))?;
        self.runtime.block_on(stream.collect_result())
    }
}

impl Iterator for TurnEvents {
    type Item = Result<ServerNotification>;

    fn next(&mut self) -> Option<Self::Item> {
        let stream = self.stream.as_mut()?;
        self.runtime.block_on(stream.next())
    }
}

/// A blocking [`crate::LoginHandle`]: show the user [`url`](Self::url), then wait.
#[derive(Debug)]
pub struct LoginHandle {
    inner: crate::LoginHandle,
    runtime: Arc<Runtime>,
}

impl LoginHandle {
    /// The login's id.
    pub fn login_id(&self) -> &str {
        self.inner.login_id()
    }

    /// The URL to open: the browser login page, or the device-code verification page.
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// The code to type on the verification page (device-code logins only).
    pub fn user_code(&self) -> Option<&str> {
        self.inner.user_code.as_deref()
    }

    /// Waits until the login completes, however long the person takes; see
    /// [`wait_timeout`](Self::wait_timeout) for a bounded wait.
    ///
    /// # Errors
    /// As [`crate::LoginHandle::wait`].
    pub fn wait(&mut self) -> Result<AccountLoginCompletedNotification> {
        self.runtime.block_on(self.inner.wait())
    }

    /// Waits at most `timeout` for the login to complete: `Ok(None)` when it has not, and the
    /// handle stays usable (to [`cancel`](Self::cancel), or to wait again).
    ///
    /// # Errors
    /// As [`crate::LoginHandle::wait`].
    pub fn wait_timeout(
        &mut self,
        timeout: Duration,
    ) -> Result<Option<AccountLoginCompletedNotification>> {
        let waited = self
            .runtime
            .block_on(async { tokio::time::timeout(timeout, self.inner.wait()).await });
        waited.ok().transpose()
    }

    /// Cancels the login.
    ///
    /// # Errors
    /// As [`crate::LoginHandle::cancel`].
    pub fn cancel(&self) -> Result<()> {
        self.runtime.block_on(self.inner.cancel())
    }
}
