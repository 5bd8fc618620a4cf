//! The child-process transport, with small shell scripts standing in for the server: how the
//! server's death, its stderr and its start-up failures reach the caller.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codex_transport::test_util::process_exists;
use codex_transport::{
    AppServerCommand, Connection, ConnectionOptions, Error, NotificationFilter, Signal,
};
use serde_json::json;

const PATIENCE: Duration = Duration::from_secs(10);

/// Writes an executable `sh` script that plays the server (it is run as `script app-server`).
fn fake_server(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("fake-codex");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("writing the script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < PATIENCE, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_killed_server_ends_every_waiter_and_stream_at_once_with_status_and_stderr() {
    let dir = temp_dir();
    let marker = dir.path().join("got-request");
    let script = fake_server(
        dir.path(),
        "echo 'fake server up' >&2\nwhile read line; do echo \"got: $line\" >&2; touch \"$MARKER\"; done",
    );
    let transport = AppServerCommand::new(script)
        .env("MARKER", &marker)
        .spawn()
        .expect("spawn");
    let connection = Connection::start(transport, ConnectionOptions::new());
    let pid = connection.process_id().expect("a child process");
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let waiters: Vec<_> = (0..3)
        .map(|i| {
            let connection = connection.clone();
            tokio::spawn(async move {
                connection
                    .request_value("test/slow", json!({ "i": i }))
                    .await
            })
        })
        .collect();
    wait_for("the fake server to read a request", || marker.exists()).await;

    let killed_at = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let ends = async {
        let mut errors = Vec::new();
        for waiter in waiters {
            errors.push(waiter.await.expect("task").expect_err("the server died"));
        }
        (errors, stream.next().await)
    };
    let (errors, stream_end) = tokio::time::timeout(Duration::from_secs(1), ends)
        .await
        .expect("every waiter must end within one second of the kill");
    // Visible with `--nocapture`; the bound itself is the timeout above.
    eprintln!("closed {:?} after the kill", killed_at.elapsed());
    for err in &errors {
        let Error::Closed(reason) = err else {
            panic!("expected Closed, got {err:?}")
        };
        assert_eq!(
            reason.exit_status.and_then(|s| s.signal()),
            Some(9),
            "{reason}"
        );
        assert!(
            reason
                .stderr_tail
                .iter()
                .any(|l| l.contains("got: ") && l.contains("test/slow")),
            "{reason}"
        );
        assert!(
            err.to_string().contains("fake server up"),
            "the message shows the stderr tail: {err}"
        );
    }
    assert!(
        matches!(stream_end, Some(Err(Error::Closed(_)))),
        "{stream_end:?}"
    );
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn a_server_that_fails_at_start_up_shows_its_reason() {
    let dir = temp_dir();
    let script = fake_server(
        dir.path(),
        "echo 'Error: approval_policy = \"sometimes\" is not supported; remove this setting' >&2\nexit 1",
    );
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let err = connection
        .request_value("initialize", json!({}))
        .await
        .expect_err("the server is gone");
    let Error::Closed(reason) = &err else {
        panic!("expected Closed, got {err:?}")
    };
    assert_eq!(reason.exit_status.and_then(|s| s.code()), Some(1));
    assert!(
        err.to_string().contains("\"sometimes\" is not supported"),
        "{err}"
    );
}

#[tokio::test]
async fn the_stderr_tail_keeps_the_last_lines_only() {
    let dir = temp_dir();
    let script = fake_server(
        dir.path(),
        "for i in 1 2 3 4 5 6 7 8 9 10; do echo \"line $i\" >&2; done\nexit 2",
    );
    let transport = AppServerCommand::new(script)
        .stderr_tail_lines(3)
        .spawn()
        .expect("spawn");
    let connection = Connection::start(transport, ConnectionOptions::new());
    let err = connection
        .request_value("initialize", json!({}))
        .await
        .expect_err("closed");
    let Error::Closed(reason) = err else {
        panic!("expected Closed")
    };
    assert_eq!(reason.stderr_tail, ["line 8", "line 9", "line 10"]);
}

#[tokio::test]
async fn a_missing_binary_is_a_spawn_error_with_the_path_and_a_hint() {
    let err = AppServerCommand::new("/nonexistent/bin/codex")
        .spawn()
        .expect_err("no such binary");
    let Error::Spawn { program, hint, .. } = &err else {
        panic!("expected Spawn, got {err:?}")
    };
    assert_eq!(program, Path::new("/nonexistent/bin/codex"));
    assert!(hint.contains("npm install -g @openai/codex@"), "{hint}");
    assert!(err.to_string().contains("/nonexistent/bin/codex"), "{err}");
}

#[tokio::test]
async fn dropping_the_last_handle_kills_the_server_and_reaps_it() {
    let dir = temp_dir();
    // `sleep` ignores its closed stdin: only a kill ends it.
    let script = fake_server(dir.path(), "exec sleep 1000");
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let pid = connection.process_id().expect("a child process");
    assert!(process_exists(pid));
    let clone = connection.clone();
    drop(connection);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(process_exists(pid), "a clone still holds the connection");
    drop(clone);
    // Gone from /proc means killed and reaped: a zombie would still be listed.
    wait_for("the server process to be killed and reaped", || {
        !process_exists(pid)
    })
    .await;
}

#[tokio::test]
async fn shutdown_closes_stdin_and_returns_how_the_server_exited() {
    let dir = temp_dir();
    let script = fake_server(
        dir.path(),
        "while read line; do :; done\necho 'stdin closed, bye' >&2\nexit 3",
    );
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let pid = connection.process_id().expect("a child process");
    let reason = connection.shutdown(PATIENCE).await;
    assert_eq!(
        reason.exit_status.and_then(|s| s.code()),
        Some(3),
        "{reason}"
    );
    assert_eq!(reason.stderr_tail, ["stdin closed, bye"]);
    assert!(
        reason.signals_sent.is_empty(),
        "it exited by itself: {reason}"
    );
    assert!(!process_exists(pid));
    let err = connection
        .request_value("test/after", json!({}))
        .await
        .expect_err("closed");
    assert!(matches!(err, Error::Closed(_)), "{err:?}");
}

#[tokio::test]
async fn shutdown_terminates_a_server_that_does_not_exit_within_the_grace_period() {
    let dir = temp_dir();
    let script = fake_server(dir.path(), "exec sleep 1000");
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let reason = connection.shutdown(Duration::from_millis(100)).await;
    assert_eq!(
        reason.exit_status.and_then(|s| s.signal()),
        Some(15),
        "SIGTERM first, so codex can end its commands: {reason}"
    );
    assert_eq!(reason.signals_sent, [Signal::Term], "{reason}");
    assert!(
        reason.to_string().contains("sent the server SIGTERM"),
        "{reason}"
    );
}

#[tokio::test]
async fn shutdown_kills_a_server_that_ignores_sigterm() {
    let dir = temp_dir();
    let script = fake_server(dir.path(), "trap '' TERM\nexec sleep 1000");
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let reason = connection.shutdown(Duration::from_millis(100)).await;
    assert_eq!(
        reason.exit_status.and_then(|s| s.signal()),
        Some(9),
        "{reason}"
    );
    assert_eq!(
        reason.signals_sent,
        [Signal::Term, Signal::Kill],
        "{reason}"
    );
}

#[tokio::test]
async fn config_overrides_env_and_cwd_reach_the_server() {
    let dir = temp_dir();
    let out = dir.path().join("seen");
    let script = fake_server(
        dir.path(),
        "echo \"$@|$CODEX_HOME|$EXTRA|$(pwd)\" > \"$OUT\"\nwhile read line; do :; done",
    );
    let transport = AppServerCommand::new(script)
        .config("model", "\"o3\"")
        .arg("--strict-config")
        .codex_home("/tmp/some-home")
        .env("EXTRA", "yes")
        .env("OUT", &out)
        .current_dir(dir.path())
        .spawn()
        .expect("spawn");
    let connection = Connection::start(transport, ConnectionOptions::new());
    wait_for("the script to write what it saw", || {
        std::fs::read_to_string(&out).is_ok_and(|s| s.ends_with('\n'))
    })
    .await;
    let seen = std::fs::read_to_string(&out).expect("read");
    let cwd = dir.path().canonicalize().expect("canonical");
    assert_eq!(
        seen.trim_end(),
        format!(
            "app-server -c model=\"o3\" --strict-config|/tmp/some-home|yes|{}",
            cwd.display()
        )
    );
    connection.shutdown(PATIENCE).await;
}

#[tokio::test]
async fn a_server_that_dies_while_a_full_subscription_holds_the_reader_still_ends_every_waiter() {
    let dir = temp_dir();
    // Many notifications, more than the subscription holds, then death.
    let script = fake_server(
        dir.path(),
        "i=0; while [ $i -lt 50 ]; do echo '{\"method\":\"future/tick\",\"params\":{}}'; i=$((i+1)); done\n\
         echo 'dying with a full pipe' >&2\nsleep 0.2\nexit 3",
    );
    let options = ConnectionOptions::new().buffer_bytes(60);
    let connection = Connection::start(
        AppServerCommand::new(script).spawn().expect("spawn"),
        options,
    );
    // Subscribed, and never read: the connection stops reading at the second notification.
    let stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let err = tokio::time::timeout(
        PATIENCE,
        connection.request_value("test/pending", json!({})),
    )
    .await
    .expect("the pending request must end when the server dies, full subscription or not")
    .expect_err("closed");
    let Error::Closed(reason) = &err else {
        panic!("expected Closed, got {err:?}")
    };
    assert_eq!(
        reason.exit_status.and_then(|s| s.code()),
        Some(3),
        "{reason}"
    );
    assert!(
        reason
            .stderr_tail
            .iter()
            .any(|l| l.contains("dying with a full pipe")),
        "{reason}"
    );
    drop(stream);
}
