//! The same minimal app on each Rust SDK (`apps/*`: codex-driver and the two peers on
//! crates.io), built as a user builds an app and run as a client of the bench.
//!
//! Each app is a package of its own, outside the workspace, with its own lockfile, so it is
//! built with the SDK's own `[profile]` defaults and the dependency versions it pins.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use codex_sdk_testkit::CodexHome;

use crate::clients::ClientReport;
use crate::workspace_root;

/// One of the minimal apps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) enum MinimalApp {
    /// On this workspace's SDK.
    CodexDriver,
    /// On `codex-app-server-sdk` 0.5.1.
    AppServerSdk,
    /// On `codex-codes` 0.166.4.
    CodexCodes,
}

impl MinimalApp {
    /// Every app, ours first.
    pub(crate) const ALL: [MinimalApp; 3] = [
        MinimalApp::CodexDriver,
        MinimalApp::AppServerSdk,
        MinimalApp::CodexCodes,
    ];

    /// Its folder under `apps/`, also its name on the command line.
    pub(crate) fn dir_name(self) -> &'static str {
        match self {
            MinimalApp::CodexDriver => "codex-driver",
            MinimalApp::AppServerSdk => "codex-app-server-sdk",
            MinimalApp::CodexCodes => "codex-codes",
        }
    }

    /// The app named `name` (its folder's name).
    pub(crate) fn named(name: &str) -> Result<MinimalApp, String> {
        MinimalApp::ALL
            .into_iter()
            .find(|app| app.dir_name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = MinimalApp::ALL.iter().map(|app| app.dir_name()).collect();
                format!("no app {name:?}; the apps are {}", names.join(", "))
            })
    }

    /// The SDK and its version, as tables show it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            MinimalApp::CodexDriver => "codex-driver (ours)",
            MinimalApp::AppServerSdk => "codex-app-server-sdk 0.5.1",
            MinimalApp::CodexCodes => "codex-codes 0.166.4",
        }
    }

    fn manifest(self) -> PathBuf {
        workspace_root()
            .join("crates/codex-bench/apps")
            .join(self.dir_name())
            .join("Cargo.toml")
    }

    /// Its executable in `target_dir` after a build with `profile`.
    pub(crate) fn binary(self, target_dir: &Path, profile: Profile) -> PathBuf {
        target_dir
            .join(profile.dir())
            .join(format!("bench-app-{}", self.dir_name()))
    }
}

/// A cargo profile the apps are built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) enum Profile {
    Debug,
    Release,
}

impl Profile {
    fn dir(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }
}

/// What one build measured.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Build {
    pub(crate) wall_s: f64,
    /// CPU time of cargo and every compiler it ran.
    pub(crate) cpu_s: f64,
    /// Packages compiled (build scripts and their runs count with their package).
    pub(crate) crates: usize,
}

/// Downloads what `app` depends on, so no timed build waits for the registry.
pub(crate) fn fetch(app: MinimalApp) -> Result<(), String> {
    let status = cargo()
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(app.manifest())
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("running cargo fetch: {e}"))?;
    if !status.success() {
        return Err(format!(
            "`cargo fetch --locked` of the {name} app failed (cargo said why above); when its \
             lockfile is behind the SDK's dependencies, refresh it with `cargo fetch \
             --manifest-path crates/codex-bench/apps/{name}/Cargo.toml`",
            name = app.dir_name()
        ));
    }
    Ok(())
}

/// Builds `app` with `profile` into `target_dir` (as it is: empty for a clean build).
pub(crate) fn build(app: MinimalApp, profile: Profile, target_dir: &Path) -> Result<Build, String> {
    let mut command = cargo();
    command
        .args(["build", "--locked", "--manifest-path"])
        .arg(app.manifest());
    if profile == Profile::Release {
        command.arg("--release");
    }
    timed_build(command, target_dir, app.dir_name())
}

/// Builds codex-protocol alone (debug, in the workspace) into `target_dir`.
pub(crate) fn build_protocol(target_dir: &Path) -> Result<Build, String> {
    let mut command = cargo();
    command
        .args(["build", "-p", "codex-driver-protocol"])
        .current_dir(workspace_root());
    timed_build(command, target_dir, "codex-protocol")
}

