//! Shared set-up of the SDK's tests: a real app-server on a scripted provider.

#![allow(dead_code, unreachable_pub)]

use std::time::Duration;

pub mod fake_server;

use codex_sdk::{Codex, CodexBuilder};
use codex_test_support::{CodexHome, ScriptedProvider, codex_bin};

/// How long a test waits for what should happen at once before it fails.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// A client on a real server whose model is `provider`.
pub struct Harness {
    pub codex: Codex,
    pub provider: ScriptedProvider,
    pub home: CodexHome,
}

impl Harness {
    /// Starts the provider, a home with `approval_policy`, and a client built by `configure`.
    pub async fn start(
        approval_policy: &str,
        configure: impl FnOnce(CodexBuilder) -> CodexBuilder,
    ) -> Harness {
        let provider = ScriptedProvider::start().await;
        let home = CodexHome::with_provider(&provider, approval_policy);
        let codex = configure(builder(&home))
            .start()
            .await
            .unwrap_or_else(|err| panic!("starting codex: {err}"));
        Harness {
            codex,
            provider,
            home,
        }
    }

    /// A client with the defaults.
    pub async fn new() -> Harness {
        Harness::start("never", |b| b).await
    }

    /// A new thread with the default options.
    pub async fn thread(&self) -> codex_sdk::Thread {
        self.codex
            .thread_start(codex_sdk::ThreadStartOptions::new())
            .await
            .expect("thread/start")
    }

    /// Closes the client and checks the server is gone.
    pub async fn close(self) {
        let pid = self
            .codex
            .connection()
            .process_id()
            .expect("a child process");
        self.codex.close().await;
        assert!(
            !codex_test_support::process_exists(pid),
            "no codex process is left behind"
        );
    }
}

/// A builder for the pinned codex on `home`.
pub fn builder(home: &CodexHome) -> CodexBuilder {
    Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace())
}
