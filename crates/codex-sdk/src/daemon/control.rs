//! Finding the daemon of a `CODEX_HOME` by its control socket, and starting it with the CLI
//! when the builder asks for it.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use super::{Daemon, DaemonStatus};
use crate::error::{Error, Result};

/// The longest `codex app-server daemon start` may take: its first run copies the codex
/// release into `CODEX_HOME/packages` before it starts the server.
pub(crate) const DAEMON_START_TIMEOUT: Duration = Duration::from_secs(120);

/// The `CODEX_HOME` the daemon of this client belongs to: the builder's, else the
/// environment's, else `~/.codex` (where codex itself looks).
pub(crate) fn codex_home(configured: Option<&Path>) -> Result<PathBuf> {
    if let Some(home) = configured {
        return Ok(home.to_owned());
    }
    if let Some(home) = std::env::var_os("CODEX_HOME").filter(|home| !home.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    std::env::var_os("HOME")
        .filter(|home| !home.is_empty())
        .map(|home| PathBuf::from(home).join(".codex"))
        .ok_or_else(|| {
            Error::InvalidInput(
                "no CODEX_HOME and no HOME: set `CodexBuilder::codex_home` to find the daemon"
                    .into(),
            )
        })
}

/// Where the daemon of `codex_home` listens.
pub(crate) fn socket_path(codex_home: &Path) -> PathBuf {
    codex_home
        .join("app-server-control")
        .join("app-server-control.sock")
}

/// The running daemon of `codex_home`, or an error that says how to start one.
pub(crate) fn find(codex_home: &Path) -> Result<Daemon> {
    let socket_path = socket_path(codex_home);
    if !socket_path.exists() {
        return Err(Error::Transport(codex_transport::Error::Connect {
            endpoint: format!("unix://{}", socket_path.display()),
            reason: format!(
                "no app-server daemon runs for CODEX_HOME `{}`: start one with `codex \
                 app-server daemon start`, or with `CodexBuilder::start_daemon()`",
                codex_home.display()
            ),
        }));
    }
    Ok(Daemon {
        status: DaemonStatus::Joined,
        codex_home: codex_home.to_owned(),
        socket_path,
    })
}

/// Runs `codex app-server daemon start` for `codex_home` with the config overrides, within
/// [`DAEMON_START_TIMEOUT`], and reads what it did from the JSON it prints.
pub(crate) async fn start(
    binary: &Path,
    codex_home: &Path,
    config: &[(String, String)],
) -> Result<Daemon> {
    let mut command = tokio::process::Command::new(binary);
    command.args(["app-server", "daemon", "start"]);
    for (key, value) in config {
        command.arg("-c").arg(format!("{key}={value}"));
    }
    command
        .env("CODEX_HOME", codex_home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let failed = |reason: String| {
        Error::Transport(codex_transport::Error::Connect {
            endpoint: format!("the daemon of CODEX_HOME `{}`", codex_home.display()),
            reason,
        })
    };
    let output = tokio::time::timeout(DAEMON_START_TIMEOUT, command.output())
        .await
        .map_err(|_| {
            failed(format!(
                "`codex app-server daemon start` did not finish within {DAEMON_START_TIMEOUT:?}"
            ))
        })?
        .map_err(|err| failed(format!("cannot run `{}`: {err}", binary.display())))?;
    let said = String::from_utf8_lossy(&output.stdout);
    let report = said
        .lines()
        .rev()
        .find_map(|line| serde_json::from_str::<serde_json::Value>(line).ok());
    let status = report
        .as_ref()
        .and_then(|report| report["status"].as_str())
        .unwrap_or_default();
    let status = match status {
        "started" if output.status.success() => DaemonStatus::Started,
        "alreadyRunning" if output.status.success() => DaemonStatus::AlreadyRunning,
        _ => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let last_lines: Vec<&str> = stderr.lines().rev().take(5).collect();
            return Err(failed(format!(
                "`codex app-server daemon start` failed ({}): {}",
                output.status,
                last_lines.into_iter().rev().collect::<Vec<_>>().join(" / ")
            )));
        }
    };
    let socket_path = report
        .as_ref()
        .and_then(|report| report["socketPath"].as_str())
        .map_or_else(|| socket_path(codex_home), PathBuf::from);
    Ok(Daemon {
        status,
        codex_home: codex_home.to_owned(),
        socket_path,
    })
}
