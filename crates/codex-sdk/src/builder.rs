//! `CodexBuilder`: which server to start or join, how, and with which settings; it does the
//! handshake and hands back a [`Codex`].

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use codex_protocol::{
    ClientInfo, InitializeCapabilities, InitializeParams, client_notifications, requests,
};
use codex_transport::{AppServerCommand, Connection, ConnectionOptions, Transport};

use crate::approval::{ApprovalHandler, ApprovalMode};
use crate::boxed::Boxed;
use crate::client::{CLOSE_GRACE, Codex, Inner};
use crate::daemon::Daemon;
use crate::dispatch::{Dispatcher, ErasedApprovals, InFlight};
use crate::error::{Error, Result};
use crate::file_changes::FileChangeLedger;
use crate::limits::TurnLimits;
use crate::link::Link;
use crate::tools::ToolRegistry;

#[cfg(feature = "websocket")]
mod join;
mod server_telemetry;
mod transcript;
#[cfg(feature = "websocket")]
use join::Join;

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
    /// A server the SDK starts.
    Spawn,
    /// A server that is already running.
    #[cfg(feature = "websocket")]
    Join(join::Join),
}

/// A connection after its `initialize` handshake.
struct Handshake {
    connection: Connection,
    metadata: codex_protocol::InitializeResponse,
    server_version: Option<String>,
    warnings: crate::warnings::Warnings,
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
    /// `Some(mode)` once set; `Some(None)`: leave the policy to the server's config.
    default_approval_mode: Option<Option<ApprovalMode>>,
    connection_hooks: Vec<ConnectionHook>,
    command_hooks: Vec<CommandHook>,
    /// How to reconnect to a joined server (see [`CodexBuilder::reconnect`]).
    #[cfg(feature = "websocket")]
    reconnect: Option<crate::reconnect::ReconnectPolicy>,
}

/// Shows no secret: the WebSocket token, environment values and config values are redacted.
impl std::fmt::Debug for CodexBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let endpoint = match &self.endpoint {
            Endpoint::Spawn => "spawn".to_owned(),
            #[cfg(feature = "websocket")]
            Endpoint::Join(join) => join.describe(),
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
            default_approval_mode: None,
            connection_hooks: Vec::new(),
            command_hooks: Vec::new(),
            #[cfg(feature = "websocket")]
            reconnect: None,
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

