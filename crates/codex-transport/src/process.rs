//! The app-server as a child process: how to start it, its stderr, and how it ends.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::process::{Child, Command};
use tokio::task::JoinHandle;

use crate::error::{CloseReason, Error, Result};
use crate::framing::{LineEvent, LineReader};
use crate::transport::Transport;

/// How many stderr lines are kept for error messages, by default.
const DEFAULT_STDERR_LINES: usize = 64;

/// Longest stderr line kept; longer ones are cut (stderr is for humans, not for data).
const MAX_STDERR_LINE_BYTES: usize = 16 * 1024;

/// How long closing waits for a server whose output ended to exit by itself.
const EXIT_WAIT: Duration = Duration::from_secs(1);

/// How long a server has to exit after SIGTERM before it is killed. codex ends the commands
/// it started when it exits on SIGTERM or on the end of its input; SIGKILL leaves their
/// children behind (codex runs each command in a session of its own), so it is the last resort.
pub(crate) const TERM_WAIT: Duration = Duration::from_secs(1);

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
        let tail = Arc::new(Mutex::new(VecDeque::with_capacity(self.stderr_lines)));
        let pid = child.id();
        let drain = tokio::spawn(drain_stderr(
            stderr,
            Arc::clone(&tail),
            self.stderr_lines,
            pid,
        ));
        tracing::debug!(program = %self.program.display(), ?pid, "started the app-server");
        let process = ChildProcess {
            group: pid.map(ProcessGroup::new),
            child,
            stderr_tail: tail,
            stderr_drain: Some(drain),
            exit_status: None,
        };
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

/// Reads the server's stderr until it closes: each line goes to `tracing` and into a ring of
/// the last `keep` lines. Draining continuously keeps the server from blocking on a full pipe.
async fn drain_stderr(
    stderr: tokio::process::ChildStderr,
    tail: Arc<Mutex<VecDeque<String>>>,
    keep: usize,
    pid: Option<u32>,
) {
    let mut reader = LineReader::new(stderr, MAX_STDERR_LINE_BYTES);
    loop {
        let line = match reader.next_line().await {
            Ok(LineEvent::Line(line)) => line,
            Ok(LineEvent::TooLong(_)) => {
                format!("[a stderr line of more than {MAX_STDERR_LINE_BYTES} bytes]")
            }
            Ok(LineEvent::NotUtf8) => "[a stderr line that is not UTF-8]".to_owned(),
            Ok(LineEvent::Eof) | Err(_) => return,
        };
        tracing::debug!(target: "codex_transport::stderr", ?pid, "{line}");
        if keep == 0 {
            continue;
        }
        if let Ok(mut tail) = tail.lock() {
            if tail.len() == keep {
                tail.pop_front();
            }
            tail.push_back(line);
        }
    }
}

/// A running app-server process owned by a connection.
#[derive(Debug)]
pub(crate) struct ChildProcess {
    /// The process group the process leads (its id is the process's).
    group: Option<ProcessGroup>,
    child: Child,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
    stderr_drain: Option<JoinHandle<()>>,
    exit_status: Option<ExitStatus>,
}

impl ChildProcess {
    /// The operating system's id of the process, while it runs.
    pub(crate) fn id(&self) -> Option<u32> {
        self.child.id()
    }

    /// The process group, for signals from outside the connection task.
    pub(crate) fn group(&self) -> Option<ProcessGroup> {
        self.group.clone()
    }

    /// Waits for the process to exit and reaps it (marking its group reaped in the same step).
    /// Cancel-safe, as `Child::wait` is.
    async fn wait(&mut self) -> std::io::Result<ExitStatus> {
        let wait = self.child.wait();
        match &self.group {
            Some(group) => group.reap(wait).await,
            None => wait.await,
        }
    }

    /// Resolves when the process has exited (never, if its status cannot be read).
    /// Cancel-safe: `Child::wait` is, and the status is kept once known.
    pub(crate) async fn exited(&mut self) {
        if self.exit_status.is_none() {
            match self.wait().await {
                Ok(status) => self.exit_status = Some(status),
                Err(_) => std::future::pending::<()>().await,
            }
        }
    }

    /// Waits up to `grace` for the process to exit by itself (its stdin is closed by then),
    /// then kills it. Either way the process is reaped: no zombie stays behind.
    pub(crate) async fn wait_or_kill(&mut self, grace: Duration) {
        if self.exit_status.is_some() {
            return;
        }
        let mut status = tokio::time::timeout(grace, self.wait()).await;
        if status.is_err() {
            tracing::debug!("the app-server did not exit within {grace:?}: terminating it");
            if let Some(group) = &self.group {
                group.signal(Signal::Term);
            }
            status = tokio::time::timeout(TERM_WAIT, self.wait()).await;
        }
        let status = match status {
            Ok(status) => status,
            Err(_) => {
                tracing::debug!(
                    "the app-server ignored SIGTERM for {TERM_WAIT:?}: killing its group"
                );
                if let Some(group) = &self.group {
                    group.signal(Signal::Kill);
                }
                // An error here means it exited meanwhile; `wait` reaps it either way.
                let _ = self.child.start_kill();
                self.wait().await
            }
        };
        self.exit_status = status.ok();
    }

