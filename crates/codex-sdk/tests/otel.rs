//! One trace from the app through the agent: the SDK's spans (exported as an app exports them,
//! with the OpenTelemetry SDK and its OTLP/HTTP exporter) and the real app-server's own (its
//! exporter pointed at the same collector with `otel_collector`) reach the test kit's OTLP
//! receiver under the app's trace, with the GenAI attributes, and nothing secret.

mod support;

use std::collections::HashSet;

use codex_sdk::{Approvals, Tool};
use codex_sdk_testkit::{OtlpReceiver, ReceivedSpan, Reply, SseScript};
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::metrics::SdkMeterProvider;
use opentelemetry_sdk::trace::SdkTracerProvider;
use serde_json::json;
use support::{PATIENCE, TestCodex};
use tracing::Instrument;
use tracing_subscriber::Layer as _;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;

/// In the prompt, and in the server's environment: neither may reach a span.
const PROMPT_MARKER: &str = "prompt-marker-5f0c2e";
const SECRET_MARKER: &str = "secret-marker-93ab41";

#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Lookup {
    key: String,
}

/// The app's tracer: spans exported in batches over OTLP/HTTP (protobuf) to `receiver`.
fn app_tracer(receiver: &OtlpReceiver) -> SdkTracerProvider {
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(format!("{}/v1/traces", receiver.endpoint()))
        .build()
        .expect("the OTLP exporter");
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name("otel-test-app")
        .build();
    SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource)
        .build()
}

/// The app's meter: metrics exported over OTLP/HTTP (protobuf) to `receiver` when flushed.
fn app_meter(receiver: &OtlpReceiver) -> SdkMeterProvider {
    let exporter = opentelemetry_otlp::MetricExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(format!("{}/v1/metrics", receiver.endpoint()))
        .build()
        .expect("the OTLP metrics exporter");
    SdkMeterProvider::builder()
        .with_periodic_exporter(exporter)
        .build()
}

