//! An OTLP/HTTP receiver on loopback (feature `otlp`): what an OpenTelemetry collector would
//! receive from the app-server's exporter and from an app's own, decoded with the
//! OpenTelemetry project's protobuf types (`opentelemetry-proto`), for tests that assert on
//! traces.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::metrics::v1::{Metric, NumberDataPoint, metric, number_data_point};
use prost::Message;
use serde_json::Value;

/// One span as a collector received it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReceivedSpan {
    /// The `service.name` of the resource that sent it (`codex_app_server` for the
    /// app-server's spans, the app's own name for the app's).
    pub service_name: Option<String>,
    /// The instrumentation scope's name (the `tracing` target's crate for the SDK's spans).
    pub scope: String,
    /// The span's name.
    pub name: String,
    /// Its trace id, in lowercase hex (32 digits).
    pub trace_id: String,
    /// Its id, in lowercase hex (16 digits).
    pub span_id: String,
    /// Its parent's id in lowercase hex; `None` for a root span.
    pub parent_span_id: Option<String>,
    /// Its attributes, each value as JSON (strings, numbers, booleans, arrays).
    pub attributes: BTreeMap<String, Value>,
}

impl ReceivedSpan {
    /// Attribute `key` as a string, when it is one.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).and_then(Value::as_str)
    }

    /// Attribute `key` as an integer, when it is one.
    pub fn int(&self, key: &str) -> Option<i64> {
        self.attributes.get(key).and_then(Value::as_i64)
    }
}

/// One data point of a metric as a collector received it: a counter's sum, a gauge's value,
/// or a histogram's sum and count.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReceivedPoint {
    /// The metric's name.
    pub metric: String,
    /// The point's attributes, each value as JSON.
    pub attributes: BTreeMap<String, Value>,
    /// A sum's or a gauge's value; a histogram's sum.
    pub value: f64,
    /// A histogram's count of recordings; `None` for other kinds.
    pub count: Option<u64>,
}

#[derive(Default)]
struct Received {
    spans: Vec<ReceivedSpan>,
    metrics: Vec<ReceivedPoint>,
    bodies: Vec<Bytes>,
    refusals: Vec<String>,
}

/// An OTLP/HTTP collector on a free port of 127.0.0.1: `POST /v1/traces` and `/v1/metrics`
/// with protobuf bodies (`application/x-protobuf`, as `protocol = "binary"` and
/// opentelemetry-otlp's `http-proto` send), answered as a collector answers. Anything else
/// (JSON, another path, a body that does not decode) is refused with the status a collector
/// gives, and listed in [`refusals`](OtlpReceiver::refusals).
pub struct OtlpReceiver {
    endpoint: String,
    received: Arc<Mutex<Received>>,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for OtlpReceiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OtlpReceiver")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl Drop for OtlpReceiver {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl OtlpReceiver {
    /// Starts the receiver. Needs a tokio runtime.
    ///
    /// # Panics
    /// When no port can be bound.
    pub async fn start() -> Self {
        let received = Arc::new(Mutex::new(Received::default()));
        let app = Router::new()
            .route("/v1/traces", post(traces))
            .route("/v1/metrics", post(metrics))
            .fallback(|| async { StatusCode::NOT_FOUND })
            .with_state(Arc::clone(&received));
        let (port, server) = crate::serve_on_loopback(app, "the OTLP receiver").await;
        OtlpReceiver {
            endpoint: format!("http://127.0.0.1:{port}"),
            received,
            server,
        }
    }

    /// The collector's base URL (`http://127.0.0.1:PORT`), as `OTEL_EXPORTER_OTLP_ENDPOINT`
    /// takes it: the signals are under `/v1/traces` and `/v1/metrics`.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Every span received so far, in the order they came.
    pub fn spans(&self) -> Vec<ReceivedSpan> {
        self.lock().spans.clone()
    }

    /// The data points of every metric received so far, in the order they came (an
    /// exporter of cumulative metrics sends each point again at each export).
    pub fn metric_points(&self) -> Vec<ReceivedPoint> {
        self.lock().metrics.clone()
    }

    /// Every request body received so far, as it came (for asserting that some text never
    /// left a process).
    pub fn bodies(&self) -> Vec<Bytes> {
        self.lock().bodies.clone()
    }

    /// What was refused so far, and why.
    pub fn refusals(&self) -> Vec<String> {
        self.lock().refusals.clone()
    }

