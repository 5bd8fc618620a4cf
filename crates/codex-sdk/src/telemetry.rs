//! The SDK's `tracing` spans: one per turn, and under it one per item, per dynamic tool call
//! and per approval, with the attribute names of OpenTelemetry's GenAI conventions where
//! one exists and `codex.*` elsewhere (the README's "Tracing" lists them).
//!
//! A turn's span is made where the turn is started, in the caller's span, and covers its
//! `turn/start` request. The rest is seen by the connection's task, which names turns by id
//! only: open turns are kept here by id, from the `turn/start` answer until `turn/completed`
//! (or until the turn's handle is dropped). No text of a prompt, an answer or a command goes
//! into a span.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use codex_protocol::{ServerNotification, ServerRequest, ThreadItem, ThreadTokenUsage};
use serde_json::Value;
use tracing::Span;
use tracing::field::Empty;

/// The spans of the turns in flight, by turn id (turn ids are unique across servers).
static OPEN_TURNS: LazyLock<Mutex<HashMap<String, OpenTurn>>> = LazyLock::new(Mutex::default);

/// A turn in flight: its span, the spans of its items in flight, and what it has used.
struct OpenTurn {
    span: Span,
    items: HashMap<String, Span>,
    /// The thread's input and output tokens before this turn, from its first usage report.
    tokens_before: Option<(i64, i64)>,
    /// For the metrics: the turn's own input and output tokens (from its last usage
    /// report), when its `turn/start` was sent, and the model it asked for.
    #[cfg_attr(not(feature = "opentelemetry"), allow(dead_code))]
    tokens: Option<(i64, i64)>,
    #[cfg_attr(not(feature = "opentelemetry"), allow(dead_code))]
    started: Instant,
    #[cfg_attr(not(feature = "opentelemetry"), allow(dead_code))]
    model: Option<String>,
}

fn open_turns() -> MutexGuard<'static, HashMap<String, OpenTurn>> {
    OPEN_TURNS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn turn_span(thread_id: &str, model: Option<&str>) -> Span {
    let span = tracing::info_span!(
        "turn",
        otel.name = "invoke_agent codex",
        gen_ai.operation.name = "invoke_agent",
        gen_ai.conversation.id = thread_id,
        gen_ai.request.model = Empty,
        codex.turn.id = Empty,
        codex.turn.status = Empty,
        gen_ai.usage.input_tokens = Empty,
        gen_ai.usage.output_tokens = Empty,
        error.type = Empty,
    );
    if let Some(model) = model {
        span.record("gen_ai.request.model", model);
    }
    span
}

/// What a turn's telemetry knows before its id: its span, when it was asked for, its model.
pub(crate) struct TurnStart {
    span: Span,
    started: Instant,
    model: Option<String>,
}

impl TurnStart {
    /// The span of a turn about to start on thread `thread_id` (with `model`, when the turn
    /// names one), a child of the caller's span.
    pub(crate) fn new(thread_id: &str, model: Option<&str>) -> Self {
        TurnStart {
            span: turn_span(thread_id, model),
            started: Instant::now(),
            model: model.map(str::to_owned),
        }
    }

    /// The turn's span, to start the turn in.
    pub(crate) fn span(&self) -> &Span {
        &self.span
    }

    /// Keeps the span as the span of turn `turn_id` until the turn completes (or
    /// [`close_turn`]).
    pub(crate) fn opened(self, turn_id: &str) {
        self.span.record("codex.turn.id", turn_id);
        // Nobody records the span, and no meter reads the turn without the feature.
        if self.span.is_disabled() && cfg!(not(feature = "opentelemetry")) {
            return;
        }
        let turn = OpenTurn {
            span: self.span,
            items: HashMap::new(),
            tokens_before: None,
            tokens: None,
            started: self.started,
            model: self.model,
        };
        open_turns().insert(turn_id.to_owned(), turn);
    }
}

/// Ends the span of turn `turn_id`, if it is still open: its handle is gone, and nothing more
/// of it will be read (its items still in flight end with it).
pub(crate) fn close_turn(turn_id: &str) {
    // Bound first, so that the spans close (and are exported) after the lock is let go.
    let closed = open_turns().remove(turn_id);
    drop(closed);
}

/// Records what `notification` says of an open turn: an item starting or completing, the
/// tokens used, the turn's end. Called for every notification of the connection: anything
/// else returns at once.
pub(crate) fn observe(notification: &ServerNotification) {
    match notification {
        ServerNotification::ItemStarted(started) => {
            let mut turns = open_turns();
            let Some(turn) = turns.get_mut(&started.turn_id) else {
                return;
            };
            let item = &started.item;
            let Some(id) = item.id() else { return };
            let span = tracing::info_span!(
                parent: &turn.span,
                "item",
                codex.item.type = item.kind(),
                codex.item.id = id,
                codex.item.status = Empty,
                codex.command.exit_code = Empty,
                codex.file_change.count = Empty,
            );
            turn.items.insert(id.to_owned(), span);
        }
        ServerNotification::ItemCompleted(completed) => {
            let mut turns = open_turns();
            let span = turns
                .get_mut(&completed.turn_id)
                .and_then(|turn| turn.items.remove(completed.item.id()?));
            // The span closes (and is exported) outside the lock.
            drop(turns);
            if let Some(span) = span {
                record_item(&span, &completed.item);
            }
        }
        ServerNotification::ThreadTokenUsageUpdated(update) => {
            if let Some(turn) = open_turns().get_mut(&update.turn_id) {
                record_tokens(turn, &update.token_usage);
            }
        }
        ServerNotification::TurnCompleted(completed) => {
            let Some(turn) = open_turns().remove(&completed.turn.id) else {
                return;
            };
            let done = &completed.turn;
            turn.span.record("codex.turn.status", done.status.as_str());
            #[cfg(feature = "opentelemetry")]
            crate::otel::metrics::turn_completed(
                turn.started.elapsed().as_secs_f64(),
                done.status.as_str(),
                turn.tokens,
                turn.model.as_deref(),
            );
            if let Some(error) = &done.error {
                let kind = error
                    .codex_error_info
                    .as_ref()
                    .map(crate::error::failure_kind);
                let kind = kind.map_or_else(|| "turn_failed".to_owned(), |(kind, _)| kind);
                turn.span.record("error.type", kind.as_str());
            }
        }
        _ => {}
    }
}

