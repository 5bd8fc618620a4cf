//! Reconnecting to a joined server (`CodexBuilder::reconnect`), against the real app-server
//! behind the test kit's [`Relay`], which breaks the path as networks do: a reset (`cut`) or
//! a path gone silent (`freeze`). Each test waits for states, never for time, except the one
//! that shows an idle connection outlives several keepalive periods.

mod support;

use std::time::Duration;

use codex_sdk::Approvals;
use codex_sdk::protocol::{AskForApproval, ThreadResumeParams, TurnStatus, requests};
use codex_sdk::protocol::{
    CommandExecutionApprovalDecision, CommandExecutionRequestApprovalResponse,
};
use codex_sdk::transport::WebSocketOptions;
use codex_sdk::{
    Codex, ConnectionState, Error, ReconnectPolicy, ThreadResumeOptions, ThreadStartOptions,
};
use codex_sdk_testkit::{CodexHome, Gate, Relay, Reply, ScriptedProvider, SseScript};
use support::held_turn::{a_turn_held_mid_answer, assert_closed_mid_answer, end_of};
use support::{PATIENCE, free_port, join};

/// A reconnect policy that tries quickly, for tests.
fn quick() -> ReconnectPolicy {
    ReconnectPolicy::new()
        .attempts(5)
        .backoff(Duration::from_millis(50), Duration::from_millis(200))
        .overall(PATIENCE)
}

/// A real server listening on a free loopback port, a relay in front of it, and a client
/// joined through the relay with `options` that reconnects as [`quick`] says.
struct Setup {
    provider: ScriptedProvider,
    home: CodexHome,
    server: tokio::process::Child,
    server_url: String,
    relay: Relay,
    codex: Codex,
}

async fn setup(options: WebSocketOptions) -> Setup {
    setup_with(options, quick()).await
}

async fn setup_with(options: WebSocketOptions, policy: ReconnectPolicy) -> Setup {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let port = free_port();
    let server_url = format!("ws://127.0.0.1:{port}");
    let server = home.listening_server(&["--listen", &server_url]);
    let relay = Relay::start(([127, 0, 0, 1], port).into()).await;
    let url = relay.ws_url();
    let codex = join(|| {
        Codex::builder()
            .connect_websocket_with(url.clone(), options.clone())
            .reconnect(policy)
    })
    .await;
    Setup {
        provider,
        home,
        server,
        server_url,
        relay,
        codex,
    }
}

/// Waits until the client's state passes `check`, and returns that state.
async fn state_where(codex: &Codex, check: impl Fn(&ConnectionState) -> bool) -> ConnectionState {
    let mut changes = codex.connection_changes();
    let reached = tokio::time::timeout(PATIENCE, changes.wait_for(|state| check(state))).await;
    match reached {
        Ok(Ok(state)) => state.clone(),
        _ => panic!(
            "the client's state never got there; it is {:?}",
            codex.connection_state()
        ),
    }
}

