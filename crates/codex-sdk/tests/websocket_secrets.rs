//! No bearer token in any log: every `log` record and every `tracing` span and event, at
//! trace level, captured while a client joins the real app-server (`--ws-auth
//! capability-token --ws-token-file`) over `ws://` and over `wss://` through nginx, and with a
//! signed token minted from a shared secret (`--ws-auth signed-bearer-token`), runs turns, and
//! is refused with a wrong token. This binary installs both loggers for itself.

mod support;
#[path = "support/tls_proxy.rs"]
mod tls_proxy;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use codex_sdk::transport::{SignedBearerToken, WebSocketOptions};
use codex_sdk::{Codex, CodexBuilder, ThreadStartOptions};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider};
use support::PATIENCE;
use tls_proxy::TlsProxy;

const TOKEN: &str = "never-logged-token-9b3f07";
/// The shared secret of a server in signed-token mode.
const SECRET: &str = "never-logged-shared-secret-of-32-bytes-or-more-41c8";
/// How every token the SDK mints begins (base64url of `{"alg":"HS256","typ":"JWT"}`).
const MINTED_TOKEN_HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

/// Everything logged, as text.
type Captured = Arc<Mutex<String>>;

fn append(captured: &Captured, text: &str) {
    if let Ok(mut all) = captured.lock() {
        all.push_str(text);
        all.push('\n');
    }
}

/// Every `log` record, at every level (the WebSocket and TLS libraries of the ecosystem log
/// through `log`).
struct LogCapture(Captured);

impl log::Log for LogCapture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        append(
            &self.0,
            &format!(
                "log {} {}: {}",
                record.level(),
                record.target(),
                record.args()
            ),
        );
    }

    fn flush(&self) {}
}

/// Every `tracing` span and event with all its fields, at every level.
struct TracingCapture {
    captured: Captured,
    next_id: std::sync::atomic::AtomicU64,
}

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        let _ = write!(self.0, " {}={value}", field.name());
    }
}

impl tracing::Subscriber for TracingCapture {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::always()
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }

    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Fields(format!("span {}", span.metadata().name()));
        span.record(&mut fields);
        append(&self.captured, &fields.0);
        let id = self
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tracing::span::Id::from_u64(id + 1)
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut fields = Fields("span record".to_owned());
        values.record(&mut fields);
        append(&self.captured, &fields.0);
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let meta = event.metadata();
        let mut fields = Fields(format!("event {} {}:", meta.level(), meta.target()));
        event.record(&mut fields);
        append(&self.captured, &fields.0);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

fn capture_everything() -> Captured {
    let captured = Captured::default();
    log::set_boxed_logger(Box::new(LogCapture(captured.clone()))).expect("the only logger");
    log::set_max_level(log::LevelFilter::Trace);
    tracing::subscriber::set_global_default(TracingCapture {
        captured: captured.clone(),
        next_id: Default::default(),
    })
    .expect("the only subscriber");
    captured
}

