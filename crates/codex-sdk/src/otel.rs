//! With the `opentelemetry` feature: the W3C trace context of the span a request is sent in,
//! for its `trace` member.

use codex_protocol::W3cTraceContext;
use opentelemetry::trace::TraceContextExt;
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// The current span's OpenTelemetry context as `traceparent` and `tracestate`; `None` when
/// the span is not recorded by a tracing-opentelemetry layer (then nothing is sent).
pub(crate) fn trace_context() -> Option<W3cTraceContext> {
    let context = tracing::Span::current().context();
    let span = context.span();
    let span = span.span_context();
    if !span.is_valid() {
        return None;
    }
    let traceparent = format!(
        "00-{:032x}-{:016x}-{:02x}",
        span.trace_id(),
        span.span_id(),
        span.trace_flags().to_u8()
    );
    let tracestate = span.trace_state().header();
    let trace = W3cTraceContext::new().with_traceparent(traceparent);
    Some(if tracestate.is_empty() {
        trace
    } else {
        trace.with_tracestate(tracestate)
    })
}

/// The SDK's OpenTelemetry metrics, recorded through the global meter provider (the app's:
/// `opentelemetry::global::set_meter_provider`; without one they cost next to nothing). Each
/// instrument is looked up at the event, so a provider set after the client started counts.
pub(crate) mod metrics {
    use opentelemetry::KeyValue;
    use opentelemetry::metrics::Meter;

    fn meter() -> Meter {
        opentelemetry::global::meter("codex-sdk")
    }

    /// A turn ended: how long it took and the tokens it used.
    pub(crate) fn turn_completed(
        seconds: f64,
        status: &str,
        tokens: Option<(i64, i64)>,
        model: Option<&str>,
    ) {
        let meter = meter();
        let mut attributes = vec![
            KeyValue::new("gen_ai.operation.name", "invoke_agent"),
            KeyValue::new("codex.turn.status", status.to_owned()),
        ];
        if let Some(model) = model {
            attributes.push(KeyValue::new("gen_ai.request.model", model.to_owned()));
        }
        meter
            .f64_histogram("gen_ai.client.operation.duration")
            .with_unit("s")
            .with_description("Duration of Codex turns")
            .build()
            .record(seconds, &attributes);
        let Some((input, output)) = tokens else {
            return;
        };
        let usage = meter
            .u64_histogram("gen_ai.client.token.usage")
            .with_unit("{token}")
            .with_description("Tokens a Codex turn used")
            .build();
        for (kind, count) in [("input", input), ("output", output)] {
            let mut attributes = attributes.clone();
            attributes.push(KeyValue::new("gen_ai.token.type", kind));
            usage.record(u64::try_from(count).unwrap_or(0), &attributes);
        }
    }

    /// A dynamic tool call was answered.
    pub(crate) fn tool_called(tool: &str, outcome: &str) {
        meter()
            .u64_counter("codex.tool.calls")
            .with_description("Dynamic tool calls answered")
            .build()
            .add(
                1,
                &[
                    KeyValue::new("gen_ai.tool.name", tool.to_owned()),
                    KeyValue::new("codex.tool.outcome", outcome.to_owned()),
                ],
            );
    }

    /// An approval (or another question to the user) was answered.
    pub(crate) fn approval_answered(kind: &str, decision: &str) {
        meter()
            .u64_counter("codex.approvals")
            .with_description("Approval requests answered, by decision")
            .build()
            .add(
                1,
                &[
                    KeyValue::new("codex.approval.kind", kind.to_owned()),
                    KeyValue::new("codex.approval.decision", decision.to_owned()),
                ],
            );
    }
}
