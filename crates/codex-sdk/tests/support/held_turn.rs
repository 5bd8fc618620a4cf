//! A turn held in the middle of its answer by the scripted model, for the tests of what a
//! dropped connection does to a running turn: no step depends on timing.

use codex_sdk::{Codex, Error, TurnStream};
use codex_sdk_testkit::{Gate, Reply, ScriptedProvider, SseScript};

use super::PATIENCE;

/// A thread with one turn behind it (the server stores a thread with its first turn), and a
/// second turn held after its first delta until `gate` opens.
pub async fn a_turn_held_mid_answer(
    codex: &Codex,
    provider: &ScriptedProvider,
    gate: &Gate,
) -> (String, String, TurnStream) {
    let thread = codex.thread_start(None).await.expect("thread/start");
    provider.push(Reply::message("stored"));
    thread.run("the first turn").await.expect("run");
    // `response.created`, the message's start and its first delta; then the gate.
    let held = SseScript::new()
        .streamed_message(["one ", "two ", "three"])
        .pause_after(3, gate);
    provider.push(held);
    let mut turn = thread.turn("the second turn").await.expect("turn/start");
    let mut events = turn.stream();
    let first = tokio::time::timeout(PATIENCE, async {
        while let Some(event) = events.next_event().await {
            if let Some(delta) = event.expect("an event").agent_message_delta() {
                return delta.to_owned();
            }
        }
        panic!("the turn ended before its first delta");
    })
    .await
    .expect("the first delta comes");
    assert_eq!(first, "one ");
    (thread.id().to_owned(), turn.id().to_owned(), events)
}

/// How the wait on `events` ends once their connection is gone.
pub async fn end_of(mut events: TurnStream) -> Error {
    loop {
        match tokio::time::timeout(PATIENCE, events.next_event()).await {
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(err))) => return err,
            Ok(None) => panic!("the turn's events ended without an error"),
            Err(_) => panic!("the turn's events did not end with their connection"),
        }
    }
}

/// Checks that `err` ended the held turn's wait because its connection closed: with what
/// streamed before the gate ("one "), and saying the server may still run the turn.
pub fn assert_closed_mid_answer(err: &Error) {
    assert!(
        matches!(err, Error::TurnClosed { .. }) && err.turn_may_still_run(),
        "{err:?}"
    );
    assert_eq!(
        err.partial_result()
            .and_then(|result| result.final_response.as_deref()),
        Some("one ")
    );
}