fn named<'a>(spans: &'a [ReceivedSpan], name: &str) -> Vec<&'a ReceivedSpan> {
    spans.iter().filter(|span| span.name == name).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_the_sdk_and_the_server_share_one_trace() {
    let receiver = OtlpReceiver::start().await;
    let provider = app_tracer(&receiver);
    let filter = Targets::new()
        .with_target("otel", LevelFilter::INFO)
        .with_target("codex_sdk", LevelFilter::INFO)
        .with_target("codex_transport", LevelFilter::DEBUG);
    let subscriber = tracing_subscriber::registry().with(
        tracing_opentelemetry::layer()
            .with_tracer(provider.tracer("otel-test"))
            .with_filter(filter),
    );
    let meter = app_meter(&receiver);
    opentelemetry::global::set_meter_provider(meter.clone());
    tracing::subscriber::set_global_default(subscriber)
        .expect("the only subscriber of this test binary");

    let app_span = tracing::info_span!("review request");
    let (result, thread_id, turn_id, model_asked) = async {
        let approvals = Approvals::new().accept_commands_if(|request| {
            request.argv() == Some(&["echo".into(), "traced".into()][..])
        });
        let endpoint = receiver.endpoint().to_owned();
        let test = TestCodex::start_with("on-request", move |builder| {
            builder
                .experimental_api(true)
                .approval_handler(approvals)
                .otel_collector(endpoint)
                .env("OTEL_TEST_SECRET", SECRET_MARKER)
        })
        .await;
        let lookup = Tool::new("lookup", "Looks a key up", |args: Lookup| async move {
            format!("value of {}", args.key)
        });
        test.provider
            .push(SseScript::new().exec_command("call-echo", "echo traced"));
        // A file change the handler declines (it accepts that one command only).
        let patch = "*** Begin Patch\n*** Add File: traced.txt\n+hi\n*** End Patch";
        test.provider
            .push(SseScript::new().apply_patch("call-patch", patch));
        test.provider.push(SseScript::new().function_call(
            "call-lookup",
            "lookup",
            &json!({"key": "k"}),
        ));
        test.provider.push(Reply::message("done"));
        let thread = test
            .codex
            .thread_start_with_tools(codex_sdk::ThreadStartOptions::new(), vec![lookup])
            .await
            .expect("thread/start");
        let turn = thread
            .turn(format!("look it up ({PROMPT_MARKER})"))
            .await
            .expect("turn/start");
        let turn_id = turn.id().to_owned();
        let result = turn.run().await.expect("the turn");
        let thread_id = thread.id().to_owned();
        let model_asked = test
            .provider
            .last_request()
            .and_then(|r| r["model"].as_str().map(str::to_owned));
        // A second turn, which the model fails.
        test.provider.push(Reply::server_error("the model is down"));
        let failed = thread.run("again").await;
        assert!(
            matches!(failed, Err(codex_sdk::Error::TurnFailed { .. })),
            "{failed:?}"
        );
        // The server exports what it has when it exits.
        test.close().await;
        (result, thread_id, turn_id, model_asked)
    }
    .instrument(app_span.clone())
    .await;
    assert_eq!(result.final_response.as_deref(), Some("done"));
    drop(app_span);
    let flushed = tokio::task::spawn_blocking(move || provider.force_flush()).await;
    assert!(
        matches!(flushed, Ok(Ok(()))),
        "flushing the app's spans: {flushed:?}"
    );
    let flushed = tokio::task::spawn_blocking(move || meter.force_flush()).await;
    assert!(
        matches!(flushed, Ok(Ok(()))),
        "flushing the app's metrics: {flushed:?}"
    );

    let spans = receiver
        .wait_for_spans(PATIENCE, |spans| {
            !named(spans, "review request").is_empty()
                && named(spans, "invoke_agent codex").len() == 2
                && spans
                    .iter()
                    .any(|s| s.service_name.as_deref() != Some("otel-test-app"))
        })
        .await
        .unwrap_or_else(|spans| {
            panic!(
                "not every span came: {:#?}\nrefused: {:?}",
                spans
                    .iter()
                    .map(|s| (&s.service_name, &s.name))
                    .collect::<Vec<_>>(),
                receiver.refusals()
            )
        });
    let app = named(&spans, "review request")[0];
    let trace_id = app.trace_id.clone();

    // The turn, under the app's span, with the GenAI attributes.
    let turn = *named(&spans, "invoke_agent codex")
        .iter()
        .find(|s| s.str("codex.turn.id") == Some(turn_id.as_str()))
        .expect("the turn's span");
    assert_eq!(turn.trace_id, trace_id);
    assert_eq!(turn.parent_span_id.as_deref(), Some(app.span_id.as_str()));
    assert_eq!(turn.str("gen_ai.operation.name"), Some("invoke_agent"));
    assert_eq!(turn.str("gen_ai.conversation.id"), Some(thread_id.as_str()));
    assert_eq!(turn.str("codex.turn.id"), Some(turn_id.as_str()));
    assert_eq!(turn.str("codex.turn.status"), Some("completed"));
    let asked = model_asked.as_deref().expect("the model was asked");
    assert_eq!(
        turn.str("gen_ai.request.model"),
        Some(asked),
        "the model the server asked"
    );
    let failed = named(&spans, "invoke_agent codex")
        .into_iter()
        .find(|s| s.str("codex.turn.id") != Some(turn_id.as_str()))
        .expect("the failed turn's span");
    assert_eq!(failed.str("codex.turn.status"), Some("failed"));
    assert_eq!(failed.str("error.type"), Some("internalServerError"));
    assert_eq!(turn.str("error.type"), None);
    let usage = result.usage.as_ref().expect("the turn reported usage");
    // The thread's first turn: its usage is the thread's.
    assert_eq!(
        turn.int("gen_ai.usage.input_tokens"),
        Some(usage.total.input_tokens)
    );
    assert_eq!(
        turn.int("gen_ai.usage.output_tokens"),
        Some(usage.total.output_tokens)
    );

    // Its items, tool call and approval, under it.
    let children: Vec<&ReceivedSpan> = spans
        .iter()
        .filter(|s| s.parent_span_id.as_deref() == Some(turn.span_id.as_str()))
        .collect();
    let command = children
        .iter()
        .find(|s| s.name == "item" && s.str("codex.item.type") == Some("commandExecution"))
        .unwrap_or_else(|| panic!("no command item under the turn: {children:#?}"));
    assert_eq!(command.int("codex.command.exit_code"), Some(0));
    assert_eq!(command.str("codex.item.status"), Some("completed"));
    let tool = children
        .iter()
        .find(|s| s.name == "execute_tool lookup")
        .unwrap_or_else(|| panic!("no tool call under the turn: {children:#?}"));
    assert_eq!(tool.str("gen_ai.operation.name"), Some("execute_tool"));
    assert_eq!(tool.str("gen_ai.tool.name"), Some("lookup"));
    assert_eq!(tool.str("gen_ai.tool.call.id"), Some("call-lookup"));
    assert_eq!(tool.str("codex.tool.outcome"), Some("success"));
    let approval_of = |kind: &str| {
        children
            .iter()
            .find(|s| s.name == "approval" && s.str("codex.approval.kind") == Some(kind))
            .unwrap_or_else(|| panic!("no {kind} approval under the turn: {children:#?}"))
    };
    let approval = approval_of("item/commandExecution/requestApproval");
    assert_eq!(
        approval.str("codex.approval.kind"),
        Some("item/commandExecution/requestApproval")
    );
    assert_eq!(approval.str("codex.approval.decision"), Some("accept"));
    let declined = approval_of("item/fileChange/requestApproval");
    assert_eq!(declined.str("codex.approval.decision"), Some("decline"));
    let change = children
        .iter()
        .find(|s| s.name == "item" && s.str("codex.item.type") == Some("fileChange"))
        .unwrap_or_else(|| panic!("no file-change item under the turn: {children:#?}"));
    assert_eq!(change.int("codex.file_change.count"), Some(1));
    assert_eq!(change.str("codex.item.status"), Some("declined"));

    // The server's spans: in the app's trace, under the SDK's request spans.
    let requests: HashSet<&str> = named(&spans, "request")
        .iter()
        .filter(|s| s.trace_id == trace_id)
        .map(|s| s.span_id.as_str())
        .collect();
    let turn_start = named(&spans, "request")
        .into_iter()
        .find(|s| s.str("method") == Some("turn/start"))
        .expect("the turn/start request span");
    assert!(
        turn_start.int("id").is_some(),
        "its JSON-RPC id: {turn_start:?}"
    );
    assert_eq!(
        turn_start.parent_span_id.as_deref(),
        Some(turn.span_id.as_str())
    );
    let server: Vec<&ReceivedSpan> = spans
        .iter()
        .filter(|s| s.service_name.as_deref() != Some("otel-test-app"))
        .collect();
    // (Its spans of start-up, before any request, are roots of traces of their own.)
    let server_turn_start = server
        .iter()
        .find(|s| {
            s.name == "turn/start"
                && s.parent_span_id.as_deref() == Some(turn_start.span_id.as_str())
        })
        .unwrap_or_else(|| {
            panic!(
                "no server span under the turn/start request: {:#?}",
                server
                    .iter()
                    .filter(|s| s.trace_id == trace_id)
                    .map(|s| &s.name)
                    .collect::<Vec<_>>()
            )
        });
    assert_eq!(server_turn_start.trace_id, trace_id);
    assert!(
        server.iter().any(|s| s.name == "initialize"
            && s.parent_span_id
                .as_deref()
                .is_some_and(|p| requests.contains(p))),
        "the server's initialize is under the SDK's request"
    );
    // The turn's own work (its model calls) descends from it.
    let mut under_turn: HashSet<&str> = HashSet::from([server_turn_start.span_id.as_str()]);
    loop {
        let before = under_turn.len();
        for span in &server {
            if span
                .parent_span_id
                .as_deref()
                .is_some_and(|p| under_turn.contains(p))
            {
                under_turn.insert(span.span_id.as_str());
            }
        }
        if under_turn.len() == before {
            break;
        }
    }
    let model_calls_under_turn = server
        .iter()
        .filter(|s| s.name == "handle_responses" && under_turn.contains(s.span_id.as_str()))
        .count();
    assert!(
        model_calls_under_turn > 0,
        "the server's model calls descend from the turn/start request ({} spans do)",
        under_turn.len()
    );

    // Neither the prompt nor the server's environment reached a span.
    for body in receiver.bodies() {
        for marker in [PROMPT_MARKER, SECRET_MARKER] {
            assert!(
                !body.windows(marker.len()).any(|w| w == marker.as_bytes()),
                "{marker} was exported"
            );
        }
    }

    // The metrics, through the global meter provider.
    let points = receiver.metric_points();
    let last = |metric: &str, attribute: (&str, &str)| {
        points
            .iter()
            .rev()
            .find(|p| {
                p.metric == metric
                    && p.attributes.get(attribute.0).and_then(|v| v.as_str()) == Some(attribute.1)
            })
            .unwrap_or_else(|| panic!("no {metric} with {attribute:?} in {points:#?}"))
    };
    assert_eq!(
        last("codex.tool.calls", ("gen_ai.tool.name", "lookup")).value,
        1.0
    );
    let accepted = last("codex.approvals", ("codex.approval.decision", "accept"));
    assert_eq!(accepted.value, 1.0);
    assert_eq!(
        accepted.attributes["codex.approval.kind"],
        "item/commandExecution/requestApproval"
    );
    let turns = last(
        "gen_ai.client.operation.duration",
        ("codex.turn.status", "completed"),
    );
    assert_eq!(turns.count, Some(1));
    assert!(turns.value > 0.0, "a turn takes time: {turns:?}");
    #[allow(clippy::cast_precision_loss)]
    for (kind, tokens) in [
        ("input", usage.total.input_tokens),
        ("output", usage.total.output_tokens),
    ] {
        let point = last("gen_ai.client.token.usage", ("gen_ai.token.type", kind));
        assert_eq!(
            (point.count, point.value),
            (Some(1), tokens as f64),
            "{kind} tokens"
        );
    }
}
