//! What the real app-server does with a turn whose client went away mid-turn (the README's
//! "Remote servers" says it): a server one joins (WebSocket) runs the turn to its end, and a
//! client that resumes the thread gets the rest of its events; a server the client spawned
//! (stdio) exits with its client, and the turn is stored as interrupted. The turn is held in
//! the middle by the scripted model ([`Gate`]), so no step depends on timing.

mod support;

use std::time::{Duration, Instant};

use codex_sdk::protocol::{
    ThreadItem, ThreadReadParams, ThreadResumeParams, ThreadStatus, TurnStatus, requests,
};
use codex_sdk::transport::NotificationFilter;
use codex_sdk::{Codex, CodexBuilder, TurnHandle};
use codex_sdk_testkit::{CodexHome, Gate, Reply, ScriptedProvider, SseScript, codex_bin};
use support::PATIENCE;

/// Connects with `builder` until the server accepts (it takes a moment to bind).
async fn join(builder: impl Fn() -> CodexBuilder) -> Codex {
    let started = Instant::now();
    loop {
        match builder().start().await {
            Ok(codex) => return codex,
            Err(err) => {
                assert!(started.elapsed() < PATIENCE, "no connection: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// A thread with one turn behind it (the server stores a thread with its first turn), and a
/// second turn held after its first delta until `gate` opens.
async fn a_turn_held_mid_answer(
    codex: &Codex,
    provider: &ScriptedProvider,
    gate: &Gate,
) -> (String, TurnHandle) {
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
    drop(events);
    (thread.id().to_owned(), turn)
}

/// The last turn of `thread_id` as `thread/read` gives it: its status and its answer.
async fn last_turn(codex: &Codex, thread_id: &str) -> (TurnStatus, Option<String>) {
    let read = codex
        .request::<requests::ThreadRead>(
            ThreadReadParams::new(thread_id.to_owned()).with_include_turns(true),
        )
        .await
        .expect("thread/read");
    let turn = read.thread.turns.last().expect("a turn").clone();
    let answer = turn.items.iter().find_map(|item| match item {
        ThreadItem::AgentMessage { text, .. } => Some(text.clone()),
        _ => None,
    });
    (turn.status, answer)
}

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
    let (thread_id, turn) = a_turn_held_mid_answer(&first, &provider, &gate).await;
    // The client goes away mid-turn: its WebSocket closes.
    drop(turn);
    first.close().await;

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
    assert_eq!(
        last_turn(&second, &thread_id).await,
        (TurnStatus::Completed, Some("one two three".to_owned()))
    );
    second.close().await;
}

#[tokio::test]
async fn a_spawned_server_exits_with_its_client_and_stores_the_turn_as_interrupted() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let builder = || {
        Codex::builder()
            .binary(codex_bin())
            .codex_home(home.home())
            .cwd(home.workspace())
    };
    let first = builder().start().await.expect("start");
    let gate = Gate::new();
    let (thread_id, turn) = a_turn_held_mid_answer(&first, &provider, &gate).await;
    drop(turn);
    // Its stdin closes: the server exits (close() waits for it).
    first.close().await;

    let second = builder().start().await.expect("start");
    let (status, answer) = last_turn(&second, &thread_id).await;
    assert_eq!(status, TurnStatus::Interrupted);
    assert_eq!(answer, None, "what streamed before the exit is not stored");
    second.close().await;
}
