//! A scripted model provider: an HTTP server on 127.0.0.1 that answers the app-server's
//! `/v1/models` and `/v1/responses` calls with replies a test writes, and records every
//! request so tests can assert on what the server sent to the model.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::StreamExt;
use serde_json::{Value, json};

/// One answer to a `POST /v1/responses`.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A streamed response (`text/event-stream`).
    Stream(SseScript),
    /// An HTTP error status with a JSON error body, and `retry-after` seconds if given.
    Status {
        /// The HTTP status.
        status: u16,
        /// The error message in the body.
        message: String,
        /// The `retry-after` header, in seconds.
        retry_after: Option<u64>,
    },
}

impl Reply {
    /// A stream with one assistant message.
    pub fn message(text: &str) -> Reply {
        Reply::Stream(SseScript::new().message(text))
    }

    /// HTTP 500 with `message`.
    pub fn server_error(message: &str) -> Reply {
        Reply::Status {
            status: 500,
            message: message.to_owned(),
            retry_after: None,
        }
    }

    /// HTTP 429 with `retry-after: SECONDS`.
    pub fn rate_limited(retry_after_secs: u64) -> Reply {
        Reply::Status {
            status: 429,
            message: "rate limited".to_owned(),
            retry_after: Some(retry_after_secs),
        }
    }
}

impl From<SseScript> for Reply {
    fn from(script: SseScript) -> Self {
        Reply::Stream(script)
    }
}

/// The events of one streamed response, built in the order the model would send them.
/// `response.created` comes first, `response.completed` last (unless the stream is cut).
#[derive(Debug, Clone)]
pub struct SseScript {
    id: String,
    events: Vec<Value>,
    cut_after: Option<usize>,
    stall_after: Option<usize>,
    pause: Option<(usize, Gate)>,
    delay: Duration,
    items: usize,
    /// Extra headers of the response, in order.
    headers: Vec<(String, String)>,
}

/// A gate a scripted stream waits at ([`SseScript::pause_after`]) until the test opens it:
/// for a turn that must still be running while the test does something, without timing.
#[derive(Debug, Clone)]
pub struct Gate(Arc<tokio::sync::watch::Sender<bool>>);

impl Default for Gate {
    fn default() -> Self {
        Gate(Arc::new(tokio::sync::watch::Sender::new(false)))
    }
}

impl Gate {
    /// A closed gate.
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens the gate: every stream waiting at it goes on (and any that reaches it later).
    pub fn open(&self) {
        self.0.send_replace(true);
    }

    /// Waits until the gate is open.
    async fn opened(&self) {
        let mut open = self.0.subscribe();
        // The sender lives in `self`, so the wait ends only when the gate opens.
        let _ = open.wait_for(|open| *open).await;
    }
}

impl Default for SseScript {
    fn default() -> Self {
        Self::new()
    }
}

impl SseScript {
    /// An empty response: `response.created`, then `response.completed`.
    pub fn new() -> Self {
        SseScript {
            id: "resp-1".to_owned(),
            events: Vec::new(),
            cut_after: None,
            stall_after: None,
            pause: None,
            delay: Duration::ZERO,
            items: 0,
            headers: Vec::new(),
        }
    }

    fn next_item_id(&mut self, kind: &str) -> String {
        self.items += 1;
        format!("{kind}-{}", self.items)
    }

    fn push(mut self, event: Value) -> Self {
        self.events.push(event);
        self
    }

    /// An assistant message sent whole.
    pub fn message(mut self, text: &str) -> Self {
        let id = self.next_item_id("msg");
        self.push(
            json!({"type": "response.output_item.done", "item": assistant_message(&id, text)}),
        )
    }

    /// An assistant message streamed as `deltas` (one `response.output_text.delta` each), then
    /// sent whole.
    pub fn streamed_message<I, S>(mut self, deltas: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let id = self.next_item_id("msg");
        let added = json!({"type": "message", "role": "assistant", "id": id, "content": []});
        self.events
            .push(json!({"type": "response.output_item.added", "output_index": 0, "item": added}));
        let mut text = String::new();
        for delta in deltas {
            let delta = delta.into();
            text.push_str(&delta);
            self.events.push(json!({
                "type": "response.output_text.delta", "item_id": id, "output_index": 0,
                "content_index": 0, "delta": delta
            }));
        }
        self.push(
            json!({"type": "response.output_item.done", "item": assistant_message(&id, &text)}),
        )
    }

