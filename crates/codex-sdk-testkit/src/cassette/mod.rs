//! Model cassettes (feature `cassette`): run an agent once against a real model provider
//! through a recording proxy, keep what the model said in a file, and replay it offline in
//! every later run, against the real app-server.
//!
//! A [`CassetteProvider`] is the app-server's model provider, like the scripted one. In
//! [`CassetteMode::Record`] it forwards every request to an [`Upstream`] and writes each
//! exchange (the streamed answer whole) to the cassette; in [`CassetteMode::Replay`] it
//! answers from the cassette, in order, with no upstream, after checking each request
//! against the recorded one on what matters (see [`matching`]). The file format is in
//! [`format`](mod@format).

pub mod format;
pub mod matching;
mod upstream;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use regex::Regex;
use serde_json::{Value, json};

pub use format::{Cassette, Interaction, RecordedRequest, RecordedResponse};
pub use matching::Mismatch;
pub use upstream::{DEFAULT_UPSTREAM_TIMEOUT, Upstream};

/// The environment variable that picks the mode: `replay` (the default), `record` or
/// `record-missing`.
pub const CASSETTE_MODE_ENV: &str = "CODEX_CASSETTE";

/// What a [`CassetteProvider`] does with its cassette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CassetteMode {
    /// Answer from the cassette, with no upstream; a missing cassette is an error.
    Replay,
    /// Forward to the upstream and write a new cassette (replacing the old one).
    Record,
    /// Replay when the cassette exists, record it when it does not.
    RecordMissing,
}

impl CassetteMode {
    /// The mode [`CASSETTE_MODE_ENV`] names; [`Replay`](CassetteMode::Replay) when unset.
    ///
    /// # Errors
    /// When it names no mode (the message lists them).
    pub fn from_env() -> Result<Self, CassetteError> {
        Self::parse(std::env::var(CASSETTE_MODE_ENV).ok().as_deref())
    }

    /// The mode a value of [`CASSETTE_MODE_ENV`] names (`None`: unset).
    ///
    /// # Errors
    /// When it names no mode (the message lists them).
    pub fn parse(value: Option<&str>) -> Result<Self, CassetteError> {
        match value {
            None | Some("" | "replay") => Ok(CassetteMode::Replay),
            Some("record") => Ok(CassetteMode::Record),
            Some("record-missing") => Ok(CassetteMode::RecordMissing),
            Some(other) => Err(CassetteError::new(format!(
                "{CASSETTE_MODE_ENV}={other:?} is no mode: use replay (the default), record or record-missing"
            ))),
        }
    }
}

/// Why a cassette could not be used, saying what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CassetteError {
    message: String,
}

