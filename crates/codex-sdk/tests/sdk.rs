//! The SDK's public API against the real app-server and the scripted model provider.

mod support;

use std::time::{Duration, Instant};

use codex_sdk::protocol::{
    CommandExecutionApprovalDecision, CommandExecutionRequestApprovalResponse,
    FileChangeApprovalDecision, FileChangeRequestApprovalResponse, ServerNotification, ThreadItem,
    ThreadListParams, TurnStatus,
};
use codex_sdk::{
    Approvals, Error, InputItem, ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions, Tool,
    TurnOptions,
};
use codex_sdk_testkit::{Reply, SseScript, last_user_text};
use futures_util::StreamExt;
use serde_json::{Value, json};
use support::{PATIENCE, TestCodex};

#[tokio::test]
async fn handshake_and_metadata() {
    let harness = TestCodex::start().await;
    let metadata = harness.codex.metadata();
    assert!(
        metadata.user_agent.starts_with("codex_rust_sdk/"),
        "{}",
        metadata.user_agent
    );
    assert_eq!(
        harness.codex.server_version(),
        Some(codex_sdk::protocol::PINNED_CODEX_VERSION)
    );
    assert!(!harness.codex.models().await.expect("models").is_empty());
    harness.close().await;
}

#[tokio::test]
async fn run_returns_the_final_response_items_and_usage() {
    let harness = TestCodex::start().await;
    harness.provider.push(
        SseScript::new()
            .reasoning("Let me think.")
            .message("Paris."),
    );
    let thread = harness.thread().await;
    let result = thread
        .run("What is the capital of France?")
        .await
        .expect("run");
    assert_eq!(result.status, TurnStatus::Completed);
    assert_eq!(result.final_response.as_deref(), Some("Paris."));
    assert!(
        result
            .items
            .iter()
            .any(|i| matches!(i, ThreadItem::UserMessage { .. }))
    );
    assert!(
        result
            .items
            .iter()
            .any(|i| matches!(i, ThreadItem::Reasoning { .. }))
    );
    let usage = result.usage.expect("usage");
    assert_eq!(
        usage.last.total_tokens, 15,
        "the provider's usage reaches the result"
    );
    assert_eq!(
        last_user_text(&harness.provider.requests()[0]).as_deref(),
        Some("What is the capital of France?")
    );
    harness.close().await;
}

#[tokio::test]
async fn several_input_items_go_in_one_turn() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("seen"));
    let image = harness.home.workspace().join("pixel.png");
    std::fs::write(&image, png_1x1()).expect("write image");
    let thread = harness.thread().await;
    let input = vec![
        InputItem::Text("Describe these.".into()),
        InputItem::ImageUrl(format!("data:image/png;base64,{PNG_1X1_BASE64}")),
        InputItem::LocalImage(image),
    ];
    thread.run(input).await.expect("run");
    let request = &harness.provider.requests()[0];
    let user: Vec<&Value> = request["input"]
        .as_array()
        .expect("input")
        .iter()
        .filter(|item| item["role"] == "user")
        .collect();
    let body = serde_json::to_string(&user).expect("json");
    assert!(body.contains("Describe these."), "the text is sent");
    assert_eq!(
        body.matches("input_image").count(),
        2,
        "both images reach the model: {body}"
    );
    harness.close().await;
}

/// A valid 1x1 RGBA PNG.
const PNG_1X1_BASE64: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==";

fn png_1x1() -> Vec<u8> {
    let mut bytes = Vec::new();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let (mut buffer, mut bits) = (0u32, 0);
    for c in PNG_1X1_BASE64.bytes().filter(|&c| c != b'=') {
        let value =
            u32::try_from(alphabet.iter().position(|&a| a == c).expect("base64")).expect("small");
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push(u8::try_from((buffer >> bits) & 0xFF).expect("a byte"));
        }
    }
    bytes
}