    /// A reasoning item with a summary, streamed as one summary delta.
    pub fn reasoning(mut self, summary: &str) -> Self {
        let id = self.next_item_id("rs");
        let added = json!({"type": "reasoning", "id": id, "summary": []});
        self.events
            .push(json!({"type": "response.output_item.added", "output_index": 0, "item": added}));
        self.events.push(json!({
            "type": "response.reasoning_summary_text.delta", "item_id": id, "output_index": 0,
            "summary_index": 0, "delta": summary
        }));
        let done = json!({"type": "reasoning", "id": id, "summary": [{"type": "summary_text", "text": summary}]});
        self.push(json!({"type": "response.output_item.done", "item": done}))
    }

    /// A call of tool `name` with JSON `arguments`.
    pub fn function_call(mut self, call_id: &str, name: &str, arguments: &Value) -> Self {
        let id = self.next_item_id("fc");
        let item = json!({
            "type": "function_call", "id": id, "call_id": call_id, "name": name,
            "arguments": arguments.to_string()
        });
        self.push(json!({"type": "response.output_item.done", "item": item}))
    }

    /// An `exec_command` call that asks to run `command` outside the sandbox, so that an
    /// `on-request` approval policy asks the client first.
    pub fn exec_command(self, call_id: &str, command: &str) -> Self {
        let arguments = json!({
            "cmd": command, "sandbox_permissions": "require_escalated",
            "justification": "the test asks for it"
        });
        self.function_call(call_id, "exec_command", &arguments)
    }

    /// A file edit: `apply_patch` run through `exec_command` with `patch` (the
    /// `*** Begin Patch` format) as a heredoc; the server turns it into a `fileChange` item,
    /// and asks for approval first when the sandbox does not allow the write.
    pub fn apply_patch(self, call_id: &str, patch: &str) -> Self {
        let arguments = json!({"cmd": format!("apply_patch <<'EOF'\n{patch}\nEOF\n")});
        self.function_call(call_id, "exec_command", &arguments)
    }

    /// Ends the stream after `events` events (counting `response.created`), without
    /// `response.completed`: a connection cut in the middle.
    pub fn cut_after(mut self, events: usize) -> Self {
        self.cut_after = Some(events);
        self
    }

    /// Sends the first `events` events (counting `response.created`), then keeps the stream
    /// open and sends nothing more, ever: a model that stalls mid-answer. Only the client's
    /// own limits (a deadline, an idle timeout) or the end of the provider end the turn.
    pub fn stall_after(mut self, events: usize) -> Self {
        self.stall_after = Some(events);
        self
    }

    /// Sends the first `events` events (counting `response.created`), then waits until `gate`
    /// is opened before it sends the rest: a turn the test holds in the middle for as long as
    /// it needs, without sleeping.
    pub fn pause_after(mut self, events: usize, gate: &Gate) -> Self {
        self.pause = Some((events, gate.clone()));
        self
    }

