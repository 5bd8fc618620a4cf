#![doc = include_str!("../README.md")]

#[cfg(feature = "cassette")]
pub mod cassette;
#[cfg(feature = "otlp")]
mod otlp;
pub mod provider;
mod relay;
mod test_codex;
pub mod validation;

/// The in-memory fake app-server, from the transport (`codex_transport::test_util`).
pub use codex_transport::test_util as fake_server;
pub use codex_transport::test_util::{FakeServer, process_exists};
#[cfg(feature = "otlp")]
pub use otlp::{OtlpReceiver, ReceivedPoint, ReceivedSpan};
pub use provider::{Gate, Reply, ScriptedProvider, SseScript, last_user_text, tool_output_in};
pub use relay::Relay;
pub use test_codex::{ServerApprovalPolicy, TestCodex, builder};

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use codex_install as install;
use codex_transport::AppServerCommand;

/// The codex binary the tests run: `CODEX_BIN` when set (an absolute path), else the pinned
/// release ([`codex_protocol::PINNED_CODEX_VERSION`]) installed with npm into the codex-sdk
/// cache ([`codex_install::cache_dir`]) and checked against the sha256 the pin records.
///
/// # Panics
/// When it cannot be found or installed, with what to do about it.
pub fn codex_bin() -> PathBuf {
    static BIN: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = BIN.get_or_init(|| {
        install::ensure_codex(
            &install::cache_dir()?,
            codex_protocol::PINNED_CODEX_VERSION,
            &install::InstallOptions::from_env()?,
            &announce,
        )
    });
    match found {
        Ok(bin) => bin.clone(),
        Err(why) => panic!("the tests need the real codex app-server: {why}"),
    }
}

/// Says that an install starts (a download of hundreds of MB, on the first run only), and
/// how to do it ahead of the tests.
///
/// It is written to stderr itself, not with `eprintln!`: the test harness captures what the
/// print macros write and shows it only for failing tests, while a write to
/// [`std::io::stderr`] reaches the terminal of `cargo test` at once.
fn announce(message: &str) {
    // Nothing to do when stderr is gone: the install goes on.
    let _ = announce_to(&mut std::io::stderr().lock(), message);
}

/// Writes the notice of [`announce`] to `out`.
fn announce_to(out: &mut impl std::io::Write, message: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "codex-sdk-testkit: {message}\n\
         codex-sdk-testkit: the tests wait for it once; to install it ahead of them, run \
         `cargo xtask install-codex` in the codex-sdk repository (or set CODEX_BIN to the \
         absolute path of a codex binary)"
    )?;
    out.flush()
}

/// The older codex releases the compatibility tests also run against, from `schema/pin.json`
/// (the previous pin first, then the oldest release still supported).
pub const COMPAT_CODEX_VERSIONS: &[&str] = codex_protocol::COMPAT_CODEX_VERSIONS;

/// The codex binary of `version`, installed with npm into the codex-sdk cache on first use
/// and checked against the pin (`CODEX_BIN` is not consulted: the version is the point).
///
/// # Panics
/// When it cannot be installed, with what to do about it.
pub fn codex_bin_of(version: &str) -> PathBuf {
    if version == codex_protocol::PINNED_CODEX_VERSION {
        return codex_bin();
    }
    install::cache_dir()
        .and_then(|cache| {
            let options = install::InstallOptions::from_env()?;
            install::install_version(&cache, version, &options, &announce)
        })
        .unwrap_or_else(|why| panic!("the compatibility tests need codex {version}: {why}"))
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

    /// A home whose `config.toml` points the server at `provider`, with `approval_policy`.
    pub fn with_provider(provider: &ScriptedProvider, approval_policy: &str) -> Self {
        let home = CodexHome::new();
        home.write_config(&provider.config_toml(approval_policy));
        home
    }

    /// A home whose `config.toml` points the server at `cassette` (a recording or a replay
    /// of a model), with `approval_policy`.
    #[cfg(feature = "cassette")]
    pub fn with_cassette(cassette: &cassette::CassetteProvider, approval_policy: &str) -> Self {
        let home = CodexHome::new();
        home.write_config(&cassette.config_toml(approval_policy));
        home
    }

    /// `codex app-server` (the pinned release) on this home, from the workspace directory.
    pub fn app_server(&self) -> AppServerCommand {
        self.app_server_of(&codex_bin())
    }

    /// The pinned `codex app-server` with `args` (`--listen unix://...` or `ws://...`), on
    /// this home, not talking on stdio; killed when dropped.
    ///
    /// # Panics
    /// When it cannot be started.
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

    /// `codex app-server` run from `binary` on this home, from the workspace directory.
    pub fn app_server_of(&self, binary: &Path) -> AppServerCommand {
        AppServerCommand::new(binary)
            .codex_home(self.home())
            .current_dir(self.workspace())
    }
}

