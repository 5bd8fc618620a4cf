//! `AppServerCommand`: how to start the app-server as a child process talking over its stdio.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::process::Command;

use crate::child_process::ChildProcess;
use crate::error::{Error, Result};
use crate::transport::Transport;

/// How many stderr lines are kept for error messages, by default.
const DEFAULT_STDERR_LINES: usize = 64;

/// How to start `codex app-server` as a child process talking over its stdin and stdout.
///
/// ```no_run
/// # async fn demo() -> codex_transport::Result<()> {
/// use codex_transport::{AppServerCommand, Connection, ConnectionOptions};
///
/// let transport = AppServerCommand::new("codex")
///     .config("model", "\"gpt-5\"")
///     .codex_home("/tmp/my-codex-home")
///     .spawn()?;
/// let connection = Connection::start(transport, ConnectionOptions::new());
/// # Ok(()) }
/// ```
///
/// Ending the server ends the commands the agent started too. The server runs in a process
/// group of its own (so a Ctrl-C meant for your program is yours to handle), and is ended
/// gently first: its input is closed, then it gets SIGTERM, and only then SIGKILL, for the
/// whole group; codex ends the commands it started when it exits on the first two. When your
/// program dies, the server's input closes, and it exits with its commands.
#[derive(Clone)]
pub struct AppServerCommand {
    program: PathBuf,
    args: Vec<OsString>,
    config: Vec<String>,
    env: Vec<(OsString, Option<OsString>)>,
    cwd: Option<PathBuf>,
    stderr_lines: usize,
    read_coalescing: Duration,
}

/// Shows names only: environment values and config values can hold secrets (API keys,
/// tokens), so they are never printed.
impl std::fmt::Debug for AppServerCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let config_keys: Vec<&str> = self
            .config
            .iter()
            .map(|pair| pair.split_once('=').map_or(pair.as_str(), |(key, _)| key))
            .collect();
        let env: Vec<String> = self
            .env
            .iter()
            .map(|(key, value)| match value {
                Some(_) => format!("{}=<redacted>", key.to_string_lossy()),
                None => format!("-{}", key.to_string_lossy()),
            })
            .collect();
        f.debug_struct("AppServerCommand")
            .field("program", &self.program)
            .field("args", &self.args)
            .field("config_keys", &config_keys)
            .field("env", &env)
            .field("cwd", &self.cwd)
            .finish_non_exhaustive()
    }
}

