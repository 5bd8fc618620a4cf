//! Clients measured side by side, so that a slow spell of this shared machine weighs on all
//! of them alike: short turns taken in turn, long turns time-sliced.
//!
//! Run one after the other, two runs of the same client differ by up to 15% on a long turn
//! here (the machine's speed changes from second to second), more than the differences the
//! targets are about. Every client of [`PairedClient::ALL`] runs as a process of its own with
//! its own server, started once per repetition in [`Pace::Lockstep`](crate::pace::Pace).
//! Short turns: the clients take turns, one short turn each in an order that rotates every
//! turn. Long turns: every client starts its turn, then the clients run in slices of
//! [`SLICE`], one at a time (the others and their servers stopped with `SIGSTOP`); a turn's
//! time is the sum of its slices.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use codex_sdk_testkit::CodexHome;
use rustix::process::{Pid, Signal, kill_process};

use crate::clients::ClientReport;
use crate::report::{PairedClient, PairedRun};
use crate::{client_args, client_command};

/// How long a client of the long-turn comparison runs before the next one's turn: short
/// enough that the machine's slow spells fall on every client alike, long enough that
/// stopping and continuing the processes costs next to nothing.
const SLICE: Duration = Duration::from_millis(50);

/// The lockstep clients alive now, by pid: what an interrupted run must not leave stopped.
static ALIVE: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// Waits for Ctrl-C, then continues and kills every lockstep client and exits. Without it an
/// interrupt in the middle of a slice would leave the stopped clients and their servers
/// stopped for good (a stopped process does not act on the interrupt).
pub(crate) async fn end_clients_on_interrupt() {
    if tokio::signal::ctrl_c().await.is_err() {
        return;
    }
    let alive = ALIVE.lock().map(|alive| alive.clone()).unwrap_or_default();
    for pid in alive {
        signal_tree(pid, Signal::CONT);
        signal_tree(pid, Signal::KILL);
    }
    eprintln!("interrupted");
    std::process::exit(130);
}

/// Sends `signal` to `root` and every process under it.
pub(crate) fn signal_tree(root: u32, signal: Signal) {
    for pid in process_tree(root) {
        if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
            let _ = kill_process(pid, signal);
        }
    }
}

/// How long a client may take to answer a step (or, for the long turn, run in all): past it
/// the run fails instead of waiting on a client that hangs.
const PATIENCE: Duration = Duration::from_secs(300);

/// `turns` short turns per client and repetition, taken in turn.
pub(crate) fn short_turns(
    home: &CodexHome,
    codex: &Path,
    reps: usize,
    turns: usize,
) -> Result<Vec<PairedRun>, String> {
    let what = format!("short turns, taken in turn ({turns} each)");
    each_repetition(home, codex, reps, 0, &what, |rep, mut clients, runs| {
        for turn in 0..turns {
            for k in 0..clients.len() {
                let at = (rep + turn + k) % clients.len();
                clients[at].1.step("short")?;
                clients[at].1.line()?;
            }
        }
        for (client, process) in clients {
            runs.push(PairedRun {
                rep,
                client,
                report: process.finish()?,
            });
        }
        Ok(())
    })
}

/// Runs `one` once per repetition on freshly started clients (with `deltas` for a long
/// turn), saying which repetition of `what` it is; `one` adds the repetition's runs.
fn each_repetition(
    home: &CodexHome,
    codex: &Path,
    reps: usize,
    deltas: usize,
    what: &str,
    mut one: impl FnMut(
        usize,
        Vec<(PairedClient, LockstepClient)>,
        &mut Vec<PairedRun>,
    ) -> Result<(), String>,
) -> Result<Vec<PairedRun>, String> {
    let mut runs = Vec::new();
    for rep in 0..reps {
        eprintln!("{what}: repetition {}/{reps}", rep + 1);
        one(rep, start_all(home, codex, deltas)?, &mut runs)?;
    }
    Ok(runs)
}

