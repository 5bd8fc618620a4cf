//! Test harness for the workspace: the real `codex app-server` (the pinned release, installed
//! with npm on first use) running on a throw-away `CODEX_HOME`, offline.
//!
//! Tests never skip: when codex cannot be found or installed, they fail with a message that
//! says how to fix it.

pub mod install;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use codex_transport::AppServerCommand;

/// The codex binary the tests run: `CODEX_BIN` when set, else the pinned release
/// ([`codex_protocol::PINNED_CODEX_VERSION`]) installed with npm into `target/codex/`.
///
/// # Panics
/// When it cannot be found or installed, with what to do about it.
pub fn codex_bin() -> PathBuf {
    static BIN: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = BIN.get_or_init(|| {
        install::ensure_codex(&codex_cache(), codex_protocol::PINNED_CODEX_VERSION)
    });
    match found {
        Ok(bin) => bin.clone(),
        Err(why) => panic!("the tests need the real codex app-server: {why}"),
    }
}

/// Where npm installs codex for the tests: `target/codex/` of the workspace (or of
/// `CARGO_TARGET_DIR`), shared with `cargo xtask install-codex`.
pub fn codex_cache() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("codex")
}

/// A throw-away `CODEX_HOME` and working directory for one server, removed on drop.
#[derive(Debug)]
pub struct CodexHome {
    root: tempfile::TempDir,
}

impl CodexHome {
    /// An empty home with an empty `config.toml`.
    ///
    /// # Panics
    /// When the temp directory cannot be made.
    pub fn new() -> Self {
        let root = tempfile::Builder::new()
            .prefix("codex-test-")
            .tempdir()
            .expect("creating a temp dir");
        let home = CodexHome { root };
        std::fs::create_dir_all(home.home()).expect("creating CODEX_HOME");
        std::fs::create_dir_all(home.workspace()).expect("creating the workspace");
        home.write_config("");
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

    /// Writes `config.toml` (TOML). The app-server keeps analytics off by default, and the
    /// bundled model list answers `model/list` without a network.
    ///
    /// # Panics
    /// When the file cannot be written.
    pub fn write_config(&self, config: &str) {
        std::fs::write(self.home().join("config.toml"), config).expect("writing config.toml");
    }

    /// `codex app-server` on this home, from the workspace directory.
    pub fn app_server(&self) -> AppServerCommand {
        AppServerCommand::new(codex_bin())
            .codex_home(self.home())
            .current_dir(self.workspace())
    }
}

impl Default for CodexHome {
    fn default() -> Self {
        Self::new()
    }
}