#[tokio::test]
async fn thread_lifecycle_methods() {
    let harness = TestCodex::start().await;
    let codex = &harness.codex;
    harness.provider.respond_with(|body| {
        Reply::message(&format!(
            "echo: {}",
            last_user_text(body).unwrap_or_default()
        ))
    });
    let first = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    first.run("one").await.expect("run");
    let second = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    second.run("two").await.expect("run");

    first.set_name("the first").await.expect("set_name");
    let read = codex
        .thread(first.id())
        .read(true)
        .await
        .expect("read via a bound handle");
    assert_eq!(read.thread.name.as_deref(), Some("the first"));
    assert_eq!(read.thread.turns.len(), 1);

    // Every page: one thread per page forces the stream to follow the cursor.
    let listed: Vec<String> = codex
        .thread_list(ThreadListParams::new().with_limit(1))
        .map(|t| t.expect("thread/list").id)
        .collect()
        .await;
    assert!(
        listed.contains(&first.id().to_owned()) && listed.contains(&second.id().to_owned()),
        "{listed:?}"
    );

    let fork = codex
        .thread_fork(first.id(), ThreadForkOptions::new())
        .await
        .expect("thread/fork");
    assert_ne!(fork.id(), first.id());
    assert_eq!(
        fork.read(true).await.expect("read fork").thread.turns.len(),
        1,
        "the fork has the history"
    );

    codex.thread_archive(second.id()).await.expect("archive");
    let archived: Vec<String> = codex
        .thread_list(ThreadListParams::new().with_archived(true))
        .map(|t| t.expect("thread/list").id)
        .collect()
        .await;
    assert_eq!(archived, [second.id().to_owned()]);
    let back = codex
        .thread_unarchive(second.id())
        .await
        .expect("unarchive");
    assert_eq!(back.id(), second.id());

    let goal = first
        .set_goal("Keep the answers short")
        .await
        .expect("goal set");
    assert_eq!(goal.objective, "Keep the answers short");
    assert_eq!(
        first
            .goal()
            .await
            .expect("goal get")
            .map(|g| g.objective)
            .as_deref(),
        Some("Keep the answers short")
    );
    first.clear_goal().await.expect("goal clear");
    assert!(first.goal().await.expect("goal get").is_none());

    harness
        .provider
        .push(SseScript::new().message("summary of the thread"));
    first.compact().await.expect("compact");
    harness.close().await;
}

#[tokio::test]
async fn a_thread_resumes_from_a_second_codex() {
    let harness = TestCodex::start().await;
    harness.provider.respond_with(|body| {
        Reply::message(&format!(
            "echo: {}",
            last_user_text(body).unwrap_or_default()
        ))
    });
    let thread = harness.thread().await;
    thread.run("remember the number 7").await.expect("run");
    let id = thread.id().to_owned();
    harness.codex.close().await;

    let second = support::builder(&harness.home)
        .start()
        .await
        .expect("a second codex");
    let resumed = second
        .thread_resume(&id, ThreadResumeOptions::new())
        .await
        .expect("thread/resume");
    assert_eq!(resumed.id(), id);
    let result = resumed
        .run("what was the number?")
        .await
        .expect("run after resume");
    assert_eq!(
        result.final_response.as_deref(),
        Some("echo: what was the number?")
    );
    let history = harness
        .provider
        .requests()
        .last()
        .cloned()
        .expect("a request")
        .to_string();
    assert!(
        history.contains("remember the number 7"),
        "the resumed thread sends its history to the model"
    );
    assert_eq!(
        resumed.read(true).await.expect("read").thread.turns.len(),
        2
    );
    second.close().await;
}

#[tokio::test]
async fn a_stream_of_5000_deltas_arrives_in_order_even_when_polled_late() {
    const DELTAS: usize = 5_000;
    let harness = TestCodex::start().await;
    let deltas: Vec<String> = (0..DELTAS).map(|i| format!("{i} ")).collect();
    harness
        .provider
        .push(SseScript::new().streamed_message(deltas.clone()));
    let thread = harness.thread().await;
    let mut turn = thread.turn("count").await.expect("turn/start");
    // The turn is short: wait until it is surely over before polling the stream.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut stream = turn.stream();
    let mut received = Vec::new();
    let mut last = None;
    while let Some(event) = tokio::time::timeout(PATIENCE, stream.next())
        .await
        .expect("in time")
    {
        match event.expect("event") {
            ServerNotification::ItemAgentMessageDelta(delta) => received.push(delta.delta),
            other => last = Some(other),
        }
    }
    assert_eq!(received.len(), DELTAS, "none lost");
    assert!(received == deltas, "in order");
    assert!(
        matches!(last, Some(ServerNotification::TurnCompleted(_))),
        "the stream ends with turn/completed"
    );
    harness.close().await;
}

