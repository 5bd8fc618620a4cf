//! Fail-closed defaults and process hygiene against the real app-server: what the server
//! does with the client's approval answers, stored policies on resume, its config warnings,
//! and the processes left when a client goes away.

mod support;

use std::time::Duration;

use codex_sdk::protocol::{CommandExecutionStatus, ThreadItem};
use codex_sdk::{ApprovalMode, Approvals, Error, ThreadResumeOptions, ThreadStartOptions};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, SseScript};
use serde_json::json;
use support::{PATIENCE, TestCodex, builder};

/// The status of the command item a turn ran, if any.
fn command_status(items: &[ThreadItem]) -> Option<CommandExecutionStatus> {
    items.iter().find_map(|item| match item {
        ThreadItem::CommandExecution { status, .. } => Some(status.clone()),
        _ => None,
    })
}

#[tokio::test]
async fn asking_the_client_without_a_handler_declines_the_command() {
    let harness = TestCodex::start_with("on-request", |b| {
        b.default_approval_mode(Some(ApprovalMode::AskClient))
    })
    .await;
    harness
        .provider
        .push(SseScript::new().exec_command("call-1", "echo pwned > pwned.txt"));
    harness.provider.push(Reply::message("could not"));
    let thread = harness.thread().await;
    let result = thread.run("write the file").await.expect("run");
    assert_eq!(
        command_status(&result.items),
        Some(CommandExecutionStatus::Declined),
        "{:?}",
        result.items
    );
    assert!(!harness.home.workspace().join("pwned.txt").exists());
    harness.close().await;
}

#[tokio::test]
async fn a_handler_for_commands_only_declines_file_changes() {
    let approvals = Approvals::new().accept_commands_if(|_| true);
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    let patch = "*** Begin Patch\n*** Add File: notes.txt\n+from the model\n*** End Patch";
    harness
        .provider
        .push(SseScript::new().apply_patch("patch-1", patch));
    harness.provider.push(Reply::message("could not"));
    let thread = harness.thread().await;
    thread.run("add notes").await.expect("run");
    assert!(
        !harness.home.workspace().join("notes.txt").exists(),
        "the file change was not accepted by anyone"
    );
    harness.close().await;
}

