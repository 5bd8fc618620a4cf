//! Faults a user meets, against an in-memory fake server: requests the SDK does not model,
//! panicking handlers and tools, a turn kept after it ended, a `turn/completed` that does not
//! decode, turns that go silent or run long, and a server that never answers the handshake.

mod support;

use std::sync::Arc;
use std::time::Duration;

use codex_sdk::{Approvals, Codex, Error, TurnLimit};
use serde_json::{Value, json};
use support::PATIENCE;
use support::fake_server::{self, delta, thread_response, turn};

const THREAD: &str = "thread-1";

fn approval_request(id: u64) -> Value {
    json!({"id": id, "method": "item/commandExecution/requestApproval", "params": {
        "threadId": THREAD, "turnId": "turn-1", "itemId": "call-1", "startedAtMs": 1,
        "command": "rm -rf /", "cwd": "/tmp", "availableDecisions": ["accept", "decline"]
    }})
}

fn file_change_request(id: u64) -> Value {
    json!({"id": id, "method": "item/fileChange/requestApproval", "params": {
        "threadId": THREAD, "turnId": "turn-1", "itemId": "patch-1", "startedAtMs": 1
    }})
}

#[tokio::test]
async fn without_a_handler_commands_file_changes_and_unknown_requests_are_refused() {
    let (_codex, mut server) = fake_server::start(Codex::builder()).await;
    server.send(&approval_request(1)).await;
    assert_eq!(server.receive().await["result"]["decision"], "decline");
    server.send(&file_change_request(2)).await;
    assert_eq!(server.receive().await["result"]["decision"], "decline");
    server
        .send(&json!({"id": 3, "method": "account/chatgptAuthTokens/refresh", "params": {"reason": "unauthorized"}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    server
        .send(&json!({"id": 4, "method": "future/grantEverything", "params": {}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
}

#[tokio::test]
async fn a_partial_handler_still_declines_what_it_does_not_decide() {
    let approvals = Approvals::new()
        .accept_commands_if(|request| request.argv() == Some(&["ls".to_owned()][..]));
    let (_codex, mut server) =
        fake_server::start(Codex::builder().approval_handler(approvals)).await;
    server.send(&approval_request(1)).await;
    assert_eq!(
        server.receive().await["result"]["decision"],
        "decline",
        "rm -rf / is not ls"
    );
    server.send(&file_change_request(2)).await;
    assert_eq!(
        server.receive().await["result"]["decision"],
        "decline",
        "only commands were given a rule"
    );
}

#[tokio::test]
async fn every_server_request_has_a_typed_hook_and_unknown_ones_reach_the_raw_hook() {
    let approvals = Approvals::new()
        .on_attestation_generate(|_request| async move {
            Ok(codex_sdk::protocol::AttestationGenerateResponse::new(
                "attested",
            ))
        })
        .on_other_request(
            |method, params| async move { Ok(json!({"method": method, "saw": params})) },
        );
    let (_codex, mut server) =
        fake_server::start(Codex::builder().approval_handler(approvals)).await;
    server
        .send(&json!({"id": 7, "method": "attestation/generate", "params": {}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["result"], json!({"token": "attested"}), "{answer}");
    // A request this handler left alone still gets its refusal, not the raw hook.
    server
        .send(&json!({"id": 8, "method": "account/chatgptAuthTokens/refresh", "params": {"reason": "unauthorized"}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    server
        .send(&json!({"id": 9, "method": "future/ask", "params": {"x": 1}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(
        answer["result"],
        json!({"method": "future/ask", "saw": {"x": 1}})
    );
}

#[test]
fn the_handler_has_a_method_for_every_server_request_but_tool_calls() {
    // Each handler method's doc names its wire method at the start of a line: its first, or
    // the one after its summary.
    let source = include_str!("../src/generated/handler.rs");
    let mut documented: Vec<String> = source
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let doc = line
                .strip_prefix("/**`")
                .or_else(|| line.strip_prefix('`'))?;
            doc.split('`').next()
        })
        .map(str::to_owned)
        .collect();
    let mut indexed: Vec<String> = support::indexed_methods("Server requests")
        .into_iter()
        .filter(|method| method != "item/tool/call")
        .collect();
    assert!(
        indexed.len() >= codex_sdk::protocol::ServerRequest::METHODS.len() - 1,
        "the index lists every server request: {indexed:?}"
    );
    documented.sort_unstable();
    indexed.sort_unstable();
    assert_eq!(documented, indexed);
}

#[tokio::test]
async fn a_panicking_approval_handler_and_tool_are_answered_and_the_client_goes_on() {
    let approvals = Approvals::new().on_command_execution(|request| async move {
        assert!(
            request.command.as_deref() != Some("rm -rf /"),
            "the handler chokes"
        );
        codex_sdk::Decision::accept()
    });
    let (codex, mut server) =
        fake_server::start(Codex::builder().approval_handler(approvals)).await;
    server.send(&approval_request(1)).await;
    let answer = server.receive().await;
    assert_eq!(answer["error"]["code"], -32603, "{answer}");
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("panicked")
    );
    // A tool that panics: registered on a thread, then called.
    let tool = codex_sdk::Tool::new(
        "boom",
        "panics",
        |_args: serde_json::Map<String, Value>| async move {
            if true {
                panic!("the tool fails");
            }
            Ok::<_, String>(String::new())
        },
    );
    let start = tokio::spawn({
        let codex = codex.clone();
        async move {
            codex
                .thread_start_with_tools(codex_sdk::ThreadStartOptions::new(), vec![tool])
                .await
        }
    });
    let request = server.receive_method("thread/start").await;
    server.answer(&request, thread_response(THREAD)).await;
    start.await.expect("task").expect("thread/start");
    server
        .send(&json!({"id": 2, "method": "item/tool/call", "params": {
            "threadId": THREAD, "turnId": "turn-1", "callId": "c1", "tool": "boom", "arguments": {}
        }}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["id"], 2, "{answer}");
    assert_eq!(
        answer["result"]["success"], false,
        "a failed call: {answer}"
    );
    let text = answer["result"]["contentItems"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(
        text.contains("panicked (the tool fails)"),
        "the model is told: {answer}"
    );
    let models = tokio::spawn(async move { codex.models().await });
    let request = server.receive_method("model/list").await;
    server
        .answer(&request, json!({"data": [], "nextCursor": null}))
        .await;
    assert!(
        models
            .await
            .expect("task")
            .expect("the client goes on")
            .is_empty()
    );
}

#[tokio::test]
async fn a_turn_handle_kept_after_its_turn_holds_nothing_of_later_turns() {
    // 4 KiB of buffer: 200 later deltas would fill it many times over if the kept handle
    // still collected its thread's events.
    let (codex, mut server) =
        fake_server::start(Codex::builder().notification_buffer_bytes(4096)).await;
    let thread = codex.thread(THREAD);
    let first = tokio::spawn({
        let thread = thread.clone();
        async move { thread.turn("one").await }
    });
    fake_server::start_turn(&mut server, "turn-1").await;
    let kept = first.await.expect("task").expect("turn/start");
    server
        .notify("item/agentMessage/delta", delta(THREAD, "turn-1", "hello"))
        .await;
    server
        .notify(
            "turn/completed",
            json!({"threadId": THREAD, "turn": turn("turn-1", "completed")}),
        )
        .await;
    for _ in 0..200 {
        server
            .notify("item/agentMessage/delta", delta(THREAD, "turn-2", "later"))
            .await;
    }
    let models = tokio::spawn({
        let codex = codex.clone();
        async move { codex.models().await }
    });
    let request = server.receive_method("model/list").await;
    server
        .answer(&request, json!({"data": [], "nextCursor": null}))
        .await;
    let answered = tokio::time::timeout(PATIENCE, models).await;
    assert!(
        answered.is_ok(),
        "the connection still reads while a finished turn is kept"
    );
    let result = kept.run().await.expect("the kept turn's result");
    assert_eq!(result.id, "turn-1");
}

#[tokio::test]
async fn an_undecodable_turn_completed_ends_the_turn_with_its_raw_json() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let run = tokio::spawn(async move { codex.thread(THREAD).run("hi").await });
    fake_server::start_turn(&mut server, "turn-1").await;
    server
        .notify("turn/completed", json!({"threadId": THREAD, "turn": {"id": "turn-1", "items": 42, "status": "completed"}}))
        .await;
    let err = tokio::time::timeout(PATIENCE, run)
        .await
        .expect("run() ends")
        .expect("task")
        .expect_err("the end did not decode");
    assert!(
        matches!(&err, Error::UndecodableTurnEnd { raw, .. } if raw.contains("\"items\":42")),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_undecodable_turn_completed_of_another_turn_is_not_this_turns_end() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let run = tokio::spawn(async move { codex.thread(THREAD).run("hi").await });
    // Sent before the answer to `turn/start`, while the turn's stream takes the whole thread.
    let request = fake_server::receive_turn_start(&mut server).await;
    server
        .notify("turn/completed", json!({"threadId": THREAD, "turn": {"id": "turn-0", "items": 42, "status": "completed"}}))
        .await;
    server
        .answer(&request, json!({"turn": turn("turn-1", "inProgress")}))
        .await;
    server
        .notify(
            "turn/completed",
            json!({"threadId": THREAD, "turn": turn("turn-1", "completed")}),
        )
        .await;
    let result = tokio::time::timeout(PATIENCE, run)
        .await
        .expect("run() ends")
        .expect("task")
        .expect("the other turn's end is skipped");
    assert_eq!(result.id, "turn-1");
}

#[tokio::test]
async fn an_undecodable_event_of_another_turn_is_not_this_turns_error() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let events = tokio::spawn(async move {
        let mut handle = codex.thread(THREAD).turn("hi").await?;
        let mut stream = handle.stream();
        let mut seen = Vec::new();
        while let Some(event) = stream.next().await {
            seen.push(event);
        }
        Ok::<_, Error>(seen)
    });
    // Sent before the answer to `turn/start`, while the turn's stream takes the whole thread.
    let request = fake_server::receive_turn_start(&mut server).await;
    let broken = |turn: &str| json!({"threadId": THREAD, "turnId": turn, "item": 42});
    server.notify("item/started", broken("turn-0")).await;
    server
        .answer(&request, json!({"turn": turn("turn-1", "inProgress")}))
        .await;
    server.notify("item/started", broken("turn-1")).await;
    server
        .notify(
            "turn/completed",
            json!({"threadId": THREAD, "turn": turn("turn-1", "completed")}),
        )
        .await;
    let seen = tokio::time::timeout(PATIENCE, events)
        .await
        .expect("the turn ends")
        .expect("task")
        .expect("turn/start");
    let decode_errors: Vec<_> = seen
        .iter()
        .filter_map(|event| match event {
            Err(Error::Transport(codex_sdk::transport::Error::Decode { turn_id, .. })) => {
                Some(turn_id.as_deref().map(str::to_owned))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        decode_errors,
        [Some("turn-1".to_owned())],
        "only this turn's undecodable event reaches its stream: {seen:?}"
    );
}

#[tokio::test]
async fn a_second_stream_of_a_turn_is_a_usage_error() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let started = tokio::spawn(async move { codex.thread(THREAD).turn("hi").await });
    fake_server::start_turn(&mut server, "turn-1").await;
    let mut handle = started.await.expect("task").expect("turn/start");
    let _first = handle.stream();
    let err = handle
        .stream()
        .collect_result()
        .await
        .expect_err("the events were taken");
    assert!(
        matches!(&err, Error::Usage(message) if message.contains("already taken")),
        "{err:?}"
    );
    assert_eq!(err.kind(), None);
}

#[tokio::test]
async fn a_silent_turn_is_interrupted_after_its_idle_timeout_with_the_partial_result() {
    let (run, mut server) = idle_turn().await;
    let item = json!({"type": "agentMessage", "id": "m1", "text": "half an answer", "phase": null,
        "startedAtMs": 1, "completedAtMs": 2});
    server
        .notify(
            "item/completed",
            json!({"threadId": THREAD, "turnId": "turn-1", "item": item, "completedAtMs": 2}),
        )
        .await;
    // Then nothing: the watchdog interrupts the turn.
    let interrupt = server.receive_method("turn/interrupt").await;
    assert_eq!(interrupt["params"]["turnId"], "turn-1");
    let err = run.await.expect("task").expect_err("timed out");
    match err {
        Error::TurnTimedOut { limit, result, .. } => {
            assert_eq!(limit, TurnLimit::Idle);
            assert_eq!(result.final_response.as_deref(), Some("half an answer"));
        }
        other => panic!("{other:?}"),
    }
}

/// A client whose idle limit is 300 ms running turn `turn-1` of `THREAD` (the task), and the
/// fake server that started it.
async fn idle_turn() -> (
    tokio::task::JoinHandle<codex_sdk::Result<codex_sdk::TurnResult>>,
    fake_server::FakeServer,
) {
    let (codex, mut server) =
        fake_server::start(Codex::builder().turn_idle_timeout(Some(Duration::from_millis(300))))
            .await;
    let run = tokio::spawn(async move { codex.thread(THREAD).run("hi").await });
    fake_server::start_turn(&mut server, "turn-1").await;
    (run, server)
}

/// The server's `thread/read` answer for `THREAD` with one turn, `turn`.
fn thread_with(turn: Value) -> Value {
    let mut answer = thread_response(THREAD);
    answer["thread"]["turns"] = json!([turn]);
    json!({"thread": answer["thread"]})
}

#[tokio::test]
async fn an_idle_turn_whose_end_was_lost_ends_as_the_server_stored_it_without_an_interrupt() {
    let (run, mut server) = idle_turn().await;
    // The turn's events stop here: its `turn/completed` is lost on the way.
    let read = server.receive_method("thread/read").await;
    assert_eq!(read["params"]["includeTurns"], true);
    let item = json!({"type": "agentMessage", "id": "m1", "text": "all done", "phase": null,
        "startedAtMs": 1, "completedAtMs": 2});
    let mut stored = turn("turn-1", "completed");
    stored["items"] = json!([item]);
    server.answer(&read, thread_with(stored)).await;
    let result = run.await.expect("task").expect("the stored end stands in");
    assert_eq!(result.status, codex_sdk::protocol::TurnStatus::Completed);
    assert_eq!(result.final_response.as_deref(), Some("all done"));
    // Nothing more was sent: no interrupt of a turn that is over.
    drop(result);
    while let Some(line) = server.next_line().await {
        assert!(!line.contains("turn/interrupt"), "{line}");
    }
}

#[tokio::test]
async fn an_idle_turn_the_server_still_runs_is_interrupted_after_the_check() {
    let (run, mut server) = idle_turn().await;
    let read = server.receive_method("thread/read").await;
    server
        .answer(&read, thread_with(turn("turn-1", "inProgress")))
        .await;
    let interrupt = server.receive_method("turn/interrupt").await;
    assert_eq!(interrupt["params"]["turnId"], "turn-1");
    let err = run.await.expect("task").expect_err("idle");
    assert!(
        matches!(
            err,
            Error::TurnTimedOut {
                limit: TurnLimit::Idle,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn waiting_on_an_approval_does_not_count_as_idle_but_the_deadline_holds() {
    let gate = Arc::new(tokio::sync::Notify::new());
    let approvals = Approvals::new().on_command_execution({
        let gate = Arc::clone(&gate);
        move |_request| {
            let gate = Arc::clone(&gate);
            async move {
                gate.notified().await;
                codex_sdk::Decision::decline()
            }
        }
    });
    let (codex, mut server) = fake_server::start(
        Codex::builder()
            .approval_handler(approvals)
            .turn_idle_timeout(Some(Duration::from_millis(100))),
    )
    .await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    let mut stream = handle.deadline(Some(Duration::from_secs(2))).stream();
    server.send(&approval_request(1)).await;
    // The handler holds the approval for 6 idle periods; the turn must not time out.
    let waited = tokio::time::timeout(Duration::from_millis(600), stream.next()).await;
    assert!(
        waited.is_err(),
        "no event and no timeout while the approval waits: {waited:?}"
    );
    gate.notify_waiters();
    assert_eq!(server.receive().await["result"]["decision"], "decline");
    // Now the turn is idle for real, and then past its deadline: one of them ends it.
    let end = tokio::time::timeout(PATIENCE, stream.next())
        .await
        .expect("ends");
    assert!(
        matches!(end, Some(Err(Error::TurnTimedOut { .. }))),
        "{end:?}"
    );
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn a_long_turn_is_interrupted_at_its_deadline() {
    let (codex, mut server) = fake_server::start(Codex::builder().turn_idle_timeout(None)).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    let run = tokio::spawn(handle.deadline(Some(Duration::from_millis(300))).run());
    // Busy but never done.
    let interrupt = loop {
        server
            .notify("item/agentMessage/delta", delta(THREAD, "turn-1", "."))
            .await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        if let Ok(message) = tokio::time::timeout(Duration::from_millis(1), server.receive()).await
        {
            break message;
        }
    };
    assert_eq!(interrupt["method"], "turn/interrupt");
    let err = run.await.expect("task").expect_err("past the deadline");
    assert!(
        matches!(
            err,
            Error::TurnTimedOut {
                limit: TurnLimit::Deadline,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn dropping_a_handle_that_interrupts_on_drop_interrupts_the_turn() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    drop(handle.interrupt_on_drop(true));
    let interrupt = server.receive().await;
    assert_eq!(interrupt["method"], "turn/interrupt", "{interrupt}");
    assert_eq!(interrupt["params"]["turnId"], "turn-1");
    drop(codex);
}

#[tokio::test]
async fn a_server_that_never_answers_the_handshake_fails_start_in_time() {
    let (transport, server) = codex_sdk::transport::Transport::in_memory(1 << 16);
    let started = Codex::builder()
        .handshake_timeout(Duration::from_millis(200))
        .start_on(transport)
        .await;
    let err = started.expect_err("no answer to initialize");
    assert!(
        matches!(&err, Error::Transport(codex_sdk::transport::Error::Timeout { method, .. }) if method == "initialize"),
        "{err:?}"
    );
    drop(server);
}

#[cfg(unix)]
#[tokio::test]
async fn a_socket_that_never_completes_the_websocket_handshake_fails_connect_in_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("silent.sock");
    let listener = tokio::net::UnixListener::bind(&path).expect("bind");
    let holder = tokio::spawn(async move {
        // Accepts and then says nothing.
        let (socket, _) = listener.accept().await.expect("accept");
        tokio::time::sleep(PATIENCE).await;
        drop(socket);
    });
    let err = Codex::builder()
        .connect_unix(&path)
        .connect_timeout(Duration::from_millis(200))
        .start()
        .await
        .expect_err("no handshake");
    assert!(
        matches!(&err, Error::Transport(codex_sdk::transport::Error::Connect { reason, .. }) if reason.contains("connect_timeout")),
        "{err:?}"
    );
    holder.abort();
}

#[tokio::test]
async fn debug_output_shows_no_secrets() {
    let builder = Codex::builder()
        .connect_websocket("ws://127.0.0.1:1", Some("tok-SECRET-1".into()))
        .env("OPENAI_API_KEY", "sk-SECRET-2")
        .config(
            "model_providers.x.http_headers",
            "{ Authorization = \"Bearer SECRET-3\" }",
        );
    let shown = format!("{builder:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(shown.contains("OPENAI_API_KEY"), "names are shown: {shown}");
    let command = codex_sdk::transport::AppServerCommand::new("codex")
        .env("OPENAI_API_KEY", "sk-SECRET-4")
        .config("x", "\"SECRET-5\"");
    let shown = format!("{command:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    let login = codex_sdk::protocol::LoginAccountParams::ApiKey {
        api_key: "sk-SECRET-6".to_owned().into(),
    };
    let shown = format!("{login:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
}

/// Decodes `json` as `T` (as from the wire, or built by a caller) and returns its `Debug`.
fn debug_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: Value) -> String {
    let value: T =
        serde_json::from_value(json.clone()).unwrap_or_else(|err| panic!("{json} decodes: {err}"));
    format!("{value:?}")
}

#[test]
fn debug_output_shows_no_environment_value_or_answer() {
    use codex_sdk::protocol::{
        CommandExecParams, LocalShellAction, OtelExporter, ToolRequestUserInputResponse,
    };
    let shown = debug_of::<CommandExecParams>(json!({
        "command": ["env"],
        "env": {"OPENAI_API_KEY": "sk-SECRET-1", "UNSET_ME": null}
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(shown.contains("OPENAI_API_KEY"), "names are shown: {shown}");
    let shown = debug_of::<LocalShellAction>(json!({
        "type": "exec", "command": ["ls"], "env": {"TOKEN": "SECRET-2"}
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
    let shown = debug_of::<OtelExporter>(json!({"otlp-http": {
        "endpoint": "https://otel.example", "protocol": "json",
        "headers": {"authorization": "Bearer SECRET-3"}
    }}));
    assert!(!shown.contains("SECRET"), "{shown}");
    // The answers to a `request_user_input` (some questions may be `isSecret`).
    let shown = debug_of::<ToolRequestUserInputResponse>(json!({
        "answers": {"password": {"answers": ["SECRET-4"]}}
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(
        shown.contains("password"),
        "question ids are shown: {shown}"
    );
}

#[cfg(feature = "experimental")]
#[test]
fn debug_output_shows_no_pairing_code_or_process_environment() {
    use codex_sdk::protocol::{
        ProcessSpawnParams, RemoteControlPairingStartResponse, RemoteControlPairingStatusParams,
    };
    let shown = debug_of::<RemoteControlPairingStartResponse>(json!({
        "environmentId": "env-1", "expiresAt": 1,
        "pairingCode": "SECRET-1", "manualPairingCode": "SECRET-2"
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
    let shown = debug_of::<RemoteControlPairingStatusParams>(json!({
        "pairingCode": "SECRET-3", "manualPairingCode": "SECRET-4"
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
    let shown = debug_of::<ProcessSpawnParams>(json!({
        "command": ["env"], "cwd": "/tmp", "processHandle": "p-1",
        "env": {"OPENAI_API_KEY": "sk-SECRET-5"}
    }));
    assert!(!shown.contains("SECRET"), "{shown}");
}

fn model(id: &str) -> Value {
    json!({"id": id, "model": id, "displayName": id, "description": "", "hidden": false,
           "isDefault": false, "defaultReasoningEffort": "medium",
           "supportedReasoningEfforts": [], "inputModalities": ["text"]})
}

#[tokio::test]
async fn paging_stops_with_an_error_on_a_cursor_the_server_already_gave() {
    // A short request timeout: without the check, the client asks for the page again and
    // fails with that timeout instead, rather than waiting on the test's patience.
    let builder = Codex::builder().request_timeout(Duration::from_secs(5));
    let (codex, mut server) = fake_server::start(builder).await;
    let models = tokio::spawn({
        let codex = codex.clone();
        async move { codex.models().await }
    });
    // Page 1 says "next: a", page "a" says "next: b", page "b" says "next: a" again.
    let first = server.receive_method("model/list").await;
    assert!(first["params"]["cursor"].is_null(), "{first}");
    server
        .answer(&first, json!({"data": [model("m1")], "nextCursor": "a"}))
        .await;
    let second = server.receive_method("model/list").await;
    assert_eq!(second["params"]["cursor"], "a", "{second}");
    server
        .answer(&second, json!({"data": [model("m2")], "nextCursor": "b"}))
        .await;
    let third = server.receive_method("model/list").await;
    assert_eq!(third["params"]["cursor"], "b", "{third}");
    server
        .answer(&third, json!({"data": [model("m3")], "nextCursor": "a"}))
        .await;
    let result = tokio::time::timeout(PATIENCE, models)
        .await
        .expect("models() ends")
        .expect("task");
    match result {
        Err(Error::RepeatedCursor { method, cursor }) => {
            assert_eq!(method, "model/list");
            assert_eq!(cursor, "a");
        }
        other => panic!("expected a repeated-cursor error, got {other:?}"),
    }
    // The stream of `thread_list` stops the same way, after the items it was given.
    let threads = tokio::spawn({
        let codex = codex.clone();
        async move {
            let params = codex_sdk::protocol::ThreadListParams::new();
            futures_util::StreamExt::collect::<Vec<_>>(codex.thread_list(params)).await
        }
    });
    let thread = thread_response(THREAD)["thread"].clone();
    for cursor in [json!(null), json!("same")] {
        let request = server.receive_method("thread/list").await;
        assert_eq!(request["params"]["cursor"], cursor, "{request}");
        server
            .answer(&request, json!({"data": [thread], "nextCursor": "same"}))
            .await;
    }
    let items = tokio::time::timeout(PATIENCE, threads)
        .await
        .expect("the stream ends")
        .expect("task");
    assert_eq!(items.len(), 3, "two threads, then the error: {items:?}");
    assert!(items[0].is_ok() && items[1].is_ok(), "{items:?}");
    assert!(
        matches!(&items[2], Err(Error::RepeatedCursor { cursor, .. }) if cursor == "same"),
        "{items:?}"
    );
}

/// `thread/settings/update` changes only what it is given: a policy it leaves out is kept
/// (the thread's, set when it started), so the SDK must not fill in its own default there.
#[cfg(feature = "experimental")]
#[tokio::test]
async fn a_settings_update_without_a_policy_keeps_the_threads_policy() {
    use codex_sdk::protocol::{AskForApproval, ThreadSettingsUpdateParams};
    let builder = Codex::builder().experimental_api(true);
    let (codex, mut server) = fake_server::start(builder).await;
    let update = tokio::spawn({
        let codex = codex.clone();
        async move {
            let params = ThreadSettingsUpdateParams::new(THREAD).with_model("gpt-test");
            codex.rpc().thread().settings_update(params).await
        }
    });
    let request = server.receive_method("thread/settings/update").await;
    let params = request["params"].as_object().expect("params");
    assert!(!params.contains_key("approvalPolicy"), "{request}");
    assert!(!params.contains_key("approvalsReviewer"), "{request}");
    assert_eq!(params["model"], "gpt-test", "{request}");
    server.answer(&request, json!({})).await;
    update.await.expect("task").expect("settings update");
    // A policy that is given is sent as it is.
    let update = tokio::spawn(async move {
        let params =
            ThreadSettingsUpdateParams::new(THREAD).with_approval_policy(AskForApproval::Never);
        codex.rpc().thread().settings_update(params).await
    });
    let request = server.receive_method("thread/settings/update").await;
    assert_eq!(request["params"]["approvalPolicy"], "never", "{request}");
    server.answer(&request, json!({})).await;
    update.await.expect("task").expect("settings update");
}

#[tokio::test]
async fn a_turn_that_streams_without_pause_still_meets_its_deadline() {
    let (codex, mut server) = fake_server::start(Codex::builder().turn_idle_timeout(None)).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    // The server floods the turn's stream and never ends it.
    let flood = tokio::spawn(async move {
        for _ in 0..1_000_000 {
            server
                .notify("item/agentMessage/delta", delta(THREAD, "turn-1", "."))
                .await;
        }
    });
    let run = handle.deadline(Some(Duration::from_millis(200))).run();
    let ended = tokio::time::timeout(PATIENCE, run)
        .await
        .expect("the deadline ends the turn");
    assert!(
        matches!(
            ended,
            Err(Error::TurnTimedOut {
                limit: TurnLimit::Deadline,
                ..
            })
        ),
        "{ended:?}"
    );
    flood.abort();
}

/// Every field value of every span and event, as text: what any `tracing` subscriber could
/// write to a log.
#[derive(Default, Clone)]
struct CapturedLog(Arc<std::sync::Mutex<String>>);

impl tracing::field::Visit for CapturedLog {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if let Ok(mut log) = self.0.lock() {
            log.push_str(&format!("{}={value:?}\n", field.name()));
        }
    }
}

impl tracing::Subscriber for CapturedLog {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        span.record(&mut self.clone());
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        values.record(&mut self.clone());
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        event.record(&mut self.clone());
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test(flavor = "current_thread")]
async fn no_log_line_shows_an_api_key() {
    // Current-thread: every task of the client runs here, under this subscriber.
    let log = CapturedLog::default();
    let _guard = tracing::subscriber::set_default(log.clone());
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let login = tokio::spawn({
        let codex = codex.clone();
        async move { codex.login_api_key("sk-SECRET-7").await }
    });
    let request = server.receive_method("account/login/start").await;
    assert_eq!(
        request["params"]["apiKey"], "sk-SECRET-7",
        "the key itself is sent"
    );
    server
        .send(&json!({"id": request["id"], "error": {"code": -32602, "message": "bad key"}}))
        .await;
    let err = login.await.expect("task").expect_err("refused");
    assert!(!format!("{err:?} {err}").contains("SECRET"), "{err:?}");
    let text = log.0.lock().expect("log").clone();
    assert!(
        text.contains("account/login/start"),
        "the log saw the request: {text}"
    );
    assert!(!text.contains("SECRET"), "{text}");
}

#[tokio::test]
async fn a_handle_on_a_thread_loaded_elsewhere_resumes_it_once_before_its_first_turn() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let bound = codex.thread(THREAD);
    for turn_id in ["turn-1", "turn-2"] {
        let started = tokio::spawn({
            let bound = bound.clone();
            async move { bound.turn("hi").await }
        });
        let first = server.receive().await;
        if turn_id == "turn-1" {
            // The server sends a thread's events only to connections that started or resumed
            // it: the first turn resumes it, with no overrides.
            assert_eq!(first["method"], "thread/resume", "{first}");
            assert_eq!(first["params"], json!({"threadId": THREAD}), "{first}");
            server.answer(&first, thread_response(THREAD)).await;
            let next = server.receive().await;
            assert_eq!(next["method"], "turn/start", "{next}");
            server
                .answer(&next, json!({"turn": turn(turn_id, "inProgress")}))
                .await;
        } else {
            assert_eq!(first["method"], "turn/start", "resumed once: {first}");
            server
                .answer(&first, json!({"turn": turn(turn_id, "inProgress")}))
                .await;
        }
        started.await.expect("task").expect("turn/start");
    }
    // A thread this client started is heard already: a handle on it resumes nothing.
    let start = tokio::spawn({
        let codex = codex.clone();
        async move { codex.thread_start(None).await }
    });
    let request = server.receive_method("thread/start").await;
    server.answer(&request, thread_response("thread-2")).await;
    start.await.expect("task").expect("thread/start");
    let again = tokio::spawn({
        let codex = codex.clone();
        async move { codex.thread("thread-2").turn("hi").await }
    });
    let first = server.receive().await;
    assert_eq!(first["method"], "turn/start", "{first}");
    server
        .answer(&first, json!({"turn": turn("turn-3", "inProgress")}))
        .await;
    again.await.expect("task").expect("turn/start");
}
