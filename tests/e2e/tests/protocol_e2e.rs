//! End to end at the protocol level: the real app-server, the scripted model provider, and
//! codex-transport's typed requests. Every scenario runs against the pinned release and
//! against the older ones of `schema/pin.json` (`COMPAT_CODEX_VERSIONS`).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codex_protocol::{
    ServerNotification, ServerRequest, ThreadItem, ThreadListParams, ThreadReadParams,
    ThreadStartParams, Turn, TurnStartParams, TurnStatus, requests,
};
use codex_sdk_testkit::{
    COMPAT_CODEX_VERSIONS, CodexHome, Reply, ScriptedProvider, SseScript, codex_bin, codex_bin_of,
    process_exists, shutdown_and_check_reaped, start_server,
};
use codex_transport::{
    Connection, ConnectionOptions, Error, NotificationFilter, NotificationStream,
};
use serde_json::{Value, json};

const PATIENCE: Duration = Duration::from_secs(60);

/// A running server on a scripted provider.
struct Session {
    connection: Connection,
    provider: ScriptedProvider,
    home: CodexHome,
}

impl Session {
    async fn start(binary: &Path, approval_policy: &str, options: ConnectionOptions) -> Session {
        let provider = ScriptedProvider::start().await;
        let home = CodexHome::with_provider(&provider, approval_policy);
        let (connection, _init) = start_server(&home, binary, options).await;
        Session {
            connection,
            provider,
            home,
        }
    }

    async fn start_thread(&self) -> String {
        let response = self
            .connection
            .request_with_timeout::<requests::ThreadStart>(ThreadStartParams::default(), PATIENCE)
            .await
            .expect("thread/start");
        response.thread.id
    }

    /// Starts a turn with `text`, subscribed to the thread first so nothing is missed.
    async fn start_turn(&self, thread_id: &str, text: &str) -> (String, NotificationStream) {
        let stream = self
            .connection
            .subscribe(NotificationFilter::thread(thread_id))
            .await
            .expect("subscribe");
        let params: TurnStartParams = serde_json::from_value(json!({
            "threadId": thread_id, "input": [{"type": "text", "text": text, "textElements": []}]
        }))
        .expect("turn/start params");
        let response = self
            .connection
            .request_with_timeout::<requests::TurnStart>(params, PATIENCE)
            .await
            .expect("turn/start");
        (response.turn.id, stream)
    }

    /// Runs a turn to its end and returns its notifications and the completed turn.
    async fn run_turn(&self, thread_id: &str, text: &str) -> (Vec<ServerNotification>, Turn) {
        let (turn_id, mut stream) = self.start_turn(thread_id, text).await;
        collect_turn(&mut stream, &turn_id).await
    }

    async fn shutdown(self) {
        shutdown_and_check_reaped(&self.connection).await;
        drop(self.home);
    }
}

async fn collect_turn(
    stream: &mut NotificationStream,
    turn_id: &str,
) -> (Vec<ServerNotification>, Turn) {
    let mut seen = Vec::new();
    loop {
        let item = tokio::time::timeout(PATIENCE, stream.next())
            .await
            .expect("the turn went quiet");
        let message = item
            .expect("the stream ended before turn/completed")
            .expect("a notification that decodes");
        if let ServerNotification::TurnCompleted(done) = &message.notification
            && done.turn.id == turn_id
        {
            let turn = done.turn.clone();
            return (seen, turn);
        }
        seen.push(message.notification);
    }
}

