//! Tracing: the app's span, the SDK's spans (turn, items, tool calls, approvals) and the
//! app-server's own in one trace, exported to an OTLP/HTTP collector. Needs the
//! `opentelemetry` feature: `cargo run -p codex-driver --features opentelemetry --example
//! tracing`. The collector is `OTEL_EXPORTER_OTLP_ENDPOINT` (`http://127.0.0.1:4318` by
//! default), for both the app and the server.
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing::Instrument;
use tracing_subscriber::layer::SubscriberExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let collector = std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT")
        .unwrap_or_else(|_| "http://127.0.0.1:4318".to_owned());
    // The app's spans, in batches over OTLP/HTTP.
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(format!("{collector}/v1/traces"))
        .build()?;
    let tracer = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(
            Resource::builder()
                .with_service_name("tracing-example")
                .build(),
        )
        .build();
    let layer = tracing_opentelemetry::layer().with_tracer(tracer.tracer("tracing-example"));
    tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer))?;

    // The server exports its own spans to the same collector; each request carries the
    // context of the span it is sent in, so they land in the app's trace.
    let codex = Codex::builder().otel_collector(&collector).start().await?;
    let summarize = tracing::info_span!("summarize repository");
    let trace_id = {
        use opentelemetry::trace::TraceContextExt;
        use tracing_opentelemetry::OpenTelemetrySpanExt;
        summarize.context().span().span_context().trace_id()
    };
    let result = async {
        let thread = codex.thread_start(None).await?;
        thread
            .run("Summarize this repository in one sentence.")
            .await
    }
    .instrument(summarize)
    .await?;
    println!("{}", result.final_response.unwrap_or_default());
    println!("trace {trace_id}");
    codex.close().await;

    // Sends what is still buffered before the program ends (a blocking call).
    tokio::task::spawn_blocking(move || tracer.shutdown()).await??;
    Ok(())
}