    /// Sends the header `name: value` with the response, as the real API sends its own
    /// (`x-codex-primary-used-percent` and the other rate-limit headers, say).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Waits `delay` before each event: a slow stream.
    pub fn delay_each(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// The SSE events in order, `response.created` and `response.completed` included.
    fn all_events(&self) -> Vec<Value> {
        let mut events = Vec::with_capacity(self.events.len() + 2);
        events.push(json!({"type": "response.created", "response": {"id": self.id}}));
        events.extend(self.events.iter().cloned());
        events.push(
            json!({"type": "response.completed", "response": {"id": self.id, "usage": {
                "input_tokens": 10, "input_tokens_details": null, "output_tokens": 5,
                "output_tokens_details": null, "total_tokens": 15
            }}}),
        );
        if let Some(cut) = self.cut_after.into_iter().chain(self.stall_after).min() {
            events.truncate(cut);
        }
        events
    }
}

fn assistant_message(id: &str, text: &str) -> Value {
    json!({"type": "message", "role": "assistant", "id": id, "content": [{"type": "output_text", "text": text}]})
}

/// The largest request body taken (the real API takes far more than axum's 2 MB default).
const REQUEST_BODY_LIMIT: usize = 256 * 1024 * 1024;

/// Computes a reply from a request body, for requests with no queued reply.
pub type Responder = Arc<dyn Fn(&Value) -> Reply + Send + Sync>;

struct ProviderState {
    queue: Mutex<VecDeque<Reply>>,
    fallback: Mutex<Option<Responder>>,
    requests: Mutex<Vec<Value>>,
    refusals: Mutex<Vec<crate::validation::Refusal>>,
}

/// The running scripted provider; it stops when dropped.
pub struct ScriptedProvider {
    base_url: String,
    state: Arc<ProviderState>,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for ScriptedProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScriptedProvider")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl ScriptedProvider {
    /// Starts the provider on a free port of 127.0.0.1. Needs a tokio runtime.
    ///
    /// # Panics
    /// When no port can be bound.
    pub async fn start() -> Self {
        let state = Arc::new(ProviderState {
            queue: Mutex::new(VecDeque::new()),
            fallback: Mutex::new(None),
            requests: Mutex::new(Vec::new()),
            refusals: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route(
                "/v1/models",
                get(|| async { axum::Json(json!({"models": []})) }),
            )
            .route("/v1/responses", post(responses))
            // The real API takes large histories (a thread holding a 3 MB answer); axum's
            // default 2 MB body limit would refuse them.
            .layer(axum::extract::DefaultBodyLimit::max(REQUEST_BODY_LIMIT))
            .with_state(Arc::clone(&state));
        let (port, server) = crate::serve_on_loopback(app, "the scripted provider").await;
        ScriptedProvider {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            state,
            server,
        }
    }

    /// The base URL to give the app-server (`http://127.0.0.1:PORT/v1`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The requests refused so far, as the real API would refuse them.
    pub fn refusals(&self) -> Vec<crate::validation::Refusal> {
        lock(&self.state.refusals).clone()
    }

    /// Queues `reply` for the next `POST /v1/responses`.
    pub fn push(&self, reply: impl Into<Reply>) {
        lock(&self.state.queue).push_back(reply.into());
    }

    /// Answers requests that find the queue empty with `responder(body)`. Without one they get
    /// HTTP 500 "no scripted reply left", which fails the turn loudly.
    pub fn respond_with(&self, responder: impl Fn(&Value) -> Reply + Send + Sync + 'static) {
        *lock(&self.state.fallback) = Some(Arc::new(responder));
    }

    /// The JSON bodies of every `POST /v1/responses` so far, oldest first.
    pub fn requests(&self) -> Vec<Value> {
        lock(&self.state.requests).clone()
    }

    /// The JSON body of the last `POST /v1/responses`, if any came.
    pub fn last_request(&self) -> Option<Value> {
        lock(&self.state.requests).last().cloned()
    }

    /// The last user text the model was sent (in the last request).
    pub fn last_user_text(&self) -> Option<String> {
        last_user_text(&self.last_request()?)
    }

    /// The names of the tools the model was offered in the last request (built-in ones, such
    /// as `shell`, and the app's dynamic tools alike).
    pub fn tools_offered(&self) -> Vec<String> {
        self.last_request()
            .map(|request| tools_offered(&request))
            .unwrap_or_default()
    }

    /// What the server sent back to the model for the tool call `call_id`, as text: the
    /// output of a dynamic tool, of a command the model ran (`exec_command`, `shell`), of an
    /// `apply_patch`, ... from the first later request that carries it (see
    /// [`tool_output_value`](ScriptedProvider::tool_output_value) for where it is read).
    /// An output made of content items (text and images) gives its texts, one a line.
    /// `None` while no request carries it.
    pub fn tool_output(&self, call_id: &str) -> Option<String> {
        self.tool_output_value(call_id)
            .map(|output| output_text(&output))
    }

    /// What the server sent back to the model for the tool call `call_id`, as sent: the
    /// `output` of the `*_call_output` input item (`function_call_output`,
    /// `custom_tool_call_output`, ...) whose `call_id` is `call_id`, in the first request
    /// that has one: a string, or an array of content items (`input_text`, `input_image`).
    pub fn tool_output_value(&self, call_id: &str) -> Option<Value> {
        lock(&self.state.requests)
            .iter()
            .find_map(|body| tool_output_in(body, call_id))
    }

    /// The JSON schema the last request asked the answer to follow (a turn's output schema, as
    /// `run_json` sends it), if it asked for one.
    pub fn output_schema(&self) -> Option<Value> {
        let request = self.last_request()?;
        let format = &request["text"]["format"];
        (format["type"] == "json_schema").then(|| format["schema"].clone())
    }

    /// The `config.toml` that points an app-server at this provider with the given approval
    /// policy (`never`, `on-request`, ...), a read-only sandbox and no retries.
    pub fn config_toml(&self, approval_policy: &str) -> String {
        format!(
            "model = \"mock-model\"\nmodel_provider = \"mock\"\napproval_policy = \"{approval_policy}\"\n\
             sandbox_mode = \"read-only\"\n\n[model_providers.mock]\nname = \"mock\"\n\
             base_url = \"{}\"\nwire_api = \"responses\"\nrequest_max_retries = 0\n\
             stream_max_retries = 0\n",
            self.base_url
        )
    }
}

impl Drop for ScriptedProvider {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A test that panicked while holding the lock already failed; keep serving the rest.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The last user text in a `/v1/responses` body, for responders that echo it.
pub fn last_user_text(body: &Value) -> Option<String> {
    let input = body.get("input")?.as_array()?;
    input
        .iter()
        .rev()
        .filter(|item| item["role"] == "user")
        .find_map(|item| {
            item["content"]
                .as_array()?
                .iter()
                .rev()
                .find_map(|part| part["text"].as_str().map(str::to_owned))
        })
}

/// The `output` of the input item in a `/v1/responses` body that answers tool call
/// `call_id` (its type ends in `_call_output`: `function_call_output`,
/// `custom_tool_call_output`, ...), as [`ScriptedProvider::tool_output_value`] reads it.
pub fn tool_output_in(body: &Value, call_id: &str) -> Option<Value> {
    body.get("input")?.as_array()?.iter().find_map(|item| {
        let answers = item["call_id"] == call_id
            && item["type"]
                .as_str()
                .is_some_and(|kind| kind.ends_with("_call_output"));
        answers.then(|| item["output"].clone())
    })
}

/// The text of a tool call's `output`: the string itself, or the `text` of each content
/// item, one a line.
fn output_text(output: &Value) -> String {
    match output {
        Value::String(text) => text.clone(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| item["text"].as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}

/// The names of the tools a `/v1/responses` body offers the model.
pub fn tools_offered(body: &Value) -> Vec<String> {
    body["tools"]
        .as_array()
        .map(|tools| {
            tools
                .iter()
                .filter_map(|tool| tool["name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

async fn responses(State(state): State<Arc<ProviderState>>, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body)
        .unwrap_or_else(|_| json!({"unparsed": String::from_utf8_lossy(&body)}));
    // What the real API refuses is refused here too, before any scripted reply is used.
    if let Err(refusal) = crate::validation::validate_request(&body) {
        lock(&state.requests).push(body);
        lock(&state.refusals).push(refusal.clone());
        return refusal_response(&refusal);
    }
    let queued = lock(&state.queue).pop_front();
    let reply = queued.or_else(|| {
        let fallback = lock(&state.fallback).clone();
        fallback.map(|responder| responder(&body))
    });
    lock(&state.requests).push(body);
    match reply {
        Some(Reply::Stream(script)) => stream_response(&script),
        Some(Reply::Status {
            status,
            message,
            retry_after,
        }) => error_response(status, &message, retry_after),
        None => error_response(500, "no scripted reply left", None),
    }
}

/// HTTP 400 with the `error` object the real API sends for a request it refuses.
pub(crate) fn refusal_response(refusal: &crate::validation::Refusal) -> Response {
    let body = json!({"error": {
        "message": refusal.message, "type": "invalid_request_error",
        "param": refusal.param, "code": refusal.code
    }});
    (StatusCode::BAD_REQUEST, axum::Json(body)).into_response()
}

fn error_response(status: u16, message: &str, retry_after: Option<u64>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (
        status,
        axum::Json(json!({"error": {"message": message, "type": "scripted"}})),
    )
        .into_response();
    if let Some(seconds) = retry_after
        && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn stream_response(script: &SseScript) -> Response {
    let frames: Vec<Bytes> = script
        .all_events()
        .into_iter()
        .map(|event| {
            let kind = event["type"].as_str().unwrap_or("message").to_owned();
            Bytes::from(format!("event: {kind}\ndata: {event}\n\n"))
        })
        .collect();
    let delay = script.delay;
    let stalls = script.stall_after.is_some();
    let pause = script.pause.clone();
    let body = if delay.is_zero() && !stalls && pause.is_none() {
        Body::from(frames.concat())
    } else {
        let frames = frames.into_iter().enumerate();
        let stream = futures_util::stream::unfold(frames, move |mut frames| {
            let pause = pause.clone();
            async move {
                let (at, frame) = frames.next()?;
                if let Some((events, gate)) = pause
                    && at == events
                {
                    gate.opened().await;
                }
                tokio::time::sleep(delay).await;
                Some((Ok::<_, Infallible>(frame), frames))
            }
        });
        if stalls {
            // The frames, then a body that never ends.
            Body::from_stream(stream.chain(futures_util::stream::pending()))
        } else {
            Body::from_stream(stream)
        }
    };
    let mut response = Response::builder().header(header::CONTENT_TYPE, "text/event-stream");
    for (name, value) in &script.headers {
        response = response.header(name.as_str(), value.as_str());
    }
    response
        .body(body)
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}