impl Default for CodexHome {
    fn default() -> Self {
        Self::new()
    }
}

/// Shuts `connection` down and checks that its server exited, was reaped, and is gone.
///
/// # Panics
/// When the connection has no process, or it is left behind.
pub async fn shutdown_and_check_reaped(connection: &codex_transport::Connection) {
    let pid = connection.process_id().expect("a child process");
    let reason = connection.shutdown(std::time::Duration::from_secs(5)).await;
    assert!(
        reason.exit_status.is_some(),
        "the server was reaped: {reason}"
    );
    assert!(!process_exists(pid), "no codex process is left behind");
}

/// `initialize` params for a client named `client_name`, without capabilities.
pub fn initialize_params(client_name: &str) -> codex_protocol::InitializeParams {
    codex_protocol::InitializeParams::new(codex_protocol::ClientInfo::new(client_name, "0.1.0"))
}

/// Starts `binary app-server` on `home` through codex-transport and does the `initialize` /
/// `initialized` handshake (with the experimental API on when `experimental` is true).
///
/// # Panics
/// When the server cannot be started or the handshake fails, with the server's reason.
pub async fn start_server(
    home: &CodexHome,
    binary: &Path,
    options: codex_transport::ConnectionOptions,
) -> (
    codex_transport::Connection,
    codex_protocol::InitializeResponse,
) {
    let transport = home
        .app_server_of(binary)
        .spawn()
        .unwrap_or_else(|err| panic!("{err}"));
    let connection = codex_transport::Connection::start(transport, options);
    let params = initialize_params("codex_sdk_tests").with_capabilities(
        codex_protocol::InitializeCapabilities::new().with_experimental_api(true),
    );
    let init = connection
        .request_with_timeout::<codex_protocol::requests::Initialize>(
            params,
            std::time::Duration::from_secs(30),
        )
        .await
        .unwrap_or_else(|err| panic!("initialize failed: {err}"));
    connection
        .notify::<codex_protocol::client_notifications::Initialized>(())
        .await
        .unwrap_or_else(|err| panic!("initialized failed: {err}"));
    (connection, init)
}

/// Serves `app` on a free port of 127.0.0.1 until the returned task is aborted: the scripted
/// provider, the cassette provider and the OTLP receiver each run on one.
///
/// # Panics
/// When no port can be bound (`what` says whose).
pub(crate) async fn serve_on_loopback(
    app: axum::Router,
    what: &str,
) -> (u16, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|err| panic!("binding {what}: {err}"));
    let port = listener.local_addr().expect("local address").port();
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (port, server)
}

#[cfg(test)]
mod tests {
    /// The install notice names the message and the way to install ahead of the tests.
    #[test]
    fn the_install_notice_says_how_to_install_ahead() {
        let mut out = Vec::new();
        super::announce_to(&mut out, "installing codex 1.2.3 with npm into /tmp/x")
            .expect("writing to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(
            text.starts_with("codex-sdk-testkit: installing codex 1.2.3 with npm into /tmp/x\n"),
            "{text}"
        );
        assert!(text.contains("`cargo xtask install-codex`"), "{text}");
        assert!(text.contains("CODEX_BIN"), "{text}");
        assert!(text.ends_with('\n'), "{text}");
    }
}
