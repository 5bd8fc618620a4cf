//! Property tests of the SDK's turn layer: random sequences of a turn's notifications (items of
//! every kind started, streamed into and completed, in order or not, twice or never;
//! `turn/completed` with every status, or one that does not decode, or none; errors, unknown methods,
//! other turns' and threads' events, params that do not decode) go through a fake server into
//! `run`, a `next` loop or a `next_event` loop. The turn must end (with its result or a typed
//! error) within a bound and without a panic, and its result must hold every item it
//! completed, in order, then every unfinished one with exactly the text streamed into it.
//!
//! A bounded, deterministic run is part of `cargo test`; with `CODEX_FUZZ_SECS=N` the same
//! property runs with fresh random seeds for N seconds.

mod support;

use std::time::{Duration, Instant};

use codex_sdk::protocol::ThreadItem;
use codex_sdk::{Codex, Error, TurnResult};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use serde_json::{Value, json};
use support::PATIENCE;
use support::fake_server::{self, FakeServer};

const FUZZ_SECS_ENV: &str = "CODEX_FUZZ_SECS";
const THREAD: &str = "thread-1";
const TURN: &str = "turn-1";
/// Deterministic cases per `cargo test` run.
const CASES: u32 = 96;

/// The items a turn can start, by wire type: the five that take streamed text, one that takes
/// none, and one this SDK does not know.
const ITEM_TYPES: [&str; 7] = [
    "agentMessage",
    "reasoning",
    "plan",
    "commandExecution",
    "fileChange",
    "userMessage",
    "futureItem",
];

/// The delta notifications, one per kind of streamed text.
const DELTA_METHODS: [&str; 5] = [
    "item/agentMessage/delta",
    "item/reasoning/textDelta",
    "item/reasoning/summaryTextDelta",
    "item/plan/delta",
    "item/commandExecution/outputDelta",
];

/// Every status a `turn/completed` can carry, and one this SDK does not know.
const STATUSES: [&str; 5] = ["completed", "interrupted", "failed", "inProgress", "paused"];

/// One notification the fake server sends.
#[derive(Debug, Clone)]
enum Event {
    Started {
        id: usize,
        item: usize,
    },
    Delta {
        id: usize,
        kind: usize,
        index: i64,
        text: String,
    },
    Completed {
        id: usize,
        item: usize,
        text: String,
    },
    Usage,
    /// `turn/completed` of this turn (the end) or of another turn of the thread.
    End {
        status: usize,
        ours: bool,
    },
    Error,
    UnknownMethod,
    OtherThread,
    OtherTurn,
    UndecodableDelta,
}

/// What the server does after the events.
#[derive(Debug, Clone, Copy)]
enum Finish {
    /// Completes the turn with this status.
    Complete(usize),
    /// Sends a `turn/completed` of this turn that does not decode.
    Undecodable,
    /// Closes its output, as a server that exits.
    Close,
    /// Says nothing more: the idle timeout ends the turn.
    Silence,
}

/// How the test reads the turn.
#[derive(Debug, Clone, Copy)]
enum Api {
    Run,
    Next,
    NextEvent,
}

#[derive(Debug, Clone)]
struct Case {
    events: Vec<Event>,
    finish: Finish,
    api: Api,
    /// A small notification budget, so that the turn's bound is reached too.
    small_budget: bool,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,12}",
        Just("é日本語🦀".to_owned()),
        Just(String::new()),
        "[a-z]{200,400}",
    ]
}

