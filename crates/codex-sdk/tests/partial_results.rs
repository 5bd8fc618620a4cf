//! A turn that ends without success keeps what it streamed. On the real server, a model that
//! streams a long answer and then stalls forever is stopped by the turn's deadline, and the
//! error's partial result holds the answer's text so far, whichever API ran the turn. On the
//! in-memory fake: failed, interrupted and cut-off turns keep it too, and what a turn holds is
//! bounded by the notification budget, with a typed error past it.

mod support;

use std::time::Duration;

use codex_sdk::protocol::{ServerNotification, ThreadItem, TurnStatus};
use codex_sdk::{Codex, Error, TextKind, TurnEvent, TurnLimit, TurnResult};
use codex_sdk_testkit::{CodexHome, ScriptedProvider, SseScript, codex_bin};
use serde_json::{Value, json};
use support::fake_server::{self, FakeServer, turn};
use support::{PATIENCE, TestCodex};

/// The deadline of the turns that stall: the model sends its deltas at once and then nothing,
/// ever, so the deadline is what ends them; this long so the deltas are in well before it.
const DEADLINE: Duration = Duration::from_secs(10);

/// How many deltas the stalling model streams, and how long each is.
const DELTAS: usize = 200;
const DELTA_LEN: usize = 240;

/// The deltas of the long answer: 48 KB in all, each piece distinct.
fn answer_deltas() -> Vec<String> {
    (0..DELTAS)
        .map(|i| format!("{i:04} {}", "x".repeat(DELTA_LEN - 5)))
        .collect()
}

/// A model that streams the long answer and then stalls, never ending its response.
fn stalling_answer() -> SseScript {
    // `response.created`, `response.output_item.added`, then the deltas.
    SseScript::new()
        .streamed_message(answer_deltas())
        .stall_after(2 + DELTAS)
}