#[tokio::test]
async fn a_panicking_handler_refuses_and_the_turn_goes_on() {
    let approvals = Approvals::new().on_command_execution(|_request| async move {
        if true {
            panic!("the handler breaks");
        }
        codex_sdk::Decision::accept()
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    harness
        .provider
        .push(SseScript::new().exec_command("call-1", "echo pwned > pwned.txt"));
    harness.provider.push(Reply::message("went on"));
    let thread = harness.thread().await;
    let result = thread
        .run("write the file")
        .await
        .expect("the turn completes");
    assert_eq!(result.final_response.as_deref(), Some("went on"));
    assert_eq!(
        command_status(&result.items),
        Some(CommandExecutionStatus::Failed)
    );
    assert!(!harness.home.workspace().join("pwned.txt").exists());
    harness.close().await;
}

#[tokio::test]
async fn resume_fork_and_bound_threads_send_the_clients_mode_not_the_stored_one() {
    let provider = ScriptedProvider::start().await;
    provider.respond_with(|_| Reply::message("ok"));
    let home = CodexHome::with_provider(&provider, "on-request");
    // A first client stores a thread whose policy asks the client.
    let asking = builder(&home)
        .approval_handler(codex_sdk::DangerouslyAcceptAll)
        .start()
        .await
        .expect("start");
    let thread = asking
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    thread.run("hi").await.expect("run");
    let id = thread.id().to_owned();
    asking.close().await;

    // A second client, without a handler, resumes it: the stored policy is not inherited.
    let codex = builder(&home).start().await.expect("start");
    let policy = |codex: codex_sdk::Codex, id: String| async move {
        let settings = codex
            .connection()
            .request_value("thread/resume", json!({"threadId": id}))
            .await
            .expect("thread/resume");
        settings["approvalPolicy"].clone()
    };
    let resumed = codex
        .thread_resume(&id, ThreadResumeOptions::new())
        .await
        .expect("resume");
    assert_eq!(policy(codex.clone(), id.clone()).await, json!("never"));
    provider.push(SseScript::new().exec_command("call-1", "echo pwned > pwned.txt"));
    provider.push(Reply::message("done"));
    let result = resumed.run("write it").await.expect("run");
    assert!(
        !home.workspace().join("pwned.txt").exists(),
        "{:?}",
        result.items
    );

    let fork = codex
        .thread_fork(&id, codex_sdk::ThreadForkOptions::new())
        .await
        .expect("fork");
    fork.run("hi").await.expect("run");
    assert_eq!(
        policy(codex.clone(), fork.id().to_owned()).await,
        json!("never")
    );

    // A bound handle's turns say the mode too: set AskClient on the thread, then run a
    // turn through `thread(id)`.
    resumed
        .run_with(
            "hi",
            codex_sdk::TurnOptions::new().approval_mode(ApprovalMode::AskClient),
        )
        .await
        .expect("run");
    assert_eq!(policy(codex.clone(), id.clone()).await, json!("on-request"));
    codex.thread(&id).run("hi").await.expect("run");
    assert_eq!(policy(codex.clone(), id.clone()).await, json!("never"));
    codex.close().await;
}

#[tokio::test]
async fn config_warnings_are_kept_and_strict_mode_refuses_to_start() {
    let home = CodexHome::new();
    home.write_config("model = [");
    let codex = builder(&home).start().await.expect("starts with defaults");
    let warnings = codex.warnings();
    assert!(
        warnings
            .iter()
            .any(|w| w.summary.contains("Invalid configuration") && w.path.is_some()),
        "{warnings:?}"
    );
    codex.close().await;
    let err = builder(&home)
        .strict_config(true)
        .start()
        .await
        .expect_err("strict mode refuses an invalid config");
    assert!(
        matches!(&err, Error::InvalidConfig(w) if w.iter().any(|w| w.path.is_some())),
        "{err:?}"
    );
    // A valid config starts in strict mode (warnings that name no config file do not count).
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let codex = builder(&home)
        .strict_config(true)
        .start()
        .await
        .expect("valid config");
    codex.close().await;
}

/// Whether a process whose command line contains `marker` runs.
fn process_with(marker: &str) -> Option<u32> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            (cmdline.contains(marker) && !cmdline.contains("cargo")).then_some(pid)
        })
}

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !done() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[test]
fn dropping_the_client_mid_command_ends_the_command_and_its_children() {
    // A runtime of its own, dropped with the client: nothing can run after, as when a program
    // returns from `main` with a turn running.
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let marker = "987654.25";
    let (provider, home, server_pid) = runtime.block_on(async {
        let provider = ScriptedProvider::start().await;
        let home = CodexHome::new();
        home.write_config(&provider.config_toml("never").replace(
            "sandbox_mode = \"read-only\"",
            "sandbox_mode = \"danger-full-access\"",
        ));
        // A compound command: bash, with sleep as its child (the case a SIGKILL leaks).
        let command = json!({"cmd": format!("sleep {marker}; echo done"), "yield_time_ms": 60_000});
        provider.push(SseScript::new().function_call("call-1", "exec_command", &command));
        let codex = builder(&home).start().await.expect("start");
        let server_pid = codex.connection().process_id().expect("a server process");
        let thread = codex
            .thread_start(ThreadStartOptions::new())
            .await
            .expect("thread");
        let handle = thread.turn("sleep").await.expect("turn");
        wait_until("the command to start", || process_with(marker).is_some()).await;
        drop(handle);
        (provider, home, server_pid)
    });
    drop(runtime);
    let deadline = std::time::Instant::now() + PATIENCE;
    while process_with(marker).is_some() || codex_sdk_testkit::process_exists(server_pid) {
        assert!(
            std::time::Instant::now() < deadline,
            "the server or its command outlived the client"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    drop((provider, home));
}

/// Run as a child process by the test below: starts a server, prints its pid, and waits to
/// be killed.
#[test]
#[allow(clippy::print_stdout)] // The pid goes to the parent test through stdout.
fn app_role_start_a_server_and_wait() {
    let Ok(home) = std::env::var("CODEX_SDK_TEST_APP_HOME") else {
        return; // Only meaningful as the child of the test below.
    };
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let codex = codex_sdk::Codex::builder()
            .binary(codex_sdk_testkit::codex_bin())
            .codex_home(&home)
            .start()
            .await
            .expect("start");
        let pid = codex.connection().process_id().expect("pid");
        println!("SERVER_PID={pid}");
        std::io::Write::flush(&mut std::io::stdout()).expect("flush");
        tokio::time::sleep(PATIENCE * 10).await;
    });
}

#[test]
fn a_killed_app_takes_its_server_with_it() {
    use std::io::BufRead;
    let home = CodexHome::new();
    let mut app = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "app_role_start_a_server_and_wait",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("CODEX_SDK_TEST_APP_HOME", home.home())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start the app");
    let stdout = app.stdout.take().expect("stdout");
    let pid = std::io::BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        // libtest may print the test's name on the same line first.
        .find_map(|line| {
            let (_, pid) = line.split_once("SERVER_PID=")?;
            pid.trim().parse::<u32>().ok()
        })
        .expect("the app printed its server's pid");
    assert!(codex_sdk_testkit::process_exists(pid));
    app.kill().expect("SIGKILL the app");
    app.wait().expect("reap the app");
    let deadline = std::time::Instant::now() + PATIENCE;
    while codex_sdk_testkit::process_exists(pid) {
        assert!(
            std::time::Instant::now() < deadline,
            "the server outlived its app"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}
