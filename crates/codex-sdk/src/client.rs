//! `Codex`: one connection to an app-server, started or joined, and everything that is not
//! about one thread.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::{
    ClientInfo, InitializeCapabilities, InitializeParams, InitializeResponse, Model,
    ModelListParams, Request, ThreadArchiveParams, ThreadListParams, ThreadUnarchiveParams,
    client_notifications, requests,
};
use codex_transport::{
    AppServerCommand, Connection, ConnectionOptions, NotificationFilter, NotificationStream,
    Transport, WebSocketOptions,
};
use futures_core::Stream;

use crate::approval::{ApprovalHandler, ApprovalMode};
use crate::dispatch::{Dispatcher, ErasedApprovals, InFlight};
use crate::error::{Error, Result};
use crate::thread::Thread;
use crate::tools::{Tool, ToolRegistry};
use crate::turn::TurnLimits;
use crate::{ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions};

use crate::file_changes::FileChangeLedger;
use crate::install::CODEX_BIN_ENV;

/// How long `close()` lets the server exit by itself before killing it.
const CLOSE_GRACE: Duration = Duration::from_secs(2);
/// The default bound on every request (control requests answer at once; turns are not
/// requests, they have [`TurnLimits`]).
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(120);
/// The default bound on the `initialize` handshake.
const DEFAULT_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);
/// The default bound on reaching a running server (unix socket or WebSocket).
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A change to the connection's options, run when the client starts (see
/// [`CodexBuilder::connection_options`]).
type ConnectionHook = Arc<dyn Fn(ConnectionOptions) -> ConnectionOptions + Send + Sync>;
/// A change to the spawned server's command (see [`CodexBuilder::command`]).
type CommandHook = Arc<dyn Fn(AppServerCommand) -> AppServerCommand + Send + Sync>;

/// Where the server is.
#[derive(Clone)]
enum Endpoint {
    Spawn,
    #[cfg(unix)]
    Unix(PathBuf),
    WebSocket {
        url: String,
        options: WebSocketOptions,
    },
}

/// Builds a [`Codex`]: which server, how to start it, who answers approvals.
#[derive(Clone)]
pub struct CodexBuilder {
    endpoint: Endpoint,
    binary: Option<PathBuf>,
    config: Vec<(String, String)>,
    env: Vec<(OsString, OsString)>,
    cwd: Option<PathBuf>,
    codex_home: Option<PathBuf>,
    client_info: ClientInfo,
    experimental_api: bool,
    approvals: Option<Arc<dyn ErasedApprovals>>,
    request_timeout: Option<Duration>,
    handshake_timeout: Duration,
    connect_timeout: Duration,
    turn_limits: TurnLimits,
    strict_config: bool,
    buffer_bytes: Option<usize>,
    read_coalescing: Option<Duration>,
    /// `Some(mode)` once set; `Some(None)`: leave the policy to the server's config.
    default_approval_mode: Option<Option<ApprovalMode>>,
    connection_hooks: Vec<ConnectionHook>,
    command_hooks: Vec<CommandHook>,
}

/// Shows no secret: the WebSocket token, environment values and config values are redacted.
impl std::fmt::Debug for CodexBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let endpoint = match &self.endpoint {
            Endpoint::Spawn => "spawn".to_owned(),
            #[cfg(unix)]
            Endpoint::Unix(path) => format!("unix://{}", path.display()),
            Endpoint::WebSocket { url, options } => format!("{url} ({options:?})"),
        };
        let config: Vec<String> = self
            .config
            .iter()
            .map(|(key, _)| format!("{key}=<redacted>"))
            .collect();
        let env: Vec<String> = self
            .env
            .iter()
            .map(|(key, _)| format!("{}=<redacted>", key.to_string_lossy()))
            .collect();
        f.debug_struct("CodexBuilder")
            .field("endpoint", &endpoint)
            .field("binary", &self.binary)
            .field("config", &config)
            .field("env", &env)
            .field("cwd", &self.cwd)
            .field("codex_home", &self.codex_home)
            .field("client_info", &self.client_info)
            .field("experimental_api", &self.experimental_api)
            .field("approvals", &self.approvals.is_some())
            .field("request_timeout", &self.request_timeout)
            .field("turn_limits", &self.turn_limits)
            .field("connection_hooks", &self.connection_hooks.len())
            .field("command_hooks", &self.command_hooks.len())
            .finish_non_exhaustive()
    }
}