    /// Adds the exit status and the stderr tail to `reason`, giving a server whose output
    /// ended a moment to exit (and to finish writing stderr) first.
    pub(crate) async fn fill_close_reason(&mut self, reason: &mut CloseReason) {
        self.wait_or_kill(EXIT_WAIT).await;
        if let Some(drain) = self.stderr_drain.take() {
            // stderr closes when the process exits; a grandchild holding it open must not
            // hold up the error.
            let _ = tokio::time::timeout(Duration::from_millis(250), drain).await;
        }
        reason.exit_status = self.exit_status;
        if let Some(group) = &self.group {
            reason.signals_sent = group.signals_sent();
        }
        if let Ok(tail) = self.stderr_tail.lock() {
            reason.stderr_tail = tail.iter().cloned().collect();
        }
    }
}

impl Drop for ChildProcess {
    /// A server not yet reaped is asked to exit (SIGTERM, and its input closes with the
    /// pipe); tokio reaps it once it has. Nothing can wait here, so no SIGKILL follows: codex
    /// exits on either signal, and ends its commands as it does.
    fn drop(&mut self) {
        if let (Some(group), None) = (&self.group, self.exit_status) {
            group.signal(Signal::Term);
        }
    }
}

/// A signal the client sends the server's process group when the server does not exit by
/// itself (see [`CloseReason::signals_sent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Signal {
    /// SIGTERM: please exit (codex then ends the commands it started).
    Term,
    /// SIGKILL: exit now, the last resort.
    Kill,
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Signal::Term => "SIGTERM",
            Signal::Kill => "SIGKILL",
        })
    }
}

/// The server's process group, as everything that may signal it (the connection task, a
/// handle's shutdown, the last handle's drop) sees it: signalled only while its leader, the
/// server, has not been reaped. Once reaped, and its other members gone, the group id is free
/// for an unrelated process to take; so reaping and marking the group reaped happen under the
/// same lock a signal is sent under, and no signal can slip in between.
#[derive(Debug, Clone)]
pub(crate) struct ProcessGroup {
    pid: u32,
    state: Arc<Mutex<GroupState>>,
}

#[derive(Debug, Default)]
struct GroupState {
    reaped: bool,
    /// The signals sent, in order (a repeat of the last one is not listed again).
    sent: Vec<Signal>,
}

impl ProcessGroup {
    fn new(pid: u32) -> Self {
        ProcessGroup {
            pid,
            state: Arc::default(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, GroupState> {
        // The state is two plain fields: a panic elsewhere cannot leave it half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends `signal` to every process of the group, unless its leader was reaped; `false`
    /// when it was (nothing is sent then).
    pub(crate) fn signal(&self, signal: Signal) -> bool {
        let mut state = self.state();
        if state.reaped {
            return false;
        }
        signal_group(self.pid, signal);
        if state.sent.last() != Some(&signal) {
            state.sent.push(signal);
        }
        true
    }

    /// The signals sent so far, in order.
    fn signals_sent(&self) -> Vec<Signal> {
        self.state().sent.clone()
    }

    /// Runs `wait` (a wait on the leader, which reaps it once it has exited), polling it
    /// under the lock and marking the group reaped in the poll that reaps: a poll of
    /// `Child::wait` only checks without blocking (`waitpid` with `WNOHANG`), so the lock is
    /// held for no longer than that.
    async fn reap<F: Future>(&self, wait: F) -> F::Output {
        let mut wait = std::pin::pin!(wait);
        std::future::poll_fn(|cx| {
            let mut state = self.state();
            let poll = wait.as_mut().poll(cx);
            if poll.is_ready() {
                state.reaped = true;
            }
            poll
        })
        .await
    }
}

/// Sends `signal` to every process of the group `pid` leads. Only [`ProcessGroup::signal`]
/// calls it: the group id is known to be the server's.
fn signal_group(pid: u32, signal: Signal) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, kill_process_group};
        let signal = match signal {
            Signal::Term => rustix::process::Signal::TERM,
            Signal::Kill => rustix::process::Signal::KILL,
        };
        if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
            let _ = kill_process_group(pid, signal);
        }
    }
    #[cfg(not(unix))]
    let _ = (pid, signal);
}