/// One long turn of `deltas` deltas per client and repetition, time-sliced. Each run's
/// `long_turn_s` is the time its client and server ran until the turn ended.
pub(crate) fn long_turns(
    home: &CodexHome,
    codex: &Path,
    reps: usize,
    deltas: usize,
) -> Result<Vec<PairedRun>, String> {
    let what = format!("long turn ({deltas} deltas), time-sliced");
    each_repetition(
        home,
        codex,
        reps,
        deltas,
        &what,
        |rep, mut clients, runs| {
            for (_, process) in &mut clients {
                process.signal(Signal::STOP);
                // Read when the client next runs.
                process.step("long")?;
            }
            let mut ran = vec![Duration::ZERO; clients.len()];
            let mut done = vec![false; clients.len()];
            let mut next = rep;
            while done.contains(&false) {
                if let Some(slow) = ran.iter().position(|ran| *ran > PATIENCE) {
                    return Err(format!(
                        "{:?} ran its long turn for {PATIENCE:?} without an end",
                        clients[slow].0
                    ));
                }
                let at = next % clients.len();
                next += 1;
                if done[at] {
                    continue;
                }
                let process = &mut clients[at].1;
                // From when the client and its server run again to when they are stopped (the
                // walk of `/proc` before a stop is theirs, the one before a continue is not).
                process.signal(Signal::CONT);
                let began = Instant::now();
                let ended = process.line_before(began + SLICE)?;
                process.signal(Signal::STOP);
                let until = match ended {
                    Some((line, at_time)) if line == "done" => {
                        done[at] = true;
                        at_time
                    }
                    Some((line, _)) => {
                        return Err(format!("a client said {line:?} instead of done"));
                    }
                    None => Instant::now(),
                };
                ran[at] += until.saturating_duration_since(began);
            }
            for ((client, process), ran) in clients.into_iter().zip(ran) {
                process.signal(Signal::CONT);
                let mut report = process.finish()?;
                if report.deltas != deltas {
                    return Err(format!(
                        "{client:?} received {} of the {deltas} deltas",
                        report.deltas
                    ));
                }
                report.long_turn_s = ran.as_secs_f64();
                runs.push(PairedRun {
                    rep,
                    client,
                    report,
                });
            }
            Ok(())
        },
    )
}

/// Starts every client of [`PairedClient::ALL`] in lockstep, with `deltas` for a long turn.
fn start_all(
    home: &CodexHome,
    codex: &Path,
    deltas: usize,
) -> Result<Vec<(PairedClient, LockstepClient)>, String> {
    PairedClient::ALL
        .into_iter()
        .map(|client| {
            let (kind, runtime) = client.kind_and_runtime();
            let mut args = client_args(kind, codex);
            args.extend(["--lockstep", "--deltas", &deltas.to_string()].map(String::from));
            Ok((client, LockstepClient::start(home, &args, runtime)?))
        })
        .collect()
}

/// A client process in lockstep, and the lines it writes (each with when it was read).
struct LockstepClient {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<(String, Instant)>,
    /// Whether the client has ended (and is waited for): nothing is left to clean up.
    ended: bool,
}

