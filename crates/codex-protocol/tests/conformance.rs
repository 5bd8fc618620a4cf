//! Conformance on real traffic: every message recorded from the real app-server (see
//! `cargo xtask record-fixtures`) decodes into the typed envelope with nothing unknown, and
//! serializes back to the same JSON.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use codex_protocol::{
    ClientNotificationMessage, ClientRequest, ClientRequestMessage, ClientResponse, RpcError,
    ServerNotification, ServerNotificationMessage, ServerRequest, ServerRequestMessage,
    ServerResponse,
};
use serde::Deserialize;
use serde_json::Value;

/// One recorded line: who sent it and the message as it was on the wire.
#[derive(Deserialize)]
struct Recorded {
    from: String,
    message: Value,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "jsonl"))
        .collect();
    files.sort();
    files
}

/// Equal as JSON, where an absent member means the same as `null`, or as the empty default
/// (`false`, `[]`, `{}`) that a `#[serde(default)]` field takes when it is absent.
fn equivalent(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .all(|k| match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => equivalent(p, q),
                    (Some(v), None) | (None, Some(v)) => is_absent_default(v),
                    (None, None) => true,
                })
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| equivalent(p, q))
        }
        _ => a == b,
    }
}

fn is_absent_default(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => false,
    }
}

/// Fails if the typed value holds a catch-all anywhere: the pinned schema must know it all.
fn assert_nothing_unrecognized(what: &str, typed: &impl std::fmt::Debug) {
    let debug = format!("{typed:?}");
    assert!(
        !debug.contains("Unrecognized("),
        "{what} holds an Unrecognized value: {debug}"
    );
}

fn round_trip<T: serde::Serialize>(what: &str, typed: &T, original: &Value) {
    let back = serde_json::to_value(typed).unwrap_or_else(|e| panic!("{what}: serialize: {e}"));
    assert!(
        equivalent(&back, original),
        "{what}: round trip differs\n in:  {original}\n out: {back}"
    );
}

/// Decodes `text` as the transport does: from the line's text.
fn decode<T: serde::de::DeserializeOwned>(what: &str, message: &Value) -> T {
    serde_json::from_str(&message.to_string()).unwrap_or_else(|e| panic!("{what}: {e}\n{message}"))
}

#[test]
fn every_recorded_message_decodes_and_round_trips() {
    let files = fixtures();
    assert!(
        files.len() >= 3,
        "expected several fixture files in tests/fixtures: record them with `cargo xtask record-fixtures`"
    );
    let mut seen_methods = std::collections::BTreeSet::new();
    let mut lines = 0;
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Request ids are per direction: the method of each open request, to type its answer.
        let mut client_requests: HashMap<String, String> = HashMap::new();
        let mut server_requests: HashMap<String, String> = HashMap::new();
        for (number, line) in text.lines().enumerate() {
            let what = format!("{name}:{}", number + 1);
            let recorded: Recorded = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{what}: not a fixture line: {e}"));
            let message = &recorded.message;
            let id = message.get("id").map(Value::to_string);
            let method = message.get("method").and_then(Value::as_str);
            lines += 1;
            match (recorded.from.as_str(), method, id) {
                ("server", Some(method), Some(id)) => {
                    let typed: ServerRequestMessage = decode(&what, message);
                    assert!(
                        !matches!(typed.request, ServerRequest::Unknown { .. }),
                        "{what}: unknown server request {method}"
                    );
                    assert_nothing_unrecognized(&what, &typed);
                    round_trip(&what, &typed, message);
                    server_requests.insert(id, method.to_owned());
                    seen_methods.insert(method.to_owned());
                }
                ("server", Some(method), None) => {
                    let typed: ServerNotificationMessage = decode(&what, message);
                    assert!(
                        !matches!(typed.notification, ServerNotification::Unknown { .. }),
                        "{what}: unknown notification {method}"
                    );
                    assert_nothing_unrecognized(&what, &typed);
                    round_trip(&what, &typed, message);
                    seen_methods.insert(method.to_owned());
                }
                ("client", Some(method), Some(id)) => {
                    let typed: ClientRequestMessage = decode(&what, message);
                    assert!(
                        !matches!(typed.request, ClientRequest::Unknown { .. })
                            || method.starts_with("unknown/"),
                        "{what}: unknown client request {method}"
                    );
                    round_trip(&what, &typed, message);
                    client_requests.insert(id, method.to_owned());
                }
                ("client", Some(_), None) => {
                    let typed: ClientNotificationMessage = decode(&what, message);
                    round_trip(&what, &typed, message);
                }
                (from, None, Some(id)) => {
                    let open = if from == "server" {
                        &mut client_requests
                    } else {
                        &mut server_requests
                    };
                    let method = open
                        .remove(&id)
                        .unwrap_or_else(|| panic!("{what}: answer to unknown id {id}"));
                    if let Some(error) = message.get("error") {
                        let typed: RpcError = serde_json::from_value(error.clone())
                            .unwrap_or_else(|e| panic!("{what}: error object: {e}"));
                        round_trip(&what, &typed, error);
                        continue;
                    }
                    let result = message
                        .get("result")
                        .unwrap_or_else(|| panic!("{what}: neither result nor error"));
                    let result_text = result.to_string();
                    let mut de = serde_json::Deserializer::from_str(&result_text);
                    if from == "server" {
                        let typed = ClientResponse::decode(&method, &mut de).unwrap_or_else(|e| {
                            panic!("{what}: response to {method}: {e}\n{result}")
                        });
                        assert!(
                            !matches!(typed, ClientResponse::Unknown { .. }),
                            "{what}: response to unknown {method}"
                        );
                        assert_nothing_unrecognized(&what, &typed);
                        let back = typed
                            .serialize_payload(serde_json::value::Serializer)
                            .unwrap_or_else(|e| panic!("{what}: {e}"));
                        assert!(
                            equivalent(&back, result),
                            "{what}: round trip differs\n in:  {result}\n out: {back}"
                        );
                    } else {
                        let typed = ServerResponse::decode(&method, &mut de).unwrap_or_else(|e| {
                            panic!("{what}: answer to {method}: {e}\n{result}")
                        });
                        assert!(
                            !matches!(typed, ServerResponse::Unknown { .. }),
                            "{what}: answer to unknown {method}"
                        );
                        let back = typed
                            .serialize_payload(serde_json::value::Serializer)
                            .unwrap_or_else(|e| panic!("{what}: {e}"));
                        assert!(
                            equivalent(&back, result),
                            "{what}: round trip differs\n in:  {result}\n out: {back}"
                        );
                    }
                }
                (from, method, id) => {
                    panic!("{what}: unexpected line from {from} (method {method:?}, id {id:?})")
                }
            }
        }
    }
    // The recordings must cover what they claim to: a full session with deltas and approvals.
    for method in [
        "thread/started",
        "turn/started",
        "item/agentMessage/delta",
        "item/completed",
        "turn/completed",
        "item/commandExecution/requestApproval",
        "serverRequest/resolved",
    ] {
        assert!(
            seen_methods.contains(method),
            "no `{method}` in the fixtures: re-record them"
        );
    }
    assert!(lines > 50, "only {lines} recorded lines");
}
