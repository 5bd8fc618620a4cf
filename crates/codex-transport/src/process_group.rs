//! The server's process group and the signals the client sends it: signalled only while the
//! server, its leader, has not been reaped.

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

/// A signal the client sends the server's process group when the server does not exit by
/// itself (see [`CloseReason::signals_sent`](crate::CloseReason::signals_sent)).
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
    pub(crate) fn new(pid: u32) -> Self {
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
    pub(crate) fn signals_sent(&self) -> Vec<Signal> {
        self.state().sent.clone()
    }

    /// Runs `wait` (a wait on the leader, which reaps it once it has exited), polling it
    /// under the lock and marking the group reaped in the poll that reaps: a poll of
    /// `Child::wait` only checks without blocking (`waitpid` with `WNOHANG`), so the lock is
    /// held for no longer than that.
    pub(crate) async fn reap<F: Future>(&self, wait: F) -> F::Output {
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
