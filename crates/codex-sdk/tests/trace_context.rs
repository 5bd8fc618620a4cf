//! The `trace` member of each request, on the wire (an in-memory fake server): the W3C
//! context of the span the request is sent in when a tracing-opentelemetry layer records
//! spans, and no member at all when none does.

mod support;

use codex_sdk::Codex;
use opentelemetry::trace::{TraceContextExt, TracerProvider as _};
use opentelemetry_sdk::trace::SdkTracerProvider;
use serde_json::{Value, json};
use support::fake_server;
use tracing::Instrument;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::{Layer, Registry};

/// Starts a thread from inside span `app` and returns the `thread/start` request as the
/// server read it, with the app span's trace and span ids (`None` when not recorded).
async fn thread_start_in(app: tracing::Span) -> (Value, Option<(String, String)>) {
    let ids = {
        let context = app.context();
        let span = context.span();
        let span = span.span_context();
        span.is_valid()
            .then(|| (span.trace_id().to_string(), span.span_id().to_string()))
    };
    let (codex, mut server) = fake_server::start(Codex::builder()).await;
    let ask =
        tokio::spawn(async move { codex.thread_start(None).await.map(|_| codex) }.instrument(app));
    let request = server.receive_method("thread/start").await;
    let thread = json!({"id": "t1", "preview": "", "ephemeral": false, "modelProvider": "openai", "createdAt": 0, "updatedAt": 0, "status": {"type": "idle"}, "cwd": "/tmp", "cliVersion": "0", "source": "appServer", "turns": []});
    server
        .answer(&request, json!({"thread": thread, "model": "m", "modelProvider": "openai", "cwd": "/tmp", "approvalPolicy": "never", "approvalsReviewer": "user", "sandbox": {"type": "readOnly"}}))
        .await;
    drop(ask);
    (request, ids)
}

/// The `00-TRACE-SPAN-FLAGS` parts of a request's `traceparent`.
fn traceparent(request: &Value) -> Vec<String> {
    let parent = request["trace"]["traceparent"]
        .as_str()
        .unwrap_or_else(|| panic!("no traceparent: {request}"));
    parent.split('-').map(str::to_owned).collect()
}

fn recorded(filter: Targets) -> impl tracing::Subscriber + Send + Sync {
    let provider = SdkTracerProvider::builder().build();
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("trace-context-test"))
        .with_filter(filter);
    Registry::default().with(layer)
}

#[tokio::test]
async fn a_request_carries_the_context_of_its_request_span() {
    let filter = Targets::new()
        .with_target("trace_context", LevelFilter::INFO)
        .with_target("codex_transport", LevelFilter::DEBUG);
    let _subscriber = tracing::subscriber::set_default(recorded(filter));
    let (request, ids) = thread_start_in(tracing::info_span!("app")).await;
    let (trace_id, app_span_id) = ids.expect("the app span is recorded");
    let parts = traceparent(&request);
    assert_eq!(parts.len(), 4, "{parts:?}");
    assert_eq!(parts[0], "00");
    assert_eq!(parts[1], trace_id, "the app's trace");
    assert_eq!(parts[2].len(), 16);
    assert_ne!(
        parts[2], app_span_id,
        "the parent is the SDK's request span, under the app's"
    );
    assert_eq!(parts[3], "01", "sampled");
}

#[tokio::test]
async fn with_request_spans_off_a_request_carries_the_callers_context() {
    let filter = Targets::new().with_target("trace_context", LevelFilter::INFO);
    let _subscriber = tracing::subscriber::set_default(recorded(filter));
    let (request, ids) = thread_start_in(tracing::info_span!("app")).await;
    let (trace_id, app_span_id) = ids.expect("the app span is recorded");
    let parts = traceparent(&request);
    assert_eq!(parts[1], trace_id);
    assert_eq!(parts[2], app_span_id);
}

#[tokio::test]
async fn without_an_opentelemetry_layer_no_trace_member_is_sent() {
    // Spans are recorded, but by no tracing-opentelemetry layer: there is no context to send.
    let counting = tracing_subscriber::registry();
    let _subscriber = tracing::subscriber::set_default(counting);
    let (request, ids) = thread_start_in(tracing::info_span!("app")).await;
    assert_eq!(ids, None);
    assert!(request.get("trace").is_none(), "{request}");
}
