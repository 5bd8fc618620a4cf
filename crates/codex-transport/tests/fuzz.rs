//! Property tests on stable Rust: the connection is fed random and mutated server output
//! (recorded real lines, cut, spliced, bit-flipped, re-chunked) and must never panic, never
//! hang, and end every pending request.
//!
//! A bounded, deterministic run is part of `cargo test`; `cargo xtask fuzz --time SECS` runs
//! the same properties with fresh random seeds until the time is up.

mod fake_server;

use std::time::{Duration, Instant};

use codex_protocol::wire::{Incoming, RawMessage};
use codex_protocol::{ServerNotificationMessage, ServerRequestMessage};
use codex_transport::{Connection, ConnectionOptions, Error, Transport};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use tokio::io::AsyncWriteExt;

/// Set by `cargo xtask fuzz`: run each property this many seconds, with random seeds.
const FUZZ_SECS_ENV: &str = "CODEX_FUZZ_SECS";

/// Every line the real server sent in the recorded fixtures.
fn recorded_lines() -> Vec<String> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../codex-protocol/tests/fixtures");
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the fixtures folder") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("a fixture");
        for line in text.lines() {
            let record: serde_json::Value = serde_json::from_str(line).expect("a fixture line");
            if record["from"] == "server" {
                lines.push(record["message"].to_string());
            }
        }
    }
    assert!(lines.len() > 50, "the fixtures hold real traffic");
    lines
}

/// A server line: a recorded one as is, or mutated.
fn server_line(recorded: Vec<String>) -> impl Strategy<Value = Vec<u8>> {
    let pick = proptest::sample::select(recorded);
    prop_oneof![
        3 => pick.clone().prop_map(String::into_bytes),
        // Cut anywhere (a torn line).
        2 => (pick.clone(), any::<prop::sample::Index>()).prop_map(|(line, at)| {
            let bytes = line.into_bytes();
            let end = at.index(bytes.len() + 1);
            bytes[..end].to_vec()
        }),
        // Bytes flipped (garbage in the middle of JSON, invalid UTF-8).
        2 => (pick.clone(), proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4))
            .prop_map(|(line, flips)| {
                let mut bytes = line.into_bytes();
                for (at, byte) in flips {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
                bytes
            }),
        // Two lines spliced together.
        1 => (pick.clone(), pick, any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b, i, j)| {
                let (a, b) = (a.into_bytes(), b.into_bytes());
                let mut out = a[..i.index(a.len())].to_vec();
                out.extend_from_slice(&b[j.index(b.len())..]);
                out
            }),
        // Answers to the requests in flight, well-formed or not.
        2 => (0i64..8, prop_oneof![
            Just("\"result\":{}".to_owned()),
            Just("\"result\":null".to_owned()),
            Just("\"error\":{\"code\":-32603,\"message\":\"x\"}".to_owned()),
            Just("\"error\":{\"code\":\"bad\"}".to_owned()),
            Just("\"error\":null".to_owned()),
            Just("\"result\":".to_owned()),
        ]).prop_map(|(id, tail)| format!("{{\"id\":{id},{tail}}}").into_bytes()),
        1 => proptest::collection::vec(any::<u8>(), 0..64),
    ]
}

/// Runs `property` on `strategy`: a fixed number of deterministic cases in `cargo test`, or
/// random cases for `CODEX_FUZZ_SECS` seconds.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let fuzz_secs: Option<u64> = std::env::var(FUZZ_SECS_ENV)
        .ok()
        .and_then(|s| s.parse().ok());
    let Some(secs) = fuzz_secs else {
        let config = Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
        if let Err(failure) = runner.run(&strategy, &property) {
            panic!("{name}: {failure}");
        }
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let config = Config {
            cases: 64,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        if let Err(failure) = runner.run(&strategy, &property) {
            panic!("{name}: {failure}");
        }
        runs += 64;
    }
    eprintln!("{name}: {runs} cases in {secs} s");
}