/// An item's outcome: its status, a command's exit code, a file change's file count.
fn record_item(span: &Span, item: &ThreadItem) {
    let status = match item {
        ThreadItem::CommandExecution {
            status, exit_code, ..
        } => {
            if let Some(code) = exit_code {
                span.record("codex.command.exit_code", code);
            }
            Some(status.as_str())
        }
        ThreadItem::FileChange {
            status, changes, ..
        } => {
            // As an i64: tracing-opentelemetry sends a `usize` or a `u64` as text.
            let count = i64::try_from(changes.len()).unwrap_or(i64::MAX);
            span.record("codex.file_change.count", count);
            Some(status.as_str())
        }
        ThreadItem::McpToolCall { status, .. } => Some(status.as_str()),
        ThreadItem::DynamicToolCall { status, .. } => Some(status.as_str()),
        _ => None,
    };
    span.record("codex.item.status", status.unwrap_or("completed"));
}

/// The turn's own input and output tokens: the thread's totals less what it had used before
/// the turn (its first report's totals less that report's last call).
fn record_tokens(turn: &mut OpenTurn, usage: &ThreadTokenUsage) {
    let (total, last) = (&usage.total, &usage.last);
    let (input_before, output_before) = *turn.tokens_before.get_or_insert((
        total.input_tokens - last.input_tokens,
        total.output_tokens - last.output_tokens,
    ));
    let used = (
        total.input_tokens - input_before,
        total.output_tokens - output_before,
    );
    turn.span.record("gen_ai.usage.input_tokens", used.0);
    turn.span.record("gen_ai.usage.output_tokens", used.1);
    turn.tokens = Some(used);
}

/// A server request's telemetry: its span and what it is about.
pub(crate) struct RequestTrace {
    span: Span,
    subject: Subject,
}

enum Subject {
    /// A dynamic tool call, of this tool.
    Tool(String),
    /// A question to the user, of this method.
    Approval(String),
}

/// The telemetry of a server request: a dynamic tool call (`execute_tool`) or a question to
/// the user (an approval, a user-input or elicitation request), its span under its turn's
/// span when the turn is open; `None` for other requests.
pub(crate) fn request_trace(request: &ServerRequest) -> Option<RequestTrace> {
    let turns = open_turns();
    let parent = |turn_id: &str| turns.get(turn_id).map(|turn| turn.span.id());
    let (span, subject) = match request {
        ServerRequest::ItemToolCall(call) => {
            let span = tracing::info_span!(
                parent: parent(&call.turn_id).unwrap_or_else(|| Span::current().id()),
                "execute_tool",
                otel.name = format!("execute_tool {}", call.tool),
                gen_ai.operation.name = "execute_tool",
                gen_ai.tool.type = "function",
                gen_ai.tool.name = call.tool.as_str(),
                gen_ai.tool.call.id = call.call_id.as_str(),
                codex.tool.outcome = Empty,
            );
            (span, Subject::Tool(call.tool.clone()))
        }
        request if crate::handler::asks_the_user(request) => {
            let turn = request.turn_id().and_then(parent).flatten();
            let span = tracing::info_span!(
                parent: turn.or_else(|| Span::current().id()),
                "approval",
                codex.approval.kind = request.method(),
                codex.approval.decision = Empty,
            );
            (span, Subject::Approval(request.method().to_owned()))
        }
        _ => return None,
    };
    Some(RequestTrace { span, subject })
}

impl RequestTrace {
    /// The span the request is answered in.
    pub(crate) fn span(&self) -> &Span {
        &self.span
    }

    /// Records the answer: a tool call's outcome (`success`, `failure`, or `error` when the
    /// handler failed), an approval's decision (the answer's `decision`, or `error`).
    pub(crate) fn answered(&self, answer: &Result<Value, codex_protocol::RpcError>) {
        match &self.subject {
            Subject::Tool(_tool) => {
                let outcome = match answer {
                    Err(_) => "error",
                    Ok(answer) if answer.get("success") == Some(&Value::Bool(false)) => "failure",
                    Ok(_) => "success",
                };
                self.span.record("codex.tool.outcome", outcome);
                #[cfg(feature = "opentelemetry")]
                crate::otel::metrics::tool_called(_tool, outcome);
            }
            Subject::Approval(_kind) => {
                let decision = answer.as_ref().map_or(Some("error"), decision);
                let decision = decision.unwrap_or("answered");
                self.span.record("codex.approval.decision", decision);
                #[cfg(feature = "opentelemetry")]
                crate::otel::metrics::approval_answered(_kind, decision);
            }
        }
    }
}

/// The decision an approval's answer gives: its `decision` (an answer with data, such as
/// `{"acceptWithExecpolicyAmendment": {...}}`, by its name), or an elicitation's `action`.
fn decision(answer: &Value) -> Option<&str> {
    match answer.get("decision") {
        Some(Value::String(decision)) => Some(decision),
        Some(Value::Object(decision)) => decision.keys().next().map(String::as_str),
        _ => answer.get("action").and_then(Value::as_str),
    }
}
