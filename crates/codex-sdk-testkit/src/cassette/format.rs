//! The cassette file, version 1: one pretty-printed JSON document per test, readable in a
//! diff review.
//!
//! ```json
//! {
//!   "format": "codex-sdk-cassette",
//!   "version": 1,
//!   "codex_version": "0.171.0",
//!   "interactions": [
//!     {
//!       "request": { "method": "POST", "path": "responses", "body": { "model": "...", "input": [...] } },
//!       "response": { "status": 200, "content_type": "text/event-stream",
//!                     "events": [ { "event": "response.created", "data": { ... } }, ... ] }
//!     }
//!   ]
//! }
//! ```
//!
//! `path` is below the provider's base URL (`/v1`). A request's body is kept but for codex's
//! own instructions (`instructions`, `developer` and `system` messages: their length only). A streamed answer is kept whole as its
//! server-sent events, each event's `data` as JSON (as text when it is not JSON); any other
//! answer as `body` (JSON, or text). No header is kept: no `Authorization`, no key.

use std::path::Path;

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::Response;
use regex::Regex;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::CassetteError;

/// The `format` member of every cassette.
pub const FORMAT: &str = "codex-sdk-cassette";
/// The version of the format this test kit writes and reads.
pub const VERSION: u32 = 1;

/// What replaces a redacted match.
pub const REDACTED: &str = "[REDACTED]";

/// A cassette: the exchanges of one recording, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cassette {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format's version ([`VERSION`]).
    pub version: u32,
    /// The codex release the cassette was recorded with.
    pub codex_version: String,
    /// The exchanges, in the order they happened.
    pub interactions: Vec<Interaction>,
}

/// One request of the app-server to its model provider, and the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Interaction {
    /// What the app-server sent.
    pub request: RecordedRequest,
    /// What the provider answered.
    pub response: RecordedResponse,
}

/// A request as recorded (redacted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: String,
    /// The path below the provider's base URL (`responses`, `models?client_version=...`).
    pub path: String,
    /// The body, as JSON (as a string when it was not JSON); `None` when empty.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub body: Option<Value>,
}

/// An answer as recorded (redacted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordedResponse {
    /// The HTTP status.
    pub status: u16,
    /// The `content-type`, when the answer had one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub content_type: Option<String>,
    /// A streamed answer's events, whole.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub events: Option<Vec<SseEvent>>,
    /// Any other answer's body.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub body: Option<Value>,
}

/// One server-sent event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SseEvent {
    /// Its `event:` name, if it had one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub event: Option<String>,
    /// Its `data:`, as JSON (a string when it is not JSON).
    pub data: Value,
}

impl Cassette {
    /// A cassette of `interactions`, recorded with the pinned codex.
    pub fn new(interactions: Vec<Interaction>) -> Self {
        Cassette {
            format: FORMAT.to_owned(),
            version: VERSION,
            codex_version: codex_sdk::protocol::PINNED_CODEX_VERSION.to_owned(),
            interactions,
        }
    }

    /// Reads the cassette at `path`.
    ///
    /// # Errors
    /// When it does not exist (the message says how to record it), does not parse, or is
    /// of another format or version.
    pub fn read(path: &Path) -> Result<Self, CassetteError> {
        let text = std::fs::read_to_string(path).map_err(|err| {
            CassetteError::new(format!(
                "no cassette to replay at {} ({err}): record it once with {}=record (and \
                 OPENAI_API_KEY, or CODEX_CASSETTE_UPSTREAM for another provider), or \
                 {}=record-missing",
                path.display(),
                super::CASSETTE_MODE_ENV,
                super::CASSETTE_MODE_ENV
            ))
        })?;
        let cassette: Cassette = serde_json::from_str(&text).map_err(|err| {
            CassetteError::new(format!("{} is not a cassette: {err}", path.display()))
        })?;
        if cassette.format != FORMAT || cassette.version != VERSION {
            return Err(CassetteError::new(format!(
                "{} is a {:?} version {} file: this test kit reads {FORMAT:?} version {VERSION}",
                path.display(),
                cassette.format,
                cassette.version
            )));
        }
        Ok(cassette)
    }

    /// Writes the cassette to `path` (creating its folder), pretty-printed.
    ///
    /// # Errors
    /// When it cannot be written.
    pub fn write(&self, path: &Path) -> Result<(), CassetteError> {
        let failed = |err: std::io::Error| {
            CassetteError::new(format!("writing the cassette {}: {err}", path.display()))
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(failed)?;
        }
        let mut text = serde_json::to_string_pretty(self)
            .map_err(|err| CassetteError::new(err.to_string()))?;
        text.push('\n');
        std::fs::write(path, text).map_err(failed)
    }
}