async fn command_approval(decision: CommandExecutionApprovalDecision) -> (bool, Vec<String>) {
    let (seen_tx, seen_rx) = std::sync::mpsc::channel();
    let approvals = Approvals::new().on_command_execution(move |request| {
        let _ = seen_tx.send(request.command.clone().unwrap_or_default());
        let decision = decision.clone();
        async move { CommandExecutionRequestApprovalResponse::new(decision) }
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    harness
        .provider
        .push(SseScript::new().exec_command("call-1", "echo approved > approved.txt"));
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    let result = thread.run("write the file").await.expect("run");
    assert_eq!(result.status, TurnStatus::Completed);
    let ran = harness.home.workspace().join("approved.txt").exists();
    harness.close().await;
    (ran, seen_rx.try_iter().collect())
}

#[tokio::test]
async fn an_accepted_command_runs() {
    let (ran, asked) = command_approval(CommandExecutionApprovalDecision::Accept).await;
    assert_eq!(asked.len(), 1, "one approval request");
    assert!(asked[0].contains("echo approved"), "{asked:?}");
    assert!(ran, "the command wrote its file");
}

#[tokio::test]
async fn a_declined_command_does_not_run() {
    let (ran, asked) = command_approval(CommandExecutionApprovalDecision::Decline).await;
    assert_eq!(asked.len(), 1, "one approval request");
    assert!(!ran, "the declined command did not run");
}

#[tokio::test]
async fn a_file_change_is_approved_and_applied() {
    let (seen_tx, seen_rx) = std::sync::mpsc::channel();
    let approvals = Approvals::new().on_file_change(move |request| {
        let _ = seen_tx.send(request.item_id.clone());
        async { FileChangeRequestApprovalResponse::new(FileChangeApprovalDecision::Accept) }
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    let patch = "*** Begin Patch\n*** Add File: notes.txt\n+from the model\n*** End Patch";
    harness
        .provider
        .push(SseScript::new().apply_patch("patch-1", patch));
    harness.provider.push(Reply::message("edited"));
    let thread = harness.thread().await;
    let result = thread.run("add notes").await.expect("run");
    assert!(
        result
            .items
            .iter()
            .any(|i| matches!(i, ThreadItem::FileChange { .. }))
    );
    assert_eq!(seen_rx.try_iter().count(), 1, "one file-change approval");
    let written = std::fs::read_to_string(harness.home.workspace().join("notes.txt"))
        .expect("the file exists");
    assert_eq!(written, "from the model\n");
    harness.close().await;
}

/// A reply that streams slowly, so a test can act while the turn runs.
fn slow_reply() -> SseScript {
    SseScript::new()
        .streamed_message((0..200).map(|i| format!("{i} ")))
        .delay_each(Duration::from_millis(10))
}

async fn wait_for_first_delta(stream: &mut codex_sdk::TurnStream) {
    loop {
        let event = tokio::time::timeout(PATIENCE, stream.next())
            .await
            .expect("in time")
            .expect("event")
            .expect("ok");
        if matches!(event, ServerNotification::ItemAgentMessageDelta(_)) {
            return;
        }
    }
}

#[tokio::test]
async fn steer_adds_input_to_the_running_turn() {
    let harness = TestCodex::start().await;
    harness.provider.push(slow_reply());
    harness.provider.push(Reply::message("steered answer"));
    let thread = harness.thread().await;
    let mut turn = thread.turn("start counting").await.expect("turn/start");
    let mut stream = turn.stream();
    wait_for_first_delta(&mut stream).await;
    turn.steer("actually, stop at ten")
        .await
        .expect("turn/steer");
    let result = stream.collect_result().await.expect("the turn completes");
    assert_eq!(result.status, TurnStatus::Completed);
    let requests = harness.provider.requests();
    assert_eq!(requests.len(), 2, "the steer made a second model call");
    assert_eq!(
        last_user_text(&requests[1]).as_deref(),
        Some("actually, stop at ten")
    );
    assert_eq!(result.final_response.as_deref(), Some("steered answer"));
    harness.close().await;
}

#[tokio::test]
async fn interrupt_stops_the_turn() {
    let harness = TestCodex::start().await;
    harness
        .provider
        .push(slow_reply().delay_each(Duration::from_millis(50)));
    let thread = harness.thread().await;
    let mut turn = thread.turn("count slowly").await.expect("turn/start");
    let mut stream = turn.stream();
    wait_for_first_delta(&mut stream).await;
    turn.interrupt().await.expect("turn/interrupt");
    let result = stream
        .collect_result()
        .await
        .expect("an interrupted turn is not an error");
    assert_eq!(result.status, TurnStatus::Interrupted);
    harness.close().await;
}

#[derive(Debug, serde::Deserialize, schemars::JsonSchema, PartialEq)]
struct CityFacts {
    city: String,
    population_millions: f64,
}

#[tokio::test]
async fn structured_output_round_trip() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message(
        r#"{"city": "Paris", "population_millions": 2.1}"#,
    ));
    harness.provider.push(Reply::message("not json at all"));
    let thread = harness.thread().await;
    let facts: CityFacts = thread.run_json("Facts about Paris").await.expect("parsed");
    assert_eq!(
        facts,
        CityFacts {
            city: "Paris".into(),
            population_millions: 2.1
        }
    );
    let body = &harness.provider.requests()[0];
    let schema = find_key(body, "schema").expect("the request carries the output schema");
    assert_eq!(
        schema["properties"]["population_millions"]["type"], "number",
        "{schema}"
    );
    assert!(
        schema["required"]
            .as_array()
            .is_some_and(|r| r.contains(&json!("city"))),
        "{schema}"
    );

    let err = thread
        .run_json::<CityFacts>("again")
        .await
        .expect_err("not JSON");
    let Error::StructuredOutput { raw, .. } = err else {
        panic!("expected StructuredOutput, got {err:?}")
    };
    assert_eq!(raw, "not json at all");
    harness.close().await;
}

fn find_key<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

#[derive(serde::Deserialize, schemars::JsonSchema)]
struct AddArgs {
    a: i64,
    b: i64,
}

#[tokio::test]
async fn a_dynamic_tool_is_called_and_its_output_goes_back_to_the_model() {
    let harness = TestCodex::start_with("never", |b| b.experimental_api(true)).await;
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&calls);
    let add = Tool::new("add", "Adds two integers", move |args: AddArgs| {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        async move { Ok::<_, String>((args.a + args.b).to_string()) }
    });
    harness.provider.push(SseScript::new().function_call(
        "call-add",
        "add",
        &json!({"a": 2, "b": 40}),
    ));
    harness.provider.push(Reply::message("2 + 40 = 42"));
    let thread = harness
        .codex
        .thread_start_with_tools(ThreadStartOptions::new(), vec![add])
        .await
        .expect("thread/start");
    let result = thread.run("add 2 and 40").await.expect("run");
    assert_eq!(
        calls.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the tool ran once"
    );
    assert_eq!(result.final_response.as_deref(), Some("2 + 40 = 42"));
    let requests = harness.provider.requests();
    let tools = requests[0]["tools"].to_string();
    assert!(
        tools.contains("\"add\"") && tools.contains("Adds two integers"),
        "the model is told about the tool: {tools}"
    );
    let output = requests[1]["input"]
        .as_array()
        .expect("input")
        .iter()
        .find(|item| item["call_id"] == "call-add" && item["type"] == "function_call_output")
        .cloned()
        .expect("the tool output goes back to the model");
    assert!(output.to_string().contains("42"), "{output}");
    harness.close().await;
}

#[tokio::test]
async fn eight_threads_run_turns_at_once_on_one_connection() {
    let harness = TestCodex::start().await;
    harness.provider.respond_with(|body| {
        let text = last_user_text(body).unwrap_or_default();
        Reply::Stream(
            SseScript::new().streamed_message(
                text.split_inclusive(' ')
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
            ),
        )
    });
    let mut tasks = Vec::new();
    for t in 0..8 {
        let codex = harness.codex.clone();
        tasks.push(tokio::spawn(async move {
            let thread = codex
                .thread_start(ThreadStartOptions::new())
                .await
                .expect("thread/start");
            for turn in 0..3 {
                let text = format!("thread {t} turn {turn} says hello");
                let mut handle = thread.turn(text.as_str()).await.expect("turn/start");
                let mut stream = handle.stream();
                let mut streamed = String::new();
                while let Some(event) = stream.next().await {
                    match event.expect("event") {
                        ServerNotification::ItemAgentMessageDelta(delta) => {
                            streamed.push_str(&delta.delta)
                        }
                        ServerNotification::TurnCompleted(done) => {
                            assert_eq!(done.turn.status, TurnStatus::Completed)
                        }
                        _ => {}
                    }
                }
                assert_eq!(
                    streamed, text,
                    "each stream sees only its own turn, in order"
                );
            }
        }));
    }
    for task in tasks {
        task.await.expect("a thread's task");
    }
    harness.close().await;
}

#[tokio::test]
async fn a_failing_model_provider_fails_the_turn_with_the_servers_error() {
    let harness = TestCodex::start().await;
    harness
        .provider
        .push(Reply::server_error("the scripted model is down"));
    let thread = harness.thread().await;
    let err = thread.run("hello?").await.expect_err("the turn fails");
    let Error::TurnFailed { error, result } = &err else {
        panic!("expected TurnFailed, got {err:?}")
    };
    assert!(!error.message.is_empty());
    assert_eq!(result.status, TurnStatus::Failed);
    // The server's words, then the kind it names: for an HTTP 500 it passes on no more
    // (the provider's message stays with the server).
    assert_eq!(
        err.to_string(),
        format!("the turn failed: {} (internalServerError)", error.message)
    );
    harness.close().await;
}

#[tokio::test]
async fn killing_the_server_mid_turn_ends_the_stream_with_an_error_at_once() {
    let harness = TestCodex::start().await;
    harness
        .provider
        .push(slow_reply().delay_each(Duration::from_millis(50)));
    let thread = harness.thread().await;
    let mut turn = thread.turn("go").await.expect("turn/start");
    let mut stream = turn.stream();
    wait_for_first_delta(&mut stream).await;
    let pid = harness.codex.connection().process_id().expect("pid");
    let killed = Instant::now();
    std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    let mut seen = String::new();
    let end = tokio::time::timeout(Duration::from_secs(1), async {
        loop {
            match stream.next().await {
                Some(Ok(ServerNotification::ItemAgentMessageDelta(d))) => seen.push_str(&d.delta),
                Some(Ok(_)) => continue,
                other => return other,
            }
        }
    })
    .await
    .expect("the stream ends within a second");
    eprintln!("ended {:?} after the kill", killed.elapsed());
    let Some(Err(Error::TurnClosed { reason, result, .. })) = end else {
        panic!("expected TurnClosed, got {end:?}")
    };
    assert!(reason.exit_status.is_some(), "{reason}");
    // The first delta was read before the kill; the result holds it and every later one.
    let text = result.items.iter().find_map(|item| match item {
        ThreadItem::AgentMessage { text, .. } => Some(text.as_str()),
        _ => None,
    });
    let expected = format!("0 {seen}");
    assert_eq!(
        text,
        Some(expected.as_str()),
        "what streamed before the server died is kept"
    );
    let after = thread
        .run("again")
        .await
        .expect_err("the connection is closed");
    assert!(matches!(after, Error::Closed(_)), "{after:?}");
}

#[tokio::test]
async fn turn_options_reach_the_model_request() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("ok"));
    let thread = harness
        .codex
        .thread_start(ThreadStartOptions::new().developer_instructions("Answer in French."))
        .await
        .expect("thread/start");
    let options = TurnOptions::new()
        .model("mock-model-2")
        .effort(codex_sdk::protocol::ReasoningEffort::try_from("high").expect("a valid effort"));
    thread.run_with("hi", options).await.expect("run");
    let body = &harness.provider.requests()[0];
    assert_eq!(body["model"], "mock-model-2");
    assert_eq!(body["reasoning"]["effort"], "high", "{}", body["reasoning"]);
    assert!(body["input"].to_string().contains("Answer in French."));
    harness.close().await;
}

