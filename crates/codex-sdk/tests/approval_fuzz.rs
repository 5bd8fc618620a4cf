//! Property tests of the layer that decides: random server requests (every method of the
//! pinned schema, params with random members, known and unknown) reach the default handler and
//! the approval helpers through a connection, and nothing is granted that the rule did not name.
//!
//! A bounded, deterministic run is part of `cargo test`; `cargo xtask fuzz --time SECS` runs
//! the same properties with fresh random seeds until the time is up.

mod support;

use std::time::{Duration, Instant};

use codex_sdk::{Approvals, Codex, CommandAllowList, ProgramRule};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use serde_json::{Map, Value, json};
use support::{escapes, fake_server, indexed_methods};

/// Set by `cargo xtask fuzz`: run each property this many seconds, with random seeds.
const FUZZ_SECS_ENV: &str = "CODEX_FUZZ_SECS";

/// The commands the helpers under test allow, as the server shows them.
const ALLOWED: [&str; 2] = ["/bin/bash -lc ls", "/bin/bash -lc 'cat README.md'"];

/// The folder file changes are allowed in.
const FOLDER: &str = "/tmp";

/// Members of approval params that ask for nothing beyond the one action.
const PLAIN: [&str; 11] = [
    "threadId",
    "turnId",
    "itemId",
    "startedAtMs",
    "command",
    "cwd",
    "reason",
    "commandActions",
    "proposedExecpolicyAmendment",
    "environmentId",
    "approvalId",
];

/// Runs `property` on `cases` deterministic cases, or for `CODEX_FUZZ_SECS` with random seeds.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let secs: Option<u64> = std::env::var(FUZZ_SECS_ENV)
        .ok()
        .and_then(|s| s.parse().ok());
    let config = |cases| Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let Some(secs) = secs else {
        let mut runner = TestRunner::new_with_rng(
            config(cases),
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        if let Err(failure) = runner.run(&strategy, &property) {
            panic!("{name}: {failure}");
        }
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if let Err(failure) = TestRunner::new(config(64)).run(&strategy, &property) {
            panic!("{name}: {failure}");
        }
    }
}

/// A command the model might ask for: one the helpers allow, or an escape spelling.
fn command() -> impl Strategy<Value = String> {
    let mut pool: Vec<String> = ALLOWED.iter().map(|c| (*c).to_owned()).collect();
    pool.extend(
        escapes::spellings()
            .into_iter()
            .map(|script| format!("/bin/bash -lc '{}'", script.replace('\'', r"'\''"))),
    );
    pool.extend([
        "ls".to_owned(),
        "/tmp/bash -lc ls".to_owned(),
        "bash -lc ls".to_owned(),
    ]);
    let allowed: Vec<String> = ALLOWED.iter().map(|c| (*c).to_owned()).collect();
    prop_oneof![prop::sample::select(allowed), prop::sample::select(pool)]
}

/// A JSON value of a member a newer server might add.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(true)),
        Just(json!(null)),
        Just(json!("/")),
        Just(json!({"network": {"enabled": true}})),
        Just(json!([{"host": "example.com", "action": "allow"}])),
        any::<i64>().prop_map(|n| json!(n)),
    ]
}

/// Random params: each member an approval can carry, present or not, plus unknown ones.
fn params() -> impl Strategy<Value = Map<String, Value>> {
    let decision = prop::sample::select(vec![
        json!("accept"),
        json!("acceptForSession"),
        json!("decline"),
        json!("cancel"),
        json!({"acceptWithExecpolicyAmendment": {"execpolicy_amendment": ["ls"]}}),
    ]);
    // Each member that asks for more is rare, so that plain requests (the rule's yeses) are
    // common enough to be tried too.
    let rare = |strategy| proptest::option::weighted(0.08, strategy);
    let known = (
        (proptest::option::weighted(0.9, command()), proptest::option::weighted(0.7, Just(()))),
        proptest::option::weighted(
            0.5,
            prop::sample::select(vec!["command", "command", "writeStdin", "humanCommand", "newKind"]),
        ),
        proptest::option::weighted(0.5, proptest::collection::vec(decision, 0..4)),
        rare(any_value().boxed()),
        rare(Just(json!({"host": "example.com", "protocol": "https"})).boxed()),
        rare(any_value().boxed()),
        rare(prop::sample::select(vec![json!("/"), json!(FOLDER), json!("relative")]).boxed()),
        rare(Just(json!({"network": {"enabled": true}, "fileSystem": {"write": ["/"]}})).boxed()),
        rare(Just(json!([{"id": "q", "header": "h", "question": "secret?", "isSecret": true, "options": null}])).boxed()),
    );
    let unknown = prop_oneof![
        4 => Just(std::collections::BTreeMap::new()),
        1 => proptest::collection::btree_map(
            prop::sample::select(vec!["grantAll", "sandboxMode", "writableRoots", "x"]),
            any_value(),
            1..3,
        ),
    ];
    (known, unknown, proptest::bool::weighted(0.9)).prop_map(
        |(
            (
                (command, cwd),
                kind,
                decisions,
                extra,
                network,
                amendments,
                root,
                permissions,
                questions,
            ),
            unknown,
            ids,
        )| {
            let mut p = Map::new();
            if ids {
                for (key, value) in [
                    ("threadId", json!("t")),
                    ("turnId", json!("u")),
                    ("itemId", json!("i")),
                ] {
                    p.insert(key.to_owned(), value);
                }
                p.insert("startedAtMs".to_owned(), json!(1));
            }
            let mut put = |key: &str, value: Option<Value>| {
                if let Some(value) = value {
                    p.insert(key.to_owned(), value);
                }
            };
            put("command", command.map(Value::from));
            put("cwd", cwd.map(|()| json!("/work")));
            put("kind", kind.map(Value::from));
            put("availableDecisions", decisions.map(Value::from));
            put("additionalPermissions", extra);
            put("networkApprovalContext", network);
            put("proposedNetworkPolicyAmendments", amendments);
            put("grantRoot", root);
            put("permissions", permissions);
            put("questions", questions);
            for (key, value) in unknown {
                p.insert(key.to_owned(), value);
            }
            p
        },
    )
}

