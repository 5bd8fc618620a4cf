//! How a replayed request is checked against the recorded one: on what the agent decides,
//! not on what legitimately varies from run to run.
//!
//! A `/v1/responses` body is compared through a view of it: the `model`, the tools offered
//! (`tools`: each one's type, name, description and parameters), the output schema
//! (`text.format`), `tool_choice`, and the `input` items, each by its `type`, `role`, text,
//! tool name, arguments, call id and output. Left out: codex's own instructions
//! (`instructions`, and `developer` and `system` messages, which change across codex
//! versions), its context blocks in user messages (text that starts with `<`, such as
//! `<environment_context>` with the run's folder and date), item ids, the `Chunk ID` and
//! `Wall time` lines codex puts in a command's output, and everything else of the body
//! (`prompt_cache_key` is the thread id, and so on). A schema's `required` list is compared
//! as a set.
//! [`CassetteOptions::ignore`](super::CassetteOptions::ignore) leaves more out. Other
//! requests (`/v1/models`) are compared by method and path.

use axum::http::Method;
use regex::Regex;
use serde_json::{Map, Value, json};

use super::format::RecordedRequest;

/// A replayed request that differs from the recorded one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mismatch {
    /// Which request of the replay (0 for the first).
    pub index: usize,
    /// What differs, a line per difference: the member's JSON pointer, what the cassette
    /// has and what the agent sent.
    pub differences: Vec<String>,
    /// The codex release the cassette was recorded with, when it is not the pinned one.
    pub recorded_with: Option<String>,
}

impl Mismatch {
    /// A request past the end of the cassette.
    pub(crate) fn extra(index: usize, method: &Method, path: &str) -> Self {
        Mismatch {
            index,
            differences: vec![format!(
                "the cassette has no request {index}: the agent sent one more ({method} {path})"
            )],
            recorded_with: None,
        }
    }
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "request {} does not match the cassette:", self.index)?;
        for difference in &self.differences {
            write!(f, "\n  {difference}")?;
        }
        if let Some(version) = &self.recorded_with {
            write!(
                f,
                "\n(the cassette was recorded with codex {version}, this is codex {}: record it again if the requests changed with it)",
                codex_sdk::protocol::PINNED_CODEX_VERSION
            )?;
        }
        Ok(())
    }
}

/// `None` when `sent` matches `recorded`; else what differs.
pub(crate) fn compare(
    index: usize,
    recorded: &RecordedRequest,
    sent: &RecordedRequest,
    ignore: &[String],
    recorded_with: &str,
) -> Option<Mismatch> {
    let mut differences = Vec::new();
    if recorded.method != sent.method || path_of(&recorded.path) != path_of(&sent.path) {
        differences.push(format!(
            "the request: the cassette has {} {}, the agent sent {} {}",
            recorded.method, recorded.path, sent.method, sent.path
        ));
    } else if path_of(&sent.path) == "responses" {
        let mut expected = view(recorded.body.as_ref());
        let mut actual = view(sent.body.as_ref());
        for pointer in ignore {
            remove(&mut expected, pointer);
            remove(&mut actual, pointer);
        }
        diff("", &expected, &actual, &mut differences);
    }
    if differences.is_empty() {
        return None;
    }
    let pinned = codex_sdk::protocol::PINNED_CODEX_VERSION;
    Some(Mismatch {
        index,
        differences,
        recorded_with: (recorded_with != pinned).then(|| recorded_with.to_owned()),
    })
}

