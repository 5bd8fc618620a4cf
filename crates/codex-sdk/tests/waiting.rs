//! What a turn waits on, said: the real app-server retries a dropped model stream by itself
//! (`error` notifications with `willRetry`, "Reconnecting... 2/5"), and the SDK shows each as
//! a [`TurnEvent::Error`], keeps the last as [`TurnStream::retrying`], does not count them as
//! progress for the idle limit, and names the last one when that limit ends the turn.

mod support;

use std::time::Duration;

use codex_sdk::{Codex, Error, TurnEvent, TurnLimit};
use codex_sdk_testkit::{CodexHome, ScriptedProvider, SseScript};

/// A client on a server whose provider config lets it retry a dropped stream `retries` times.
async fn retrying_server(provider: &ScriptedProvider, retries: u32) -> (CodexHome, Codex) {
    let home = CodexHome::new();
    let config = provider.config_toml("never").replace(
        "stream_max_retries = 0",
        &format!("stream_max_retries = {retries}"),
    );
    home.write_config(&config);
    let codex = support::builder(&home).start().await.expect("start");
    (home, codex)
}

/// A model stream that sends `response.created` after `delay`, then drops.
fn dropped_stream(delay: Duration) -> SseScript {
    SseScript::new()
        .message("never whole")
        .delay_each(delay)
        .cut_after(1)
}

#[tokio::test]
async fn each_retry_of_the_server_is_an_event_and_the_stream_says_what_it_waits_on() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = retrying_server(&provider, 2).await;
    for _ in 0..3 {
        provider.push(dropped_stream(Duration::ZERO));
    }
    let thread = codex.thread_start(None).await.expect("thread/start");
    let mut turn = thread.turn("hello").await.expect("turn/start");
    let mut events = turn.stream();
    let mut retries = Vec::new();
    let mut waited_on = Vec::new();
    let mut last_error = None;
    while let Some(event) = events.next_event().await {
        match event.expect("an event") {
            TurnEvent::Error {
                error,
                will_retry: true,
            } => {
                retries.push(error.message.clone());
                waited_on.push(events.retrying().map(|error| error.message.clone()));
            }
            TurnEvent::Error {
                error,
                will_retry: false,
            } => last_error = Some(error.message.clone()),
            _ => {}
        }
    }
    assert_eq!(retries, ["Reconnecting... 1/2", "Reconnecting... 2/2"]);
    assert_eq!(
        waited_on,
        [
            Some("Reconnecting... 1/2".to_owned()),
            Some("Reconnecting... 2/2".to_owned())
        ]
    );
    assert!(
        last_error.is_some_and(|message| message.contains("stream disconnected")),
        "then the error that ends the turn, not retried"
    );
    assert!(events.retrying().is_none(), "that error is not a retry");
    codex.close().await;
}

#[tokio::test]
async fn retry_chatter_is_not_progress_and_the_idle_limit_names_what_the_turn_waited_on() {
    let provider = ScriptedProvider::start().await;
    // Twenty retries of streams that each take 0.8 s to drop: 16 s at least of nothing but
    // retries, far past the idle limit of 2 s, which each retry would otherwise restart.
    let (_home, codex) = retrying_server(&provider, 20).await;
    for _ in 0..21 {
        provider.push(dropped_stream(Duration::from_millis(800)));
    }
    let thread = codex.thread_start(None).await.expect("thread/start");
    let turn = thread
        .turn("hello")
        .await
        .expect("turn/start")
        .idle_timeout(Some(Duration::from_secs(2)));
    let err = turn.run().await.expect_err("the idle limit ends it");
    let Error::TurnTimedOut {
        limit: TurnLimit::Idle,
        retrying: Some(retrying),
        ..
    } = &err
    else {
        panic!("expected an idle timeout naming a retry, got {err:?}")
    };
    assert!(
        retrying.message.starts_with("Reconnecting... "),
        "{retrying:?}"
    );
    assert!(
        err.to_string()
            .contains("the server was retrying: Reconnecting... ")
            && err.to_string().contains("responseStreamDisconnected"),
        "{err}"
    );
    codex.close().await;
}

#[tokio::test]
async fn a_turn_past_its_token_budget_is_interrupted_with_what_it_produced() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = retrying_server(&provider, 0).await;
    let thread = codex.thread_start(None).await.expect("thread/start");
    // The first turn uses 15 tokens (the scripted model's usage per call): the budget
    // counts from the turn's start, not the thread's.
    provider.push(codex_sdk_testkit::Reply::message("warm-up"));
    thread.run("first").await.expect("run");
    // Two model calls of 15 tokens each: a tool call, then the answer. A budget of 20
    // passes at the second call's report.
    provider.push(SseScript::new().exec_command("call-1", "echo hi"));
    provider.push(codex_sdk_testkit::Reply::message("done"));
    let turn = thread
        .turn("second")
        .await
        .expect("turn/start")
        .token_budget(Some(20));
    let err = turn.run().await.expect_err("over budget");
    let Error::TurnOverBudget {
        budget,
        used,
        result,
        ..
    } = &err
    else {
        panic!("expected TurnOverBudget, got {err:?}")
    };
    assert_eq!((*budget, *used), (20, 30), "{err}");
    assert_eq!(
        result.final_response.as_deref(),
        Some("done"),
        "what the turn produced is kept: {:?}",
        result.items
    );
    // Within the budget, the same turn completes.
    provider.push(SseScript::new().exec_command("call-2", "echo hi"));
    provider.push(codex_sdk_testkit::Reply::message("done"));
    let within = thread
        .turn("third")
        .await
        .expect("turn/start")
        .token_budget(Some(30));
    assert_eq!(
        within
            .run()
            .await
            .expect("within")
            .final_response
            .as_deref(),
        Some("done")
    );
    codex.close().await;
}

#[tokio::test]
async fn a_run_with_a_callback_sees_the_retries_on_the_way_to_its_result() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = retrying_server(&provider, 2).await;
    provider.push(dropped_stream(Duration::ZERO));
    provider.push(codex_sdk_testkit::Reply::message("made it"));
    let thread = codex.thread_start(None).await.expect("thread/start");
    let mut seen = Vec::new();
    let result = thread
        .turn("hello")
        .await
        .expect("turn/start")
        .run_with_events(|event| match event {
            TurnEvent::Error { error, will_retry } => {
                seen.push(format!("error {} {will_retry}", error.message));
            }
            TurnEvent::Completed(result) => seen.push(format!("completed {:?}", result.status)),
            _ => {}
        })
        .await
        .expect("the retry succeeds");
    assert_eq!(result.final_response.as_deref(), Some("made it"));
    assert_eq!(
        seen,
        ["error Reconnecting... 1/2 true", "completed Completed"],
        "every event reached the callback, the last one too"
    );
    codex.close().await;
}
