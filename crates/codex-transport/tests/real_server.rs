//! The transports against the real `codex app-server` (the pinned release, installed with npm
//! on first use): the initialize handshake and a `model/list` call over stdio, a unix socket
//! and a WebSocket with a capability token.

use std::time::{Duration, Instant};

use codex_protocol::{ModelListParams, PINNED_CODEX_VERSION, client_notifications, requests};
use codex_transport::{Connection, ConnectionOptions, Error, TokenRefusal, Transport};

mod real_home;
use real_home::{CodexHome, initialize_params, shutdown_and_check_reaped};

const PATIENCE: Duration = Duration::from_secs(30);

/// The handshake and one request, with what a user would check of each answer.
async fn handshake_and_list_models(connection: &Connection) {
    let init = connection
        .request_with_timeout::<requests::Initialize>(
            initialize_params("codex_transport_tests"),
            PATIENCE,
        )
        .await
        .expect("initialize");
    assert!(
        init.user_agent
            .starts_with(&format!("codex_transport_tests/{PINNED_CODEX_VERSION}")),
        "the user agent names the client and the server version: {}",
        init.user_agent
    );
    connection
        .notify::<client_notifications::Initialized>(())
        .await
        .expect("initialized");
    let models = connection
        .request_with_timeout::<requests::ModelList>(ModelListParams::default(), PATIENCE)
        .await
        .expect("model/list");
    assert!(
        !models.data.is_empty(),
        "the server lists its bundled models"
    );
    assert!(models.data.iter().all(|model| !model.id.is_empty()));
}

/// Connects with `connect` until the server is up (it takes a moment to bind).
async fn connect_when_ready<F, Fut>(server: &mut tokio::process::Child, mut connect: F) -> Transport
where
    F: FnMut() -> Fut,
    Fut: Future<Output = codex_transport::Result<Transport>>,
{
    let started = Instant::now();
    loop {
        match connect().await {
            Ok(transport) => return transport,
            Err(err) => {
                if let Ok(Some(status)) = server.try_wait() {
                    panic!("the server exited ({status}) before it accepted a connection: {err}");
                }
                assert!(
                    started.elapsed() < PATIENCE,
                    "the server did not accept a connection: {err}"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

#[tokio::test]
async fn stdio_handshake_and_model_list() {
    let home = CodexHome::new();
    let connection = Connection::start(
        home.app_server().spawn().expect("spawn"),
        ConnectionOptions::new(),
    );
    handshake_and_list_models(&connection).await;
    shutdown_and_check_reaped(&connection).await;
}

#[cfg(unix)]
#[tokio::test]
async fn unix_socket_handshake_and_model_list() {
    let home = CodexHome::new();
    let socket = home.scratch("app-server.sock");
    let mut server = home.listening_server(&["--listen", &format!("unix://{}", socket.display())]);
    let transport = connect_when_ready(&mut server, || Transport::connect_unix(&socket)).await;
    let connection = Connection::start(transport, ConnectionOptions::new());
    handshake_and_list_models(&connection).await;
}

#[tokio::test]
async fn websocket_with_a_capability_token_handshake_and_model_list() {
    let home = CodexHome::new();
    let token = "test-capability-token-3f9a";
    let token_file = home.scratch("ws-token");
    std::fs::write(&token_file, token).expect("writing the token file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("ws://127.0.0.1:{port}");
    let token_arg = token_file.display().to_string();
    let args = [
        "--listen",
        &url,
        "--ws-auth",
        "capability-token",
        "--ws-token-file",
        &token_arg,
    ];
    let mut server = home.listening_server(&args);
    let transport = connect_when_ready(&mut server, || {
        Transport::connect_websocket(&url, Some(token))
    })
    .await;
    let connection = Connection::start(transport, ConnectionOptions::new());
    handshake_and_list_models(&connection).await;

    let refused = Transport::connect_websocket(&url, Some("wrong-token"))
        .await
        .expect_err("a wrong token");
    assert!(
        matches!(&refused, Error::Unauthorized { refusal: TokenRefusal::Invalid, server_says, .. }
            if server_says == "invalid websocket bearer token"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_config_error_at_start_up_shows_the_servers_reason() {
    let home = CodexHome::new();
    let transport = home
        .app_server()
        .config("approval_policy", "\"untrusted\"")
        .spawn()
        .expect("spawn");
    let connection = Connection::start(transport, ConnectionOptions::new());
    let err = connection
        .request_with_timeout::<requests::Initialize>(initialize_params("t"), PATIENCE)
        .await
        .expect_err("the server refuses the config");
    let Error::Closed(reason) = &err else {
        panic!("expected Closed, got {err:?}")
    };
    assert_eq!(
        reason.exit_status.and_then(|s| s.code()),
        Some(1),
        "{reason}"
    );
    assert!(
        err.to_string()
            .contains("approval_policy = \"untrusted\" is no longer supported"),
        "{err}"
    );
}