impl Default for CodexBuilder {
    fn default() -> Self {
        CodexBuilder {
            endpoint: Endpoint::Spawn,
            binary: None,
            config: Vec::new(),
            env: Vec::new(),
            cwd: None,
            codex_home: None,
            client_info: ClientInfo::new("codex_rust_sdk", env!("CARGO_PKG_VERSION"))
                .with_title("Codex Rust SDK"),
            experimental_api: false,
            approvals: None,
            request_timeout: Some(DEFAULT_REQUEST_TIMEOUT),
            handshake_timeout: DEFAULT_HANDSHAKE_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            turn_limits: TurnLimits::default(),
            strict_config: false,
            buffer_bytes: None,
            read_coalescing: None,
            default_approval_mode: None,
            connection_hooks: Vec::new(),
            command_hooks: Vec::new(),
        }
    }
}

impl CodexBuilder {
    /// The codex binary to run. Without it: `CODEX_BIN`, then `codex` on `PATH`, then (with the
    /// `install-codex` feature) the pinned release installed with npm into the user's cache.
    #[must_use]
    pub fn binary(mut self, path: impl Into<PathBuf>) -> Self {
        self.binary = Some(path.into());
        self
    }

    /// Overrides a config value, as `codex -c key=value` does (`value` is TOML:
    /// `config("model", "\"gpt-5\"")`).
    #[must_use]
    pub fn config(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.config.push((key.into(), value.into()));
        self
    }

    /// Sets an environment variable of the server.
    #[must_use]
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The server's working directory.
    #[must_use]
    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// The server's `CODEX_HOME` (config, auth and threads); `~/.codex` by default.
    #[must_use]
    pub fn codex_home(mut self, dir: impl Into<PathBuf>) -> Self {
        self.codex_home = Some(dir.into());
        self
    }

    /// How the client introduces itself in `initialize` (the server puts the name in its
    /// user agent).
    #[must_use]
    pub fn client_info(
        mut self,
        name: impl Into<String>,
        title: impl Into<String>,
        version: impl Into<String>,
    ) -> Self {
        self.client_info = ClientInfo::new(name, version).with_title(title);
        self
    }

    /// Opts in to the server's experimental API (`capabilities.experimentalApi`), needed for
    /// dynamic tools and the methods of the `experimental` feature.
    #[must_use]
    pub fn experimental_api(mut self, enabled: bool) -> Self {
        self.experimental_api = enabled;
        self
    }

    /// Who answers approvals and the server's other requests. With a handler, threads default
    /// to [`ApprovalMode::AskClient`]; without one, to [`ApprovalMode::DenyAll`], and
    /// requests that still come are refused by [`DefaultApprovals`](crate::DefaultApprovals).
    /// To accept everything, pass [`DangerouslyAcceptAll`](crate::DangerouslyAcceptAll).
    #[must_use]
    pub fn approval_handler(mut self, handler: impl ApprovalHandler) -> Self {
        self.approvals = Some(Arc::new(handler));
        self
    }

    /// The [`ApprovalMode`] sent for threads (on start, resume, fork, and on the turns of
    /// [`Codex::thread`] handles) whose options do not set `approval_policy`; `None` sends no
    /// policy, so the server's `config.toml` (or the thread's stored policy) decides, while the
    /// client still refuses what its handler does not accept. Without this setting:
    /// `AskClient` with an approval handler, `DenyAll` without.
    #[must_use]
    pub fn default_approval_mode(mut self, mode: Option<ApprovalMode>) -> Self {
        self.default_approval_mode = Some(mode);
        self
    }