/// The text of the agent message in `result`, which must be there.
fn agent_text(result: &TurnResult) -> &str {
    result
        .items
        .iter()
        .find_map(|item| match item {
            ThreadItem::AgentMessage { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("an agent message in {:?}", result.items))
}

/// The partial result of a deadline error, which `err` must be.
fn timed_out(err: Error, api: &str) -> Box<TurnResult> {
    match err {
        Error::TurnTimedOut {
            limit: TurnLimit::Deadline,
            result,
            ..
        } => result,
        other => panic!("{api}: expected a deadline error, got {other:?}"),
    }
}

/// Asserts that `result` holds the whole long answer, as an item and as the final response.
fn holds_the_answer(result: &TurnResult, api: &str) {
    let expected = answer_deltas().concat();
    assert_eq!(result.status, TurnStatus::InProgress, "{api}");
    assert_eq!(
        agent_text(result).len(),
        expected.len(),
        "{api}: the streamed text is in the result"
    );
    assert_eq!(agent_text(result), expected, "{api}");
    assert_eq!(
        result.final_response.as_deref(),
        Some(expected.as_str()),
        "{api}: the answer so far is the final response so far"
    );
}

#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[allow(dead_code)]
struct Answer {
    text: String,
}

#[tokio::test]
async fn a_turn_past_its_deadline_keeps_its_streamed_text_whichever_api_ran_it() {
    let harness = TestCodex::start_with("never", |b| b.turn_deadline(Some(DEADLINE))).await;
    harness.provider.respond_with(|_| stalling_answer().into());
    let run = async {
        let thread = harness.thread().await;
        thread.run("a long answer").await.expect_err("stalls")
    };
    let run_json = async {
        let thread = harness.thread().await;
        thread
            .run_json::<Answer>("a long answer")
            .await
            .expect_err("stalls")
    };
    let next = async {
        let thread = harness.thread().await;
        let mut turn = thread.turn("a long answer").await.expect("turn/start");
        let mut stream = turn.stream();
        let mut seen = String::new();
        loop {
            match stream.next().await.expect("the stream ends with an error") {
                Ok(ServerNotification::ItemAgentMessageDelta(d)) => seen.push_str(&d.delta),
                Ok(_) => {}
                Err(err) => return (err, seen),
            }
        }
    };
    let next_event = async {
        let thread = harness.thread().await;
        let mut turn = thread.turn("a long answer").await.expect("turn/start");
        let mut stream = turn.stream();
        let mut seen = String::new();
        loop {
            match stream
                .next_event()
                .await
                .expect("the stream ends with an error")
            {
                Ok(TurnEvent::TextDelta {
                    kind: TextKind::AgentMessage,
                    delta,
                    item_id,
                }) => {
                    seen.push_str(&delta);
                    assert_eq!(
                        stream.item_text(&item_id, TextKind::AgentMessage),
                        Some(&*seen)
                    );
                }
                Ok(_) => {}
                Err(err) => return (err, seen),
            }
        }
    };
    let (run, run_json, (next, seen_by_next), (next_event, seen_by_next_event)) =
        tokio::time::timeout(PATIENCE, async {
            tokio::join!(run, run_json, next, next_event)
        })
        .await
        .expect("every turn ends at its deadline");
    holds_the_answer(&timed_out(run, "run"), "run");
    holds_the_answer(&timed_out(run_json, "run_json"), "run_json");
    let next = timed_out(next, "next");
    assert_eq!(agent_text(&next), seen_by_next, "next: every delta read");
    holds_the_answer(&next, "next");
    let next_event = timed_out(next_event, "next_event");
    assert_eq!(agent_text(&next_event), seen_by_next_event, "next_event");
    holds_the_answer(&next_event, "next_event");
    harness.close().await;
}

#[test]
fn a_blocking_turn_past_its_deadline_keeps_its_streamed_text() {
    let provider_runtime = tokio::runtime::Runtime::new().expect("runtime");
    let provider = provider_runtime.block_on(ScriptedProvider::start());
    provider.respond_with(|_| stalling_answer().into());
    let home = CodexHome::with_provider(&provider, "never");
    let builder = Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace())
        .turn_deadline(Some(DEADLINE));
    let codex = codex_sdk::blocking::Codex::from_builder(builder).expect("start");
    // Two turns at once, on two threads of the program: `run`, and a loop over `next_event`.
    let (run, (streamed, seen)) = std::thread::scope(|scope| {
        let run = scope.spawn(|| {
            let thread = codex.thread_start(None).expect("thread/start");
            thread.run("a long answer").expect_err("stalls")
        });
        let streamed = scope.spawn(|| {
            let thread = codex.thread_start(None).expect("thread/start");
            let mut turn = thread.turn("a long answer").expect("turn/start");
            let mut events = turn.stream();
            let mut seen = String::new();
            loop {
                match events.next_event().expect("the turn ends with an error") {
                    Ok(event) => seen.push_str(event.agent_message_delta().unwrap_or_default()),
                    Err(err) => return (err, seen),
                }
            }
        });
        (
            run.join().expect("the run thread"),
            streamed.join().expect("the streaming thread"),
        )
    });
    holds_the_answer(&timed_out(run, "blocking run"), "blocking run");
    let result = timed_out(streamed, "blocking next_event");
    assert_eq!(agent_text(&result), seen);
    holds_the_answer(&result, "blocking next_event");
    codex.close();
}

// The fake server: every other way a turn ends without success.

const THREAD: &str = "thread-1";

fn item_started(item: Value) -> Value {
    json!({"threadId": THREAD, "turnId": "turn-1", "item": item, "startedAtMs": 1})
}

/// An agent message just started, and a command running, as the server announces them.
async fn start_items(server: &mut FakeServer) {
    let message =
        json!({"type": "agentMessage", "id": "msg-1", "text": "", "phase": null, "startedAtMs": 1});
    server.notify("item/started", item_started(message)).await;
    let command = json!({"type": "commandExecution", "id": "cmd-1", "command": "make",
        "cwd": "/tmp", "commandActions": [], "status": "inProgress", "source": "agent",
        "startedAtMs": 1});
    server.notify("item/started", item_started(command)).await;
}

/// Streams `pieces` into the agent message and into the command's output.
async fn stream_text(server: &mut FakeServer, pieces: &[&str]) {
    for piece in pieces {
        let delta = |item: &str| json!({"threadId": THREAD, "turnId": "turn-1", "itemId": item, "delta": piece});
        server
            .notify("item/agentMessage/delta", delta("msg-1"))
            .await;
        server
            .notify("item/commandExecution/outputDelta", delta("cmd-1"))
            .await;
    }
}

/// Asserts that `result` holds both unfinished items with their text so far.
fn holds_the_unfinished_items(result: &TurnResult, expected: &str) {
    assert_eq!(agent_text(result), expected, "{:?}", result.items);
    assert_eq!(result.final_response.as_deref(), Some(expected));
    let output = result.items.iter().find_map(|item| match item {
        ThreadItem::CommandExecution {
            command,
            aggregated_output,
            ..
        } => Some((command.as_str(), aggregated_output.as_deref())),
        _ => None,
    });
    assert_eq!(
        output,
        Some(("make", Some(expected))),
        "the command as it started, with its output so far: {:?}",
        result.items
    );
}

#[tokio::test]
async fn a_failed_turn_keeps_the_text_of_its_unfinished_items() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let run = tokio::spawn(async move { codex.thread(THREAD).run("hi").await });
    fake_server::start_turn(&mut server, "turn-1").await;
    start_items(&mut server).await;
    stream_text(&mut server, &["half ", "an ", "answer"]).await;
    let mut failed = turn("turn-1", "failed");
    failed["error"] = json!({"message": "the model gave up"});
    server
        .notify(
            "turn/completed",
            json!({"threadId": THREAD, "turn": failed}),
        )
        .await;
    let err = run.await.expect("task").expect_err("failed");
    let Error::TurnFailed { error, result } = err else {
        panic!("{err:?}")
    };
    assert_eq!(error.message, "the model gave up");
    assert_eq!(result.status, TurnStatus::Failed);
    holds_the_unfinished_items(&result, "half an answer");
}