fn event() -> impl Strategy<Value = Event> {
    let id = 0usize..3;
    prop_oneof![
        3 => (id.clone(), 0..ITEM_TYPES.len()).prop_map(|(id, item)| Event::Started { id, item }),
        8 => (id.clone(), 0..DELTA_METHODS.len(), 0i64..2, text())
            .prop_map(|(id, kind, index, text)| Event::Delta { id, kind, index, text }),
        2 => (id, 0..ITEM_TYPES.len(), text())
            .prop_map(|(id, item, text)| Event::Completed { id, item, text }),
        1 => Just(Event::Usage),
        // Rarely this turn's end, in the middle: the events after it are not the turn's.
        1 => (0..STATUSES.len(), prop::bool::weighted(0.1))
            .prop_map(|(status, ours)| Event::End { status, ours }),
        1 => Just(Event::Error),
        1 => Just(Event::UnknownMethod),
        1 => Just(Event::OtherThread),
        1 => Just(Event::OtherTurn),
        1 => Just(Event::UndecodableDelta),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    let finish = prop_oneof![
        4 => (0..STATUSES.len()).prop_map(Finish::Complete),
        1 => Just(Finish::Undecodable),
        2 => Just(Finish::Close),
        1 => Just(Finish::Silence),
    ];
    let api = prop_oneof![Just(Api::Run), Just(Api::Next), Just(Api::NextEvent)];
    (
        prop::collection::vec(event(), 0..40),
        finish,
        api,
        prop::bool::weighted(0.2),
    )
        .prop_map(|(events, finish, api, small_budget)| Case {
            events,
            finish,
            api,
            small_budget,
        })
}

fn item_id(id: usize) -> String {
    format!("item-{id}")
}

/// The item of wire type `ITEM_TYPES[item]`, with `text` where it takes one.
fn item(id: usize, item: usize, text: &str) -> Value {
    let id = item_id(id);
    match ITEM_TYPES[item] {
        "agentMessage" => json!({"type": "agentMessage", "id": id, "text": text, "phase": null}),
        "reasoning" => json!({"type": "reasoning", "id": id, "content": [], "summary": [text]}),
        "plan" => json!({"type": "plan", "id": id, "text": text}),
        "commandExecution" => json!({"type": "commandExecution", "id": id, "command": "ls",
            "cwd": "/", "commandActions": [], "status": "inProgress", "source": "agent",
            "aggregatedOutput": text}),
        "fileChange" => {
            json!({"type": "fileChange", "id": id, "changes": [], "status": "inProgress"})
        }
        "userMessage" => json!({"type": "userMessage", "id": id, "content": []}),
        other => json!({"type": other, "id": id, "payload": text}),
    }
}

fn turn_object(id: &str, status: &str) -> Value {
    json!({"id": id, "items": [], "status": status, "error": null, "durationMs": null})
}

async fn send(server: &mut FakeServer, event: &Event) {
    let ours = |more: Value| {
        let mut params = json!({"threadId": THREAD, "turnId": TURN});
        if let (Some(params), Value::Object(more)) = (params.as_object_mut(), more) {
            params.extend(more);
        }
        params
    };
    match event {
        Event::Started { id, item: kind } => {
            let params = ours(json!({"item": item(*id, *kind, ""), "startedAtMs": 1}));
            server.notify("item/started", params).await;
        }
        Event::Delta {
            id,
            kind,
            index,
            text,
        } => {
            let params = ours(json!({"itemId": item_id(*id), "delta": text,
                "contentIndex": index, "summaryIndex": index}));
            server.notify(DELTA_METHODS[*kind], params).await;
        }
        Event::Completed {
            id,
            item: kind,
            text,
        } => {
            let params = ours(json!({"item": item(*id, *kind, text), "completedAtMs": 2}));
            server.notify("item/completed", params).await;
        }
        Event::Usage => {
            let usage = json!({"totalTokens": 3, "inputTokens": 1, "cachedInputTokens": 0,
                "outputTokens": 2, "reasoningOutputTokens": 0});
            let params = ours(json!({"tokenUsage": {"total": usage, "last": usage}}));
            server.notify("thread/tokenUsage/updated", params).await;
        }
        Event::End { status, ours } => {
            let id = if *ours { TURN } else { "turn-0" };
            let params = json!({"threadId": THREAD, "turn": turn_object(id, STATUSES[*status])});
            server.notify("turn/completed", params).await;
        }
        Event::Error => {
            let params = ours(json!({"error": {"message": "reconnecting"}, "willRetry": true}));
            server.notify("error", params).await;
        }
        Event::UnknownMethod => {
            let params = ours(json!({"itemId": item_id(0), "delta": "from the future"}));
            server.notify("item/future/delta", params).await;
        }
        Event::OtherThread => {
            let params = json!({"threadId": "thread-2", "turnId": TURN, "itemId": item_id(0),
                "delta": "another thread's"});
            server.notify(DELTA_METHODS[0], params).await;
        }
        Event::OtherTurn => {
            let params = json!({"threadId": THREAD, "turnId": "turn-0", "itemId": item_id(0),
                "delta": "another turn's"});
            server.notify(DELTA_METHODS[0], params).await;
        }
        Event::UndecodableDelta => {
            let params = ours(json!({"itemId": 5}));
            server.notify(DELTA_METHODS[0], params).await;
        }
    }
}

/// What the turn must come to, computed from the events alone.
#[derive(Debug, Default)]
struct Expected {
    /// The ids of the items completed, in order.
    completed: Vec<String>,
    /// The text streamed into each unfinished item, by id and kind of text.
    open: Vec<(String, usize, String)>,
    /// How it ends: a `turn/completed` status, an undecodable end, or neither.
    end: Option<Option<usize>>,
}

fn expected(case: &Case) -> Expected {
    let mut model = Expected::default();
    for event in &case.events {
        match event {
            Event::Delta { id, kind, text, .. } => {
                let id = item_id(*id);
                match model
                    .open
                    .iter_mut()
                    .find(|(open, k, _)| *open == id && k == kind)
                {
                    Some((_, _, streamed)) => streamed.push_str(text),
                    None => model.open.push((id, *kind, text.clone())),
                }
            }
            Event::Completed { id, .. } => {
                let id = item_id(*id);
                model.open.retain(|(open, _, _)| *open != id);
                model.completed.push(id);
            }
            Event::End { status, ours: true } => {
                model.end = Some(Some(*status));
                return model;
            }
            _ => {}
        }
    }
    match case.finish {
        Finish::Complete(status) => model.end = Some(Some(status)),
        Finish::Undecodable => model.end = Some(None),
        Finish::Close | Finish::Silence => {}
    }
    model
}

/// The text of kind `kind` that `item` holds, if it holds that kind.
fn text_of(item: &ThreadItem, kind: usize) -> Option<String> {
    match (kind, item) {
        (0, ThreadItem::AgentMessage { text, .. }) | (3, ThreadItem::Plan { text, .. }) => {
            Some(text.clone())
        }
        (1, ThreadItem::Reasoning { content, .. }) => Some(content.concat()),
        (2, ThreadItem::Reasoning { summary, .. }) => Some(summary.concat()),
        (
            4,
            ThreadItem::CommandExecution {
                aggregated_output, ..
            },
        ) => aggregated_output.clone(),
        _ => None,
    }
}

async fn consume(mut handle: codex_sdk::TurnHandle, api: Api) -> Result<TurnResult, Error> {
    if let Api::Run = api {
        return handle.run().await;
    }
    let mut stream = handle.stream();
    loop {
        let item = match api {
            Api::NextEvent => stream.next_event().await.map(|e| e.map(drop)),
            _ => stream.next().await.map(|e| e.map(drop)),
        };
        match item {
            None => break,
            Some(Ok(())) => {}
            // A notification that did not decode: skipped, the turn goes on.
            Some(Err(Error::Transport(codex_sdk::transport::Error::Decode { .. }))) => {}
            Some(Err(err)) => return Err(err),
        }
    }
    stream.collect_result().await
}

/// Feeds one case to a fresh client and checks what the turn comes to.
async fn run_case(case: Case) -> Result<(), TestCaseError> {
    let mut builder = Codex::builder().turn_idle_timeout(Some(match case.finish {
        Finish::Silence => Duration::from_millis(100),
        _ => PATIENCE,
    }));
    if case.small_budget {
        builder = builder.notification_buffer_bytes(4096);
    }
    let (codex, mut server) = fake_server::start(builder).await;
    let handle = fake_server::started_turn(&codex, &mut server, THREAD, TURN).await;
    let consumer = tokio::spawn(consume(handle, case.api));
    for event in &case.events {
        send(&mut server, event).await;
    }
    match case.finish {
        Finish::Complete(status) => {
            let params = json!({"threadId": THREAD, "turn": turn_object(TURN, STATUSES[status])});
            server.notify("turn/completed", params).await;
        }
        Finish::Undecodable => {
            let params =
                json!({"threadId": THREAD, "turn": {"id": TURN, "items": 42, "status": 7}});
            server.notify("turn/completed", params).await;
        }
        Finish::Close => server.close_output().await,
        Finish::Silence => {}
    }
    let outcome = tokio::time::timeout(PATIENCE, consumer)
        .await
        .map_err(|_| TestCaseError::fail("the turn did not end"))?
        .map_err(|err| TestCaseError::fail(format!("the reader panicked: {err}")))?;
    drop(server);
    check(&case, outcome)
}

fn check(case: &Case, outcome: Result<TurnResult, Error>) -> Result<(), TestCaseError> {
    let model = expected(case);
    let result = match (&outcome, model.end) {
        (Ok(result), Some(Some(status))) if STATUSES[status] != "failed" => {
            prop_assert_eq!(result.status.as_str(), STATUSES[status]);
            result
        }
        (Err(Error::TurnFailed { result, .. }), Some(Some(status)))
            if STATUSES[status] == "failed" =>
        {
            result
        }
        (Err(Error::UndecodableTurnEnd { result, .. }), Some(None)) => result,
        (Err(Error::TurnClosed { result, .. }), None) if matches!(case.finish, Finish::Close) => {
            result
        }
        // Ends that depend on how fast the events came: checked for their type only.
        (Err(Error::TurnTimedOut { .. }), _) if matches!(case.finish, Finish::Silence) => {
            return Ok(());
        }
        // Where the bound is reached depends on the lines' sizes: its error, typed, is enough
        // here (the bound has tests of its own).
        (Err(Error::TurnTooLarge { .. }), _) if case.small_budget => return Ok(()),
        _ => {
            return Err(TestCaseError::fail(format!(
                "expected an end {:?} (finish {:?}), got {outcome:?}",
                model.end, case.finish
            )));
        }
    };
    let ids: Vec<&str> = result.items.iter().filter_map(ThreadItem::id).collect();
    prop_assert!(
        ids.len() >= model.completed.len(),
        "every completed item is kept: {:?} / {:?}",
        ids,
        model.completed
    );
    prop_assert_eq!(
        &ids[..model.completed.len()],
        &model
            .completed
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()[..],
        "the completed items first, in order"
    );
    let unfinished = &result.items[model.completed.len()..];
    for (id, kind, text) in &model.open {
        let found = unfinished
            .iter()
            .filter(|item| item.id() == Some(id.as_str()))
            .find_map(|item| text_of(item, *kind));
        prop_assert_eq!(
            found.as_deref(),
            Some(text.as_str()),
            "the unfinished item {} holds the text streamed into it (kind {}): {:?}",
            id,
            kind,
            unfinished
        );
    }
    Ok(())
}

#[test]
fn random_turn_events_end_the_turn_with_what_streamed() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let property = |case: Case| runtime.block_on(run_case(case));
    let fuzz_secs: Option<u64> = std::env::var(FUZZ_SECS_ENV)
        .ok()
        .and_then(|s| s.parse().ok());
    let Some(secs) = fuzz_secs else {
        let config = Config {
            cases: CASES,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
        if let Err(failure) = runner.run(&case(), property) {
            panic!("{failure}");
        }
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let config = Config {
            cases: 64,
            failure_persistence: None,
            ..Config::default()
        };
        if let Err(failure) = TestRunner::new(config).run(&case(), property) {
            panic!("{failure}");
        }
        runs += 64;
    }
    eprintln!("{runs} cases in {secs} s");
}
