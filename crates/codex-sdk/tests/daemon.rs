//! The local app-server daemon (`codex app-server daemon`) of a throw-away `CODEX_HOME`, on
//! the real server: started by one client, joined by others, found by its socket; stopped at
//! the end of the test.
#![cfg(unix)]

mod support;

use std::time::{Duration, Instant};

use codex_sdk::transport::NotificationFilter;
use codex_sdk::{DaemonStatus, Error, ThreadStartOptions};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, codex_bin};
use support::PATIENCE;

/// Stops the daemon of a home when the test ends, passed or not.
struct StopDaemon<'a>(&'a CodexHome);

impl Drop for StopDaemon<'_> {
    fn drop(&mut self) {
        let stop = std::process::Command::new(codex_bin())
            .args(["app-server", "daemon", "stop"])
            .env("CODEX_HOME", self.0.home())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if let Ok(mut stop) = stop {
            let started = Instant::now();
            while matches!(stop.try_wait(), Ok(None)) && started.elapsed() < PATIENCE {
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = stop.kill();
        }
    }
}

#[tokio::test]
async fn clients_start_join_and_share_the_daemon_of_a_codex_home() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let builder = || support::builder(&home);

    // None runs yet: joining says how to start one.
    let err = builder()
        .connect_daemon()
        .start()
        .await
        .expect_err("no daemon");
    assert!(
        matches!(&err, Error::Transport(_)) && err.to_string().contains("daemon start"),
        "{err}"
    );

    let _stop = StopDaemon(&home);
    let first = builder().start_daemon().start().await.expect("started");
    let daemon = first.daemon().expect("a daemon").clone();
    assert_eq!(daemon.status, DaemonStatus::Started);
    assert_eq!(daemon.codex_home, home.home());
    assert!(first.connection().process_id().is_none(), "not our child");
    assert_eq!(
        first.server_version(),
        Some(codex_sdk::protocol::PINNED_CODEX_VERSION)
    );

    let second = builder().start_daemon().start().await.expect("joined");
    let seen = second.daemon().expect("a daemon");
    assert_eq!(seen.status, DaemonStatus::AlreadyRunning);
    assert_eq!(seen.socket_path, daemon.socket_path);
    let third = builder().connect_daemon().start().await.expect("found");
    assert_eq!(third.daemon().map(|d| d.status), Some(DaemonStatus::Joined));

    // One server: a thread the first client starts and runs (the server stores a thread with
    // its first turn; before it, there is nothing to resume), the second resumes and watches.
    let thread = first
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    // Before its first turn the server has not stored it: another client cannot resume it,
    // and a turn there fails at once with the server's reason rather than waiting for events
    // that would never come.
    let err = third
        .thread(thread.id())
        .turn("too early")
        .await
        .expect_err("a thread with no turn cannot be resumed");
    assert!(
        matches!(&err, Error::Rpc { method, .. } if method == "thread/resume"),
        "{err:?}"
    );
    provider.push(Reply::message("stored"));
    thread.run("the first turn").await.expect("run");
    let _watching = second
        .thread_resume(thread.id(), None)
        .await
        .expect("the second client resumes the first's thread");
    let mut watched = second
        .subscribe(
            NotificationFilter::thread(thread.id()).until(|meta| meta.method == "turn/completed"),
        )
        .await
        .expect("subscribe");
    provider.push(Reply::message("shared"));
    let result = thread.run("hello, daemon").await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("shared"));
    let mut methods = Vec::new();
    let deadline = Instant::now() + PATIENCE;
    while let Ok(Some(event)) = tokio::time::timeout_at(deadline.into(), watched.next()).await {
        methods.push(event.expect("an event").notification.method().to_owned());
    }
    assert!(
        methods.iter().any(|m| m == "turn/started")
            && methods.iter().any(|m| m == "item/completed")
            && methods.last().map(String::as_str) == Some("turn/completed"),
        "the second client saw the first's turn: {methods:?}"
    );
    // A handle made without a request on a third client: its first turn resumes the thread,
    // so the turn's events come to it too (they would otherwise go to the others only).
    provider.push(Reply::message("from the third"));
    let bound = third.thread(thread.id());
    // Bounded, so that a turn whose events never come fails here rather than idles for 15 min.
    let turn = bound
        .turn("a turn of the third client")
        .await
        .expect("turn/start");
    let result = turn.deadline(Some(PATIENCE)).run().await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("from the third"));
    for client in [first, second, third] {
        client.close().await;
    }
}