impl RecordedResponse {
    /// An upstream answer as recorded: its events when it streamed, else its body.
    pub(crate) fn from_http(
        status: u16,
        content_type: Option<String>,
        body: &[u8],
        redact: &[Regex],
    ) -> Self {
        let text = String::from_utf8_lossy(body);
        let streamed = content_type
            .as_deref()
            .is_some_and(|kind| kind.starts_with("text/event-stream"));
        let (events, body) = if streamed {
            (Some(parse_events(&text, redact)), None)
        } else if text.is_empty() {
            (None, None)
        } else {
            let body =
                serde_json::from_str(&text).unwrap_or_else(|_| Value::String(text.into_owned()));
            (None, Some(redacted(body, redact)))
        };
        RecordedResponse {
            status,
            content_type,
            events,
            body,
        }
    }

    /// The answer to give again.
    pub(crate) fn to_http(&self) -> Response {
        let body = match (&self.events, &self.body) {
            (Some(events), _) => {
                let mut text = String::new();
                for event in events {
                    if let Some(name) = &event.event {
                        text.push_str(&format!("event: {name}\n"));
                    }
                    let data = match &event.data {
                        Value::String(data) => data.clone(),
                        data => data.to_string(),
                    };
                    for line in data.lines() {
                        text.push_str(&format!("data: {line}\n"));
                    }
                    text.push('\n');
                }
                text
            }
            (None, Some(Value::String(text))) => text.clone(),
            (None, Some(body)) => body.to_string(),
            (None, None) => String::new(),
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = StatusCode::from_u16(self.status).unwrap_or(StatusCode::OK);
        if let Some(kind) = self.content_type.as_deref().and_then(|t| t.parse().ok()) {
            response.headers_mut().insert(header::CONTENT_TYPE, kind);
        }
        response
    }
}

/// The events of a `text/event-stream` body.
fn parse_events(text: &str, redact: &[Regex]) -> Vec<SseEvent> {
    let normalized = text.replace("\r\n", "\n");
    normalized
        .split("\n\n")
        .filter(|block| !block.trim().is_empty())
        .map(|block| {
            let mut event = None;
            let mut data = Vec::new();
            for line in block.lines() {
                if let Some(name) = line.strip_prefix("event:") {
                    event = Some(name.trim().to_owned());
                } else if let Some(part) = line.strip_prefix("data:") {
                    data.push(part.strip_prefix(' ').unwrap_or(part));
                }
            }
            let data = data.join("\n");
            let data = serde_json::from_str(&data).unwrap_or(Value::String(data));
            SseEvent {
                event,
                data: redacted(data, redact),
            }
        })
        .collect()
}

/// A request body without codex's own instructions (tens of kilobytes in every request,
/// much the same in each, and left out of the comparison): of `instructions` and of the
/// texts of `developer` and `system` messages only the length is kept.
pub(crate) fn without_instructions(mut body: Value) -> Value {
    let shorten = |text: &mut Value| {
        if let Some(chars) = text.as_str().map(|t| t.chars().count()) {
            *text = Value::String(format!(
                "(codex's instructions, {chars} characters, not kept)"
            ));
        }
    };
    if let Some(instructions) = body.get_mut("instructions") {
        shorten(instructions);
    }
    let items = body.get_mut("input").and_then(Value::as_array_mut);
    for item in items.into_iter().flatten() {
        if !matches!(item["role"].as_str(), Some("developer" | "system")) {
            continue;
        }
        let parts = item.get_mut("content").and_then(Value::as_array_mut);
        for part in parts.into_iter().flatten() {
            if let Some(text) = part.get_mut("text") {
                shorten(text);
            }
        }
    }
    body
}

/// `value` with every match of `patterns` in its strings (keys too) replaced by
/// [`REDACTED`].
pub(crate) fn redacted(value: Value, patterns: &[Regex]) -> Value {
    if patterns.is_empty() {
        return value;
    }
    let text = |text: String| {
        patterns.iter().fold(text, |text, pattern| {
            pattern.replace_all(&text, REDACTED).into_owned()
        })
    };
    match value {
        Value::String(s) => Value::String(text(s)),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| redacted(v, patterns)).collect())
        }
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (text(k), redacted(v, patterns)))
                .collect(),
        ),
        other => other,
    }
}