#[tokio::test]
async fn an_external_message_starts_a_turn_as_tool_output() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("noted"));
    let thread = harness.thread().await;
    let message = codex_sdk::ExternalMessage::new("ci_monitor", "build 42 failed on main");
    let result = thread.run(message).await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("noted"));
    let body = harness.provider.requests()[0].to_string();
    assert!(
        body.contains("build 42 failed on main"),
        "the content reaches the model: {body}"
    );
    let err = thread
        .run(codex_sdk::ExternalMessage::new(" ", "x"))
        .await
        .expect_err("empty tool name");
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    harness.close().await;
}

#[tokio::test]
async fn a_missing_binary_says_how_to_install_codex() {
    let err = codex_sdk::Codex::builder()
        .binary("/nonexistent/codex")
        .start()
        .await
        .expect_err("no binary");
    assert!(
        err.to_string().contains("npm install -g @openai/codex@"),
        "{err}"
    );
}

#[tokio::test]
async fn a_config_error_at_start_up_shows_the_servers_reason() {
    let home = codex_sdk_testkit::CodexHome::new();
    let err = support::builder(&home)
        .config("approval_policy", "\"untrusted\"")
        .start()
        .await
        .expect_err("bad config");
    assert!(matches!(&err, Error::Closed(_)), "{err:?}");
    assert!(err.to_string().contains("no longer supported"), "{err}");
}

