//! Running npm for an install: its options and bound, no lifecycle scripts, a process group
//! of its own that is killed whole past the bound.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::lookup::{CODEX_BIN_ENV, find_in_path};
use crate::pin::PinnedBinary;

/// The environment variable that bounds one npm run, in seconds (see [`InstallOptions`]).
pub const NPM_TIMEOUT_ENV: &str = "CODEX_SDK_NPM_TIMEOUT_SECS";

/// How long one npm run may take by default: 5 minutes.
pub const DEFAULT_NPM_TIMEOUT: Duration = Duration::from_secs(300);

/// How much longer than the npm bound a process waits for another one's install by default:
/// that one still hashes the binary after npm.
pub const LOCK_GRACE: Duration = Duration::from_secs(60);

/// How an install runs: which npm, and how long it and the wait for another install may take.
#[derive(Clone, Debug)]
pub struct InstallOptions {
    npm: Option<PathBuf>,
    npm_timeout: Duration,
    lock_timeout: Option<Duration>,
}

impl Default for InstallOptions {
    /// `npm` from `PATH`, [`DEFAULT_NPM_TIMEOUT`], and a lock wait of that plus [`LOCK_GRACE`].
    fn default() -> Self {
        InstallOptions {
            npm: None,
            npm_timeout: DEFAULT_NPM_TIMEOUT,
            lock_timeout: None,
        }
    }
}

impl InstallOptions {
    /// The defaults, with the npm bound read from `CODEX_SDK_NPM_TIMEOUT_SECS` when it is set.
    ///
    /// # Errors
    /// When that variable is not a whole number of seconds.
    pub fn from_env() -> Result<Self, String> {
        let options = InstallOptions::default();
        match std::env::var_os(NPM_TIMEOUT_ENV).filter(|v| !v.is_empty()) {
            None => Ok(options),
            Some(value) => match value.to_str().and_then(|v| v.trim().parse::<u64>().ok()) {
                Some(secs) => Ok(options.npm_timeout(Duration::from_secs(secs))),
                None => Err(format!(
                    "{NPM_TIMEOUT_ENV} is {value:?}: set it to a number of seconds, or unset it \
                     for the default of {} s",
                    DEFAULT_NPM_TIMEOUT.as_secs()
                )),
            },
        }
    }

    /// Runs this program instead of the `npm` found on `PATH`.
    #[must_use]
    pub fn npm(mut self, program: impl Into<PathBuf>) -> Self {
        self.npm = Some(program.into());
        self
    }

    /// Bounds one npm run; past it npm and every process it started are killed.
    #[must_use]
    pub fn npm_timeout(mut self, limit: Duration) -> Self {
        self.npm_timeout = limit;
        self
    }

    /// Bounds the wait for another process's install of the same release (default: the npm
    /// bound plus [`LOCK_GRACE`]).
    #[must_use]
    pub fn lock_timeout(mut self, limit: Duration) -> Self {
        self.lock_timeout = Some(limit);
        self
    }

    pub(crate) fn lock_limit(&self) -> Duration {
        self.lock_timeout
            .unwrap_or_else(|| self.npm_timeout.saturating_add(LOCK_GRACE))
    }
}

/// `npm install` of the platform package into `prefix`: no lifecycle scripts, stdin closed,
/// output into `staging/npm.log`, in a process group of its own, killed with that group when
/// it outlives the bound.
pub(crate) fn run_npm(
    staging: &Path,
    prefix: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
) -> Result<(), String> {
    let npm = match &options.npm {
        Some(npm) => npm.clone(),
        None => find_in_path(npm_name(), std::env::var_os("PATH").as_deref()).ok_or_else(|| {
            format!(
                "could not run npm (no `npm` in the absolute folders of PATH): install Node.js \
                 and npm, or set {CODEX_BIN_ENV} to a codex {} binary",
                pin.version
            )
        })?,
    };
    let log_path = staging.join("npm.log");
    let log =
        File::create(&log_path).map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let mut command = Command::new(&npm);
    command
        .args([
            "install",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--no-save",
            "--no-package-lock",
            "--prefix",
        ])
        .arg(prefix)
        .arg(format!("{}@{}", pin.package, pin.spec))
        // Not the caller's folder: a project `.npmrc` there has no say in this install.
        .current_dir(staging)
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err);
    // A group of its own, so that on the bound the whole tree npm started can be killed.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(|e| {
        format!(
            "could not run npm ({}: {e}): install Node.js and npm, or set {CODEX_BIN_ENV} to a \
             codex {} binary",
            npm.display(),
            pin.version
        )
    })?;
    let deadline = Instant::now() + options.npm_timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                kill_tree(&mut child);
                return Err(format!(
                    "`npm install {}` did not finish within {} s, so it and what it started were \
                     killed: check that the npm registry is reachable, raise the bound with \
                     {NPM_TIMEOUT_ENV}, or set {CODEX_BIN_ENV} to a codex {} binary{}",
                    pin.spec,
                    options.npm_timeout.as_secs_f64(),
                    pin.version,
                    log_tail(&log_path)
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => {
                kill_tree(&mut child);
                return Err(format!("waiting for npm: {e}"));
            }
        }
    };
    if status.success() {
        return Ok(());
    }
    // npm has exited, but something it started may still run in its group.
    kill_tree(&mut child);
    Err(format!(
        "`npm install {}` failed ({status}): check that the npm registry is reachable, or set \
         {CODEX_BIN_ENV} to a codex {} binary{}",
        pin.spec,
        pin.version,
        log_tail(&log_path)
    ))
}

fn npm_name() -> &'static str {
    if cfg!(windows) { "npm.cmd" } else { "npm" }
}

/// Kills `child`'s process group (on unix: npm and everything it started), then reaps it.
fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, kill_process_group};
        if let Some(pid) = i32::try_from(child.id()).ok().and_then(Pid::from_raw) {
            // The group id stays taken while any member lives, so this reaches no stranger.
            let _ = kill_process_group(pid, Signal::KILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The end of npm's output, for an error message.
fn log_tail(path: &Path) -> String {
    const TAIL: u64 = 4096;
    let Ok(mut file) = File::open(path) else {
        return String::new();
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = file.seek(SeekFrom::Start(len.saturating_sub(TAIL)));
    let mut bytes = Vec::new();
    let _ = file.take(TAIL).read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        String::new()
    } else {
        format!("\nnpm said:\n{}", text.trim_end())
    }
}
