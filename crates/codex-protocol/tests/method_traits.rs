//! The method layer: every marker names its method, and the method-keyed enums know exactly the
//! methods of the pinned schema (stable ones always, experimental ones with the feature).

use codex_protocol::{
    ClientRequest, ClientResponse, Notification, Request, ServerNotification,
    ServerNotificationMethod, ServerRequest, ServerRequestMethod, client_notifications,
    notifications, requests, server_requests,
};
use serde_json::json;

#[test]
fn markers_name_their_wire_methods() {
    assert_eq!(<requests::Initialize as Request>::METHOD, "initialize");
    assert_eq!(<requests::ThreadStart as Request>::METHOD, "thread/start");
    assert_eq!(
        <requests::AccountLogout as Request>::METHOD,
        "account/logout"
    );
    assert_eq!(
        <client_notifications::Initialized as Notification>::METHOD,
        "initialized"
    );
    assert_eq!(
        <notifications::ItemCompleted as ServerNotificationMethod>::METHOD,
        "item/completed"
    );
    assert_eq!(
        <server_requests::ItemCommandExecutionRequestApproval as ServerRequestMethod>::METHOD,
        "item/commandExecution/requestApproval"
    );
}

#[test]
fn methods_that_break_the_naming_rule_have_their_true_response_type() {
    fn response_of<R: Request>() -> &'static str {
        std::any::type_name::<R::Response>()
            .rsplit("::")
            .next()
            .unwrap_or_default()
    }
    assert_eq!(
        response_of::<requests::AccountLogout>(),
        "LogoutAccountResponse"
    );
    assert_eq!(
        response_of::<requests::AccountRateLimitsRead>(),
        "GetAccountRateLimitsResponse"
    );
    assert_eq!(
        response_of::<requests::ConfigValueWrite>(),
        "ConfigWriteResponse"
    );
    assert_eq!(
        response_of::<requests::ThreadStart>(),
        "ThreadStartResponse"
    );
}

/// The wire names of the methods of `root` (`ClientRequest`, `ServerNotification`, ...) in the
/// pinned schema bundle the crate was generated from: stable, or with the experimental ones.
fn pinned_methods(root: &str, experimental: bool) -> Vec<String> {
    let flavour = if experimental {
        "experimental"
    } else {
        "stable"
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../schema")
        .join(flavour)
        .join("codex_app_server_protocol.schemas.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
    let bundle: serde_json::Value = serde_json::from_str(&text).expect("the bundle is JSON");
    let mut methods: Vec<String> = bundle["definitions"][root]["oneOf"]
        .as_array()
        .unwrap_or_else(|| panic!("{root} has a oneOf of methods"))
        .iter()
        .filter_map(|member| member.pointer("/properties/method/enum/0")?.as_str())
        .map(str::to_owned)
        .collect();
    methods.sort();
    methods
}

fn sorted(methods: &[&str]) -> Vec<String> {
    let mut methods: Vec<String> = methods.iter().map(|m| (*m).to_owned()).collect();
    methods.sort();
    methods
}

#[test]
fn the_enums_know_every_method_of_the_pinned_schema() {
    // The pin decides which methods exist: compare with it, never with hand-kept counts.
    let experimental = cfg!(feature = "experimental");
    assert_eq!(
        sorted(ClientRequest::METHODS),
        pinned_methods("ClientRequest", experimental)
    );
    assert_eq!(ClientResponse::METHODS, ClientRequest::METHODS);
    assert_eq!(
        sorted(ServerNotification::METHODS),
        pinned_methods("ServerNotification", experimental)
    );
    assert_eq!(
        sorted(ServerRequest::METHODS),
        pinned_methods("ServerRequest", experimental)
    );
}

#[test]
fn every_known_method_decodes_to_a_variant_with_that_method() {
    // `null` params are enough to pick the variant for methods without params; for the others
    // the decode fails on the params, never by falling back to `Unknown`.
    for &method in ServerNotification::METHODS {
        match ServerNotification::decode(method, json!(null)) {
            Ok(ServerNotification::Unknown { .. }) => panic!("{method} decoded to Unknown"),
            Ok(decoded) => assert_eq!(decoded.method(), method),
            Err(_) => {}
        }
    }
    for &method in ClientRequest::METHODS {
        if let Ok(decoded) = ClientRequest::decode(method, json!({})) {
            assert!(
                !matches!(decoded, ClientRequest::Unknown { .. }),
                "{method} decoded to Unknown"
            );
            assert_eq!(decoded.method(), method);
        }
    }
    let decoded = ClientRequest::decode("account/logout", json!(null)).expect("no params");
    assert!(matches!(decoded, ClientRequest::AccountLogout));
}

#[test]
fn experimental_methods_need_the_feature() {
    let decoded = ClientRequest::decode("memory/reset", json!(null)).expect("decodes either way");
    assert_eq!(
        matches!(decoded, ClientRequest::Unknown { .. }),
        !cfg!(feature = "experimental")
    );
}

#[test]
fn notifications_name_their_thread_and_turn() {
    let delta = ServerNotification::decode(
        "item/agentMessage/delta",
        json!({"threadId": "t1", "turnId": "u1", "itemId": "i1", "delta": "hi"}),
    )
    .expect("a delta decodes");
    assert_eq!(delta.thread_id(), Some("t1"));
    assert_eq!(delta.turn_id(), Some("u1"));
    let completed = ServerNotification::decode(
        "turn/completed",
        json!({"threadId": "t2", "turn": {"id": "u2", "items": [], "status": "completed"}}),
    )
    .expect("turn/completed decodes");
    assert_eq!(completed.thread_id(), Some("t2"));
    assert_eq!(
        completed.turn_id(),
        Some("u2"),
        "the turn id comes from the turn it carries"
    );
    let unknown = ServerNotification::decode("x/y", json!({"threadId": "t3"})).expect("unknown");
    assert_eq!(unknown.thread_id(), None);
}
