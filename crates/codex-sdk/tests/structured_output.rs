//! `run_json` against the real app-server and a provider that refuses what OpenAI's strict
//! mode refuses: each type's schema must pass the strict check, and the answer must parse back.

mod support;

use std::collections::HashMap;

use codex_sdk::{Error, Tool, TurnOptions};
use codex_sdk_testkit::Reply;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;
use support::TestCodex;

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Review {
    verdict: String,
    score: u8,
    note: Option<String>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
enum Severity {
    Low,
    High,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
enum Finding {
    Nothing,
    Bug { line: u32, why: String },
    Style(String),
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Location {
    file: String,
    line: Option<u32>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Section {
    title: String,
    children: Vec<Section>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
struct Report {
    review: Review,
    severity: Severity,
    findings: Vec<Finding>,
    #[serde(rename = "where")]
    place: Option<Location>,
    #[serde(flatten)]
    author: Author,
    outline: Section,
    extra_notes: Vec<Option<String>>,
    #[serde(default)]
    retries: u32,
    status: Status,
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "state", rename_all = "snake_case")]
enum Status {
    Open,
    Closed { reason: String },
}

#[derive(Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Author {
    author_name: String,
}

/// Runs `run_json::<T>` with the model answering `answer`, and checks that the provider (which
/// refuses what the real API refuses) took the request, with a strict schema.
async fn round_trip<T>(answer: &T) -> T
where
    T: Serialize + serde::de::DeserializeOwned + JsonSchema,
{
    let harness = TestCodex::start().await;
    let text = serde_json::to_string(answer).expect("the answer as JSON");
    harness.provider.push(Reply::message(&text));
    let thread = harness.thread().await;
    let parsed = thread.run_json::<T>("answer in JSON").await;
    let refusals = harness.provider.refusals();
    assert!(
        refusals.is_empty(),
        "the real API would refuse this request: {refusals:?}"
    );
    let request = &harness.provider.requests()[0];
    assert_eq!(
        request["text"]["format"]["strict"], true,
        "{}",
        request["text"]
    );
    harness.close().await;
    parsed.unwrap_or_else(|err| panic!("run_json: {err}"))
}

#[tokio::test]
async fn the_review_struct_round_trips_in_strict_mode() {
    let review = Review {
        verdict: "ship it".into(),
        score: 9,
        note: None,
    };
    assert_eq!(round_trip(&review).await, review);
}

#[tokio::test]
async fn nested_enums_vecs_options_renames_flatten_and_recursion_round_trip() {
    let report = Report {
        review: Review {
            verdict: "fix".into(),
            score: 3,
            note: Some("see below".into()),
        },
        severity: Severity::High,
        findings: vec![
            Finding::Nothing,
            Finding::Bug {
                line: 7,
                why: "off by one".into(),
            },
            Finding::Style("tabs".into()),
        ],
        place: Some(Location {
            file: "main.rs".into(),
            line: None,
        }),
        author: Author {
            author_name: "bot".into(),
        },
        outline: Section {
            title: "top".into(),
            children: vec![Section {
                title: "leaf".into(),
                children: vec![],
            }],
        },
        extra_notes: vec![None, Some("x".into())],
        retries: 2,
        status: Status::Closed {
            reason: "fixed".into(),
        },
    };
    assert_eq!(round_trip(&report).await, report);
}

#[derive(Debug, Deserialize, JsonSchema)]
struct WithMap {
    #[allow(dead_code)]
    counts: HashMap<String, u32>,
}

#[tokio::test]
async fn a_type_strict_mode_cannot_express_is_refused_before_anything_is_sent() {
    let harness = TestCodex::start().await;
    let thread = harness.thread().await;
    let err = thread
        .run_json::<WithMap>("count")
        .await
        .expect_err("a map has no strict schema");
    match &err {
        Error::UnsupportedSchema {
            type_name,
            path,
            reason,
        } => {
            assert!(type_name.ends_with("WithMap"), "{type_name}");
            assert_eq!(path, "/properties/counts");
            assert!(reason.contains("HashMap"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert!(harness.provider.requests().is_empty(), "nothing was sent");
    harness.close().await;
}

#[tokio::test]
async fn a_schema_the_real_api_refuses_fails_the_turn_as_it_would() {
    let harness = TestCodex::start().await;
    harness.provider.push(Reply::message("{}"));
    let thread = harness.thread().await;
    // The shape schemars makes for `Review`, sent as is: not strict.
    let raw = json!({"type": "object", "properties": {"verdict": {"type": "string"},
        "note": {"type": ["string", "null"]}}, "required": ["verdict"]});
    let err = thread
        .run_with("review", TurnOptions::new().output_schema(raw))
        .await
        .expect_err("refused by the provider, as by the real API");
    assert!(
        matches!(&err, Error::TurnFailed { error, .. } if error.message.contains("additionalProperties")),
        "{err:?}"
    );
    assert_eq!(harness.provider.refusals().len(), 1);
    harness.close().await;
}

#[derive(Debug, Deserialize, JsonSchema)]
struct Lookup {
    #[allow(dead_code)]
    key: String,
    #[allow(dead_code)]
    limit: Option<u32>,
}

#[tokio::test]
async fn dynamic_tool_schemas_are_accepted_as_codex_sends_them() {
    let harness = TestCodex::start_with("never", |b| b.experimental_api(true)).await;
    harness.provider.push(Reply::message("ok"));
    let tool = Tool::new("lookup", "Looks a key up", |_args: Lookup| async move {
        Ok::<_, String>("found".to_owned())
    });
    let thread = harness
        .codex
        .thread_start_with_tools(codex_sdk::ThreadStartOptions::new(), vec![tool])
        .await
        .expect("thread/start");
    thread.run("look it up").await.expect("run");
    assert!(
        harness.provider.refusals().is_empty(),
        "{:?}",
        harness.provider.refusals()
    );
    let tools = harness.provider.requests()[0]["tools"].clone();
    let lookup = tools
        .as_array()
        .and_then(|tools| tools.iter().find(|t| t.to_string().contains("lookup")))
        .cloned()
        .expect("the tool is offered");
    // codex sends dynamic tools with `strict: false` (and its own copy of the schema), so
    // tool argument types need no strict rewrite; were that to change, the provider would
    // check them like output schemas.
    assert_eq!(lookup["strict"], false, "{lookup}");
    harness.close().await;
}

#[tokio::test]
async fn the_provider_takes_a_history_as_large_as_the_real_api_takes() {
    let harness = TestCodex::start().await;
    let big = "x".repeat(3 * 1024 * 1024);
    harness.provider.push(Reply::message(&big));
    harness.provider.push(Reply::message("still here"));
    let thread = harness.thread().await;
    thread.run("say a lot").await.expect("a 3 MB answer");
    let result = thread
        .run("and now?")
        .await
        .expect("a 3 MB history is taken");
    assert_eq!(result.final_response.as_deref(), Some("still here"));
    harness.close().await;
}

#[tokio::test]
async fn a_structured_turn_streams_its_events_and_ends_with_the_typed_answer() {
    let harness = TestCodex::start().await;
    let review = Review {
        verdict: "ship it".into(),
        score: 8,
        note: Some("tidy".into()),
    };
    let text = serde_json::to_string(&review).expect("the answer as JSON");
    // The answer streams in three pieces: the caller sees each before the parsed whole.
    let (head, tail) = text.split_at(text.len() / 2);
    let (middle, tail) = tail.split_at(tail.len() / 2);
    harness.provider.push(
        codex_sdk_testkit::SseScript::new()
            .reasoning("reading the diff")
            .streamed_message([head, middle, tail]),
    );
    let thread = harness.thread().await;
    let mut turn = thread
        .turn_json::<Review>("review this")
        .await
        .expect("turn/start");
    assert!(!turn.id().is_empty(), "the handle's own methods are there");
    let mut events = turn.stream();
    let mut streamed = String::new();
    while let Some(event) = events.next_event().await {
        if let Some(delta) = event.expect("an event").agent_message_delta() {
            streamed.push_str(delta);
        }
    }
    assert_eq!(streamed, text, "every piece streamed");
    assert_eq!(events.answer().await.expect("the typed answer"), review);
    // It sends what `strict_output_schema` gives, which the strict provider took.
    assert!(harness.provider.refusals().is_empty());
    assert_eq!(
        harness.provider.output_schema(),
        Some(codex_sdk::strict_output_schema::<Review>().expect("strict"))
    );
    harness.close().await;
}

#[tokio::test]
async fn a_type_strict_mode_cannot_express_has_no_schema_and_no_structured_turn() {
    let err = codex_sdk::strict_output_schema::<HashMap<String, u32>>().expect_err("a map");
    assert!(matches!(err, Error::UnsupportedSchema { .. }), "{err:?}");
    let harness = TestCodex::start().await;
    let thread = harness.thread().await;
    let refused = thread
        .turn_json::<HashMap<String, u32>>("answer")
        .await
        .expect_err("refused");
    assert!(matches!(refused, Error::UnsupportedSchema { .. }));
    assert!(harness.provider.requests().is_empty(), "nothing was sent");
    harness.close().await;
}

#[test]
fn the_blocking_structured_turn_streams_and_parses_too() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let provider = runtime.block_on(codex_sdk_testkit::ScriptedProvider::start());
    let home = codex_sdk_testkit::CodexHome::with_provider(&provider, "never");
    let codex = codex_sdk::blocking::Codex::from_builder(support::builder(&home)).expect("start");
    let review = Review {
        verdict: "hold".into(),
        score: 2,
        note: None,
    };
    provider.push(Reply::message(
        &serde_json::to_string(&review).expect("JSON"),
    ));
    let thread = codex.thread_start(None).expect("thread/start");
    let mut turn = thread.turn_json::<Review>("review").expect("turn/start");
    let mut events = turn.stream();
    let seen = events.by_ref().count();
    assert!(seen > 0, "the events came one by one");
    assert_eq!(events.answer().expect("the typed answer"), review);
    codex.close();
    drop(runtime);
}
