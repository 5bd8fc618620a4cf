//! JSON-RPC transcripts: a session on the real app-server written with
//! `CodexBuilder::transcript` (secrets redacted), then replayed by the in-memory fake server
//! as the server side, to the same results.

mod support;

use codex_sdk::Codex;
use codex_sdk::transport::Transport;
use codex_sdk_testkit::{FakeServer, Reply};
use support::TestCodex;

const KEY: &str = "sk-transcript-key-31c9";

/// The session: a login with an API key, a thread, one turn; its answer.
async fn session(codex: &Codex) -> Option<String> {
    codex.login_api_key(KEY).await.expect("login with a key");
    let thread = codex.thread_start(None).await.expect("thread/start");
    thread
        .run("say hello")
        .await
        .expect("the turn")
        .final_response
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_recorded_on_the_real_server_replays_through_the_fake_one() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("session.jsonl");
    let test = TestCodex::start_with("never", |builder| {
        builder.transcript(&path).expect("the transcript file")
    })
    .await;
    test.provider.push(Reply::message("hello from the model"));
    let answer = session(&test.codex).await;
    assert_eq!(answer.as_deref(), Some("hello from the model"));
    test.close().await;

    let transcript = std::fs::read_to_string(&path).expect("the transcript");
    assert!(
        !transcript.contains(KEY),
        "the key is not in the transcript"
    );
    assert!(
        transcript.contains(r#""apiKey":"[REDACTED]""#),
        "the login is there, its key redacted"
    );
    assert!(
        transcript.contains("\"turn/completed\""),
        "the turn's events are there"
    );

    let (transport, server) = Transport::in_memory(1 << 20);
    let mut server = FakeServer::new(server);
    let replay = tokio::spawn(async move { server.replay(&transcript).await });
    let codex = Codex::builder()
        .start_on(transport)
        .await
        .expect("the handshake, replayed");
    let replayed = session(&codex).await;
    assert_eq!(replayed, answer, "the same answer, from the transcript");
    drop(codex);
    let played = replay.await.expect("the replay task");
    assert!(
        played.is_ok(),
        "the client sent what it sent the first time: {played:?}"
    );
}
