//! `wss://` through a real TLS reverse proxy (nginx, see `support/tls_proxy.rs`) in front of
//! the real app-server on `--listen ws://127.0.0.1:PORT` with a capability token: a turn runs
//! end to end, the token reaches the server through the proxy, and a certificate the client
//! does not trust is refused with a clear error.

mod support;
#[path = "support/tls_proxy.rs"]
mod tls_proxy;

use std::time::{Duration, Instant};

use codex_sdk::transport::{Error as TransportError, TokenRefusal, WebSocketOptions};
use codex_sdk::{Codex, Error, ThreadStartOptions};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider};
use support::PATIENCE;
use tls_proxy::TlsProxy;

const TOKEN: &str = "wss-capability-token-51d2";

/// A real server with a capability token behind nginx, and what it takes to reach it.
struct Deployment {
    provider: ScriptedProvider,
    proxy: TlsProxy,
    _server: tokio::process::Child,
    _home: CodexHome,
}

async fn deploy() -> Deployment {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let token_file = home.scratch("ws-token");
    std::fs::write(&token_file, TOKEN).expect("the token file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let listen = format!("ws://127.0.0.1:{port}");
    let token_path = token_file.display().to_string();
    let server = home.listening_server(&[
        "--listen",
        &listen,
        "--ws-auth",
        "capability-token",
        "--ws-token-file",
        &token_path,
    ]);
    let proxy = TlsProxy::start(port);
    Deployment {
        provider,
        proxy,
        _server: server,
        _home: home,
    }
}

impl Deployment {
    fn url(&self) -> String {
        format!("wss://localhost:{}", self.proxy.port)
    }

    fn trusting(&self) -> WebSocketOptions {
        WebSocketOptions::new().add_root_certificate_pem(self.proxy.ca_pem.clone())
    }

    /// Joins with `options` once the server behind the proxy is up (nginx answers 502 until
    /// it is).
    async fn join(&self, options: WebSocketOptions) -> Codex {
        let started = Instant::now();
        loop {
            match Codex::builder()
                .connect_websocket_with(self.url(), options.clone())
                .start()
                .await
            {
                Ok(codex) => return codex,
                Err(err) => {
                    assert!(
                        started.elapsed() < PATIENCE,
                        "no connection through the proxy: {err}\nnginx: {}",
                        self.proxy.error_log()
                    );
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }
}

/// The reason of a connect error.
fn connect_reason(err: &Error) -> &str {
    match err {
        Error::Transport(TransportError::Connect { reason, .. }) => reason,
        other => panic!("expected a connect error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_turn_runs_over_wss_through_nginx_with_the_token() {
    let deployment = deploy().await;
    let codex = deployment
        .join(deployment.trusting().bearer_token(TOKEN))
        .await;
    deployment.provider.push(Reply::message("over tls"));
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    let result = thread.run("hello through nginx").await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("over tls"));

    // The token went through the proxy to the server: a wrong one is refused by the server.
    let err = Codex::builder()
        .connect_websocket_with(
            deployment.url(),
            deployment.trusting().bearer_token("wrong-token"),
        )
        .start()
        .await
        .expect_err("a wrong token");
    assert!(
        matches!(
            &err,
            Error::Transport(TransportError::Unauthorized { refusal: TokenRefusal::Invalid, server_says, .. })
                if server_says == "invalid websocket bearer token"
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("--ws-token-file"), "{err}");
    codex.close().await;
}

#[tokio::test]
async fn a_certificate_from_an_authority_the_client_does_not_trust_is_refused() {
    let deployment = deploy().await;
    // The system's roots alone do not know the test CA.
    let err = Codex::builder()
        .connect_websocket_with(
            deployment.url(),
            WebSocketOptions::new().bearer_token(TOKEN),
        )
        .start()
        .await
        .expect_err("an untrusted certificate");
    let reason = connect_reason(&err);
    assert!(
        reason.contains("not from a trusted authority")
            && reason.contains("add_root_certificate_pem"),
        "the error says what is wrong and what to do: {err}"
    );
    assert!(!format!("{err} {err:?}").contains(TOKEN), "{err:?}");

    // PEM that holds no certificate is an error, not a silent no-op.
    let err = Codex::builder()
        .connect_websocket_with(
            deployment.url(),
            WebSocketOptions::new().add_root_certificate_pem("not a certificate"),
        )
        .start()
        .await
        .expect_err("no CA in the PEM");
    assert!(
        connect_reason(&err).contains("holds no certificate"),
        "{err}"
    );

    // With the CA, the same proxy is trusted (by name and by address: the certificate has both).
    let codex = deployment
        .join(deployment.trusting().bearer_token(TOKEN))
        .await;
    codex.close().await;
    let by_address = format!("wss://127.0.0.1:{}", deployment.proxy.port);
    let codex = Codex::builder()
        .connect_websocket_with(by_address, deployment.trusting().bearer_token(TOKEN))
        .start()
        .await
        .expect("the certificate names 127.0.0.1 too");
    codex.close().await;
}

/// Set in the copy of this test binary that `the_systems_trusted_roots_are_used` starts.
const CHILD_URL: &str = "CODEX_SDK_TEST_WSS_URL";

/// The system's roots count: with the test CA as the system's store (`SSL_CERT_FILE`, read
/// once per process, hence a second process), the proxy is trusted without adding the CA.
#[tokio::test]
async fn the_systems_trusted_roots_are_used() {
    if let Ok(url) = std::env::var(CHILD_URL) {
        // The child: nothing added, only the system's store.
        let codex = Codex::builder()
            .connect_websocket_with(url, WebSocketOptions::new().bearer_token(TOKEN))
            .start()
            .await
            .expect("the CA in the system's store is trusted");
        codex.close().await;
        return;
    }
    let deployment = deploy().await;
    // Wait until the server behind the proxy is up.
    deployment
        .join(deployment.trusting().bearer_token(TOKEN))
        .await
        .close()
        .await;
    let ca_file = tempfile::NamedTempFile::new().expect("a temp file");
    std::fs::write(ca_file.path(), &deployment.proxy.ca_pem).expect("writing the CA");
    let child = tokio::process::Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            "the_systems_trusted_roots_are_used",
            "--nocapture",
        ])
        .env(CHILD_URL, deployment.url())
        .env("SSL_CERT_FILE", ca_file.path())
        .env_remove("SSL_CERT_DIR")
        .output();
    let output = tokio::time::timeout(PATIENCE, child)
        .await
        .expect("the child test in time")
        .expect("running the child test");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "the child test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