fn agent_texts(notifications: &[ServerNotification]) -> Vec<String> {
    notifications
        .iter()
        .filter_map(|n| match n {
            ServerNotification::ItemCompleted(done) => match &done.item {
                ThreadItem::AgentMessage { text, .. } => Some(text.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

async fn handshake(binary: PathBuf) {
    let home = CodexHome::new();
    let (connection, init) = start_server(&home, &binary, ConnectionOptions::new()).await;
    assert!(
        init.user_agent.starts_with("codex_sdk_tests/"),
        "{}",
        init.user_agent
    );
    assert_eq!(init.platform_family, std::env::consts::FAMILY);
    let reason = connection.shutdown(Duration::from_secs(5)).await;
    assert!(
        reason.exit_status.is_some_and(|s| s.success()),
        "a clean exit on closed stdin: {reason}"
    );
}

async fn thread_start_read_list(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    session
        .provider
        .push(Reply::message("hello from the model"));
    let thread_id = session.start_thread().await;
    let (_, turn) = session.run_turn(&thread_id, "say hello").await;
    assert_eq!(turn.status, TurnStatus::Completed);

    let read = session
        .connection
        .request::<requests::ThreadRead>(
            ThreadReadParams::new(thread_id.clone()).with_include_turns(true),
        )
        .await
        .expect("thread/read");
    assert_eq!(read.thread.id, thread_id);
    assert_eq!(read.thread.turns.len(), 1, "the turn is in the thread");
    let listed = session
        .connection
        .request::<requests::ThreadList>(ThreadListParams::default())
        .await
        .expect("thread/list");
    assert!(
        listed.data.iter().any(|t| t.id == thread_id),
        "thread/list shows the thread"
    );
    session.shutdown().await;
}

async fn turn_with_one_message(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    session.provider.push(Reply::message("The answer is 42."));
    let thread_id = session.start_thread().await;
    let (notifications, turn) = session.run_turn(&thread_id, "What is the answer?").await;
    assert_eq!(turn.status, TurnStatus::Completed);
    assert_eq!(agent_texts(&notifications), ["The answer is 42."]);
    let sent = session.provider.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        codex_sdk_testkit::last_user_text(&sent[0]).as_deref(),
        Some("What is the answer?")
    );
    session.shutdown().await;
}

async fn five_thousand_deltas_in_order(binary: PathBuf) {
    const DELTAS: usize = 5_000;
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    let deltas: Vec<String> = (0..DELTAS).map(|i| format!("{i} ")).collect();
    session
        .provider
        .push(SseScript::new().streamed_message(deltas.clone()));
    let thread_id = session.start_thread().await;
    let (notifications, turn) = session.run_turn(&thread_id, "count").await;
    assert_eq!(turn.status, TurnStatus::Completed);
    let received: Vec<String> = notifications
        .iter()
        .filter_map(|n| match n {
            ServerNotification::ItemAgentMessageDelta(delta) => Some(delta.delta.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(received.len(), DELTAS, "every delta arrives");
    assert!(received == deltas, "the deltas arrive in order");
    assert_eq!(agent_texts(&notifications), [deltas.concat()]);
    session.shutdown().await;
}

/// Runs a turn whose model asks to run a command that writes a file, answering the approval
/// with `decision`; returns whether the file was written and the approval request seen.
async fn command_approval(binary: &Path, decision: &'static str) -> (bool, Value) {
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::channel(4);
    let handler = move |message: codex_protocol::ServerRequestMessage| {
        let seen_tx = seen_tx.clone();
        async move {
            let ServerRequest::ItemCommandExecutionRequestApproval(params) = message.request else {
                return Err(codex_transport::RpcError {
                    code: codex_transport::ErrorCode::METHOD_NOT_FOUND,
                    message: "only command approvals expected".into(),
                    data: None,
                });
            };
            let _ = seen_tx
                .send(serde_json::to_value(&params).expect("params serialize"))
                .await;
            Ok(json!({ "decision": decision }))
        }
    };
    let options = ConnectionOptions::new().server_request_handler(handler);
    let session = Session::start(binary, "on-request", options).await;
    let marker = session.home.workspace().join("approved.txt");
    session
        .provider
        .push(SseScript::new().exec_command("call-1", "echo approved > approved.txt"));
    session.provider.push(Reply::message("done"));
    let thread_id = session.start_thread().await;
    let (_, turn) = session.run_turn(&thread_id, "write the file").await;
    assert_eq!(turn.status, TurnStatus::Completed, "{:?}", turn.error);
    let request = seen_rx.try_recv().expect("the server asked for approval");
    let tool_output = session
        .provider
        .requests()
        .get(1)
        .cloned()
        .expect("a second model call with the tool output");
    assert!(
        tool_output.to_string().contains("call-1"),
        "the tool output goes back to the model"
    );
    let ran = marker.exists();
    session.shutdown().await;
    (ran, request)
}

async fn command_approval_accepted(binary: PathBuf) {
    let (ran, request) = command_approval(&binary, "accept").await;
    assert!(
        request["command"]
            .as_str()
            .is_some_and(|c| c.contains("echo approved")),
        "{request}"
    );
    assert!(ran, "an accepted command runs");
}

async fn command_approval_declined(binary: PathBuf) {
    let (ran, _) = command_approval(&binary, "decline").await;
    assert!(!ran, "a declined command does not run");
}

async fn provider_failure_fails_the_turn(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    session
        .provider
        .push(Reply::server_error("the scripted model is down"));
    let thread_id = session.start_thread().await;
    let (notifications, turn) = session.run_turn(&thread_id, "hello?").await;
    assert_eq!(turn.status, TurnStatus::Failed);
    let error = turn.error.expect("a failed turn carries its error");
    assert!(!error.message.is_empty());
    assert!(
        notifications
            .iter()
            .any(|n| matches!(n, ServerNotification::Error(_))),
        "an error notification is sent"
    );
    session.shutdown().await;
}

async fn server_killed_mid_turn(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    let slow = SseScript::new()
        .streamed_message((0..1_000).map(|i| format!("{i} ")))
        .delay_each(Duration::from_millis(20));
    session.provider.push(slow);
    let thread_id = session.start_thread().await;
    let (_, mut stream) = session.start_turn(&thread_id, "take your time").await;
    // Wait until the turn is streaming.
    loop {
        let message = tokio::time::timeout(PATIENCE, stream.next())
            .await
            .expect("in time")
            .expect("item")
            .expect("ok");
        if matches!(
            message.notification,
            ServerNotification::ItemAgentMessageDelta(_)
        ) {
            break;
        }
    }
    let pending = {
        let connection = session.connection.clone();
        tokio::spawn(async move {
            connection
                .request::<requests::ThreadList>(ThreadListParams::default())
                .await
        })
    };
    let pid = session.connection.process_id().expect("pid");
    let killed_at = Instant::now();
    std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    let end = tokio::time::timeout(Duration::from_secs(1), async {
        loop {
            match stream.next().await {
                Some(Ok(_)) => continue,
                other => return other,
            }
        }
    })
    .await
    .expect("the stream must end within a second of the kill");
    eprintln!("stream ended {:?} after the kill", killed_at.elapsed());
    assert!(
        matches!(&end, Some(Err(Error::Closed(reason))) if reason.exit_status.is_some()),
        "{end:?}"
    );
    // The request raced the kill: either it was answered first or it ends with Closed.
    let answer = tokio::time::timeout(Duration::from_secs(1), pending)
        .await
        .expect("no waiter hangs")
        .expect("task");
    if let Err(err) = answer {
        assert!(matches!(err, Error::Closed(_)), "{err:?}");
    }
    assert!(!process_exists(pid), "the killed server was reaped");
}

async fn config_error_at_start_up(binary: PathBuf) {
    let home = CodexHome::new();
    home.write_config("approval_policy = \"untrusted\"\n");
    let connection = Connection::start(
        home.app_server_of(&binary).spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    let err = connection
        .request_value(
            "initialize",
            json!({"clientInfo": {"name": "t", "version": "0"}}),
        )
        .await;
    let err = err.expect_err("the server refuses the config");
    let Error::Closed(reason) = &err else {
        panic!("expected Closed, got {err:?}")
    };
    assert!(reason.exit_status.is_some_and(|s| !s.success()), "{reason}");
    assert!(
        err.to_string().contains("untrusted"),
        "the error shows the server's reason: {err}"
    );
}

async fn reasoning_summary_and_tool_list(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    session.provider.push(
        SseScript::new()
            .reasoning("Thinking about it.")
            .message("Done thinking."),
    );
    let thread_id = session.start_thread().await;
    let (notifications, turn) = session.run_turn(&thread_id, "think").await;
    assert_eq!(turn.status, TurnStatus::Completed);
    let summaries: Vec<&Vec<String>> = notifications
        .iter()
        .filter_map(|n| match n {
            ServerNotification::ItemCompleted(done) => match &done.item {
                ThreadItem::Reasoning { summary, .. } => Some(summary),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(summaries, [&vec!["Thinking about it.".to_owned()]]);
    assert_eq!(agent_texts(&notifications), ["Done thinking."]);
    // What the server sent to the model: the instructions and the tools it may call.
    let body = &session.provider.requests()[0];
    let instructions = body["input"][0]["content"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(
        instructions.contains("You are a coding agent"),
        "the model gets instructions first: {instructions}"
    );
    let tools = codex_sdk_testkit::provider::tools_offered(body);
    assert!(tools.iter().any(|t| t == "exec_command"), "{tools:?}");
    session.shutdown().await;
}

async fn file_change_approved_and_applied(binary: PathBuf) {
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::channel(4);
    let handler = move |message: codex_protocol::ServerRequestMessage| {
        let seen_tx = seen_tx.clone();
        async move {
            let _ = seen_tx.send(message.request.method().to_owned()).await;
            Ok(json!({"decision": "accept"}))
        }
    };
    let session = Session::start(
        &binary,
        "on-request",
        ConnectionOptions::new().server_request_handler(handler),
    )
    .await;
    let patch = "*** Begin Patch\n*** Add File: notes.txt\n+written by the model\n*** End Patch";
    session
        .provider
        .push(SseScript::new().apply_patch("patch-1", patch));
    session.provider.push(Reply::message("edited"));
    let thread_id = session.start_thread().await;
    let (notifications, turn) = session.run_turn(&thread_id, "add a file").await;
    assert_eq!(turn.status, TurnStatus::Completed, "{:?}", turn.error);
    let methods: Vec<String> = std::iter::from_fn(|| seen_rx.try_recv().ok()).collect();
    assert_eq!(methods, ["item/fileChange/requestApproval"]);
    let file_changes = notifications
        .iter()
        .filter(|n| matches!(n, ServerNotification::ItemCompleted(done) if matches!(done.item, ThreadItem::FileChange { .. })))
        .count();
    assert_eq!(file_changes, 1, "a fileChange item completes");
    let written = std::fs::read_to_string(session.home.workspace().join("notes.txt"))
        .expect("the patch created the file");
    assert_eq!(written, "written by the model\n");
    session.shutdown().await;
}

async fn stream_cut_or_rate_limit_fails_the_turn(binary: PathBuf) {
    let session = Session::start(&binary, "never", ConnectionOptions::new()).await;
    session.provider.push(
        SseScript::new()
            .streamed_message(["par", "tial"])
            .cut_after(3),
    );
    session.provider.push(Reply::rate_limited(1));
    let thread_id = session.start_thread().await;
    let (_, cut) = session.run_turn(&thread_id, "first").await;
    assert_eq!(
        cut.status,
        TurnStatus::Failed,
        "a stream cut before response.completed fails the turn"
    );
    let (_, limited) = session.run_turn(&thread_id, "second").await;
    assert_eq!(
        limited.status,
        TurnStatus::Failed,
        "429 with retries off fails the turn"
    );
    assert!(limited.error.is_some());
    assert_eq!(session.provider.requests().len(), 2);
    session.shutdown().await;
}

/// Declares each scenario as a test against the pinned server and against the older ones.
macro_rules! against_each_server {
    ($($scenario:ident),* $(,)?) => {
        mod pinned {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    super::$scenario(super::codex_bin()).await;
                }
            )*
        }
        mod older_servers {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    // Every compatibility release of the pin, one after the other.
                    for version in super::COMPAT_CODEX_VERSIONS {
                        super::$scenario(super::codex_bin_of(version)).await;
                    }
                }
            )*
        }
    };
}

against_each_server!(
    handshake,
    thread_start_read_list,
    turn_with_one_message,
    five_thousand_deltas_in_order,
    command_approval_accepted,
    command_approval_declined,
    provider_failure_fails_the_turn,
    server_killed_mid_turn,
    config_error_at_start_up,
    reasoning_summary_and_tool_list,
    file_change_approved_and_applied,
    stream_cut_or_rate_limit_fails_the_turn,
);