#[tokio::test]
async fn api_key_login_and_logout_change_the_account() {
    // The default (OpenAI) provider: the scripted one needs no account, so it reports none.
    let home = codex_sdk_testkit::CodexHome::new();
    let codex = support::builder(&home).start().await.expect("start");
    let before = codex.account().await.expect("account/read");
    assert!(
        before.account.is_none(),
        "a fresh home is logged out: {before:?}"
    );
    codex
        .login_api_key("sk-test-0123456789")
        .await
        .expect("account/login/start");
    let after = codex.account().await.expect("account/read");
    assert!(
        matches!(after.account, Some(codex_sdk::protocol::Account::ApiKey)),
        "logged in with the key: {after:?}"
    );
    codex.logout().await.expect("account/logout");
    assert!(
        codex
            .account()
            .await
            .expect("account/read")
            .account
            .is_none(),
        "logged out again"
    );
    codex.close().await;
}

#[tokio::test]
async fn dropping_every_handle_stops_the_server() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("bye"));
    let thread = harness.thread().await;
    thread.run("hello").await.expect("run");
    let pid = harness
        .codex
        .connection()
        .process_id()
        .expect("a child process");
    let TestCodex {
        codex,
        provider,
        home,
    } = harness;
    drop(codex);
    assert!(
        codex_sdk_testkit::process_exists(pid),
        "the thread still holds the connection"
    );
    drop(thread);
    let started = Instant::now();
    while codex_sdk_testkit::process_exists(pid) {
        assert!(
            started.elapsed() < PATIENCE,
            "the server outlived every handle"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    drop((provider, home));
}

#[tokio::test]
async fn two_long_turns_at_once_can_be_read_one_after_the_other() {
    let harness = TestCodex::start().await;
    harness.provider.respond_with(|body| {
        let tag = last_user_text(body).unwrap_or_default();
        Reply::Stream(
            SseScript::new().streamed_message((0..5_000).map(move |i| format!("{tag}{i} "))),
        )
    });
    let first = harness.thread().await;
    let second = harness.thread().await;
    let mut a = first.turn("a").await.expect("turn/start");
    let mut b = second.turn("b").await.expect("turn/start");
    // Both turns stream at once; read all of the first, only then the second.
    for (turn, tag) in [(&mut a, "a"), (&mut b, "b")] {
        let mut stream = turn.stream();
        let mut deltas = 0;
        while let Some(event) = tokio::time::timeout(PATIENCE, stream.next())
            .await
            .expect("no stall")
        {
            if let ServerNotification::ItemAgentMessageDelta(delta) = event.expect("event") {
                assert_eq!(
                    delta.delta,
                    format!("{tag}{deltas} "),
                    "in order, none lost"
                );
                deltas += 1;
            }
        }
        assert_eq!(deltas, 5_000);
    }
    harness.close().await;
}

#[tokio::test]
async fn the_default_approval_mode_decides_the_policy_threads_start_with() {
    // config.toml says `never`; without a default mode the SDK sends no policy.
    let harness = TestCodex::start_with("never", |b| b.default_approval_mode(None)).await;
    let from_config = harness.thread().await;
    let ask = codex_sdk::ApprovalMode::AskClient;
    let asking = harness
        .codex
        .thread_start(ThreadStartOptions::new().approval_mode(ask))
        .await
        .expect("thread/start");
    // After a turn (which stores the thread), `thread/resume` answers with its settings.
    harness.provider.respond_with(|_| Reply::message("ok"));
    for thread in [&from_config, &asking] {
        thread.run("hi").await.expect("run");
    }
    let policy = |id: String| {
        let connection = harness.codex.connection().clone();
        async move {
            let settings = connection
                .request_value("thread/resume", json!({"threadId": id}))
                .await
                .expect("thread/resume");
            (
                settings["approvalPolicy"].clone(),
                settings["approvalsReviewer"].clone(),
            )
        }
    };
    assert_eq!(
        policy(from_config.id().to_owned()).await.0,
        json!("never"),
        "the config decides"
    );
    assert_eq!(
        policy(asking.id().to_owned()).await,
        (json!("on-request"), json!("user")),
        "AskClient"
    );
    harness.close().await;

    // By default, without a handler: DenyAll (nothing beyond the sandbox), where the Python
    // SDK lets the server's reviewer model decide.
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("ok"));
    let thread = harness.thread().await;
    thread.run("hi").await.expect("run");
    let settings = harness
        .codex
        .connection()
        .request_value("thread/resume", json!({"threadId": thread.id()}))
        .await
        .expect("thread/resume");
    assert_eq!(settings["approvalPolicy"], json!("never"), "{settings}");
    harness.close().await;
}