    /// The bound on every request's answer (2 minutes by default); `None` waits as long as
    /// the server lives. Turns are not requests: see [`turn_idle_timeout`](Self::turn_idle_timeout).
    #[must_use]
    pub fn request_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.request_timeout = timeout.into();
        self
    }

    /// The bound on the `initialize` handshake (30 seconds by default).
    #[must_use]
    pub fn handshake_timeout(mut self, timeout: Duration) -> Self {
        self.handshake_timeout = timeout;
        self
    }

    /// The bound on reaching a running server over a unix socket or a WebSocket (10 seconds
    /// by default).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The default longest time a turn may go without an event before it is interrupted and
    /// [`Error::TurnTimedOut`] returned (15 minutes; `None`: no bound). Time the server spends
    /// waiting on this client (approvals, tools) does not count. Per turn:
    /// [`TurnHandle::idle_timeout`](crate::TurnHandle::idle_timeout).
    #[must_use]
    pub fn turn_idle_timeout(mut self, idle: Option<Duration>) -> Self {
        self.turn_limits.idle = idle;
        self
    }

    /// The default longest time a whole turn may take (none by default). Per turn:
    /// [`TurnHandle::deadline`](crate::TurnHandle::deadline).
    #[must_use]
    pub fn turn_deadline(mut self, deadline: Option<Duration>) -> Self {
        self.turn_limits.deadline = deadline;
        self
    }

    /// How many bytes of events all unread turn streams and subscriptions together may hold
    /// (64 MiB by default); when they hold that much, the connection waits for them to be
    /// read (see [`ConnectionOptions::buffer_bytes`](codex_transport::ConnectionOptions::buffer_bytes)).
    /// Also the bound on what each turn's result holds (its items and the text streaming into
    /// them): past it the turn ends with [`Error::TurnTooLarge`].
    #[must_use]
    pub fn notification_buffer_bytes(mut self, bytes: usize) -> Self {
        self.buffer_bytes = Some(bytes);
        self
    }

    /// How long a read of the server's output may wait for more lines while the server
    /// streams back to back (2 ms by default; [`Duration::ZERO`] reads every line at once).
    /// Only for a server the SDK starts; see
    /// [`AppServerCommand::read_coalescing`](codex_transport::AppServerCommand::read_coalescing).
    #[must_use]
    pub fn read_coalescing(mut self, window: Duration) -> Self {
        self.read_coalescing = Some(window);
        self
    }

    /// Changes any setting of the connection underneath ([`ConnectionOptions`]): the longest
    /// line accepted from the server ([`Error::LineTooLong`] names this hook), how many server
    /// requests may wait in handlers at once, ... Runs when the client starts, after this
    /// builder's own settings ([`request_timeout`](Self::request_timeout),
    /// [`notification_buffer_bytes`](Self::notification_buffer_bytes)), so what it sets wins;
    /// several calls run in order. The server-request handler stays the SDK's (it answers
    /// approvals and tools): set [`approval_handler`](Self::approval_handler) instead.
    ///
    /// ```no_run
    /// # async fn demo() -> codex_sdk::Result<()> {
    /// let codex = codex_sdk::Codex::builder()
    ///     .connection_options(|options| options.max_line_bytes(256 * 1024 * 1024))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn connection_options(
        mut self,
        configure: impl Fn(ConnectionOptions) -> ConnectionOptions + Send + Sync + 'static,
    ) -> Self {
        self.connection_hooks.push(Arc::new(configure));
        self
    }

    /// Changes any setting of the command that starts the server ([`AppServerCommand`]):
    /// extra arguments, environment variables to remove, how many stderr lines to keep, ...
    /// Runs after this builder's own settings (binary, config, env, cwd, `CODEX_HOME`, read
    /// coalescing), so what it sets wins; several calls run in order. Only for a server the
    /// SDK starts; a WebSocket takes its [`WebSocketOptions`] in
    /// [`connect_websocket_with`](Self::connect_websocket_with).
    ///
    /// ```no_run
    /// # async fn demo() -> codex_sdk::Result<()> {
    /// let codex = codex_sdk::Codex::builder()
    ///     .command(|command| command.env_remove("OPENAI_API_KEY").stderr_tail_lines(200))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn command(
        mut self,
        configure: impl Fn(AppServerCommand) -> AppServerCommand + Send + Sync + 'static,
    ) -> Self {
        self.command_hooks.push(Arc::new(configure));
        self
    }

    /// Refuses to start when the server warns at start-up that a config file is invalid (a
    /// `config.toml` that does not parse makes it fall back to defaults, which may not be
    /// what you meant): [`start`](Self::start) fails with [`Error::InvalidConfig`]. Warnings
    /// that name no config file (a missing sandbox helper, say) do not count. Off by default:
    /// every warning is logged and kept in [`Codex::warnings`].
    #[must_use]
    pub fn strict_config(mut self, strict: bool) -> Self {
        self.strict_config = strict;
        self
    }

    /// Joins a server already listening on a unix socket (`codex app-server --listen
    /// unix://PATH`) instead of starting one.
    #[cfg(unix)]
    #[must_use]
    pub fn connect_unix(mut self, path: impl Into<PathBuf>) -> Self {
        self.endpoint = Endpoint::Unix(path.into());
        self
    }

    /// Joins a server already listening on a WebSocket (`codex app-server --listen
    /// ws://IP:PORT`, or `wss://` through a TLS proxy in front of it), with the capability
    /// token when it was started with `--ws-auth capability-token`. The same as
    /// [`connect_websocket_with`](Self::connect_websocket_with) with
    /// [`WebSocketOptions::bearer_token`].
    #[must_use]
    pub fn connect_websocket(self, url: impl Into<String>, token: Option<String>) -> Self {
        let mut options = WebSocketOptions::new();
        if let Some(token) = token {
            options = options.bearer_token(token);
        }
        self.connect_websocket_with(url, options)
    }

    /// Joins a server on a WebSocket with `options`: its token, the CAs its proxy's
    /// certificate may come from. A token goes over plain `ws://` only to a loopback host
    /// (see [`Transport::connect_websocket_with`]).
    #[must_use]
    pub fn connect_websocket_with(
        mut self,
        url: impl Into<String>,
        options: WebSocketOptions,
    ) -> Self {
        self.endpoint = Endpoint::WebSocket {
            url: url.into(),
            options,
        };
        self
    }

    /// Starts (or joins) the server and does the `initialize` handshake.
    ///
    /// # Errors
    /// [`Error::BinaryNotFound`] with the install command when there is no codex binary;
    /// [`Error::Closed`] with the server's stderr when it exits at start-up (a bad config,
    /// say); the transport's errors otherwise.
    pub async fn start(self) -> Result<Codex> {
        let transport = self.transport().await?;
        self.start_on(transport).await
    }

    fn default_mode(&self) -> Option<ApprovalMode> {
        self.default_approval_mode
            .unwrap_or(Some(if self.approvals.is_some() {
                ApprovalMode::AskClient
            } else {
                ApprovalMode::DenyAll
            }))
    }

    /// Does the handshake over a transport made elsewhere (an in-memory pipe in tests, a
    /// custom tunnel), ignoring the builder's server settings.
    ///
    /// # Errors
    /// As [`CodexBuilder::start`].
    pub async fn start_on(self, transport: Transport) -> Result<Codex> {
        let tools = Arc::new(ToolRegistry::default());
        let in_flight = Arc::new(InFlight::default());
        let default_mode = self.default_mode();
        let approvals: Arc<dyn ErasedApprovals> = self
            .approvals
            .clone()
            .unwrap_or_else(|| Arc::new(crate::approval::DefaultApprovals));
        let mut options = ConnectionOptions::new();
        if let Some(timeout) = self.request_timeout {
            options = options.request_timeout(timeout);
        }
        if let Some(bytes) = self.buffer_bytes {
            options = options.buffer_bytes(bytes);
        }
        for hook in &self.connection_hooks {
            options = hook(options);
        }
        // Set last, so that no hook takes the approvals and tools away from the SDK.
        let options = options.server_request_handler(Dispatcher {
            approvals,
            tools: Arc::clone(&tools),
            in_flight: Arc::clone(&in_flight),
            file_changes: FileChangeLedger::default(),
        });
        let connection = Connection::start(transport, options);
        // Before `initialize`: the server warns about its config right after the handshake.
        let warning_watch = crate::warnings::WarningWatch::start(&connection).await?;
        let mut params = InitializeParams::new(self.client_info.clone());
        if self.experimental_api {
            params =
                params.with_capabilities(InitializeCapabilities::new().with_experimental_api(true));
        }
        let handshake = connection
            .request_with_timeout::<requests::Initialize>(params, self.handshake_timeout)
            .await;
        let metadata = match handshake {
            Ok(metadata) => metadata,
            Err(err) => {
                connection.shutdown(CLOSE_GRACE).await;
                return Err(err.into());
            }
        };
        connection
            .notify::<client_notifications::Initialized>(())
            .await?;
        let server_version = parse_server_version(&metadata.user_agent);
        warn_if_older(server_version.as_deref());
        let warnings = warning_watch
            .settle(&connection, self.handshake_timeout)
            .await;
        let startup_warnings = warnings.all();
        // Strict mode is about the user's config files: a warning that names one. (Others,
        // such as a missing sandbox helper, are about the machine.)
        let invalid: Vec<_> = startup_warnings
            .into_iter()
            .filter(|warning| warning.path.is_some())
            .collect();
        if self.strict_config && !invalid.is_empty() {
            connection.shutdown(CLOSE_GRACE).await;
            return Err(Error::InvalidConfig(invalid));
        }
        let inner = Inner {
            connection,
            metadata,
            server_version,
            tools,
            default_mode,
            turn_limits: self.turn_limits,
            in_flight,
            warnings,
        };
        Ok(Codex {
            inner: Arc::new(inner),
        })
    }

    async fn transport(&self) -> Result<Transport> {
        match &self.endpoint {
            Endpoint::Spawn => {
                let mut command = AppServerCommand::new(self.resolve_binary().await?);
                for (key, value) in &self.config {
                    command = command.config(key, value);
                }
                for (key, value) in &self.env {
                    command = command.env(key, value);
                }
                if let Some(cwd) = &self.cwd {
                    command = command.current_dir(cwd);
                }
                if let Some(home) = &self.codex_home {
                    command = command.codex_home(home);
                }
                if let Some(window) = self.read_coalescing {
                    command = command.read_coalescing(window);
                }
                for hook in &self.command_hooks {
                    command = hook(command);
                }
                Ok(command.spawn()?)
            }
            #[cfg(unix)]
            Endpoint::Unix(path) => {
                let endpoint = format!("unix://{}", path.display());
                self.bounded_connect(endpoint, Transport::connect_unix(path))
                    .await
            }
            Endpoint::WebSocket { url, options } => {
                self.bounded_connect(url.clone(), Transport::connect_websocket_with(url, options))
                    .await
            }
        }
    }

    /// `connect` within the connect timeout.
    async fn bounded_connect(
        &self,
        endpoint: String,
        connect: impl std::future::Future<Output = codex_transport::Result<Transport>>,
    ) -> Result<Transport> {
        match tokio::time::timeout(self.connect_timeout, connect).await {
            Ok(transport) => Ok(transport?),
            Err(_) => Err(Error::Transport(codex_transport::Error::Connect {
                endpoint,
                reason: format!(
                    "no answer within {:?} (`CodexBuilder::connect_timeout`): is the server running and reachable?",
                    self.connect_timeout
                ),
            })),
        }
    }

    async fn resolve_binary(&self) -> Result<PathBuf> {
        if let Some(binary) = &self.binary {
            return Ok(binary.clone());
        }
        let from_env = crate::install::codex_bin_from(std::env::var_os(CODEX_BIN_ENV).as_deref());
        if let Some(binary) = from_env.map_err(|hint| Error::BinaryNotFound { hint })? {
            return Ok(binary);
        }
        // Absolute `PATH` entries only: a `.` or empty entry would run a `codex` planted in
        // the current folder, often the agent's workspace.
        let path = std::env::var_os("PATH");
        if let Some(binary) = crate::install::find_in_path("codex", path.as_deref()) {
            return Ok(binary);
        }
        install_pinned().await
    }
}

