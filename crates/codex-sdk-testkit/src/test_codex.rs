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
    /// A client with the SDK's defaults, on a server whose configured approval policy is
    /// `never`.
    ///
    /// # Panics
    /// When codex cannot be installed or started, with what to do about it.
    pub async fn start() -> TestCodex {
        TestCodex::start_with("never", |builder| builder).await
    }

    /// A client built by `configure` (an approval handler, the experimental API, ...), on a
    /// server whose `config.toml` sets `approval_policy` (`never`, `on-request`, ...).
    ///
    /// # Panics
    /// As [`start`](TestCodex::start).
    pub async fn start_with(
        approval_policy: &str,
        configure: impl FnOnce(CodexBuilder) -> CodexBuilder,
    ) -> TestCodex {
        let provider = ScriptedProvider::start().await;
        let home = CodexHome::with_provider(&provider, approval_policy);
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

/// A [`Codex`] builder for the pinned codex on `home` (its `CODEX_HOME` and workspace).
pub fn builder(home: &CodexHome) -> CodexBuilder {
    Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace())
}
