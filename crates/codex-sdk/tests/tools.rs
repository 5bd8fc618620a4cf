//! Dynamic tools on the real server: the call's context, text and image outputs, infallible
//! functions, and the tools' life across resume, fork, archive and a new process.

mod support;

use std::sync::{Arc, Mutex};

use codex_sdk::{Tool, ToolCall, ToolOutput};
use codex_sdk_testkit::{Reply, ScriptedProvider, SseScript};
use serde_json::{Value, json};
use support::{TestCodex, builder};

/// A valid 1x1 PNG: codex decodes images before it sends them, and replaces one it cannot read.
const PNG: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
struct Chart {
    points: u32,
}

/// The `function_call_output` the model was sent for `call_id`, from the recorded requests.
fn output_of(provider: &ScriptedProvider, call_id: &str) -> Option<Value> {
    provider.requests().iter().rev().find_map(|request| {
        request["input"]
            .as_array()?
            .iter()
            .find(|item| item["call_id"] == call_id && item["type"] == "function_call_output")
            .cloned()
    })
}

#[tokio::test]
async fn a_tool_sees_its_call_and_answers_with_text_and_an_image() {
    let harness = TestCodex::start_with("never", |b| b.experimental_api(true)).await;
    let seen: Arc<Mutex<Vec<ToolCall>>> = Arc::default();
    let log = Arc::clone(&seen);
    let chart = Tool::with_call(
        "chart",
        "Draws a chart",
        move |args: Chart, call: ToolCall| {
            log.lock().expect("log").push(call);
            async move { ToolOutput::text(format!("{} points", args.points)).and_image(PNG) }
        },
    );
    harness.provider.push(SseScript::new().function_call(
        "call-chart",
        "chart",
        &json!({"points": 3}),
    ));
    harness.provider.push(Reply::message("drawn"));
    let thread = harness
        .codex
        .thread_start_with_tools(codex_sdk::ThreadStartOptions::new(), vec![chart])
        .await
        .expect("thread/start");
    let mut turn = thread.turn("draw").await.expect("turn/start");
    let turn_id = turn.id().to_owned();
    let result = turn.stream().collect_result().await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("drawn"));

    let calls = seen.lock().expect("log").clone();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(calls[0].call_id, "call-chart");
    assert_eq!(calls[0].thread_id, thread.id());
    assert_eq!(calls[0].turn_id, turn_id);
    assert_eq!(calls[0].tool, "chart");

    let output = output_of(&harness.provider, "call-chart")
        .expect("the output went back")
        .to_string();
    assert!(output.contains("3 points"), "{output}");
    assert!(
        output.contains("input_image") && !output.contains("image content omitted"),
        "the image reaches the model: {output}"
    );
    harness.close().await;
}

/// A tool that counts its calls and answers with `answer` (infallible: no `Result`).
fn counting_tool(calls: &Arc<Mutex<u32>>, answer: &'static str) -> Tool {
    let calls = Arc::clone(calls);
    Tool::new("lookup", "Looks something up", move |_: Chart| {
        *calls.lock().expect("calls") += 1;
        async move { answer }
    })
}

/// Runs a turn on `thread` in which the model calls `lookup` as `call_id`; returns the output
/// the model was sent for it.
async fn call_lookup(
    provider: &ScriptedProvider,
    thread: &codex_sdk::Thread,
    call_id: &str,
) -> String {
    provider.push(SseScript::new().function_call(call_id, "lookup", &json!({"points": 1})));
    provider.push(Reply::message("done"));
    thread.run("look it up").await.expect("run");
    output_of(provider, call_id).expect("output").to_string()
}

#[tokio::test]
async fn a_fork_keeps_the_tools_and_an_archived_thread_forgets_them() {
    let harness = TestCodex::start_with("never", |b| b.experimental_api(true)).await;
    let calls = Arc::new(Mutex::new(0));
    let thread = harness
        .codex
        .thread_start_with_tools(
            codex_sdk::ThreadStartOptions::new(),
            vec![counting_tool(&calls, "found")],
        )
        .await
        .expect("thread/start");
    harness.provider.push(Reply::message("ready"));
    thread.run("hi").await.expect("run");

    let fork = harness
        .codex
        .thread_fork(thread.id(), codex_sdk::ThreadForkOptions::new())
        .await
        .expect("fork");
    let output = call_lookup(&harness.provider, &fork, "call-1").await;
    assert_eq!(
        *calls.lock().expect("calls"),
        1,
        "the fork's call ran the tool"
    );
    assert!(output.contains("found"), "{output}");

    harness
        .codex
        .thread_archive(fork.id())
        .await
        .expect("archive");
    harness
        .codex
        .thread_unarchive(fork.id())
        .await
        .expect("unarchive");
    let fork = harness
        .codex
        .thread_resume(fork.id(), codex_sdk::ThreadResumeOptions::new())
        .await
        .expect("resume");
    let output = call_lookup(&harness.provider, &fork, "call-2").await;
    assert_eq!(
        *calls.lock().expect("calls"),
        1,
        "archiving dropped the function"
    );
    assert!(output.contains("no tool named"), "{output}");
    harness.close().await;
}

#[tokio::test]
async fn a_new_client_resumes_a_thread_with_its_tools() {
    let provider = ScriptedProvider::start().await;
    let home = codex_sdk_testkit::CodexHome::with_provider(&provider, "never");
    let first = builder(&home)
        .experimental_api(true)
        .start()
        .await
        .expect("start");
    let calls = Arc::new(Mutex::new(0));
    let thread = first
        .thread_start_with_tools(
            codex_sdk::ThreadStartOptions::new(),
            vec![counting_tool(&calls, "first")],
        )
        .await
        .expect("thread/start");
    provider.push(Reply::message("ready"));
    thread.run("hi").await.expect("run");
    let id = thread.id().to_owned();
    first.close().await;

    let second = builder(&home)
        .experimental_api(true)
        .start()
        .await
        .expect("start");
    let thread = second
        .thread_resume_with_tools(
            &id,
            codex_sdk::ThreadResumeOptions::new(),
            vec![counting_tool(&calls, "second")],
        )
        .await
        .expect("resume");
    let output = call_lookup(&provider, &thread, "call-3").await;
    let requests = provider.requests();
    let offered = requests[requests.len() - 2]["tools"].to_string();
    assert!(
        offered.contains("\"lookup\""),
        "the resumed thread still offers the tool: {offered}"
    );
    assert!(
        output.contains("second"),
        "the new client's function ran: {output}"
    );
    assert_eq!(*calls.lock().expect("calls"), 1);
    second.close().await;
}
