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
