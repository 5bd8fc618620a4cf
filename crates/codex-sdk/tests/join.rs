//! Joining a server that is already running: over a unix socket and over a WebSocket with a
//! capability token, against the real app-server.

mod support;

use codex_sdk::{Codex, ThreadStartOptions};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider};
use support::join;

async fn run_one_turn(codex: &Codex, provider: &ScriptedProvider) {
    provider.push(Reply::message("joined"));
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    let result = thread.run("hello over a socket").await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("joined"));
    assert!(
        codex.connection().process_id().is_none(),
        "a joined server is not our child"
    );
}

#[cfg(unix)]
#[tokio::test]
async fn a_client_joins_a_server_on_a_unix_socket() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let socket = home.scratch("app-server.sock");
    let _server = home.listening_server(&["--listen", &format!("unix://{}", socket.display())]);
    let codex = join(|| Codex::builder().connect_unix(&socket)).await;
    run_one_turn(&codex, &provider).await;
    codex.close().await;
}

#[tokio::test]
async fn a_client_joins_a_server_on_a_websocket_with_its_token() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let token_file = home.scratch("token");
    std::fs::write(&token_file, "sdk-join-token").expect("token file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a port")
        .port();
    let url = format!("ws://127.0.0.1:{port}");
    let token_path = token_file.display().to_string();
    let args = [
        "--listen",
        url.as_str(),
        "--ws-auth",
        "capability-token",
        "--ws-token-file",
        token_path.as_str(),
    ];
    let _server = home.listening_server(&args);
    let codex =
        join(|| Codex::builder().connect_websocket(url.clone(), Some("sdk-join-token".into())))
            .await;
    run_one_turn(&codex, &provider).await;
    codex.close().await;
}