impl CassetteError {
    fn new(message: impl Into<String>) -> Self {
        CassetteError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for CassetteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CassetteError {}

/// How a cassette is recorded and matched.
#[derive(Debug, Clone, Default)]
pub struct CassetteOptions {
    redact: Vec<Regex>,
    ignore: Vec<String>,
    model: Option<String>,
}

impl CassetteOptions {
    /// The defaults: no pattern redacted beyond the upstream's key, the default comparison
    /// (see [`matching`]), the model `mock-model` (or `CODEX_CASSETTE_MODEL`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces every match of `pattern` with `[REDACTED]` in what is written (requests and
    /// answers alike), and in each request before it is compared on replay.
    #[must_use]
    pub fn redact(mut self, pattern: Regex) -> Self {
        self.redact.push(pattern);
        self
    }

    /// Leaves the member at `pointer` (a JSON pointer into the compared view of a request,
    /// such as `/tools` or `/input/0`) out of the comparison.
    #[must_use]
    pub fn ignore(mut self, pointer: impl Into<String>) -> Self {
        self.ignore.push(pointer.into());
        self
    }

    /// The model the app-server asks for (a real one when recording against a real API).
    #[must_use]
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = Some(model.into());
        self
    }
}

/// The app-server's model provider, on a free port of 127.0.0.1, recording to or replaying
/// from a cassette file. Finish it with [`finish`](CassetteProvider::finish).
pub struct CassetteProvider {
    base_url: String,
    mode: CassetteMode,
    path: PathBuf,
    model: String,
    state: Arc<Mutex<ProviderState>>,
    server: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for CassetteProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CassetteProvider")
            .field("base_url", &self.base_url)
            .field("mode", &self.mode)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

struct ProviderState {
    /// Replay: the interactions still to give. Record: the ones recorded so far.
    interactions: Vec<Interaction>,
    /// Replay: how many were given.
    next: usize,
    upstream: Option<Upstream>,
    redact: Vec<Regex>,
    ignore: Vec<String>,
    mismatches: Vec<Mismatch>,
    /// The codex version the cassette was recorded with, for the mismatch message.
    recorded_with: String,
    requests: Vec<Value>,
}

impl Drop for CassetteProvider {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl CassetteProvider {
    /// Starts the provider on cassette `path` in `mode`; `upstream` is where a recording
    /// forwards to (needed to record, unused on replay). Needs a tokio runtime.
    ///
    /// # Errors
    /// When replaying a cassette that does not exist or does not read (the message says how
    /// to record it), or recording with no upstream.
    ///
    /// # Panics
    /// When no port can be bound.
    pub async fn start(
        path: impl Into<PathBuf>,
        mode: CassetteMode,
        upstream: Option<Upstream>,
        options: CassetteOptions,
    ) -> Result<Self, CassetteError> {
        let path = path.into();
        let mode = match mode {
            CassetteMode::RecordMissing if path.exists() => CassetteMode::Replay,
            CassetteMode::RecordMissing => CassetteMode::Record,
            other => other,
        };
        let (interactions, recorded_with) = match mode {
            CassetteMode::Replay => {
                let cassette = Cassette::read(&path)?;
                (cassette.interactions, cassette.codex_version)
            }
            _ => {
                if upstream.is_none() {
                    return Err(CassetteError::new(
                        "recording a cassette needs an upstream provider: give one (Upstream::from_env reads OPENAI_API_KEY and CODEX_CASSETTE_UPSTREAM)",
                    ));
                }
                (Vec::new(), String::new())
            }
        };
        let mut redact = options.redact;
        if let Some(key) = upstream.as_ref().and_then(Upstream::key) {
            redact.push(
                Regex::new(&regex::escape(key)).map_err(|e| CassetteError::new(e.to_string()))?,
            );
        }
        let state = Arc::new(Mutex::new(ProviderState {
            interactions,
            next: 0,
            upstream,
            redact,
            ignore: options.ignore,
            mismatches: Vec::new(),
            recorded_with,
            requests: Vec::new(),
        }));
        let app = if mode == CassetteMode::Replay {
            Router::new().fallback(replay)
        } else {
            Router::new().fallback(record)
        };
        let app = app
            .layer(axum::extract::DefaultBodyLimit::max(256 * 1024 * 1024))
            .with_state(Arc::clone(&state));
        let (port, server) = crate::serve_on_loopback(app, "the cassette provider").await;
        let model = options
            .model
            .or_else(|| std::env::var("CODEX_CASSETTE_MODEL").ok())
            .unwrap_or_else(|| "mock-model".to_owned());
        Ok(CassetteProvider {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            mode,
            path,
            model,
            state,
            server,
        })
    }

    /// Starts the provider on cassette `path`, in the mode [`CASSETTE_MODE_ENV`] picks and
    /// with [`Upstream::from_env`].
    ///
    /// # Errors
    /// As [`start`](Self::start), and when the variable names no mode or the upstream's URL
    /// is not one.
    pub async fn from_env(
        path: impl Into<PathBuf>,
        options: CassetteOptions,
    ) -> Result<Self, CassetteError> {
        Self::start(
            path,
            CassetteMode::from_env()?,
            Upstream::from_env()?,
            options,
        )
        .await
    }

    /// The base URL to give the app-server (`http://127.0.0.1:PORT/v1`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// What this provider does: [`Record`](CassetteMode::Record) or
    /// [`Replay`](CassetteMode::Replay) (`RecordMissing` has become one of them).
    pub fn mode(&self) -> CassetteMode {
        self.mode
    }

    /// The `config.toml` that points an app-server at this provider with `approval_policy`,
    /// as [`ScriptedProvider::config_toml`](crate::ScriptedProvider::config_toml) does.
    pub fn config_toml(&self, approval_policy: &str) -> String {
        format!(
            "model = \"{}\"\nmodel_provider = \"cassette\"\napproval_policy = \"{approval_policy}\"\n\
             sandbox_mode = \"read-only\"\n\n[model_providers.cassette]\nname = \"cassette\"\n\
             base_url = \"{}\"\nwire_api = \"responses\"\nrequest_max_retries = 0\n\
             stream_max_retries = 0\n",
            self.model, self.base_url
        )
    }

    /// The requests the app-server sent so far (`/v1/responses` bodies, redacted).
    pub fn requests(&self) -> Vec<Value> {
        lock(&self.state).requests.clone()
    }

    /// The replayed requests that did not match the cassette so far.
    pub fn mismatches(&self) -> Vec<Mismatch> {
        lock(&self.state).mismatches.clone()
    }