/// With the `install-codex` feature: the pinned release, installed with npm into the user's
/// cache on first use (announced through `tracing`, since it can take a minute).
#[cfg(feature = "install-codex")]
async fn install_pinned() -> Result<PathBuf> {
    let version = codex_protocol::PINNED_CODEX_VERSION;
    let install = tokio::task::spawn_blocking(move || {
        let cache = crate::install::cache_dir()?;
        let options = crate::install::InstallOptions::from_env()?;
        crate::install::install_version(&cache, version, &options, &|message| {
            tracing::info!("{message}")
        })
    });
    let installed = match install.await {
        Ok(found) => found,
        Err(panicked) => Err(panicked.to_string()),
    };
    installed.map_err(|why| Error::BinaryNotFound {
        hint: format!(
            "no `codex` on PATH, {CODEX_BIN_ENV} is not set, and installing codex {version} \
             failed: {why}"
        ),
    })
}

/// Without the `install-codex` feature: an error that says how to install codex.
#[cfg(not(feature = "install-codex"))]
async fn install_pinned() -> Result<PathBuf> {
    Err(Error::BinaryNotFound {
        hint: format!(
            "no `codex` on PATH and {CODEX_BIN_ENV} is not set: install it with `npm install -g \
             @openai/codex@{}`, pass its path to `CodexBuilder::binary`, or enable the \
             `install-codex` feature of codex-sdk to have it installed for you",
            codex_protocol::PINNED_CODEX_VERSION
        ),
    })
}