impl AppServerCommand {
    /// Runs `program app-server`; `program` is a path to the codex binary, or a name looked up
    /// on `PATH`.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        AppServerCommand {
            program: program.into(),
            args: Vec::new(),
            config: Vec::new(),
            env: Vec::new(),
            cwd: None,
            stderr_lines: DEFAULT_STDERR_LINES,
            read_coalescing: crate::stdout_reader::DEFAULT_READ_COALESCING,
        }
    }

    /// Adds an argument after `app-server`.
    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Overrides one config value, as `-c key=value` does. `value` is TOML (a string needs
    /// its quotes: `config("model", "\"gpt-5\"")`); the server reads a bare word as a string.
    pub fn config(mut self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.config
            .push(format!("{}={}", key.as_ref(), value.as_ref()));
        self
    }

    /// Sets an environment variable of the server.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// Removes an environment variable from the server's environment.
    pub fn env_remove(mut self, key: impl Into<OsString>) -> Self {
        self.env.push((key.into(), None));
        self
    }

    /// The server's working directory.
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// The server's `CODEX_HOME`: where it reads `config.toml` and keeps its threads.
    pub fn codex_home(self, dir: impl AsRef<Path>) -> Self {
        self.env("CODEX_HOME", dir.as_ref().as_os_str())
    }

    /// How many of the server's last stderr lines to keep for error messages (64 by default).
    pub fn stderr_tail_lines(mut self, lines: usize) -> Self {
        self.stderr_lines = lines;
        self
    }

    /// How long a read of the server's output may wait for more lines while the server
    /// streams back to back (2 ms by default; [`Duration::ZERO`] reads every line at once).
    ///
    /// A long turn streams thousands of deltas, each a line of its own. Read one by one, every
    /// line wakes the reader and the stream's consumer, and those wake-ups are most of what a
    /// client spends on a turn. The server's output is read by a thread of the connection's
    /// own: once the server has been writing back to back for a while, that thread waits until
    /// `window` after its previous read, and the next read brings every line written
    /// meanwhile, handed to each stream as one batch. The first lines after a quiet spell (an
    /// answer, the start of a turn, a model streaming at human speed) are read at once, and so
    /// is the rest of a line already begun: only events of a fast burst arrive up to `window`
    /// later than they could.
    pub fn read_coalescing(mut self, window: Duration) -> Self {
        self.read_coalescing = window;
        self
    }

    /// The program this command runs.
    pub fn program(&self) -> &Path {
        &self.program
    }

    /// Starts the server and returns a transport over its stdin and stdout, for
    /// [`Connection::start`](crate::Connection::start). Needs a tokio runtime.
    ///
    /// The process is killed when the connection ends without a graceful shutdown, or when
    /// the transport is dropped unused.
    ///
    /// # Errors
    /// [`Error::Spawn`] with the program tried and a hint when it cannot be started.
    pub fn spawn(&self) -> Result<Transport> {
        let mut command = Command::new(&self.program);
        command.arg("app-server");
        for pair in &self.config {
            command.arg("-c").arg(pair);
        }
        command.args(&self.args);
        for (key, value) in &self.env {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
        if let Some(cwd) = &self.cwd {
            command.current_dir(cwd);
        }
        // The server's stdout is read by a thread of our own, with blocking reads (see
        // `stdout_reader`): the pipe is made here, blocking, rather than by tokio.
        let (stdout, stdout_writer) = std::io::pipe().map_err(Error::io)?;
        command
            .stdin(Stdio::piped())
            .stdout(stdout_writer)
            .stderr(Stdio::piped());
        // No `kill_on_drop`: a SIGKILL would leave the agent's commands behind. Dropping a
        // `ChildProcess` sends SIGTERM instead (and its input closes), and tokio reaps it.
        // A group of its own: a terminal's Ctrl-C meant for the app does not reach the server
        // (the app ends it, gently, and codex then ends its commands, which run in sessions of
        // their own); signals the SDK sends reach whatever else the server put in its group.
        #[cfg(unix)]
        command.process_group(0);
        let mut child = command.spawn().map_err(|source| Error::Spawn {
            hint: spawn_hint(&source, self.cwd.as_deref()),
            program: self.program.clone(),
            source: Arc::new(source),
        })?;
        // The command holds the write end of the stdout pipe: drop it, or the pipe never ends.
        drop(command);
        let stdout =
            crate::stdout_reader::spawn(stdout, self.read_coalescing).map_err(Error::io)?;
        let pipes = (child.stdin.take(), child.stderr.take());
        let (Some(stdin), Some(stderr)) = pipes else {
            // Unreachable with stdin and stderr piped, but say so rather than panic.
            return Err(Error::io(std::io::Error::other(
                "the child's pipes were not opened",
            )));
        };
        let process = ChildProcess::new(child, stderr, self.stderr_lines);
        tracing::debug!(program = %self.program.display(), pid = ?process.id(), "started the app-server");
        let mut transport = Transport::from_io(stdout, stdin);
        transport.process = Some(process);
        Ok(transport)
    }
}

fn spawn_hint(error: &std::io::Error, cwd: Option<&Path>) -> String {
    let version = codex_protocol::PINNED_CODEX_VERSION;
    match error.kind() {
        std::io::ErrorKind::NotFound if cwd.is_some_and(|dir| !dir.is_dir()) => {
            "the working directory does not exist".to_owned()
        }
        std::io::ErrorKind::NotFound => format!(
            "install codex with `npm install -g @openai/codex@{version}`, or give the full path \
             of the binary (the SDK also reads CODEX_BIN)"
        ),
        std::io::ErrorKind::PermissionDenied => {
            "the file is not executable: check its permissions (`chmod +x`)".to_owned()
        }
        _ => format!("check that it is a codex binary (`codex --version` should say {version})"),
    }
}