#[tokio::test]
async fn an_interrupted_turn_keeps_the_text_of_its_unfinished_items() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let mut handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    let mut stream = handle.stream();
    start_items(&mut server).await;
    stream_text(&mut server, &["stopped ", "mid-", "word"]).await;
    server
        .notify(
            "turn/completed",
            json!({"threadId": THREAD, "turn": turn("turn-1", "interrupted")}),
        )
        .await;
    // Read with `next_event`: the `Completed` event and the result after it agree.
    let mut completed = None;
    while let Some(event) = stream.next_event().await {
        if let TurnEvent::Completed(result) = event.expect("event") {
            completed = Some(result);
        }
    }
    let completed = completed.expect("a Completed event");
    assert_eq!(completed.status, TurnStatus::Interrupted);
    holds_the_unfinished_items(&completed, "stopped mid-word");
    let result = stream
        .collect_result()
        .await
        .expect("an interrupted turn is Ok");
    holds_the_unfinished_items(&result, "stopped mid-word");
}

#[tokio::test]
async fn a_turn_whose_server_goes_away_keeps_its_text_and_says_why() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let run = tokio::spawn({
        let codex = codex.clone();
        async move { codex.thread(THREAD).run("hi").await }
    });
    fake_server::start_turn(&mut server, "turn-1").await;
    start_items(&mut server).await;
    stream_text(&mut server, &["cut ", "off"]).await;
    server.close_output().await;
    let err = tokio::time::timeout(PATIENCE, run)
        .await
        .expect("run() ends when the server goes")
        .expect("task")
        .expect_err("no end");
    let Error::TurnClosed {
        turn_id,
        reason,
        result,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(turn_id, "turn-1");
    assert!(reason.to_string().contains("closed its output"), "{reason}");
    assert_eq!(err.partial_result().map(|r| r.id.as_str()), Some("turn-1"));
    holds_the_unfinished_items(result, "cut off");
}

#[tokio::test]
async fn a_stream_read_with_next_whose_server_goes_away_ends_with_the_partial_result() {
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let mut handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    let mut stream = handle.stream();
    start_items(&mut server).await;
    stream_text(&mut server, &["gone"]).await;
    server.close_output().await;
    let end = loop {
        match tokio::time::timeout(PATIENCE, stream.next())
            .await
            .expect("ends")
        {
            Some(Ok(_)) => {}
            other => break other,
        }
    };
    let Some(Err(Error::TurnClosed { result, .. })) = end else {
        panic!("{end:?}")
    };
    holds_the_unfinished_items(&result, "gone");
    assert!(stream.next().await.is_none(), "the stream ended");
}

#[tokio::test]
async fn an_idle_turn_keeps_the_text_of_its_unfinished_items() {
    let (codex, mut server) =
        fake_server::start(Codex::builder().turn_idle_timeout(Some(Duration::from_millis(200))))
            .await;
    let run = tokio::spawn(async move { codex.thread(THREAD).run("hi").await });
    fake_server::start_turn(&mut server, "turn-1").await;
    start_items(&mut server).await;
    stream_text(&mut server, &["and ", "then ", "silence"]).await;
    // Then nothing: the idle timeout ends the turn, which is interrupted.
    let interrupt = server.receive_method("turn/interrupt").await;
    assert_eq!(interrupt["params"]["turnId"], "turn-1");
    let err = run.await.expect("task").expect_err("idle");
    let Error::TurnTimedOut {
        limit: TurnLimit::Idle,
        result,
        ..
    } = err
    else {
        panic!("{err:?}")
    };
    holds_the_unfinished_items(&result, "and then silence");
}

// The bound: what a turn holds counts against the notification budget.

const BUDGET: usize = 1 << 20;
const BIG_DELTA: usize = 8 * 1024;

/// The `n`th 8 KiB piece of a long answer.
fn big_piece(n: usize) -> String {
    format!("{n:08}{}", "y".repeat(BIG_DELTA - 8))
}