/// Turn `turn_id` of `thread` as the server stores it, once it has ended (read again until
/// then, for at most [`PATIENCE`]).
async fn ended_turn(thread: &codex_sdk::Thread, turn_id: &str) -> codex_sdk::TurnResult {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let stored = thread.read_turn(turn_id).await.expect("thread/read");
        if stored.status != TurnStatus::InProgress {
            return stored;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the turn never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn reconnected(times: u32) -> impl Fn(&ConnectionState) -> bool {
    move |state| matches!(state, ConnectionState::Connected { reconnects, .. } if *reconnects == times)
}

#[tokio::test]
async fn after_a_reset_the_client_reconnects_and_the_thread_goes_on_with_its_history() {
    let setup = setup(WebSocketOptions::new()).await;
    let thread = setup.codex.thread_start(None).await.expect("thread/start");
    setup.provider.push(Reply::message("first answer"));
    thread.run("remember the word kiwi").await.expect("run");
    // The server stores a thread with its first turn: one without any is not resumed.
    let unstored = setup.codex.thread_start(None).await.expect("thread/start");

    let before = setup.relay.connections();
    setup.relay.cut();
    state_where(&setup.codex, reconnected(1)).await;
    assert_eq!(setup.relay.connections(), before + 1, "one reconnect");

    // The same handle's next turn runs on the new connection, which hears the thread.
    setup.provider.push(Reply::message("second answer"));
    let result = thread
        .run("which word?")
        .await
        .expect("a turn after the reconnect");
    assert_eq!(result.final_response.as_deref(), Some("second answer"));
    let last = setup
        .provider
        .last_request()
        .expect("the model was asked")
        .to_string();
    assert!(
        last.contains("remember the word kiwi") && last.contains("first answer"),
        "the model got the thread's history: {last}"
    );
    // The thread the server could not resume: its turn fails with the server's word for
    // it, at once, rather than wait for events that would never come.
    let err = unstored
        .run("anyone there?")
        .await
        .expect_err("not resumed");
    assert!(
        matches!(&err, Error::Rpc { method, .. } if method == "thread/resume"),
        "{err:?}"
    );
    setup.codex.close().await;
    assert!(
        matches!(
            setup.codex.connection_state(),
            ConnectionState::Closed { gave_up: None, .. }
        ),
        "closing is final: {:?}",
        setup.codex.connection_state()
    );
}

#[tokio::test]
async fn a_turn_running_at_the_drop_ends_with_what_it_streamed_and_its_end_is_read_after() {
    let setup = setup(WebSocketOptions::new()).await;
    let gate = Gate::new();
    let (thread_id, turn_id, events) =
        a_turn_held_mid_answer(&setup.codex, &setup.provider, &gate).await;

    setup.relay.cut();
    let err = end_of(events).await;
    assert_closed_mid_answer(&err);

    state_where(&setup.codex, reconnected(1)).await;
    gate.open();
    // The server ran the turn on; its end is read on the new connection.
    let thread = setup.codex.thread(&thread_id);
    let stored = ended_turn(&thread, &turn_id).await;
    assert_eq!(stored.status, TurnStatus::Completed);
    assert_eq!(stored.final_response.as_deref(), Some("one two three"));
    setup.codex.close().await;
}

#[tokio::test]
async fn a_path_gone_silent_is_noticed_by_keepalive_and_the_client_reconnects() {
    let setup = setup(WebSocketOptions::new().keepalive(Duration::from_millis(500))).await;
    let thread = setup.codex.thread_start(None).await.expect("thread/start");
    setup.provider.push(Reply::message("first"));
    thread.run("hello").await.expect("run");

    // Nothing is closed: without pings the client would never know.
    setup.relay.freeze();
    let back = state_where(&setup.codex, reconnected(1)).await;
    let ConnectionState::Connected {
        last_drop: Some(cause),
        ..
    } = back
    else {
        panic!("{back:?}")
    };
    assert!(
        cause.to_string().contains("sent nothing") && cause.to_string().contains("keepalive"),
        "the keepalive gave up on the silent path: {cause}"
    );
    setup.provider.push(Reply::message("still here"));
    let result = thread
        .run("hello again")
        .await
        .expect("a turn after the reconnect");
    assert_eq!(result.final_response.as_deref(), Some("still here"));
    setup.codex.close().await;
}

#[tokio::test]
async fn the_server_answers_pings_so_an_idle_connection_outlives_many_keepalive_periods() {
    let setup = setup(WebSocketOptions::new().keepalive(Duration::from_secs(1))).await;
    let joined = setup.relay.connections();
    // Six periods of silence from the client's side but its pings: a server that did not
    // answer them would be taken as gone after two.
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert!(
        matches!(
            setup.codex.connection_state(),
            ConnectionState::Connected { reconnects: 0, .. }
        ),
        "{:?}",
        setup.codex.connection_state()
    );
    assert_eq!(setup.relay.connections(), joined, "no reconnect");
    setup
        .codex
        .models()
        .await
        .expect("the connection still answers");
    setup.codex.close().await;
}

#[tokio::test]
async fn with_the_server_gone_the_client_gives_up_within_its_policy_and_says_why() {
    let mut setup = setup(WebSocketOptions::new()).await;
    setup.server.kill().await.expect("kill the server");
    let closed = state_where(&setup.codex, |state| {
        matches!(state, ConnectionState::Closed { .. })
    })
    .await;
    let ConnectionState::Closed { gave_up, .. } = closed else {
        unreachable!()
    };
    let gave_up = gave_up.expect("it tried, and says how the last attempt failed");
    assert!(!gave_up.is_empty(), "{gave_up}");
    // Every request after that fails at once, saying the connection is closed.
    let err = setup.codex.thread_start(None).await.expect_err("closed");
    assert!(matches!(err, Error::Closed(_)), "{err:?}");
}

#[tokio::test]
async fn a_thread_resumed_after_a_server_restart_gets_the_approval_policy_last_sent() {
    let mut setup = setup(WebSocketOptions::new()).await;
    let start = ThreadStartOptions::new().approval_policy(AskForApproval::OnRequest);
    let thread = setup.codex.thread_start(start).await.expect("thread/start");
    setup.provider.push(Reply::message("ok"));
    // The turn stores the thread with `on-request`.
    thread.run("hello").await.expect("run");
    // Then the client tightens it to `never`, with no turn since: the store still says
    // `on-request`.
    let tighter = ThreadResumeOptions::new().approval_policy(AskForApproval::Never);
    setup
        .codex
        .thread_resume(thread.id(), tighter)
        .await
        .expect("thread/resume");

    // The server restarts (its threads are stored in the home): the thread is loaded
    // nowhere until the client resumes it.
    setup.server.kill().await.expect("kill the server");
    setup.server = setup
        .home
        .listening_server(&["--listen", &setup.server_url]);
    state_where(&setup.codex, reconnected(1)).await;

    // Another client sees the thread as the reconnect loaded it: with the `never` the client
    // last sent, not the stored `on-request`.
    let url = setup.relay.ws_url();
    let other = join(|| Codex::builder().connect_websocket(url.clone(), None)).await;
    let seen = other
        .request::<requests::ThreadResume>(ThreadResumeParams::new(thread.id().to_owned()))
        .await
        .expect("thread/resume");
    assert!(
        matches!(seen.approval_policy, AskForApproval::Never),
        "{:?}",
        seen.approval_policy
    );
    other.close().await;
    setup.codex.close().await;
}

#[tokio::test]
async fn a_request_made_while_the_client_reconnects_waits_for_the_new_connection() {
    // Attempts until the server is back, however long its restart takes.
    let patient = ReconnectPolicy::new()
        .attempts(u32::MAX)
        .backoff(Duration::from_millis(50), Duration::from_millis(200))
        .overall(PATIENCE);
    let mut setup = setup_with(WebSocketOptions::new(), patient).await;
    setup.server.kill().await.expect("kill the server");
    // Once an attempt has failed, the request below is made while the client reconnects.
    state_where(
        &setup.codex,
        |state| matches!(state, ConnectionState::Reconnecting { attempt, .. } if *attempt >= 2),
    )
    .await;
    let waiting = tokio::spawn({
        let codex = setup.codex.clone();
        async move {
            codex
                .thread_start(None)
                .await
                .map(|thread| thread.id().to_owned())
        }
    });
    setup.server = setup
        .home
        .listening_server(&["--listen", &setup.server_url]);
    let started = tokio::time::timeout(PATIENCE, waiting)
        .await
        .expect("the request ends")
        .expect("no panic");
    assert!(
        started.is_ok(),
        "it was sent on the new connection: {started:?}"
    );
    assert!(
        matches!(
            setup.codex.connection_state(),
            ConnectionState::Connected { reconnects: 1, .. }
        ),
        "{:?}",
        setup.codex.connection_state()
    );
    setup.codex.close().await;
}

#[tokio::test]
async fn a_reconnect_asks_for_a_fresh_token_and_a_dropped_subscription_ends() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let token_file = home.scratch("ws-token");
    std::fs::write(&token_file, "reconnect-token-5d2a").expect("writing the token");
    let port = free_port();
    let server_url = format!("ws://127.0.0.1:{port}");
    let token_arg = token_file.display().to_string();
    let _server = home.listening_server(&[
        "--listen",
        &server_url,
        "--ws-auth",
        "capability-token",
        "--ws-token-file",
        &token_arg,
    ]);
    let relay = Relay::start(([127, 0, 0, 1], port).into()).await;
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let options = WebSocketOptions::new().bearer_token_provider({
        let (asked, token_file) = (std::sync::Arc::clone(&asked), token_file.clone());
        move || {
            asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let token = std::fs::read_to_string(&token_file);
            async move { token.map_err(Into::into) }
        }
    });
    let url = relay.ws_url();
    let codex = join(|| {
        Codex::builder()
            .connect_websocket_with(url.clone(), options.clone())
            .reconnect(quick())
    })
    .await;
    let mut subscription = codex
        .subscribe(codex_sdk::transport::NotificationFilter::all())
        .await
        .expect("subscribe");
    let joined = asked.load(std::sync::atomic::Ordering::SeqCst);

    relay.cut();
    state_where(&codex, reconnected(1)).await;
    assert_eq!(
        asked.load(std::sync::atomic::Ordering::SeqCst),
        joined + 1,
        "the provider was asked for the reconnect's token"
    );
    // The subscription was the old connection's: it ends, saying so, rather than wait.
    let end = tokio::time::timeout(PATIENCE, async {
        loop {
            match subscription.next().await {
                Some(Ok(_)) => {}
                other => return other,
            }
        }
    })
    .await
    .expect("the old subscription ends");
    assert!(
        matches!(end, Some(Err(codex_sdk::transport::Error::Closed(_)))),
        "{end:?}"
    );
    codex.close().await;
}

#[tokio::test]
async fn an_approval_pending_at_the_drop_is_asked_again_on_the_new_connection() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "on-request");
    let port = free_port();
    let server_url = format!("ws://127.0.0.1:{port}");
    let _server = home.listening_server(&["--listen", &server_url]);
    let relay = Relay::start(([127, 0, 0, 1], port).into()).await;
    // The first ask is never answered (its connection drops under it); any later one is
    // declined.
    let (asked_tx, mut asked) = tokio::sync::mpsc::unbounded_channel();
    let seen = std::sync::atomic::AtomicBool::new(false);
    let approvals = Approvals::new().on_command_execution(move |request| {
        let first = !seen.swap(true, std::sync::atomic::Ordering::SeqCst);
        let _ = asked_tx.send(request.item_id.clone());
        async move {
            if first {
                std::future::pending::<()>().await;
            }
            CommandExecutionRequestApprovalResponse::new(CommandExecutionApprovalDecision::Decline)
        }
    });
    let url = relay.ws_url();
    let codex = join(|| {
        Codex::builder()
            .connect_websocket(url.clone(), None)
            .approval_handler(approvals.clone())
            .reconnect(quick())
    })
    .await;
    let thread = codex.thread_start(None).await.expect("thread/start");
    provider.push(Reply::message("first"));
    thread.run("hello").await.expect("run");
    provider.push(SseScript::new().exec_command("call-1", "echo hi > hi.txt"));
    provider.push(Reply::message("done"));
    let turn = thread.turn("write hi.txt").await.expect("turn/start");
    let turn_id = turn.id().to_owned();
    let first = tokio::time::timeout(PATIENCE, asked.recv())
        .await
        .expect("asked");
    assert_eq!(first.as_deref(), Some("call-1"));

    relay.cut();
    let err = turn.run().await.expect_err("the connection dropped");
    assert!(err.turn_may_still_run(), "{err:?}");
    state_where(&codex, reconnected(1)).await;
    // The server asks the resumed connection again, and the client's handler answers there.
    let again = tokio::time::timeout(PATIENCE, asked.recv()).await;
    assert_eq!(
        again.ok().flatten().as_deref(),
        Some("call-1"),
        "asked again"
    );
    let stored = ended_turn(&thread, &turn_id).await;
    assert_eq!(stored.status, TurnStatus::Completed);
    assert!(
        !home.workspace().join("hi.txt").exists(),
        "declined on the new connection: the command did not run"
    );
    codex.close().await;
}
