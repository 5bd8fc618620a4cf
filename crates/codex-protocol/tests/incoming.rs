//! `wire::Incoming::parse`, the reader of every server line: each kind of message, members in
//! any order, and what an undecodable notification keeps.

use codex_protocol::wire::{EnvelopeError, Incoming, UndecodableNotification};
use codex_protocol::{ErrorCode, RpcError, RpcErrorKind, ServerNotification};

const DELTA: &str = r#"{"threadId":"t1","turnId":"u1","itemId":"i","delta":"hi"}"#;

fn delta_of(incoming: &Incoming<'_>) -> Option<(String, Option<i64>)> {
    match incoming {
        Incoming::Notification(message) => match &message.notification {
            ServerNotification::ItemAgentMessageDelta(delta) => {
                Some((delta.delta.clone(), message.emitted_at_ms))
            }
            _ => None,
        },
        _ => None,
    }
}

fn undecodable(line: &str) -> UndecodableNotification<'_> {
    match Incoming::parse(line) {
        Ok(Incoming::Undecodable(note)) => note,
        other => panic!("expected an undecodable notification, got {other:?}"),
    }
}

#[test]
fn a_notification_decodes_typed_in_any_member_order() {
    let lines = [
        format!(r#"{{"method":"item/agentMessage/delta","params":{DELTA},"emittedAtMs":9}}"#),
        format!(r#"{{"emittedAtMs":9,"method":"item/agentMessage/delta","params":{DELTA}}}"#),
        format!(r#"{{"params":{DELTA},"emittedAtMs":9,"method":"item/agentMessage/delta"}}"#),
        format!(
            r#"{{"jsonrpc":"2.0","params":{DELTA},"method":"item\/agentMessage\/delta","emittedAtMs":9}}"#
        ),
        // A stray `result` member stops the one-pass decoding; the fallback still reads it.
        format!(
            r#"{{"method":"item/agentMessage/delta","result":null,"params":{DELTA},"emittedAtMs":9}}"#
        ),
    ];
    for line in &lines {
        let incoming = Incoming::parse(line).expect("a message");
        assert_eq!(
            delta_of(&incoming),
            Some(("hi".to_owned(), Some(9))),
            "{line}"
        );
    }
}

#[test]
fn an_unknown_method_is_a_typed_notification() {
    let incoming = Incoming::parse(r#"{"method":"future/thing","params":{"a":1}}"#).expect("ok");
    assert!(
        matches!(&incoming, Incoming::Notification(m)
            if matches!(&m.notification, ServerNotification::Unknown { method, .. } if method == "future/thing")),
        "{incoming:?}"
    );
}

#[test]
fn an_undecodable_notification_keeps_its_method_params_and_ids() {
    let line = r#"{"method":"item/agentMessage/delta","params":{"threadId":"t1","turnId":"u1","delta":5},"emittedAtMs":3}"#;
    let note = undecodable(line);
    assert_eq!(note.method, "item/agentMessage/delta");
    assert_eq!(
        note.params.map(|p| p.get()),
        Some(r#"{"threadId":"t1","turnId":"u1","delta":5}"#)
    );
    assert_eq!(note.emitted_at_ms, Some(3));
    assert_eq!(note.thread_id.as_deref(), Some("t1"));
    assert_eq!(note.turn_id.as_deref(), Some("u1"));
    assert!(
        note.error.to_string().contains("expected a string"),
        "{}",
        note.error
    );
}

#[test]
fn a_turn_notification_names_its_turn_as_turn_id() {
    let line =
        r#"{"method":"turn/completed","params":{"threadId":"t2","turn":{"id":"u2","status":17}}}"#;
    let note = undecodable(line);
    assert_eq!(note.thread_id.as_deref(), Some("t2"));
    assert_eq!(note.turn_id.as_deref(), Some("u2"));
    let escaped = r#"{"method":"turn/completed","params":{"turn":{"status":1,"id":"u\u0033"}}}"#;
    let note = undecodable(escaped);
    assert_eq!(note.thread_id, None);
    assert_eq!(
        note.turn_id.as_deref(),
        Some("u3"),
        "an escaped id is read too"
    );
}

#[test]
fn ids_of_an_odd_shape_lose_only_themselves() {
    let line = r#"{"method":"item/agentMessage/delta","params":{"threadId":7,"turnId":"u4"}}"#;
    let note = undecodable(line);
    assert_eq!(note.thread_id, None);
    assert_eq!(note.turn_id.as_deref(), Some("u4"));
    let not_an_object = r#"{"method":"item/agentMessage/delta","params":[1,2]}"#;
    let note = undecodable(not_an_object);
    assert_eq!((note.thread_id, note.turn_id), (None, None));
    let no_params = undecodable(r#"{"method":"item/agentMessage/delta"}"#);
    assert!(no_params.params.is_none());
}

#[test]
fn a_server_request_is_told_apart_in_any_member_order() {
    for line in [
        r#"{"id":3,"method":"item/tool/call","params":{"a":1}}"#,
        r#"{"method":"item/tool/call","params":{"a":1},"id":3}"#,
        r#"{"params":{"a":1},"id":3,"method":"item/tool/call"}"#,
    ] {
        let incoming = Incoming::parse(line).expect("a message");
        assert!(
            matches!(&incoming, Incoming::Request { id, method, params: Some(p) }
                if id.get() == "3" && method == "item/tool/call" && p.get() == r#"{"a":1}"#),
            "{line}: {incoming:?}"
        );
    }
    let no_params = Incoming::parse(r#"{"id":"x","method":"m","params":null}"#).expect("ok");
    assert!(matches!(no_params, Incoming::Request { params: None, .. }));
}

#[test]
fn a_response_carries_its_result_or_its_error() {
    for line in [
        r#"{"id":4,"result":{"ok":true}}"#,
        r#"{"result":{"ok":true},"id":4}"#,
    ] {
        let incoming = Incoming::parse(line).expect("a message");
        assert!(
            matches!(&incoming, Incoming::Response { id, outcome: Ok(r) }
                if id.get() == "4" && r.get() == r#"{"ok":true}"#),
            "{line}: {incoming:?}"
        );
    }
    let null = Incoming::parse(r#"{"id":5,"result":null}"#).expect("ok");
    assert!(matches!(null, Incoming::Response { outcome: Ok(r), .. } if r.get() == "null"));
    let line = r#"{"error":{"code":-32001,"message":"Server overloaded; retry later."},"id":6}"#;
    let Ok(Incoming::Response {
        outcome: Err(error),
        ..
    }) = Incoming::parse(line)
    else {
        panic!("an error response");
    };
    let error: RpcError = serde_json::from_str(error.get()).expect("an error object");
    assert_eq!(error.code, ErrorCode::SERVER_OVERLOADED);
    assert_eq!(error.kind(), RpcErrorKind::ServerBusy);
    let odd = Incoming::parse(r#"{"id":7,"error":{"code":"bad"}}"#).expect("still a response");
    assert!(matches!(
        odd,
        Incoming::Response {
            outcome: Err(_),
            ..
        }
    ));
}

#[test]
fn lines_that_are_no_message_say_why() {
    assert!(matches!(
        Incoming::parse(r#"{"id":5}"#),
        Err(EnvelopeError::NoOutcome)
    ));
    assert!(matches!(
        Incoming::parse(r#"{"jsonrpc":"2.0"}"#),
        Err(EnvelopeError::NeitherMethodNorId)
    ));
    assert!(Incoming::parse("[1]").is_err());
    for line in ["", "not json", r#"{"method":"m""#, r#"{"method":3}"#] {
        assert!(
            matches!(Incoming::parse(line), Err(EnvelopeError::Json(_))),
            "{line}"
        );
    }
}

#[test]
fn every_recorded_server_line_is_told_apart_as_what_it_is() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = [0usize; 3];
    for entry in std::fs::read_dir(&dir).expect("the fixtures folder") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("a fixture");
        for record in text.lines() {
            let record: serde_json::Value = serde_json::from_str(record).expect("a record");
            if record["from"] != "server" {
                continue;
            }
            let message = &record["message"];
            let line = message.to_string();
            let incoming = Incoming::parse(&line).expect("a message");
            let kind = match (message.get("method").is_some(), message.get("id").is_some()) {
                (true, false) => 0,
                (true, true) => 1,
                _ => 2,
            };
            let told = match &incoming {
                Incoming::Notification(_) => 0,
                Incoming::Request { .. } => 1,
                Incoming::Response { .. } => 2,
                Incoming::Undecodable(note) => panic!("{line}: undecodable: {}", note.error),
            };
            assert_eq!(told, kind, "{line}");
            seen[kind] += 1;
        }
    }
    assert!(
        seen.iter().all(|&n| n > 0),
        "the fixtures hold every kind: {seen:?}"
    );
}
