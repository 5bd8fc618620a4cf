//! The triage bot, offline: the real app-server whose model is the test kit's scripted provider.

use std::time::Duration;

use codex_sdk_testkit::cassette::{CassetteOptions, CassetteProvider, cassette_path};
use codex_sdk_testkit::{CodexHome, Reply, SseScript, TestCodex, builder};
use serde_json::json;
use triage_bot::{IDLE_LIMIT, Severity, configure, triage};

const ISSUE: &str = "The client reconnects in a loop when the server restarts.";

const VERDICT: &str = r#"{"severity": "high", "labels": ["bug", "transport"], "owner": "alice", "summary": "Reconnect loop after a server restart."}"#;

async fn bot(idle_limit: Duration) -> TestCodex {
    TestCodex::start_with("on-request", |builder| configure(builder, idle_limit)).await
}

#[tokio::test]
async fn an_issue_is_triaged_with_the_owner_from_the_tool() {
    let test = bot(IDLE_LIMIT).await;
    test.provider.push(SseScript::new().function_call(
        "call-1",
        "find_owner",
        &json!({"component": "transport"}),
    ));
    test.provider.push(Reply::message(VERDICT));

    let verdict = triage(&test.codex, ISSUE).await.expect("a triage");
    assert_eq!(verdict.severity, Severity::High);
    assert_eq!(verdict.owner, "alice");
    assert_eq!(verdict.labels, ["bug", "transport"]);

    assert!(
        test.provider
            .tools_offered()
            .iter()
            .any(|t| t == "find_owner"),
        "{:?}",
        test.provider.tools_offered()
    );
    let schema = test.provider.output_schema().expect("an output schema");
    assert!(schema["properties"]["severity"].is_object(), "{schema}");
    let answer = test.provider.last_request().expect("a request").to_string();
    assert!(
        answer.contains("alice"),
        "the tool's answer went back: {answer}"
    );
    assert!(
        test.provider.refusals().is_empty(),
        "{:?}",
        test.provider.refusals()
    );
    test.close().await;
}

#[tokio::test]
async fn a_command_that_writes_is_declined_and_the_triage_goes_on() {
    let test = bot(IDLE_LIMIT).await;
    test.provider
        .push(SseScript::new().exec_command("call-1", "echo pwned > pwned.txt"));
    test.provider.push(Reply::message(VERDICT));

    let verdict = triage(&test.codex, ISSUE).await.expect("a triage");
    assert_eq!(verdict.owner, "alice");
    assert!(
        !test.workspace().join("pwned.txt").exists(),
        "the declined command did not run"
    );
    let told = test.provider.last_request().expect("a request").to_string();
    assert!(
        told.contains("rejected by user"),
        "the model was told of the refusal: {told}"
    );
    test.close().await;
}

#[tokio::test]
async fn a_failing_model_is_an_error_not_a_verdict() {
    let test = bot(IDLE_LIMIT).await;
    test.provider.push(Reply::server_error("the model is down"));

    let err = triage(&test.codex, ISSUE).await.expect_err("no triage");
    assert!(
        matches!(err, codex_sdk::Error::TurnFailed { .. }),
        "{err:?}"
    );
    test.close().await;
}

#[tokio::test]
async fn a_model_slower_than_the_idle_limit_times_out() {
    let test = bot(Duration::from_millis(500)).await;
    test.provider.push(
        SseScript::new()
            .message(VERDICT)
            .delay_each(Duration::from_secs(3)),
    );

    let err = triage(&test.codex, ISSUE).await.expect_err("no triage");
    assert!(
        matches!(err, codex_sdk::Error::TurnTimedOut { .. }),
        "{err:?}"
    );
    test.close().await;
}

/// The model of a recorded triage, replayed from `tests/cassettes/triage.json`: no script,
/// the real app-server, the answers the model gave when it was recorded. Record it again
/// against a real model with `CODEX_CASSETTE=record OPENAI_API_KEY=... CODEX_CASSETTE_MODEL=...`.
#[tokio::test]
async fn a_recorded_triage_replays_offline() {
    let path = cassette_path(env!("CARGO_MANIFEST_DIR"), "triage");
    let cassette = CassetteProvider::from_env(path, CassetteOptions::new())
        .await
        .unwrap_or_else(|err| panic!("{err}"));
    let home = CodexHome::with_cassette(&cassette, "on-request");
    let codex = configure(builder(&home), IDLE_LIMIT)
        .start()
        .await
        .expect("codex");
    let verdict = triage(&codex, ISSUE).await.expect("a triage");
    assert_eq!(
        (verdict.severity, verdict.owner.as_str()),
        (Severity::High, "alice")
    );
    codex.close().await;
    cassette.finish().unwrap_or_else(|err| panic!("{err}"));
}
