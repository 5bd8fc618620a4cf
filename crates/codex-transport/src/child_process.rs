//! A running app-server process as its connection owns it: its stderr, kept and logged, and
//! how it ends (the end of its input, then SIGTERM, then SIGKILL, for its whole group).

use std::collections::VecDeque;
use std::process::ExitStatus;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::process::{Child, ChildStderr};
use tokio::task::JoinHandle;

use crate::error::CloseReason;
use crate::framing::{LineReader, Received};
use crate::process_group::{ProcessGroup, Signal};

/// Longest stderr line kept; longer ones are cut (stderr is for humans, not for data).
const MAX_STDERR_LINE_BYTES: usize = 16 * 1024;

/// How long closing waits for a server whose output ended to exit by itself.
const EXIT_WAIT: Duration = Duration::from_secs(1);

/// How long a server has to exit after SIGTERM before it is killed. codex ends the commands
/// it started when it exits on SIGTERM or on the end of its input; SIGKILL leaves their
/// children behind (codex runs each command in a session of its own), so it is the last resort.
pub(crate) const TERM_WAIT: Duration = Duration::from_secs(1);

/// Reads the server's stderr until it closes: each line goes to `tracing` and into a ring of
/// the last `keep` lines. Draining continuously keeps the server from blocking on a full pipe.
async fn drain_stderr(
    stderr: ChildStderr,
    tail: Arc<Mutex<VecDeque<String>>>,
    keep: usize,
    pid: Option<u32>,
) {
    let mut reader = LineReader::new(stderr, MAX_STDERR_LINE_BYTES);
    loop {
        let line = match reader.next_line().await {
            Ok(Received::Message(line)) => line,
            Ok(Received::TooLong(_)) => {
                format!("[a stderr line of more than {MAX_STDERR_LINE_BYTES} bytes]")
            }
            Ok(Received::NotUtf8) => "[a stderr line that is not UTF-8]".to_owned(),
            Ok(Received::Eof) | Err(_) => return,
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
    /// Owns the started `child`, leader of a process group of its own, and drains its
    /// `stderr`, keeping its last `keep` lines.
    pub(crate) fn new(child: Child, stderr: ChildStderr, keep: usize) -> Self {
        let tail = Arc::new(Mutex::new(VecDeque::with_capacity(keep)));
        let pid = child.id();
        let drain = tokio::spawn(drain_stderr(stderr, Arc::clone(&tail), keep, pid));
        ChildProcess {
            group: pid.map(ProcessGroup::new),
            child,
            stderr_tail: tail,
            stderr_drain: Some(drain),
            exit_status: None,
        }
    }

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