/// Params of a file change: its ids, and rarely a `grantRoot` or unknown members.
fn file_change_params() -> impl Strategy<Value = Map<String, Value>> {
    (
        proptest::option::weighted(0.2, prop::sample::select(vec![json!("/"), json!(FOLDER)])),
        proptest::option::weighted(0.2, ("[a-z]{1,8}", any_value())),
        proptest::bool::weighted(0.9),
    )
        .prop_map(|(root, unknown, ids)| {
            let mut p = Map::new();
            if ids {
                p.insert("threadId".to_owned(), json!("t"));
                p.insert("turnId".to_owned(), json!("u"));
                p.insert("itemId".to_owned(), json!("i"));
                p.insert("startedAtMs".to_owned(), json!(1));
            }
            if let Some(root) = root {
                p.insert("grantRoot".to_owned(), root);
            }
            if let Some((name, value)) = unknown {
                p.insert(name, value);
            }
            p
        })
}

/// One request of a case: a method of the schema (or one newer than it) with random params,
/// and for file changes, whether (and where) its item was announced first.
#[derive(Debug, Clone)]
struct Case {
    method: String,
    params: Map<String, Value>,
    announced: Option<String>,
}

fn case(methods: Vec<String>) -> impl Strategy<Value = Case> {
    let method = prop_oneof![
        4 => prop::sample::select(methods),
        2 => Just("item/commandExecution/requestApproval".to_owned()),
        2 => Just("item/fileChange/requestApproval".to_owned()),
        1 => Just("future/grantEverything".to_owned()),
    ];
    let announced = proptest::option::of(prop_oneof![
        2 => Just(format!("{FOLDER}/inside.txt")),
        1 => Just("/etc/passwd".to_owned()),
        1 => Just(format!("{FOLDER}/../etc/x")),
    ]);
    // Mostly the params of the method's own shape, sometimes another's.
    (method, announced).prop_flat_map(|(method, announced)| {
        let params = if method == "item/fileChange/requestApproval" {
            prop_oneof![4 => file_change_params().boxed(), 1 => params().boxed()].boxed()
        } else {
            prop_oneof![4 => params().boxed(), 1 => file_change_params().boxed()].boxed()
        };
        params.prop_map(move |params| Case {
            method: method.clone(),
            params,
            announced: announced.clone(),
        })
    })
}

/// Whether an answer grants anything: a decision other than a refusal, permissions, answers
/// to questions, or any result of a method that is not a decision.
fn grants(answer: &Value) -> bool {
    let Some(result) = answer.get("result") else {
        return false;
    };
    if let Some(decision) = result.get("decision") {
        return !matches!(decision.as_str(), Some("decline" | "cancel" | "abort"))
            && decision.get("denied").is_none();
    }
    if let Some(action) = result.get("action") {
        return !matches!(action.as_str(), Some("decline" | "cancel"));
    }
    if let Some(permissions) = result.get("permissions") {
        return permissions
            .as_object()
            .is_some_and(|p| p.values().any(|v| !v.is_null()));
    }
    if let Some(answers) = result.get("answers") {
        return answers.as_object().is_some_and(|a| !a.is_empty());
    }
    true
}