#[test]
fn decoding_any_line_never_panics() {
    let recorded = recorded_lines();
    check("decode", 2_000, server_line(recorded), |line| {
        let Ok(text) = std::str::from_utf8(&line) else {
            return Ok(());
        };
        // Each decoder either decodes or says why; none may panic.
        let raw = RawMessage::parse(text);
        // The reader of the connection agrees with the classifier it is built on.
        match (Incoming::parse(text), &raw) {
            (
                Ok(Incoming::Notification(_) | Incoming::Undecodable(_)),
                Ok(RawMessage::Notification { .. }),
            )
            | (Ok(Incoming::Request { .. }), Ok(RawMessage::Request { .. }))
            | (Ok(Incoming::Response { .. }), Ok(RawMessage::Response { .. }))
            | (Err(_), Err(_)) => {}
            // The one-pass decoding reads a notification the classifier cannot.
            (Ok(Incoming::Notification(_)), Err(_)) => {}
            (incoming, raw) => {
                return Err(TestCaseError::fail(format!(
                    "Incoming {incoming:?} but RawMessage {raw:?} for {text}"
                )));
            }
        }
        let _ = serde_json::from_str::<ServerNotificationMessage>(text);
        let _ = serde_json::from_str::<ServerRequestMessage>(text);
        if let Ok(RawMessage::Notification { method, params, .. }) = raw {
            let params = params.map_or("null", |p| p.get());
            let _ = codex_protocol::ServerNotification::decode(
                &method,
                &mut serde_json::Deserializer::from_str(params),
            );
        }
        Ok(())
    });
}

/// The outcome of feeding `chunks` to a connection with `pending` requests in flight, then
/// closing the server's output: how each request ended.
async fn feed(chunks: Vec<Vec<u8>>, pending: usize) -> Vec<Result<serde_json::Value, Error>> {
    let (transport, server) = Transport::in_memory(1 << 16);
    let connection = Connection::start(transport, ConnectionOptions::new().max_line_bytes(4096));
    let (reader, mut writer) = tokio::io::split(server);
    // Drain what the client writes, so its writes never block.
    let drain = tokio::spawn(async move {
        let mut reader = reader;
        let _ = tokio::io::copy(&mut reader, &mut tokio::io::sink()).await;
    });
    let mut subscription = connection
        .subscribe(codex_transport::NotificationFilter::all())
        .await
        .expect("subscribe");
    let reading = tokio::spawn(async move { while subscription.next().await.is_some() {} });
    let calls: Vec<_> = (0..pending)
        .map(|n| {
            let connection = connection.clone();
            tokio::spawn(async move {
                connection
                    .request_value("fuzz/call", serde_json::json!({"n": n}))
                    .await
            })
        })
        .collect();
    for chunk in chunks {
        if writer.write_all(&chunk).await.is_err() {
            break;
        }
    }
    let _ = writer.shutdown().await;
    let mut outcomes = Vec::new();
    for call in calls {
        outcomes.push(call.await.expect("a caller task panicked"));
    }
    reading.await.expect("the subscription reader panicked");
    drain.abort();
    let reason = connection.close_reason().expect("the connection closed");
    assert!(
        reason.cause.contains("closed its output"),
        "the connection ended for another reason (a panic in its task?): {reason}"
    );
    outcomes
}

#[test]
fn random_server_output_ends_every_pending_request_without_panic_or_hang() {
    let recorded = recorded_lines();
    let output = proptest::collection::vec(server_line(recorded), 0..40).prop_flat_map(|lines| {
        // Joined with newlines, then cut into chunks at random places.
        let mut bytes = Vec::new();
        for line in lines {
            bytes.extend_from_slice(&line);
            bytes.push(b'\n');
        }
        let len = bytes.len();
        (Just(bytes), proptest::collection::vec(0..=len, 0..8))
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    check(
        "connection",
        200,
        (output, 0usize..6),
        |((bytes, mut cuts), pending)| {
            cuts.sort_unstable();
            let mut chunks = Vec::new();
            let mut from = 0;
            for cut in cuts {
                chunks.push(bytes[from..cut].to_vec());
                from = cut;
            }
            chunks.push(bytes[from..].to_vec());
            let outcomes = runtime.block_on(async {
                tokio::time::timeout(fake_server::PATIENCE, feed(chunks, pending)).await
            });
            let outcomes = outcomes.map_err(|_| TestCaseError::fail("a request or stream hung"))?;
            prop_assert_eq!(outcomes.len(), pending);
            Ok(())
        },
    );
}
