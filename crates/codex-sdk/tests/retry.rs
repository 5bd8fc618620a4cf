//! `retry_on_overload` against a fake server that answers "busy" before it answers.

use std::time::Duration;

use codex_sdk::protocol::wire::RawMessage;
use codex_sdk::transport::Transport;
use codex_sdk::{Codex, Error, RetryPolicy, RpcErrorKind, retry_on_overload};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Plays the server: answers the handshake, then `model/list` with `busy` errors first.
/// Returns how many `model/list` requests it saw.
async fn fake_server(
    server: tokio::io::DuplexStream,
    busy_answers: usize,
    busy_code: i64,
) -> usize {
    let (reader, mut writer) = tokio::io::split(server);
    let mut lines = BufReader::new(reader).lines();
    let mut seen = 0;
    while let Ok(Some(line)) = lines.next_line().await {
        // The wire codec classifies the line, as it does in the client.
        let parsed = RawMessage::parse(&line).expect("the client sends JSON-RPC messages");
        let message: Value = serde_json::from_str(&line).expect("the client sends JSON");
        let is_request = matches!(parsed, RawMessage::Request { .. });
        let answer = match parsed.method() {
            Some("initialize") => json!({"id": message["id"], "result": {
                "userAgent": format!("fake/{} (test)", codex_sdk::protocol::PINNED_CODEX_VERSION), "codexHome": "/tmp/fake", "platformFamily": "unix", "platformOs": "linux"
            }}),
            Some("model/list") => {
                seen += 1;
                if seen <= busy_answers {
                    json!({"id": message["id"], "error": {"code": busy_code, "message": "Server overloaded; retry later."}})
                } else {
                    json!({"id": message["id"], "result": {"data": [], "nextCursor": null}})
                }
            }
            // Like the real server: any other request gets an answer ("method not found").
            Some(method) if is_request => json!({"id": message["id"], "error": {
                "code": -32601, "message": format!("unknown method {method}")
            }}),
            _ => continue,
        };
        writer
            .write_all(format!("{answer}\n").as_bytes())
            .await
            .expect("write");
    }
    seen
}

async fn client(busy_answers: usize, busy_code: i64) -> (Codex, tokio::task::JoinHandle<usize>) {
    let (transport, server) = Transport::in_memory(1 << 16);
    let server = tokio::spawn(fake_server(server, busy_answers, busy_code));
    let codex = Codex::builder()
        .start_on(transport)
        .await
        .expect("handshake with the fake server");
    (codex, server)
}

fn fast_policy() -> RetryPolicy {
    RetryPolicy {
        initial_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

#[tokio::test]
async fn a_call_answered_busy_twice_succeeds_on_the_third_attempt() {
    let (codex, server) = client(2, -32001).await;
    let models = retry_on_overload(fast_policy(), || codex.models())
        .await
        .expect("the third attempt succeeds");
    assert!(models.is_empty());
    codex.close().await;
    assert_eq!(
        server.await.expect("server"),
        3,
        "two busy answers, then the answer"
    );
}

#[tokio::test]
async fn retries_stop_after_max_attempts_with_the_last_error() {
    let (codex, server) = client(10, -32001).await;
    let err = retry_on_overload(fast_policy(), || codex.models())
        .await
        .expect_err("always busy");
    assert!(matches!(err, Error::Rpc { .. }), "{err:?}");
    assert_eq!(err.kind(), Some(RpcErrorKind::ServerBusy));
    assert!(err.is_retryable());
    codex.close().await;
    assert_eq!(
        server.await.expect("server"),
        3,
        "the default policy tries three times"
    );
}

#[tokio::test]
async fn an_error_that_is_not_retryable_is_not_retried() {
    let (codex, server) = client(10, -32602).await;
    let err = retry_on_overload(fast_policy(), || codex.models())
        .await
        .expect_err("invalid params");
    assert_eq!(err.kind(), Some(RpcErrorKind::InvalidParams), "{err:?}");
    codex.close().await;
    assert_eq!(server.await.expect("server"), 1);
}

#[tokio::test]
async fn a_policy_of_the_longest_delays_waits_instead_of_panicking() {
    let busy = || Error::Rpc {
        method: "model/list".into(),
        error: Box::new(codex_sdk::transport::RpcError {
            code: codex_sdk::transport::ErrorCode::SERVER_OVERLOADED,
            message: "Server overloaded; retry later.".into(),
            data: None,
        }),
    };
    // Without jitter, and with the default jitter (either way round) many times over.
    let jitters = std::iter::once(0.0).chain(std::iter::repeat_n(0.2, 32));
    for jitter_ratio in jitters {
        let policy = RetryPolicy {
            max_attempts: 2,
            initial_delay: Duration::MAX,
            max_delay: Duration::MAX,
            jitter_ratio,
        };
        let mut attempts = 0;
        let retry = retry_on_overload(policy, || {
            attempts += 1;
            let err = busy();
            async move { Err::<(), _>(err) }
        });
        // Polled once: the first attempt fails at once, and the retry then waits out its
        // (longest possible) delay instead of panicking on it.
        let polled = futures_util::FutureExt::now_or_never(retry);
        assert!(polled.is_none(), "the retry waits: {polled:?}");
        assert_eq!(attempts, 1);
    }
}
