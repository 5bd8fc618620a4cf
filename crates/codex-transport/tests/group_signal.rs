//! No signal reaches the server's process group once the server was reaped: from then on its
//! group id may be reused by processes that are not ours. A file of its own: it holds the
//! connection task at one point with a global `tracing` subscriber.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use codex_transport::{AppServerCommand, Connection, ConnectionOptions};
use serde_json::json;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const PATIENCE: Duration = Duration::from_secs(10);

/// Holds the thread that logs "connection closed" (the connection task, after it reaped the
/// server and before it records the connection as closed) until the test lets it go.
struct HoldAtClose {
    armed: AtomicBool,
    entered: Mutex<Option<tokio::sync::oneshot::Sender<()>>>,
    release: Mutex<Option<std::sync::mpsc::Receiver<()>>>,
}

/// The `message` of an event.
#[derive(Default)]
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

impl Subscriber for HoldAtClose {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut message = Message::default();
        event.record(&mut message);
        if message.0 != "connection closed" || !self.armed.swap(false, Ordering::SeqCst) {
            return;
        }
        if let Some(entered) = self.entered.lock().expect("lock").take() {
            let _ = entered.send(());
        }
        let release = self.release.lock().expect("lock").take();
        if let Some(release) = release {
            let _ = release.recv();
        }
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// Whether `pid` is a live process (not gone, not a zombie).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        // The state follows the command name in parentheses.
        stat.rsplit_once(") ")
            .is_some_and(|(_, rest)| !rest.starts_with('Z'))
    })
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < PATIENCE, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn fake_server(dir: &Path, body: &str) -> std::path::PathBuf {
    let path = dir.join("fake-codex");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("writing the script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

// The connection (its task, the child process) lives on a runtime of its own, whose one worker
// the subscriber holds; the test's side (`shutdown` and its timers) runs on the test's runtime.
// On one shared runtime a held worker can be the one driving the timers, and then nothing
// would ever wake `shutdown`.
#[tokio::test]
async fn no_signal_reaches_the_group_after_the_server_was_reaped() {
    let server_side = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime for the connection");
    let (entered_tx, entered) = tokio::sync::oneshot::channel();
    let (release, release_rx) = std::sync::mpsc::channel();
    tracing::subscriber::set_global_default(HoldAtClose {
        armed: AtomicBool::new(true),
        entered: Mutex::new(Some(entered_tx)),
        release: Mutex::new(Some(release_rx)),
    })
    .expect("the only subscriber of this test binary");

    let dir = tempfile::tempdir().expect("temp dir");
    let witness_file = dir.path().join("witness");
    // The server leaves a process in its group (a witness of any signal sent to the group),
    // and exits as soon as it reads a line.
    let script = fake_server(
        dir.path(),
        "sleep 1000 </dev/null >/dev/null 2>&1 &\necho $! > \"$WITNESS\"\nread line\nexit 0",
    );
    let connection = {
        let _on_server_side = server_side.enter();
        let transport = AppServerCommand::new(script)
            .env("WITNESS", &witness_file)
            .spawn()
            .expect("spawn");
        Connection::start(transport, ConnectionOptions::new())
    };
    wait_for("the witness to start", || {
        std::fs::read_to_string(&witness_file).is_ok_and(|s| s.ends_with('\n'))
    })
    .await;
    let witness: u32 = std::fs::read_to_string(&witness_file)
        .expect("read")
        .trim()
        .parse()
        .expect("a pid");
    assert!(alive(witness));

    connection
        .notify_value("test/bye", json!({}))
        .await
        .expect("notify");
    // The server exits, the connection reaps it, and its task is held before it records the
    // connection as closed.
    tokio::time::timeout(PATIENCE, entered)
        .await
        .expect("the connection closes")
        .expect("the subscriber saw it");
    // A shutdown that gets no answer from the held task ends the server itself; it must see
    // that the server was reaped already, though the connection is not yet marked closed.
    tokio::time::timeout(PATIENCE, connection.shutdown(Duration::ZERO))
        .await
        .expect("a shutdown is bounded even when the task does not answer");
    let survived = alive(witness);
    release.send(()).expect("release the task");
    let reason = tokio::time::timeout(PATIENCE, async {
        loop {
            if let Some(reason) = connection.close_reason() {
                return reason;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the connection closes");
    let _ = std::process::Command::new("kill")
        .arg(witness.to_string())
        .status();
    assert!(
        survived,
        "a signal reached the group of a server already reaped"
    );
    assert_eq!(
        reason.exit_status.and_then(|s| s.code()),
        Some(0),
        "{reason}"
    );
    assert!(reason.signals_sent.is_empty(), "{reason}");
    server_side.shutdown_background();
}