    /// Ends the recording or the replay. Recording: writes the cassette (with the pinned
    /// codex version). Replay: checks that every request matched and every recorded one
    /// was asked for.
    ///
    /// # Errors
    /// A mismatch (with its diff), interactions left unasked, or a cassette that could not
    /// be written.
    pub fn finish(self) -> Result<(), CassetteError> {
        let state = lock(&self.state);
        match self.mode {
            CassetteMode::Replay => {
                if let Some(mismatch) = state.mismatches.first() {
                    return Err(CassetteError::new(mismatch.to_string()));
                }
                let left = state.interactions.len().saturating_sub(state.next);
                if left > 0 {
                    return Err(CassetteError::new(format!(
                        "{left} of the {} recorded requests were never sent (the agent stopped early, or asks less than when {} was recorded)",
                        state.interactions.len(),
                        self.path.display()
                    )));
                }
                Ok(())
            }
            _ => Cassette::new(state.interactions.clone()).write(&self.path),
        }
    }
}

fn lock(state: &Mutex<ProviderState>) -> std::sync::MutexGuard<'_, ProviderState> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The request's path below `/v1`, as the upstream's base takes it (`responses`, `models`).
fn relative_path(uri: &Uri) -> String {
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    path.strip_prefix("/v1")
        .unwrap_or(path)
        .trim_start_matches('/')
        .to_owned()
}

fn parse_body(body: &Bytes) -> Option<Value> {
    (!body.is_empty()).then(|| {
        serde_json::from_slice(body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
    })
}

async fn record(
    State(state): State<Arc<Mutex<ProviderState>>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response {
    let path = relative_path(&uri);
    let (upstream, redact) = {
        let state = lock(&state);
        (state.upstream.clone(), state.redact.clone())
    };
    let Some(upstream) = upstream else {
        return (StatusCode::BAD_GATEWAY, "no upstream").into_response();
    };
    let answer = match upstream.send(&method, &path, body.clone()).await {
        Ok(answer) => answer,
        Err(err) => {
            return (
                StatusCode::BAD_GATEWAY,
                format!("the upstream failed: {err}"),
            )
                .into_response();
        }
    };
    let request = RecordedRequest {
        method: method.to_string(),
        path,
        body: parse_body(&body)
            .map(|body| format::redacted(format::without_instructions(body), &redact)),
    };
    let response = RecordedResponse::from_http(
        answer.status,
        answer.content_type.clone(),
        &answer.body,
        &redact,
    );
    let mut state = lock(&state);
    if let Some(body) = &request.body {
        state.requests.push(body.clone());
    }
    state.interactions.push(Interaction { request, response });
    drop(state);
    let mut reply = Response::new(Body::from(answer.body));
    *reply.status_mut() = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::BAD_GATEWAY);
    if let Some(kind) = answer.content_type.and_then(|t| t.parse().ok()) {
        reply.headers_mut().insert(header::CONTENT_TYPE, kind);
    }
    reply
}

async fn replay(
    State(state): State<Arc<Mutex<ProviderState>>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response {
    let path = relative_path(&uri);
    let mut state = lock(&state);
    let body = parse_body(&body).map(|body| format::redacted(body, &state.redact));
    // What the real API refuses is refused here too.
    if path == "responses"
        && let Some(body) = &body
    {
        state.requests.push(body.clone());
        if let Err(refusal) = crate::validation::validate_request(body) {
            return crate::provider::refusal_response(&refusal);
        }
    }
    let at = state.next;
    let Some(recorded) = state.interactions.get(at).cloned() else {
        let mismatch = Mismatch::extra(at, &method, &path);
        state.mismatches.push(mismatch.clone());
        return mismatch_response(&mismatch);
    };
    let sent = RecordedRequest {
        method: method.to_string(),
        path,
        body,
    };
    if let Some(mismatch) = matching::compare(
        at,
        &recorded.request,
        &sent,
        &state.ignore,
        &state.recorded_with,
    ) {
        state.mismatches.push(mismatch.clone());
        return mismatch_response(&mismatch);
    }
    state.next += 1;
    recorded.response.to_http()
}

/// A mismatch, answered as the real API answers a request it refuses (HTTP 400), with the
/// diff as its message: the turn fails with it.
fn mismatch_response(mismatch: &Mismatch) -> Response {
    let answer = json!({"error": {
        "message": mismatch.to_string(), "type": "invalid_request_error",
        "param": null, "code": "cassette_mismatch"
    }});
    (StatusCode::BAD_REQUEST, axum::Json(answer)).into_response()
}

/// Where a test keeps its cassettes: `<crate>/tests/cassettes/<name>.json`.
pub fn cassette_path(manifest_dir: &str, name: &str) -> PathBuf {
    Path::new(manifest_dir)
        .join("tests/cassettes")
        .join(format!("{name}.json"))
}

#[cfg(test)]
mod tests;