#[tokio::test]
async fn skill_and_mention_inputs_reach_the_model() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("done"));
    let skill_dir = harness.home.workspace().join("skills/greeter");
    std::fs::create_dir_all(&skill_dir).expect("skill dir");
    let skill = skill_dir.join("SKILL.md");
    std::fs::write(
        &skill,
        "---\nname: greeter\ndescription: Greets people\n---\nAlways greet in Latin.\n",
    )
    .expect("skill");
    let notes = harness.home.workspace().join("notes.md");
    std::fs::write(&notes, "meeting notes").expect("notes");
    let thread = harness.thread().await;
    let input = vec![
        InputItem::Text("Greet the team.".into()),
        InputItem::Skill {
            name: "greeter".into(),
            path: skill.clone(),
        },
        InputItem::Mention {
            name: "notes.md".into(),
            path: notes.clone(),
        },
    ];
    let result = thread.run(input).await.expect("run");
    assert!(
        last_user_text(&harness.provider.requests()[0]).is_some_and(|t| t == "Greet the team.")
    );
    // The server keeps every input item in the thread's history, as sent.
    let sent = result
        .items
        .iter()
        .find_map(|item| match item {
            ThreadItem::UserMessage { content, .. } => {
                Some(serde_json::to_value(content).expect("json"))
            }
            _ => None,
        })
        .expect("the user message item");
    let skill_path = skill.display().to_string();
    let notes_path = notes.display().to_string();
    assert!(
        sent.as_array().is_some_and(|items| items
            .iter()
            .any(|i| i["type"] == "skill" && i["path"] == skill_path.as_str())),
        "{sent}"
    );
    assert!(
        sent.as_array().is_some_and(|items| items
            .iter()
            .any(|i| i["type"] == "mention" && i["path"] == notes_path.as_str())),
        "{sent}"
    );
    harness.close().await;
}