/// A fake server's turn on a client with a 1 MiB budget, its agent message started; the
/// server then streams 2 MiB into it (from a task that gives the server back). The client is
/// returned to keep the connection open.
async fn flooded_turn() -> (
    Codex,
    codex_sdk::TurnHandle,
    tokio::task::JoinHandle<FakeServer>,
) {
    let (codex, mut server) =
        fake_server::start(Codex::builder().notification_buffer_bytes(BUDGET)).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    start_items(&mut server).await;
    let flood = tokio::spawn(async move {
        for n in 0..2 * BUDGET / BIG_DELTA {
            let piece = big_piece(n);
            server
                .notify(
                    "item/agentMessage/delta",
                    json!({"threadId": THREAD, "turnId": "turn-1", "itemId": "msg-1", "delta": piece}),
                )
                .await;
        }
        server
    });
    (codex, handle, flood)
}

/// Asserts that `err` is the bound's error and that its result holds a whole prefix of the
/// flood, up to the bound; returns that text's length.
async fn holds_the_flood_up_to_the_bound(
    err: Error,
    flood: tokio::task::JoinHandle<FakeServer>,
) -> usize {
    let message = err.to_string();
    assert!(
        message.contains("notification_buffer_bytes") && message.contains(&BUDGET.to_string()),
        "the error names the bound and how to raise it: {message}"
    );
    let Error::TurnTooLarge { limit, result, .. } = err else {
        panic!("{err:?}")
    };
    assert_eq!(limit, BUDGET);
    let text = agent_text(&result);
    let all: String = (0..2 * BUDGET / BIG_DELTA).map(big_piece).collect();
    assert!(
        text.len() <= BUDGET,
        "held within the bound: {}",
        text.len()
    );
    assert!(
        text.len() + 3 * BIG_DELTA > BUDGET,
        "everything up to the bound is kept: {}",
        text.len()
    );
    assert_eq!(text.len() % BIG_DELTA, 0, "whole deltas");
    assert!(all.starts_with(text), "the text is the flood's beginning");
    assert_eq!(result.final_response.as_deref(), Some(text));
    let mut server = flood.await.expect("the flood task");
    let interrupt = server.receive_method("turn/interrupt").await;
    assert_eq!(interrupt["params"]["turnId"], "turn-1");
    text.len()
}

#[tokio::test]
async fn a_run_streaming_past_the_budget_fails_with_the_bound_and_what_fit() {
    let (_codex, handle, flood) = flooded_turn().await;
    let err = tokio::time::timeout(PATIENCE, handle.run())
        .await
        .expect("the bound ends the turn")
        .expect_err("too large");
    holds_the_flood_up_to_the_bound(err, flood).await;
}

#[tokio::test]
async fn a_stream_past_the_budget_gives_every_event_then_the_bounds_error() {
    let (_codex, mut handle, flood) = flooded_turn().await;
    let mut stream = handle.stream();
    let mut seen = String::new();
    let err = loop {
        let event = tokio::time::timeout(PATIENCE, stream.next_event())
            .await
            .expect("the bound ends the turn")
            .expect("an error before the end");
        match event {
            Ok(event) => seen.push_str(event.agent_message_delta().unwrap_or_default()),
            Err(err) => break err,
        }
    };
    assert!(stream.next_event().await.is_none(), "the stream ended");
    let kept = holds_the_flood_up_to_the_bound(err, flood).await;
    assert_eq!(
        seen.len(),
        kept + BIG_DELTA,
        "the caller got the delta that would have passed the bound too"
    );
}

#[tokio::test]
async fn a_turn_completing_items_past_the_budget_fails_with_the_items_that_fit() {
    let (codex, mut server) =
        fake_server::start(Codex::builder().notification_buffer_bytes(BUDGET)).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, "turn-1").await;
    let run = tokio::spawn(handle.run());
    let count = 2 * BUDGET / 200;
    for n in 0..count {
        let item = json!({"type": "agentMessage", "id": format!("m{n}"), "text": format!("{n}"),
            "phase": null, "startedAtMs": 1, "completedAtMs": 2});
        server
            .notify(
                "item/completed",
                json!({"threadId": THREAD, "turnId": "turn-1", "item": item, "completedAtMs": 2}),
            )
            .await;
    }
    let err = tokio::time::timeout(PATIENCE, run)
        .await
        .expect("the bound ends the turn")
        .expect("task")
        .expect_err("too large");
    let Error::TurnTooLarge { result, .. } = err else {
        panic!("{err:?}")
    };
    let ids: Vec<&str> = result.items.iter().filter_map(ThreadItem::id).collect();
    assert!(
        ids.len() > 1000 && ids.len() < count,
        "a bounded number of items: {}",
        ids.len()
    );
    let expected: Vec<String> = (0..ids.len()).map(|n| format!("m{n}")).collect();
    assert_eq!(ids, expected, "the first items, none skipped");
}
