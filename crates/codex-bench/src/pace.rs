//! How a client run paces its turns: on its own (the short turns, then the long turn), or in
//! lockstep with other clients, one step at a time as the orchestrating process says.

use std::io::Write;
use std::time::Duration;

/// How a client paces its turns.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pace {
    /// This many short turns back to back, then the long turn (when it has deltas).
    Turns(usize),
    /// In lockstep with other clients: `ready` on stdout once the thread is started, then one
    /// step per line read from stdin (`short` or `long`) until stdin ends. After each short
    /// turn its latency in milliseconds goes to stdout, after the long turn `done`. The
    /// report follows on the last line.
    Lockstep,
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Short,
    Long,
    End,
}

impl Pace {
    /// Says the client is ready for its first step.
    pub(crate) fn ready(self) -> Result<(), String> {
        match self {
            Pace::Turns(_) => Ok(()),
            Pace::Lockstep => say("ready"),
        }
    }

    /// The next step after `shorts` short turns and the long turn if `long_done`; waits for
    /// the orchestrator in lockstep.
    pub(crate) fn next(
        self,
        shorts: usize,
        long_done: bool,
        deltas: usize,
    ) -> Result<Step, String> {
        match self {
            Pace::Turns(turns) if shorts < turns => Ok(Step::Short),
            Pace::Turns(_) if deltas > 0 && !long_done => Ok(Step::Long),
            Pace::Turns(_) => Ok(Step::End),
            Pace::Lockstep => {
                let mut line = String::new();
                let read = std::io::stdin()
                    .read_line(&mut line)
                    .map_err(|e| format!("reading the next step: {e}"))?;
                match (read, line.trim()) {
                    (0, _) => Ok(Step::End),
                    (_, "short") => Ok(Step::Short),
                    (_, "long") => Ok(Step::Long),
                    (_, other) => Err(format!("an unknown step {other:?}")),
                }
            }
        }
    }

    /// [`Pace::next`] off the runtime's threads, so the connection runs while the client
    /// waits for the orchestrator.
    pub(crate) async fn next_async(
        self,
        shorts: usize,
        long_done: bool,
        deltas: usize,
    ) -> Result<Step, String> {
        match self {
            Pace::Turns(_) => self.next(shorts, long_done, deltas),
            Pace::Lockstep => {
                tokio::task::spawn_blocking(move || self.next(shorts, long_done, deltas))
                    .await
                    .map_err(|e| format!("waiting for the next step: {e}"))?
            }
        }
    }

    /// Reports a short turn's latency to the orchestrator.
    pub(crate) fn short_done(self, latency: Duration) -> Result<(), String> {
        match self {
            Pace::Turns(_) => Ok(()),
            Pace::Lockstep => say(&format!("{}", latency.as_secs_f64() * 1e3)),
        }
    }

    /// Reports the end of the long turn to the orchestrator.
    pub(crate) fn long_done(self) -> Result<(), String> {
        match self {
            Pace::Turns(_) => Ok(()),
            Pace::Lockstep => say("done"),
        }
    }
}

/// One line on stdout, flushed: the orchestrator waits for it.
fn say(line: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{line}")
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("writing to the orchestrator: {e}"))
}
