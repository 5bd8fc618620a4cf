//! Pointing the spawned app-server's own OpenTelemetry exporter at a collector: its traces
//! and metrics, over OTLP/HTTP, to the same backend as the app's.

use super::CodexBuilder;

impl CodexBuilder {
    /// Makes the server this builder spawns export its OpenTelemetry traces and metrics to
    /// the OTLP/HTTP collector at `endpoint` (its base URL, as `OTEL_EXPORTER_OTLP_ENDPOINT`
    /// takes it: `http://127.0.0.1:4318`; the signals go to `/v1/traces` and `/v1/metrics`),
    /// as protobuf. It sets the config overrides `otel.trace_exporter` and
    /// `otel.metrics_exporter`. The server puts no prompt text in its spans unless
    /// `otel.log_user_prompt` says so.
    ///
    /// With the `opentelemetry` feature the SDK sends the trace context of each request, so
    /// the server's spans join the app's traces. A server that is joined, not spawned, is
    /// configured where it runs.
    #[must_use]
    pub fn otel_collector(self, endpoint: impl AsRef<str>) -> Self {
        let base = endpoint.as_ref().trim_end_matches('/');
        let exporter = |signal: &str| {
            let url = toml_string(&format!("{base}/v1/{signal}"));
            format!("{{ otlp-http = {{ endpoint = {url}, protocol = \"binary\" }} }}")
        };
        self.config("otel.trace_exporter", exporter("traces"))
            .config("otel.metrics_exporter", exporter("metrics"))
    }
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}