impl LockstepClient {
    /// Starts the client and waits until its thread is started.
    fn start(home: &CodexHome, args: &[String], runtime: &str) -> Result<Self, String> {
        let mut child = client_command(home, args, runtime)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("starting a client: {e}"))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("a client without its pipes".to_owned());
        };
        if let Ok(mut alive) = ALIVE.lock() {
            alive.push(child.id());
        }
        // A thread notes when each line arrives, while the orchestrator sleeps or signals.
        let (sender, lines) = mpsc::channel();
        let reading = std::thread::Builder::new()
            .name("lockstep-client".to_owned())
            .spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { return };
                    if sender.send((line, Instant::now())).is_err() {
                        return;
                    }
                }
            });
        let client = LockstepClient {
            child,
            stdin: Some(stdin),
            lines,
            ended: false,
        };
        // Dropping the client on this error ends its process.
        reading.map_err(|e| format!("starting a thread to read a client: {e}"))?;
        let ready = client.line()?;
        if ready != "ready" {
            return Err(format!("a client said {ready:?} instead of ready"));
        }
        Ok(client)
    }

    /// Tells the client its next step.
    fn step(&mut self, step: &str) -> Result<(), String> {
        let stdin = self.stdin.as_mut().ok_or("the client's stdin is closed")?;
        writeln!(stdin, "{step}")
            .and_then(|()| stdin.flush())
            .map_err(|e| format!("writing to a client: {e}"))
    }

    /// The client's next line, within [`PATIENCE`].
    fn line(&self) -> Result<String, String> {
        self.line_before(Instant::now() + PATIENCE)?
            .map(|(line, _)| line)
            .ok_or_else(|| format!("a client wrote nothing for {PATIENCE:?}"))
    }

    /// The client's next line if it comes before `deadline`, with when it came.
    fn line_before(&self, deadline: Instant) -> Result<Option<(String, Instant)>, String> {
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.lines.recv_timeout(wait) {
            Ok(line) => Ok(Some(line)),
            Err(mpsc::RecvTimeoutError::Timeout) => Ok(None),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err("a client ended early (its errors are above)".to_owned())
            }
        }
    }

    /// Sends `signal` to the client and every process under it (its server, and what the
    /// server runs).
    fn signal(&self, signal: Signal) {
        signal_tree(self.child.id(), signal);
    }

    /// Notes that the client has ended: nothing is left to clean up.
    fn mark_ended(&mut self) {
        self.ended = true;
        if let Ok(mut alive) = ALIVE.lock() {
            alive.retain(|pid| *pid != self.child.id());
        }
    }

    /// Ends the client's steps and returns its report.
    fn finish(mut self) -> Result<ClientReport, String> {
        // The end of its stdin ends the client.
        self.stdin = None;
        let report = self.line()?;
        let status = self.child.wait().map_err(|e| e.to_string())?;
        self.mark_ended();
        if !status.success() {
            return Err(format!("a client ended with {status}"));
        }
        serde_json::from_str(&report).map_err(|e| format!("a client's report: {e}"))
    }
}

impl Drop for LockstepClient {
    /// A client left behind by an error is continued (a stopped server would never see its
    /// stdin end) and killed.
    fn drop(&mut self) {
        if !self.ended {
            self.signal(Signal::CONT);
            let _ = self.child.kill();
            let _ = self.child.wait();
            self.mark_ended();
        }
    }
}

/// `root` and every process under it, from `/proc`.
fn process_tree(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            // `pid (name) state ppid ...`: the name can hold spaces and parentheses.
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|ppid| ppid.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                children.entry(ppid).or_default().push(pid);
            }
        }
    }
    let mut tree = vec![root];
    let mut at = 0;
    while let Some(&pid) = tree.get(at) {
        tree.extend(children.get(&pid).into_iter().flatten());
        at += 1;
    }
    tree
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_tree_holds_a_child_and_its_child() {
        // A shell that starts a sleep and waits: the sleep is a grandchild of this process.
        let mut shell = std::process::Command::new("sh")
            .args(["-c", "sleep 30 & echo $!; wait"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("sh runs");
        let mut line = String::new();
        let stdout = shell.stdout.take().expect("piped");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the shell says its child's pid");
        let sleep: u32 = line.trim().parse().expect("a pid");
        let tree = process_tree(std::process::id());
        if let Some(pid) = i32::try_from(sleep).ok().and_then(Pid::from_raw) {
            let _ = kill_process(pid, Signal::KILL);
        }
        let _ = shell.wait();
        assert_eq!(tree.first(), Some(&std::process::id()));
        assert!(tree.contains(&shell.id()), "{tree:?} lacks the shell");
        assert!(tree.contains(&sleep), "{tree:?} lacks the shell's child");
    }
}
