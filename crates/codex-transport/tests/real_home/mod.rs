//! The real `codex app-server` for the transport's tests: the pinned release (installed with
//! npm on first use, by the installer the SDK and its test kit use) on a throw-away
//! `CODEX_HOME`. The transport's tests do not compile the SDK or its test kit.

#![allow(unreachable_pub, dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use codex_transport::{AppServerCommand, Connection};

/// The codex binary the tests run: `CODEX_BIN` when set, else the pinned release.
///
/// # Panics
/// When it cannot be found or installed, with what to do about it.
pub fn codex_bin() -> PathBuf {
    static BIN: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = BIN.get_or_init(|| {
        codex_install::ensure_codex(
            &codex_install::cache_dir()?,
            codex_protocol::PINNED_CODEX_VERSION,
            &codex_install::InstallOptions::from_env()?,
            &|message| eprintln!("{message}"),
        )
    });
    match found {
        Ok(bin) => bin.clone(),
        Err(why) => panic!("the tests need the real codex app-server: {why}"),
    }
}

/// A throw-away `CODEX_HOME` (empty `config.toml`) and working directory, removed on drop.
pub struct CodexHome {
    root: tempfile::TempDir,
}

impl CodexHome {
    /// An empty home and workspace.
    pub fn new() -> Self {
        let root = tempfile::Builder::new()
            .prefix("codex-transport-test-")
            .tempdir()
            .expect("creating a temp dir");
        let home = CodexHome { root };
        std::fs::create_dir_all(home.home()).expect("creating CODEX_HOME");
        std::fs::create_dir_all(home.workspace()).expect("creating the workspace");
        std::fs::write(home.home().join("config.toml"), "").expect("writing config.toml");
        home
    }

    /// The `CODEX_HOME` directory.
    pub fn home(&self) -> PathBuf {
        self.root.path().join("codex-home")
    }

    /// The server's working directory.
    pub fn workspace(&self) -> PathBuf {
        self.root.path().join("workspace")
    }

    /// A path inside the temp dir, for sockets and token files.
    pub fn scratch(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// `codex app-server` on stdio, on this home.
    pub fn app_server(&self) -> AppServerCommand {
        AppServerCommand::new(codex_bin())
            .codex_home(self.home())
            .current_dir(self.workspace())
    }

    /// `codex app-server ARGS` (a `--listen` address), not on stdio; killed when dropped.
    pub fn listening_server(&self, args: &[&str]) -> tokio::process::Child {
        tokio::process::Command::new(codex_bin())
            .arg("app-server")
            .args(args)
            .env("CODEX_HOME", self.home())
            .current_dir(self.workspace())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("starting codex app-server")
    }
}

/// `initialize` params for a client named `client_name`, without capabilities.
pub fn initialize_params(client_name: &str) -> codex_protocol::InitializeParams {
    codex_protocol::InitializeParams::new(codex_protocol::ClientInfo::new(client_name, "0.1.0"))
}

/// Shuts `connection` down and checks that its server exited, was reaped, and is gone.
pub async fn shutdown_and_check_reaped(connection: &Connection) {
    let pid = connection.process_id().expect("a child process");
    let reason = connection.shutdown(std::time::Duration::from_secs(5)).await;
    assert!(
        reason.exit_status.is_some(),
        "the server was reaped: {reason}"
    );
    assert!(
        !codex_transport::test_util::process_exists(pid),
        "no codex process is left behind"
    );
}
