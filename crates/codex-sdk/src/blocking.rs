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
    ConfigWarningNotification, GetAccountResponse, InitializeResponse, Model, ThreadListParams,
};
use futures_util::StreamExt;
use tokio::runtime::Runtime;

use crate::error::{Error, Result};
use crate::{CodexBuilder, ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions};

mod account;
mod json_turn;
mod thread;
mod turn;

pub use account::LoginHandle;
pub use json_turn::{JsonTurn, JsonTurnStream};
pub use thread::Thread;
#[allow(deprecated)]
pub use turn::{TurnEvents, TurnHandle, TurnStream};

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

    /// The local daemon this client is connected to (see [`crate::Codex::daemon`]).
    pub fn daemon(&self) -> Option<&crate::Daemon> {
        self.inner.daemon()
    }

    /// Where the connection stands (see [`crate::Codex::connection_state`]).
    pub fn connection_state(&self) -> crate::ConnectionState {
        self.inner.connection_state()
    }

    /// The warnings the server sent about its configuration (see [`crate::Codex::warnings`]).
    pub fn warnings(&self) -> Vec<ConfigWarningNotification> {
        self.inner.warnings()
    }

    /// Stops the server (see [`crate::Codex::close`]).
    pub fn close(&self) {
        self.runtime.block_on(self.inner.close());
    }

    fn thread_of(&self, inner: crate::Thread) -> Thread {
        Thread::new(inner, Arc::clone(&self.runtime))
    }

    /// Waits for a call of the async API that gives a thread, and wraps the thread.
    fn block_on_thread(
        &self,
        call: impl std::future::Future<Output = Result<crate::Thread>>,
    ) -> Result<Thread> {
        let thread = self.runtime.block_on(call)?;
        Ok(self.thread_of(thread))
    }

    /// Starts a thread.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_start`].
    pub fn thread_start(&self, options: impl Into<Option<ThreadStartOptions>>) -> Result<Thread> {
        self.block_on_thread(self.inner.thread_start(options))
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
        self.block_on_thread(self.inner.thread_resume(id, options))
    }

    /// Resumes a thread with the functions that answer its dynamic tools here; the tools run
    /// on this client's runtime.
    ///
    /// # Errors
    /// As [`crate::Codex::thread_resume_with_tools`].
    pub fn thread_resume_with_tools(
        &self,
        id: impl Into<String>,
        options: impl Into<Option<ThreadResumeOptions>>,
        tools: Vec<crate::Tool>,
    ) -> Result<Thread> {
        self.block_on_thread(self.inner.thread_resume_with_tools(id, options, tools))
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
        self.block_on_thread(self.inner.thread_fork(id, options))
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
        self.block_on_thread(self.inner.thread_unarchive(id))
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

    /// Sends any request of the protocol with a timeout for this request alone.
    ///
    /// # Errors
    /// As [`crate::Codex::request_with_timeout`].
    pub fn request_with_timeout<R: codex_protocol::Request>(
        &self,
        params: R::Params,
        timeout: Duration,
    ) -> Result<R::Response> {
        self.runtime
            .block_on(self.inner.request_with_timeout::<R>(params, timeout))
    }

    /// Starts a ChatGPT login in the browser: open [`LoginHandle::url`], then wait.
    ///
    /// # Errors
    /// As [`crate::Codex::login_chatgpt`].
    pub fn login_chatgpt(&self) -> Result<LoginHandle> {
        let inner = self.runtime.block_on(self.inner.login_chatgpt())?;
        Ok(LoginHandle::new(inner, Arc::clone(&self.runtime)))
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
        Ok(LoginHandle::new(inner, Arc::clone(&self.runtime)))
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
        self.block_on_thread(self.inner.thread_start_with_tools(options, tools))
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
