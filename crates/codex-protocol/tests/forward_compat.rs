//! A server newer than the pinned schema must never break decoding: new item types, new enum
//! values, new fields and new methods all decode, and keep their raw data.

use codex_protocol::wire::{self, Incoming};
use codex_protocol::{
    ServerNotification, ServerNotificationMessage, ThreadItem, TurnItemsView, TurnStatus,
};
use serde_json::{Value, json};

/// `message` decoded from text the three ways there are, which must agree: as the
/// connection reads lines (`Incoming::parse`: tags first, no buffer, then buffered when that
/// fails), with `wire::decode` (the same for any type), and with a plain `from_str`
/// (buffered).
fn decode(message: &Value) -> ServerNotificationMessage {
    let text = message.to_string();
    let plain = serde_json::from_str::<ServerNotificationMessage>(&text)
        .unwrap_or_else(|e| panic!("decoding {message}: {e}"));
    let Ok(Incoming::Notification(read)) = Incoming::parse(&text) else {
        panic!("the reader did not decode {message}");
    };
    let decoded = wire::decode::<ServerNotificationMessage>(&text)
        .unwrap_or_else(|e| panic!("wire::decode of {message}: {e}"));
    assert_eq!(
        format!("{read:?}"),
        format!("{plain:?}"),
        "Incoming::parse differs"
    );
    assert_eq!(
        format!("{decoded:?}"),
        format!("{plain:?}"),
        "wire::decode differs"
    );
    plain
}

fn item_completed(item: Value) -> Value {
    json!({
        "method": "item/completed",
        "params": {"threadId": "t1", "turnId": "u1", "completedAtMs": 5, "item": item},
        "emittedAtMs": 1_700_000_000_123_i64,
    })
}

#[test]
fn a_new_item_type_decodes_to_unrecognized_with_its_raw_json() {
    let item = json!({"type": "holographicProjection", "id": "i1", "hue": 42});
    let message = item_completed(item.clone());
    let ServerNotification::ItemCompleted(params) = decode(&message).notification else {
        panic!("item/completed decoded to another variant");
    };
    match params.item {
        ThreadItem::Unrecognized(raw) => assert_eq!(raw, item),
        other => panic!("expected Unrecognized, got {other:?}"),
    }
}

#[test]
fn a_known_item_with_a_new_field_decodes_to_its_variant() {
    let item = json!({"type": "agentMessage", "id": "i1", "text": "hello", "sparkle": true});
    let ServerNotification::ItemCompleted(params) = decode(&item_completed(item)).notification
    else {
        panic!("item/completed decoded to another variant");
    };
    match params.item {
        ThreadItem::AgentMessage { text, id, .. } => {
            assert_eq!(text, "hello");
            assert_eq!(id, "i1");
        }
        other => panic!("expected AgentMessage, got {other:?}"),
    }
}

#[test]
fn a_known_item_whose_fields_no_longer_match_is_unrecognized_with_its_raw_json() {
    // `text` was a string in the pinned schema; the tag comes first, as the server writes it,
    // so the reader's no-buffer way fails on it and the buffered way keeps the item.
    let item = json!({"type": "agentMessage", "id": "i1", "text": {"parts": ["a"]}});
    let ServerNotification::ItemCompleted(params) =
        decode(&item_completed(item.clone())).notification
    else {
        panic!("item/completed decoded to another variant");
    };
    match params.item {
        ThreadItem::Unrecognized(raw) => assert_eq!(raw, item),
        other => panic!("expected Unrecognized, got {other:?}"),
    }
    // From a `Value` too.
    let from_value: ThreadItem = serde_json::from_value(item.clone()).expect("decodes");
    assert!(matches!(from_value, ThreadItem::Unrecognized(raw) if raw == item));
}

#[test]
fn a_tag_that_is_not_the_first_member_still_picks_the_variant() {
    let item = json!({"id": "i1", "text": "hello", "type": "agentMessage"});
    // `json!` sorts members unless serde_json keeps their order: write the text by hand.
    let text = r#"{"method":"item/completed","params":{"threadId":"t1","turnId":"u1","completedAtMs":5,"item":{"id":"i1","text":"hello","type":"agentMessage"}}}"#;
    let Ok(Incoming::Notification(message)) = Incoming::parse(text) else {
        panic!("the reader did not decode the line");
    };
    let ServerNotification::ItemCompleted(params) = message.notification else {
        panic!("item/completed decoded to another variant");
    };
    assert!(
        matches!(&params.item, ThreadItem::AgentMessage { text, .. } if text == "hello"),
        "{:?}",
        params.item
    );
    assert_eq!(params.item.kind(), item["type"]);
}

