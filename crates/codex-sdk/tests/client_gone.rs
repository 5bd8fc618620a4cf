//! What the real app-server does with a turn whose client went away mid-turn (the README's
//! "Remote servers" says it): a server one joins (WebSocket) runs the turn to its end, and a
//! client that resumes the thread gets the rest of its events; a server the client spawned
//! (stdio) exits with its client, and the turn is stored as interrupted. The turn is held in
//! the middle by the scripted model ([`Gate`]), so no step depends on timing.

mod support;

use codex_sdk::protocol::{ThreadResumeParams, ThreadStatus, TurnStatus, requests};
use codex_sdk::transport::NotificationFilter;
use codex_sdk::{Codex, Error};
use codex_sdk_testkit::{CodexHome, Gate, ScriptedProvider};
use support::held_turn::{a_turn_held_mid_answer, assert_closed_mid_answer, end_of};
use support::{PATIENCE, join};

#[tokio::test]
async fn a_joined_server_runs_the_turn_of_a_client_that_went_away_and_another_client_sees_it_end() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("ws://127.0.0.1:{port}");
    let _server = home.listening_server(&["--listen", &url]);
    let builder = || Codex::builder().connect_websocket(url.clone(), None);

    let first = join(builder).await;
    let gate = Gate::new();
    let (thread_id, turn_id, events) = a_turn_held_mid_answer(&first, &provider, &gate).await;
    // The client goes away mid-turn: its WebSocket closes. Its wait for the turn ends with
    // what streamed so far, and says that the server may still be running the turn.
    first.close().await;
    let err = end_of(events).await;
    assert_closed_mid_answer(&err);

    let second = join(builder).await;
    let mut watched = second
        .subscribe(
            NotificationFilter::thread(thread_id.clone())
                .until(|meta| meta.method == "turn/completed"),
        )
        .await
        .expect("subscribe");
    let resumed = second
        .request::<requests::ThreadResume>(ThreadResumeParams::new(thread_id.clone()))
        .await
        .expect("thread/resume");
    assert!(
        matches!(resumed.thread.status, ThreadStatus::Active(_)),
        "the turn still runs: {:?}",
        resumed.thread.status
    );
    assert_eq!(
        resumed.thread.turns.last().map(|turn| &turn.status),
        Some(&TurnStatus::InProgress)
    );

    gate.open();
    let mut deltas = String::new();
    let mut end = None;
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while let Ok(Some(message)) = tokio::time::timeout_at(deadline, watched.next()).await {
        let message = message.expect("an event");
        match &message.notification {
            codex_sdk::protocol::ServerNotification::ItemAgentMessageDelta(delta) => {
                deltas.push_str(&delta.delta);
            }
            codex_sdk::protocol::ServerNotification::TurnCompleted(done) => {
                end = Some(done.turn.status.clone());
            }
            _ => {}
        }
    }
    assert_eq!(
        deltas, "two three",
        "the rest of the answer reached the second client"
    );
    assert_eq!(end, Some(TurnStatus::Completed));
    let stored = second
        .thread(&thread_id)
        .read_turn(&turn_id)
        .await
        .expect("thread/read");
    assert_eq!(stored.status, TurnStatus::Completed);
    assert_eq!(stored.final_response.as_deref(), Some("one two three"));
    second.close().await;
}

#[tokio::test]
async fn a_spawned_server_exits_with_its_client_and_stores_the_turn_as_interrupted() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let builder = || support::builder(&home);
    let first = builder().start().await.expect("start");
    let gate = Gate::new();
    let (thread_id, turn_id, events) = a_turn_held_mid_answer(&first, &provider, &gate).await;
    // Its stdin closes: the server exits (close() waits for it), and no turn runs on.
    first.close().await;
    let err = end_of(events).await;
    assert!(
        matches!(&err, Error::TurnClosed { .. }) && !err.turn_may_still_run(),
        "{err:?}"
    );

    let second = builder().start().await.expect("start");
    let stored = second
        .thread(&thread_id)
        .read_turn(&turn_id)
        .await
        .expect("thread/read");
    assert_eq!(stored.status, TurnStatus::Interrupted);
    assert_eq!(
        stored.final_response, None,
        "what streamed before the exit is not stored"
    );
    second.close().await;
}