/// Runs the cargo build `command` into `target_dir` and measures it.
fn timed_build(mut command: Command, target_dir: &Path, what: &str) -> Result<Build, String> {
    command
        .arg("--message-format=json")
        .arg("--target-dir")
        .arg(target_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let cpu_before = children_cpu_s();
    let started = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("running cargo build: {e}"))?;
    let wall = started.elapsed();
    if !output.status.success() {
        return Err(format!(
            "building {what} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(Build {
        wall_s: wall.as_secs_f64(),
        cpu_s: children_cpu_s() - cpu_before,
        crates: packages_compiled(&String::from_utf8_lossy(&output.stdout)),
    })
}

/// The packages of `--message-format=json` output that cargo compiled (not found fresh).
fn packages_compiled(messages: &str) -> usize {
    let mut packages: Vec<String> = messages
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["fresh"] == false)
        .filter_map(|m| m["package_id"].as_str().map(str::to_owned))
        .collect();
    packages.sort();
    packages.dedup();
    packages.len()
}

/// A `cargo` command, the one that runs the bench when there is one.
pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// An app's arguments: `turns` short turns and a long turn of `deltas` deltas on `codex`.
pub(crate) fn run_args(codex: &Path, turns: usize, deltas: usize) -> Vec<String> {
    vec![
        "--codex".into(),
        codex.display().to_string(),
        "--turns".into(),
        turns.to_string(),
        "--deltas".into(),
        deltas.to_string(),
    ]
}

/// How long an app may run before it is given up on (a 100,000-delta turn takes about five
/// seconds here).
const APP_TIMEOUT: Duration = Duration::from_secs(300);

/// Runs the app `binary` with `args` (see `apps/report.rs`), `home` as `CODEX_HOME`; its
/// report.
pub(crate) fn run(
    home: &CodexHome,
    binary: &Path,
    args: &[String],
) -> Result<ClientReport, String> {
    let child = Command::new(binary)
        .args(args)
        .env("CODEX_HOME", home.home())
        .current_dir(home.workspace())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting {}: {e}", binary.display()))?;
    let pid = child.id();
    // Its pipes are read while it runs (a full pipe would stall it), on a thread of their own
    // so that this one can give up at the deadline.
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait_with_output());
    });
    let output = match finished.recv_timeout(APP_TIMEOUT) {
        Ok(output) => output,
        Err(_) => {
            // The app and the server it started: a stuck app must not leave a server behind.
            crate::lockstep::signal_tree(pid, rustix::process::Signal::KILL);
            return Err(format!(
                "{} did not finish in {} s",
                binary.display(),
                APP_TIMEOUT.as_secs()
            ));
        }
    }
    .map_err(|e| format!("reading {}'s output: {e}", binary.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed ({}): {}",
            binary.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| {
        format!(
            "{}'s report ({e}): {}",
            binary.display(),
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// The CPU seconds of this process's waited-for children so far (`cutime` + `cstime`: each
/// child's own and its waited-for descendants', so a build's compilers count with cargo).
fn children_cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rfind(')')
        .map(|end| stat[end + 2..].split(' ').collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // cutime and cstime are fields 16 and 17 of the file, in ticks of 1/100 s.
    #[allow(clippy::cast_precision_loss)]
    let seconds = (ticks(13) + ticks(14)) as f64 / 100.0;
    seconds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_packages_compiled_count_once_each() {
        let messages = [
            r#"{"reason":"compiler-artifact","package_id":"a 1.0","fresh":false}"#,
            r#"{"reason":"build-script-executed","package_id":"a 1.0"}"#,
            r#"{"reason":"compiler-artifact","package_id":"a 1.0","fresh":false}"#,
            r#"{"reason":"compiler-artifact","package_id":"b 1.0","fresh":true}"#,
            r#"{"reason":"compiler-artifact","package_id":"c 1.0","fresh":false}"#,
            "not json",
        ]
        .join("\n");
        assert_eq!(packages_compiled(&messages), 2);
    }

    #[test]
    fn an_unknown_app_name_lists_the_apps() {
        let error = MinimalApp::named("nope").expect_err("no app is named nope");
        assert!(
            error.contains("codex-driver, codex-app-server-sdk, codex-codes"),
            "{error}"
        );
        assert_eq!(MinimalApp::named("codex-codes"), Ok(MinimalApp::CodexCodes));
    }
}