/// What the rules under test may grant: a plain request for an allowed command, or a plain
/// file change announced inside the folder.
fn rule_names(case: &Case) -> bool {
    let p = &case.params;
    let plain_members = p
        .keys()
        .all(|key| PLAIN.contains(&key.as_str()) || key == "kind" || key == "availableDecisions");
    let offers_accept = p
        .get("availableDecisions")
        .is_none_or(|d| d.as_array().is_some_and(|d| d.contains(&json!("accept"))));
    let kind_command = p.get("kind").is_none_or(|k| k == "command");
    let has_ids = p.contains_key("threadId");
    match case.method.as_str() {
        "item/commandExecution/requestApproval" => {
            has_ids
                && plain_members
                && offers_accept
                && kind_command
                && p.get("command")
                    .and_then(Value::as_str)
                    .is_some_and(|c| ALLOWED.contains(&c))
        }
        "item/fileChange/requestApproval" => {
            // Members a file change does not have are unknown to its type.
            let unknown = p.keys().any(|key| {
                !matches!(
                    key.as_str(),
                    "threadId" | "turnId" | "itemId" | "startedAtMs" | "reason"
                )
            });
            has_ids
                && !unknown
                && case.announced.as_deref() == Some(&format!("{FOLDER}/inside.txt"))
        }
        _ => false,
    }
}

/// The answers of a client built with `approvals` (none: the defaults) to `cases`.
fn answers(
    runtime: &tokio::runtime::Runtime,
    approvals: Option<Approvals>,
    cases: &[Case],
) -> Vec<Value> {
    runtime.block_on(async {
        let builder = match approvals {
            Some(approvals) => Codex::builder().approval_handler(approvals),
            None => Codex::builder(),
        };
        let (_codex, mut server) = fake_server::start(builder).await;
        let mut answers = Vec::new();
        for (id, case) in cases.iter().enumerate() {
            if let Some(path) = &case.announced {
                server
                    .send(&json!({"method": "item/started", "params": {
                        "threadId": "t", "turnId": "u", "startedAtMs": 1,
                        "item": {"type": "fileChange", "id": "i", "status": "inProgress",
                                 "changes": [{"path": path, "kind": {"type": "add"}, "diff": "x"}]}
                    }}))
                    .await;
            }
            server
                .send(&json!({"id": id, "method": case.method, "params": case.params}))
                .await;
            let answer = server.receive().await;
            assert_eq!(answer["id"], json!(id), "{answer}");
            answers.push(answer);
            // The next case announces its own item.
            server
                .send(&json!({"method": "item/completed", "params": {
                    "threadId": "t", "turnId": "u", "completedAtMs": 1,
                    "item": {"type": "fileChange", "id": "i", "status": "completed", "changes": []}
                }}))
                .await;
        }
        answers
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn methods() -> Vec<String> {
    let methods = indexed_methods("Server requests");
    assert!(methods.contains(&"item/commandExecution/requestApproval".to_owned()));
    methods
}

#[test]
fn the_default_handler_grants_nothing() {
    let runtime = runtime();
    check(
        "defaults",
        64,
        proptest::collection::vec(case(methods()), 1..8),
        |cases| {
            for (case, answer) in cases.iter().zip(answers(&runtime, None, &cases)) {
                prop_assert!(!grants(&answer), "{case:?} was granted: {answer}");
            }
            Ok(())
        },
    );
}

#[test]
fn the_helpers_grant_only_what_their_rule_names() {
    let runtime = runtime();
    let list = || {
        CommandAllowList::new()
            .program(ProgramRule::new("ls"))
            .program(ProgramRule::new("cat").operands())
    };
    // Which methods were granted, so that the run shows it tried the yeses too.
    let granted = std::sync::Mutex::new(std::collections::BTreeSet::new());
    check(
        "helpers",
        64,
        proptest::collection::vec(case(methods()), 1..8),
        |cases| {
            for approvals in [
                Approvals::new()
                    .accept_commands_in(list())
                    .accept_file_changes_inside(FOLDER),
                Approvals::new()
                    .accept_commands_if(|r| {
                        r.argv()
                            .is_some_and(|argv| argv == ["ls"] || argv == ["cat", "README.md"])
                    })
                    .accept_file_changes_if(|r| r.all_inside(FOLDER)),
            ] {
                for (case, answer) in cases.iter().zip(answers(&runtime, Some(approvals), &cases)) {
                    prop_assert_eq!(grants(&answer), rule_names(case), "{:?}: {}", case, answer);
                    if grants(&answer) {
                        granted.lock().expect("lock").insert(case.method.clone());
                    }
                }
            }
            Ok(())
        },
    );
    let granted = granted.into_inner().expect("lock");
    assert_eq!(
        granted.into_iter().collect::<Vec<_>>(),
        [
            "item/commandExecution/requestApproval",
            "item/fileChange/requestApproval"
        ],
        "the cases reached both kinds of yes"
    );
}
