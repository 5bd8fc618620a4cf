//! [`TestCodex`]: one call gives a `codex_sdk::Codex` on the real app-server whose model is a
//! scripted provider, in a throw-away home and workspace.

use std::path::PathBuf;

use codex_sdk::{Codex, CodexBuilder};

use crate::{CodexHome, ScriptedProvider, codex_bin, process_exists};

/// A [`Codex`] client on the real `codex app-server`, offline: its model is [`provider`]
/// (script it before each turn), its `CODEX_HOME` and working directory are temp folders,
/// removed on drop with the server.
///
/// [`provider`]: TestCodex::provider
#[derive(Debug)]
pub struct TestCodex {
    /// The client, as a program would use it.
    pub codex: Codex,
    /// The model: queue its replies, then read what it was sent.
    pub provider: ScriptedProvider,
    /// The server's home and workspace.
    pub home: CodexHome,
}

impl TestCodex {
    /// A client with the SDK's defaults, on a server whose `config.toml` sets
    /// `approval_policy = "never"` (see [`start_with`](TestCodex::start_with) for when that
    /// matters).
    ///
    /// # Panics
    /// When codex cannot be installed or started, with what to do about it.
    pub async fn start() -> TestCodex {
        TestCodex::start_with(ServerApprovalPolicy::Never, |builder| builder).await
    }

    /// A client built by `configure` (an approval handler, the experimental API, ...), on a
    /// server whose `config.toml` sets `approval_policy` to `server_policy`.
    ///
    /// `server_policy` is the server's default only: the SDK sends a policy of its own with
    /// every thread it starts, resumes or forks (and with the turns of
    /// [`Codex::thread`](codex_sdk::Codex::thread) handles), `AskClient` when `configure` sets
    /// an approval handler and `DenyAll` when it does not, and the server's default then
    /// changes nothing. It decides only for threads and turns whose policy the client leaves
    /// to the server: when `configure` calls
    /// [`default_approval_mode(None)`](codex_sdk::CodexBuilder::default_approval_mode) and
    /// their options set no `approval_policy`. With [`OnRequest`](ServerApprovalPolicy::OnRequest)
    /// the server then asks the client before it runs a command outside the sandbox (the
    /// client's handler answers, or the SDK refuses without one); with
    /// [`Never`](ServerApprovalPolicy::Never) it never asks.
    ///
    /// A `&str` (`"never"`, `"on-request"`) works too, as before the enum.
    ///
    /// # Panics
    /// As [`start`](TestCodex::start), and for a `&str` that is no [`ServerApprovalPolicy`].
    pub async fn start_with(
        server_policy: impl Into<ServerApprovalPolicy>,
        configure: impl FnOnce(CodexBuilder) -> CodexBuilder,
    ) -> TestCodex {
        let server_policy = server_policy.into();
        let provider = ScriptedProvider::start().await;
        let home = CodexHome::with_provider(&provider, server_policy.as_str());
        let codex = configure(builder(&home))
            .start()
            .await
            .unwrap_or_else(|err| panic!("starting codex: {err}"));
        TestCodex {
            codex,
            provider,
            home,
        }
    }

    /// A new thread with the default options.
    ///
    /// # Panics
    /// When the server refuses `thread/start`.
    pub async fn thread(&self) -> codex_sdk::Thread {
        self.codex
            .thread_start(None)
            .await
            .unwrap_or_else(|err| panic!("thread/start: {err}"))
    }

    /// The working directory of the server: put the files the agent should see here.
    pub fn workspace(&self) -> PathBuf {
        self.home.workspace()
    }

    /// Closes the client, and checks that the server process is gone.
    ///
    /// # Panics
    /// When a codex process is left behind.
    pub async fn close(self) {
        let pid = self.codex.connection().process_id();
        self.codex.close().await;
        if let Some(pid) = pid {
            assert!(!process_exists(pid), "no codex process is left behind");
        }
    }
}

/// The `approval_policy` a [`TestCodex`] server's `config.toml` sets: what the server does
/// for threads whose policy the client leaves to it (see [`TestCodex::start_with`]).
///
/// Only the policies the pinned server accepts: it refuses to start with `"untrusted"`
/// ("no longer supported").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerApprovalPolicy {
    /// `never`: the server runs what the sandbox allows and never asks the client.
    Never,
    /// `on-request`: the server asks the client before it runs a command outside the sandbox
    /// (when the model asks for that).
    OnRequest,
}

impl ServerApprovalPolicy {
    /// The value in `config.toml`: `never`, `on-request`.
    pub fn as_str(self) -> &'static str {
        match self {
            ServerApprovalPolicy::Never => "never",
            ServerApprovalPolicy::OnRequest => "on-request",
        }
    }
}

impl std::fmt::Display for ServerApprovalPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The policy spelled as in `config.toml` (`"never"`, `"on-request"`), as
/// [`TestCodex::start_with`] took it before the enum.
///
/// # Panics
/// For any other string, with the ones it accepts: a test that names a policy the server
/// would refuse (or a typo) fails at once.
impl From<&str> for ServerApprovalPolicy {
    fn from(policy: &str) -> Self {
        match policy {
            "never" => ServerApprovalPolicy::Never,
            "on-request" => ServerApprovalPolicy::OnRequest,
            other => panic!(
                "approval_policy {other:?} is not one the test server takes: use \"never\" or \"on-request\""
            ),
        }
    }
}

/// A [`Codex`] builder for the pinned codex on `home` (its `CODEX_HOME` and workspace).
pub fn builder(home: &CodexHome) -> CodexBuilder {
    Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace())
}