#[test]
fn a_tagged_object_without_its_tag_is_unrecognized() {
    let item = json!({"id": "i1", "text": "hello"});
    let ServerNotification::ItemCompleted(params) =
        decode(&item_completed(item.clone())).notification
    else {
        panic!("item/completed decoded to another variant");
    };
    assert!(matches!(params.item, ThreadItem::Unrecognized(raw) if raw == item));
    // Not an object at all: an error that says what was expected.
    let error = serde_json::from_str::<ThreadItem>("[1]").expect_err("an array");
    assert!(
        error
            .to_string()
            .contains("a ThreadItem (an object with a `type` member)"),
        "{error}"
    );
}

#[test]
fn a_new_enum_value_is_kept_as_unrecognized() {
    let message = json!({
        "method": "turn/completed",
        "params": {
            "threadId": "t1",
            "turn": {"id": "u1", "items": [], "itemsView": "hologram", "status": "paused",
                     "newTopLevelField": {"nested": [1, 2]}},
        },
    });
    let ServerNotification::TurnCompleted(params) = decode(&message).notification else {
        panic!("turn/completed decoded to another variant");
    };
    assert_eq!(
        params.turn.status,
        TurnStatus::Unrecognized("paused".into())
    );
    assert_eq!(params.turn.status.as_str(), "paused");
    assert_eq!(
        params.turn.items_view,
        TurnItemsView::Unrecognized("hologram".into())
    );
    // Known values still decode to their variants.
    let known: TurnStatus = serde_json::from_value(json!("completed")).expect("known value");
    assert_eq!(known, TurnStatus::Completed);
    assert_eq!(known.to_string(), "completed");
    // Borrowed from the text, and with escapes (an owned string) alike.
    let borrowed: TurnStatus = serde_json::from_str(r#""completed""#).expect("borrowed");
    let escaped: TurnStatus = serde_json::from_str(r#""complet\u0065d""#).expect("escaped");
    assert_eq!(
        (borrowed, escaped),
        (TurnStatus::Completed, TurnStatus::Completed)
    );
    assert_eq!(TurnStatus::from_wire("paused"), params.turn.status);
    // Both encode as the wire string they came from.
    assert_eq!(
        serde_json::to_value([&known, &params.turn.status]).expect("encodes"),
        json!(["completed", "paused"])
    );
    // A value that is not a string is an error that says what was expected.
    let error = serde_json::from_value::<TurnStatus>(json!(3)).expect_err("a number");
    assert!(error.to_string().contains("expected a string"), "{error}");
}

#[test]
fn an_unknown_method_decodes_to_unknown_with_its_params() {
    let params = json!({"threadId": "t1", "teleported": true});
    let message = json!({"method": "thread/teleported", "params": params, "emittedAtMs": 7});
    let decoded = decode(&message);
    assert_eq!(decoded.emitted_at_ms, Some(7));
    match &decoded.notification {
        ServerNotification::Unknown {
            method,
            params: raw,
        } => {
            assert_eq!(method, "thread/teleported");
            assert_eq!(raw, &params);
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    let back = serde_json::to_value(&decoded).expect("serialize");
    assert_eq!(back, message);
}

#[test]
fn emitted_at_ms_is_kept_through_a_round_trip() {
    let item = json!({"type": "agentMessage", "id": "i1", "text": "hi"});
    let message = item_completed(item);
    let decoded = decode(&message);
    assert_eq!(decoded.emitted_at_ms, Some(1_700_000_000_123));
    let back = serde_json::to_value(&decoded).expect("serialize");
    assert_eq!(back["emittedAtMs"], json!(1_700_000_000_123_i64));
    assert_eq!(back["params"]["item"]["text"], json!("hi"));
}

#[test]
fn a_known_method_with_wrong_params_is_an_error_that_names_the_method() {
    let message = json!({"method": "turn/completed", "params": {"threadId": 3}});
    let err = serde_json::from_str::<ServerNotificationMessage>(&message.to_string())
        .expect_err("wrong params must not decode");
    assert!(
        err.to_string().contains("turn/completed"),
        "error was: {err}"
    );
}