/// The path without its query (`models?client_version=...` is `models`).
fn path_of(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

/// The members of a `/v1/responses` body the comparison reads.
pub(crate) fn view(body: Option<&Value>) -> Value {
    let Some(body) = body else {
        return Value::Null;
    };
    let tools: Vec<Value> = body["tools"]
        .as_array()
        .map(|tools| {
            tools
                .iter()
                .map(|tool| pick(tool, &["type", "name", "description", "parameters"]))
                .collect()
        })
        .unwrap_or_default();
    let input: Vec<Value> = body["input"]
        .as_array()
        .map(|items| items.iter().filter_map(item_view).collect())
        .unwrap_or_default();
    let mut view = json!({
        "model": body["model"],
        "tools": tools,
        "text_format": body["text"]["format"],
        "tool_choice": body["tool_choice"],
        "input": input,
    });
    sort_required(&mut view);
    view
}

/// Sorts every schema's `required` list: a set, whose order follows the order of the type's
/// fields in one build and the alphabet in another (serde_json's `preserve_order` feature,
/// which a workspace may turn on for some builds only).
fn sort_required(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                if key == "required"
                    && let Value::Array(names) = member
                    && names.iter().all(Value::is_string)
                {
                    names.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                } else {
                    sort_required(member);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(sort_required),
        _ => {}
    }
}

/// An input item as compared; `None` for what codex writes itself.
fn item_view(item: &Value) -> Option<Value> {
    let role = item["role"].as_str();
    if matches!(role, Some("developer" | "system")) {
        return None;
    }
    let mut view = pick(
        item,
        &["type", "role", "name", "arguments", "call_id", "status"],
    );
    if let (Some(output), Value::Object(members)) = (item.get("output"), &mut view) {
        let output = match output {
            Value::String(text) => Value::String(steady_output(text)),
            other => other.clone(),
        };
        members.insert("output".to_owned(), output);
    }
    if let Some(content) = item["content"].as_array() {
        let texts: Vec<Value> = content
            .iter()
            .filter_map(|part| part["text"].as_str())
            .filter(|text| !(role == Some("user") && text.trim_start().starts_with('<')))
            .map(|text| Value::String(text.to_owned()))
            .collect();
        if texts.is_empty() && role == Some("user") {
            // Only codex's context blocks: its environment, instructions and the like.
            return None;
        }
        if let Value::Object(members) = &mut view {
            members.insert("text".to_owned(), Value::Array(texts));
        }
    }
    Some(view)
}

/// A command's output without what changes from run to run: codex's `Chunk ID: ...` and
/// `Wall time: ... seconds` lines.
fn steady_output(text: &str) -> String {
    static VARYING: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"(?m)^(Chunk ID|Wall time): .*$").expect("a valid pattern")
    });
    VARYING.replace_all(text, "$1: (varies)").into_owned()
}

fn pick(value: &Value, keys: &[&str]) -> Value {
    let members: Map<String, Value> = keys
        .iter()
        .filter_map(|key| value.get(*key).map(|v| ((*key).to_owned(), v.clone())))
        .collect();
    Value::Object(members)
}

/// Removes the member at JSON pointer `pointer`, if there is one.
fn remove(value: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let Some(parent) = value.pointer_mut(parent) else {
        return;
    };
    match parent {
        Value::Object(members) => {
            members.remove(last);
        }
        Value::Array(items) => {
            if let Ok(at) = last.parse::<usize>()
                && at < items.len()
            {
                items.remove(at);
            }
        }
        _ => {}
    }
}

/// Adds a line to `out` for each place `actual` differs from `expected`, named by its JSON
/// pointer.
fn diff(at: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let here = format!("{at}/{key}");
                match a.get(key) {
                    Some(other) => diff(&here, value, other, out),
                    None => out.push(format!(
                        "{here}: the cassette has {}, the agent sent none",
                        short(value)
                    )),
                }
            }
            for (key, value) in a {
                if !e.contains_key(key) {
                    out.push(format!(
                        "{at}/{key}: the cassette has none, the agent sent {}",
                        short(value)
                    ));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for (index, (x, y)) in e.iter().zip(a).enumerate() {
                diff(&format!("{at}/{index}"), x, y, out);
            }
            if e.len() != a.len() {
                out.push(format!(
                    "{at}: the cassette has {} items, the agent sent {}",
                    e.len(),
                    a.len()
                ));
            }
        }
        _ if expected != actual => out.push(format!(
            "{}: the cassette has {}, the agent sent {}",
            if at.is_empty() { "/" } else { at },
            short(expected),
            short(actual)
        )),
        _ => {}
    }
}

/// A value for a diff line, cut to a readable length.
fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= 200 {
        return text;
    }
    let cut: String = text.chars().take(200).collect();
    format!("{cut}...")
}