    /// The default token budget of a turn (none by default): past it the turn is
    /// interrupted and [`Error::TurnOverBudget`] returned, with what it produced. Per turn:
    /// [`TurnHandle::token_budget`](crate::TurnHandle::token_budget); see
    /// [`TurnLimits::tokens`](crate::TurnLimits::tokens) for what counts.
    #[must_use]
    pub fn turn_token_budget(mut self, tokens: Option<u64>) -> Self {
        self.turn_limits.tokens = tokens;
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
    pub fn notification_buffer_bytes(self, bytes: usize) -> Self {
        self.connection_options(move |options| options.buffer_bytes(bytes))
    }

    /// How long a read of the server's output may wait for more lines while the server
    /// streams back to back (2 ms by default; [`Duration::ZERO`] reads every line at once).
    /// Only for a server the SDK starts; see
    /// [`AppServerCommand::read_coalescing`](codex_transport::AppServerCommand::read_coalescing).
    #[must_use]
    pub fn read_coalescing(self, window: Duration) -> Self {
        self.command(move |command| command.read_coalescing(window))
    }

    /// Changes any setting of the connection underneath ([`ConnectionOptions`]): the longest
    /// line accepted from the server ([`Error::LineTooLong`] names this hook), how many server
    /// requests may wait in handlers at once, ... Runs when the client starts, after
    /// [`request_timeout`](Self::request_timeout), in the order of the calls
    /// ([`notification_buffer_bytes`](Self::notification_buffer_bytes) is such a call too), so
    /// the later setting wins. The server-request handler stays the SDK's (it answers
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
    /// Runs after the builder's binary, config, env, cwd and `CODEX_HOME`, in the order of the
    /// calls ([`read_coalescing`](Self::read_coalescing) is such a call too), so the later
    /// setting wins. Only for a server the SDK starts; a WebSocket takes its
    /// `WebSocketOptions` in `connect_websocket_with` (feature `websocket`).
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

    /// Starts (or joins) the server and does the `initialize` handshake.
    ///
    /// # Errors
    /// [`Error::BinaryNotFound`] with the install command when there is no codex binary;
    /// [`Error::Closed`] with the server's stderr when it exits at start-up (a bad config,
    /// say); the transport's errors otherwise.
    pub async fn start(self) -> Result<Codex> {
        let (transport, daemon) = self.transport().await?;
        self.start_with(transport, daemon).await
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
        self.start_with(transport, None).await
    }

    async fn start_with(self, transport: Transport, daemon: Option<Daemon>) -> Result<Codex> {
        let tools = Arc::new(ToolRegistry::default());
        let in_flight = Arc::new(InFlight::default());
        let options = self.options_for(&tools, &in_flight);
        let handshake = self.handshake(transport, options).await?;
        #[cfg(feature = "websocket")]
        let redial = match (&self.endpoint, self.reconnect) {
            (Endpoint::Join(join), Some(policy)) => Some(crate::reconnect::Redial {
                dial: self.dial(join),
                policy,
            }),
            _ => None,
        };
        #[cfg(feature = "websocket")]
        let reconnect_wait = redial.as_ref().map(|redial| {
            // Attempts end within the policy's bound; the last one's steps within theirs.
            redial.policy.overall + self.connect_timeout + self.handshake_timeout
        });
        #[cfg(not(feature = "websocket"))]
        let reconnect_wait = None;
        let inner = Arc::new(Inner {
            link: Arc::new(Link::new(handshake.connection, reconnect_wait)),
            metadata: handshake.metadata,
            server_version: handshake.server_version,
            tools,
            default_mode: self.default_mode(),
            turn_limits: self.turn_limits,
            in_flight,
            warnings: handshake.warnings,
            daemon,
            closing: std::sync::atomic::AtomicBool::new(false),
        });
        #[cfg(feature = "websocket")]
        if let Some(redial) = redial {
            tokio::spawn(crate::reconnect::supervise(Arc::downgrade(&inner), redial));
            return Ok(Codex { inner });
        }
        tokio::spawn(crate::link::mark_when_closed(Arc::downgrade(&inner.link)));
        Ok(Codex { inner })
    }

    /// The connection's options: the builder's request timeout and hooks, then the SDK's
    /// server-request handler, which answers with the client's approvals and `tools`.
    fn options_for(
        &self,
        tools: &Arc<ToolRegistry>,
        in_flight: &Arc<InFlight>,
    ) -> ConnectionOptions {
        let approvals: Arc<dyn ErasedApprovals> = self
            .approvals
            .clone()
            .unwrap_or_else(|| Arc::new(crate::approval::DefaultApprovals));
        let mut options = ConnectionOptions::new();
        #[cfg(feature = "opentelemetry")]
        {
            options = options.trace_context(crate::otel::trace_context);
        }
        if let Some(timeout) = self.request_timeout {
            options = options.request_timeout(timeout);
        }
        for hook in &self.connection_hooks {
            options = hook(options);
        }
        // Set last, so that no hook takes the approvals and tools away from the SDK.
        options.server_request_handler(Dispatcher {
            approvals,
            tools: Arc::clone(tools),
            in_flight: Arc::clone(in_flight),
            file_changes: FileChangeLedger::default(),
        })
    }

    /// How the client reconnects: joins the server of `join` again as at first, and does
    /// the handshake with the client's tools and in-flight count.
    #[cfg(feature = "websocket")]
    fn dial(&self, join: &Join) -> crate::reconnect::Dial {
        let (builder, join) = (self.clone(), join.clone());
        Arc::new(move |tools, in_flight| {
            let (builder, join) = (builder.clone(), join.clone());
            Box::pin(async move {
                let (transport, _daemon) = builder.join(&join).await?;
                let options = builder.options_for(&tools, &in_flight);
                let handshake = builder.handshake(transport, options).await?;
                Ok((handshake.connection, handshake.server_version))
            })
        })
    }

    /// Starts a connection over `transport` and does the `initialize` handshake, refusing a
    /// server that warns of an invalid config under [`strict_config`](Self::strict_config).
    fn handshake(
        &self,
        transport: Transport,
        options: ConnectionOptions,
    ) -> Boxed<'_, Result<Handshake>> {
        Box::pin(self.handshake_unboxed(transport, options))
    }

    /// [`handshake`](Self::handshake)'s body, boxed there once (see `boxed`).
    async fn handshake_unboxed(
        &self,
        transport: Transport,
        options: ConnectionOptions,
    ) -> Result<Handshake> {
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
        let server_version = crate::version::parse_server_version(&metadata.user_agent);
        crate::version::warn_if_older(server_version.as_deref());
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
        Ok(Handshake {
            connection,
            metadata,
            server_version,
            warnings,
        })
    }

    /// The transport to the server, and the daemon it belongs to when it is one.
    async fn transport(&self) -> Result<(Transport, Option<Daemon>)> {
        match &self.endpoint {
            Endpoint::Spawn => Ok((self.spawn().await?, None)),
            #[cfg(feature = "websocket")]
            Endpoint::Join(join) => self.join(join).await,
        }
    }

    /// Starts the server with the builder's binary, config, env, cwd, home and hooks.
    async fn spawn(&self) -> Result<Transport> {
        let mut command =
            AppServerCommand::new(crate::binary::resolve(self.binary.as_deref()).await?);
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
        for hook in &self.command_hooks {
            command = hook(command);
        }
        Ok(command.spawn()?)
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
}