/// The server version in a user agent such as `name/0.169.0 (Debian 12; x86_64) ...`.
pub(crate) fn parse_server_version(user_agent: &str) -> Option<String> {
    let (_, rest) = user_agent.split_once('/')?;
    rest.split_whitespace()
        .next()
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// `major.minor.patch` as numbers; pre-release tails are ignored.
fn version_triple(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.split(['.', '-']).map(|p| p.parse::<u64>().ok());
    Some((parts.next()??, parts.next()??, parts.next()??))
}

fn warn_if_older(server_version: Option<&str>) {
    let pinned = codex_protocol::PINNED_CODEX_VERSION;
    if let (Some(server), Some(pin)) = (
        server_version.and_then(version_triple),
        version_triple(pinned),
    ) && server < pin
    {
        tracing::warn!(
            server = server_version.unwrap_or_default(),
            pinned,
            "the app-server is older than the schema this SDK was generated from: newer methods and fields may be refused"
        );
    }
}

pub(crate) struct Inner {
    pub(crate) connection: Connection,
    metadata: InitializeResponse,
    server_version: Option<String>,
    pub(crate) tools: Arc<ToolRegistry>,
    pub(crate) default_mode: Option<ApprovalMode>,
    pub(crate) turn_limits: TurnLimits,
    pub(crate) in_flight: Arc<InFlight>,
    warnings: crate::warnings::Warnings,
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
    /// A builder: binary, config overrides, env, working directory, approvals, or a server
    /// that is already running.
    pub fn builder() -> CodexBuilder {
        CodexBuilder::default()
    }

    /// Starts `codex app-server` with the defaults (`CODEX_BIN`, else `codex` on `PATH`) and
    /// does the handshake.
    ///
    /// # Errors
    /// As [`CodexBuilder::start`].
    pub async fn start() -> Result<Codex> {
        Codex::builder().start().await
    }

    /// The server's answer to `initialize`: user agent, `CODEX_HOME`, platform.
    pub fn metadata(&self) -> &InitializeResponse {
        &self.inner.metadata
    }

    /// The server's version, read from its user agent (`0.169.0`).
    pub fn server_version(&self) -> Option<&str> {
        self.inner.server_version.as_deref()
    }

    /// The warnings the server sent about its configuration (`configWarning`), at start-up
    /// and since (the first 64); each was also logged with `tracing` at warn level.
    pub fn warnings(&self) -> Vec<codex_protocol::ConfigWarningNotification> {
        self.inner.warnings.all()
    }

    /// The connection underneath, for requests this API does not wrap.
    pub fn connection(&self) -> &Connection {
        &self.inner.connection
    }

    /// Sends any typed request (a marker of [`codex_protocol::requests`]), exactly as given:
    /// unlike [`Codex::rpc`] and the thread methods, it fills in no approval policy (the
    /// server's configured one applies, and requests that reach this client are still
    /// answered by its approval handler, which declines by default).
    ///
    /// # Errors
    /// The server's JSON-RPC error, mapped as [`Error`] describes, or a transport error.
    pub async fn request<R: Request>(&self, params: R::Params) -> Result<R::Response> {
        Ok(self.inner.connection.request::<R>(params).await?)
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
        Ok(self
            .inner
            .connection
            .request_with_timeout::<R>(params, timeout)
            .await?)
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
        self.inner.connection.shutdown(CLOSE_GRACE).await;
        self.inner.tools.clear();
    }

    /// Starts a thread: `thread_start(None)` with the server's defaults, or
    /// `thread_start(ThreadStartOptions::new().model(..))`.
    ///
    /// Unless the options set `approval_policy`, the thread gets the client's default
    /// [`ApprovalMode`]: `AskClient` when the builder was given an approval handler,
    /// `DenyAll` otherwise, or what [`CodexBuilder::default_approval_mode`] chose.
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
    /// ([`Error::InvalidRequest`] without the experimental API).
    pub async fn thread_start_with_tools(
        &self,
        options: impl Into<Option<ThreadStartOptions>>,
        tools: Vec<Tool>,
    ) -> Result<Thread> {
        let mut params = options.into().unwrap_or_default().into_params();
        self.fill_approvals(&mut params.approval_policy, &mut params.approvals_reviewer);
        check_unique(&tools)?;
        if !tools.is_empty() {
            let mut specs = params.dynamic_tools.take().unwrap_or_default();
            specs.extend(tools.iter().map(Tool::spec));
            params.dynamic_tools = Some(specs);
        }
        let response = self.request::<requests::ThreadStart>(params).await?;
        let thread = Thread::new(self.clone(), response.thread.id);
        self.inner.tools.register(thread.id(), &tools);
        Ok(thread)
    }

    /// A handle on an existing thread, without a request: use it when the thread is loaded
    /// on this server (started or resumed here); otherwise [`thread_resume`](Codex::thread_resume).
    ///
    /// The thread's stored approval policy is not trusted: every turn of this handle sends
    /// the client's default [`ApprovalMode`] (unless its options set a policy).
    pub fn thread(&self, id: impl Into<String>) -> Thread {
        Thread::bound(self.clone(), id.into(), self.inner.default_mode)
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
        let thread = Thread::new(self.clone(), response.thread.id);
        self.inner.tools.register(thread.id(), &tools);
        Ok(thread)
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
        let thread = Thread::new(self.clone(), response.thread.id);
        // The fork keeps the source's tools on the server; it keeps their functions here.
        self.inner
            .tools
            .register(thread.id(), &self.inner.tools.of(&source));
        Ok(thread)
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
        Ok(self.inner.connection.subscribe(filter).await?)
    }
}

/// [`Error::DuplicateTool`] when two of `tools` share a name.
fn check_unique(tools: &[Tool]) -> Result<()> {
    let mut names = std::collections::HashSet::new();
    match tools.iter().find(|t| !names.insert(t.name())) {
        Some(duplicate) => Err(Error::DuplicateTool(duplicate.name().to_owned())),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_version_comes_from_the_user_agent() {
        let agent = "codex_rust_sdk/0.169.0 (Debian 12.0.0; x86_64) xterm (codex_rust_sdk; 0.1.0)";
        assert_eq!(parse_server_version(agent).as_deref(), Some("0.169.0"));
        assert_eq!(parse_server_version("no version"), None);
        assert_eq!(version_triple("0.163.0"), Some((0, 163, 0)));
        assert_eq!(version_triple("0.170.0-alpha.2"), Some((0, 170, 0)));
        assert!(version_triple("0.163.0") < version_triple("0.169.0"));
    }
}