/// Joins once the server is up, runs one turn, closes.
async fn join_and_run(builder: impl Fn() -> CodexBuilder, provider: &ScriptedProvider) {
    let started = Instant::now();
    let codex = loop {
        match builder().start().await {
            Ok(codex) => break codex,
            Err(err) => {
                assert!(!format!("{err} {err:?}").contains(TOKEN), "{err:?}");
                assert!(started.elapsed() < PATIENCE, "no connection: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    provider.push(Reply::message("logged, but not the token"));
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .expect("thread/start");
    let result = thread.run("hello").await.expect("run");
    assert_eq!(
        result.final_response.as_deref(),
        Some("logged, but not the token")
    );
    codex.close().await;
}

#[tokio::test]
async fn no_log_record_or_tracing_field_shows_the_token_over_ws_or_wss() {
    let captured = capture_everything();
    log::trace!("capture check: log");
    tracing::trace!("capture check: tracing");

    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let token_file = home.scratch("ws-token");
    std::fs::write(&token_file, TOKEN).expect("the token file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let ws_url = format!("ws://127.0.0.1:{port}");
    let token_path = token_file.display().to_string();
    let _server = home.listening_server(&[
        "--listen",
        &ws_url,
        "--ws-auth",
        "capability-token",
        "--ws-token-file",
        &token_path,
    ]);

    // Straight to the server, in clear on loopback.
    join_and_run(
        || Codex::builder().connect_websocket(ws_url.clone(), Some(TOKEN.to_owned())),
        &provider,
    )
    .await;
    let builder = Codex::builder().connect_websocket(ws_url.clone(), Some(TOKEN.to_owned()));
    tracing::debug!(?builder, "a builder in a log");
    assert!(!format!("{builder:?}").contains(TOKEN));

    // Through a TLS proxy.
    let proxy = TlsProxy::start(port);
    let wss_url = format!("wss://localhost:{}", proxy.port);
    let options = WebSocketOptions::new()
        .bearer_token(TOKEN)
        .add_root_certificate_pem(proxy.ca_pem.clone());
    tracing::debug!(?options, "options in a log");
    join_and_run(
        || Codex::builder().connect_websocket_with(wss_url.clone(), options.clone()),
        &provider,
    )
    .await;

    // A signed token, minted from a shared secret, on a server of the other auth mode.
    let secret_file = home.scratch("ws-secret");
    std::fs::write(&secret_file, SECRET).expect("the secret file");
    let signed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let signed_url = format!("ws://127.0.0.1:{signed_port}");
    let secret_path = secret_file.display().to_string();
    let _signed_server = home.listening_server(&[
        "--listen",
        &signed_url,
        "--ws-auth",
        "signed-bearer-token",
        "--ws-shared-secret-file",
        &secret_path,
    ]);
    let signed = WebSocketOptions::new()
        .signed_bearer_token(SignedBearerToken::from_secret(SECRET.as_bytes().to_vec()));
    tracing::debug!(?signed, "signed-token options in a log");
    join_and_run(
        || Codex::builder().connect_websocket_with(signed_url.clone(), signed.clone()),
        &provider,
    )
    .await;
    let other_secret = SignedBearerToken::from_secret(format!("{SECRET}-other").into_bytes());
    let wrong_signature = Codex::builder()
        .connect_websocket_with(
            signed_url,
            WebSocketOptions::new().signed_bearer_token(other_secret),
        )
        .start()
        .await
        .expect_err("a token signed with another secret");
    tracing::error!(%wrong_signature, ?wrong_signature, "refused");

    // Refusals: a token the server does not know (it must not echo ours), no CA.
    let wrong = Codex::builder()
        .connect_websocket(ws_url.clone(), Some(format!("{TOKEN}-wrong")))
        .start()
        .await
        .expect_err("a wrong token");
    tracing::error!(%wrong, ?wrong, "refused");
    let untrusted = Codex::builder()
        .connect_websocket_with(wss_url, WebSocketOptions::new().bearer_token(TOKEN))
        .start()
        .await
        .expect_err("an untrusted certificate");
    tracing::error!(%untrusted, ?untrusted, "refused");

    let all = captured.lock().expect("the capture").clone();
    assert!(
        all.contains("capture check: log") && all.contains("capture check: tracing"),
        "both loggers capture: {all}"
    );
    assert!(
        all.contains("span request") && all.contains("turn/start"),
        "the SDK's own spans were captured: {all}"
    );
    for secret in [SECRET, MINTED_TOKEN_HEADER] {
        assert!(
            !all.contains(secret),
            "a secret or a minted token appears in a log record:\n{}",
            all.lines()
                .filter(|line| line.contains(secret))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    assert!(
        !all.contains(TOKEN),
        "the token appears in a log record:\n{}",
        all.lines()
            .filter(|line| line.contains(TOKEN))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