    /// Waits until the spans received pass `done`, for at most `patience`; returns the spans
    /// then, or `Err` with those received so far.
    ///
    /// # Errors
    /// When `patience` runs out first.
    pub async fn wait_for_spans(
        &self,
        patience: Duration,
        done: impl Fn(&[ReceivedSpan]) -> bool,
    ) -> Result<Vec<ReceivedSpan>, Vec<ReceivedSpan>> {
        let deadline = tokio::time::Instant::now() + patience;
        loop {
            let spans = self.spans();
            if done(&spans) {
                return Ok(spans);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(spans);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Received> {
        self.received.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

type Shared = State<Arc<Mutex<Received>>>;

/// The body of an export, when it is protobuf; else the refusal a collector gives.
fn protobuf_body(
    received: &Mutex<Received>,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(), StatusCode> {
    let mut received = received.lock().unwrap_or_else(PoisonError::into_inner);
    received.bodies.push(body.clone());
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    if content_type != "application/x-protobuf" {
        received.refusals.push(format!(
            "content type {content_type:?}: only protobuf is decoded"
        ));
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    if let Some(encoding) = headers.get(header::CONTENT_ENCODING) {
        received
            .refusals
            .push(format!("content encoding {encoding:?}: not decoded"));
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    Ok(())
}

async fn traces(State(received): Shared, headers: HeaderMap, body: Bytes) -> StatusCode {
    if let Err(status) = protobuf_body(&received, &headers, &body) {
        return status;
    }
    let mut received = received.lock().unwrap_or_else(PoisonError::into_inner);
    let request = match ExportTraceServiceRequest::decode(body) {
        Ok(request) => request,
        Err(err) => {
            received.refusals.push(format!("a trace export: {err}"));
            return StatusCode::BAD_REQUEST;
        }
    };
    for resource in request.resource_spans {
        let attributes = resource.resource.map(|r| r.attributes).unwrap_or_default();
        let service_name = attributes_of(&attributes)
            .remove("service.name")
            .and_then(|name| name.as_str().map(str::to_owned));
        for scope in resource.scope_spans {
            let scope_name = scope.scope.map(|s| s.name).unwrap_or_default();
            for span in scope.spans {
                received.spans.push(ReceivedSpan {
                    service_name: service_name.clone(),
                    scope: scope_name.clone(),
                    name: span.name,
                    trace_id: hex(&span.trace_id),
                    span_id: hex(&span.span_id),
                    parent_span_id: (!span.parent_span_id.is_empty())
                        .then(|| hex(&span.parent_span_id)),
                    attributes: attributes_of(&span.attributes),
                });
            }
        }
    }
    StatusCode::OK
}

async fn metrics(State(received): Shared, headers: HeaderMap, body: Bytes) -> StatusCode {
    if let Err(status) = protobuf_body(&received, &headers, &body) {
        return status;
    }
    let mut received = received.lock().unwrap_or_else(PoisonError::into_inner);
    match ExportMetricsServiceRequest::decode(body) {
        Ok(request) => {
            let metrics = request
                .resource_metrics
                .into_iter()
                .flat_map(|r| r.scope_metrics)
                .flat_map(|s| s.metrics);
            for metric in metrics {
                received.metrics.extend(points_of(metric));
            }
            StatusCode::OK
        }
        Err(err) => {
            received.refusals.push(format!("a metrics export: {err}"));
            StatusCode::BAD_REQUEST
        }
    }
}

/// The points of a sum, a gauge or a histogram (other kinds give none).
fn points_of(metric: Metric) -> Vec<ReceivedPoint> {
    let name = metric.name;
    let number = |point: NumberDataPoint| ReceivedPoint {
        metric: name.clone(),
        attributes: attributes_of(&point.attributes),
        value: match point.value {
            Some(number_data_point::Value::AsDouble(value)) => value,
            #[allow(clippy::cast_precision_loss)]
            Some(number_data_point::Value::AsInt(value)) => value as f64,
            None => 0.0,
        },
        count: None,
    };
    match metric.data {
        Some(metric::Data::Sum(sum)) => sum.data_points.into_iter().map(number).collect(),
        Some(metric::Data::Gauge(gauge)) => gauge.data_points.into_iter().map(number).collect(),
        Some(metric::Data::Histogram(histogram)) => histogram
            .data_points
            .into_iter()
            .map(|point| ReceivedPoint {
                metric: name.clone(),
                attributes: attributes_of(&point.attributes),
                value: point.sum.unwrap_or_default(),
                count: Some(point.count),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn attributes_of(attributes: &[KeyValue]) -> BTreeMap<String, Value> {
    attributes
        .iter()
        .map(|kv| (kv.key.clone(), kv.value.as_ref().map_or(Value::Null, json)))
        .collect()
}

fn json(value: &AnyValue) -> Value {
    match &value.value {
        Some(any_value::Value::StringValue(s)) => Value::from(s.as_str()),
        Some(any_value::Value::BoolValue(b)) => Value::from(*b),
        Some(any_value::Value::IntValue(i)) => Value::from(*i),
        Some(any_value::Value::DoubleValue(d)) => Value::from(*d),
        Some(any_value::Value::ArrayValue(array)) => {
            Value::Array(array.values.iter().map(json).collect())
        }
        Some(any_value::Value::KvlistValue(list)) => {
            Value::Object(attributes_of(&list.values).into_iter().collect())
        }
        Some(any_value::Value::BytesValue(bytes)) => Value::from(hex(bytes)),
        _ => Value::Null,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::OtlpReceiver;

    /// A JSON export, as `protocol = "json"` sends it, is refused with 415 and listed.
    #[tokio::test]
    async fn what_it_cannot_decode_is_refused_and_listed() {
        let receiver = OtlpReceiver::start().await;
        let address = receiver.endpoint().trim_start_matches("http://").to_owned();
        let mut stream = tokio::net::TcpStream::connect(&address)
            .await
            .expect("connect");
        let request = "POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                       Content-Length: 2\r\nConnection: close\r\n\r\n{}";
        stream.write_all(request.as_bytes()).await.expect("send");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.expect("read");
        assert!(answer.starts_with("HTTP/1.1 415"), "{answer}");
        let refusals = receiver.refusals();
        assert!(
            refusals.iter().any(|r| r.contains("only protobuf")),
            "{refusals:?}"
        );
        assert!(receiver.spans().is_empty());
    }
}
