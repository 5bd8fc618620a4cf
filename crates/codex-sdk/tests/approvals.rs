//! What an approval grants, and the helpers that decide on the whole request: on the real
//! app-server (the escape spellings have no effect under an allow-list; a plain `accept` adopts
//! no amendment; file changes only inside a folder) and on the in-memory fake (every escalation
//! is declined unless a dangerously named helper grants it).

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use codex_sdk::protocol::{CommandAction, CommandExecutionStatus, PatchApplyStatus, ThreadItem};
use codex_sdk::{Approvals, Codex, CommandAllowList, Escalation, ProgramRule};
use codex_sdk_testkit::{Reply, SseScript};
use serde_json::{Value, json};
use support::{TestCodex, escapes, fake_server};

/// The commands of a turn's items with their status, in order.
fn commands(items: &[ThreadItem]) -> Vec<(String, CommandExecutionStatus)> {
    items
        .iter()
        .filter_map(|item| match item {
            ThreadItem::CommandExecution {
                command, status, ..
            } => Some((command.clone(), status.clone())),
            _ => None,
        })
        .collect()
}

/// An allow-list that names the programs the escapes abuse, with reading options only.
fn searching_commands() -> CommandAllowList {
    CommandAllowList::new()
        .program(
            ProgramRule::new("find")
                .options_with_value(&["-name", "-type"])
                .operands(),
        )
        .program(ProgramRule::new("rg").flags(&["-n", "-l"]).operands())
        .program(ProgramRule::new("ls").flags(&["-l", "-a"]).operands())
        .program(ProgramRule::new("cat").operands())
        .program(
            ProgramRule::new("head")
                .options_with_value(&["-n"])
                .operands(),
        )
}

#[tokio::test]
async fn an_allow_list_declines_every_escape_and_runs_what_it_names() {
    let approvals = Approvals::new().accept_commands_in(searching_commands());
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    escapes::plant(&harness.workspace());
    let spellings = escapes::spellings();
    for (n, command) in spellings.iter().enumerate() {
        harness
            .provider
            .push(SseScript::new().exec_command(&format!("call-{n}"), command));
    }
    harness
        .provider
        .push(SseScript::new().exec_command("call-allowed", "find . -name victim.txt"));
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    let result = thread.run("try everything").await.expect("run");

    assert_eq!(escapes::damage(&harness.workspace()), Vec::<String>::new());
    let ran = commands(&result.items);
    assert_eq!(ran.len(), spellings.len() + 1, "{ran:?}");
    let (allowed, escapes) = ran.split_last().expect("commands");
    for (command, status) in escapes {
        assert_eq!(*status, CommandExecutionStatus::Declined, "{command}");
    }
    assert_eq!(allowed.1, CommandExecutionStatus::Completed, "{allowed:?}");
    let output = result.items.iter().find_map(|item| match item {
        ThreadItem::CommandExecution {
            aggregated_output, ..
        } if matches!(
            item,
            ThreadItem::CommandExecution {
                status: CommandExecutionStatus::Completed,
                ..
            }
        ) =>
        {
            aggregated_output.clone()
        }
        _ => None,
    });
    assert!(
        output.as_deref().is_some_and(|o| o.contains("victim.txt")),
        "the allowed search ran: {output:?}"
    );
    harness.close().await;
}

/// The control of the test above: a rule on the server's parse for display (`commandActions`),
/// as this SDK once recommended, lets these spellings do their harm.
#[tokio::test]
async fn a_rule_on_the_servers_display_parse_lets_escapes_run() {
    let approvals = Approvals::new().accept_commands_if(|request| {
        let actions = request
            .params()
            .command_actions
            .as_deref()
            .unwrap_or_default();
        !actions.is_empty()
            && actions.iter().all(|action| {
                matches!(
                    action,
                    CommandAction::Read { .. }
                        | CommandAction::ListFiles { .. }
                        | CommandAction::Search { .. }
                )
            })
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    escapes::plant(&harness.workspace());
    for (n, command) in [
        "find . -name victim.txt -delete",
        r#"awk 'BEGIN{system("touch pwned-awk")}' README.md"#,
    ]
    .iter()
    .enumerate()
    {
        harness
            .provider
            .push(SseScript::new().exec_command(&format!("call-{n}"), command));
    }
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    thread.run("try").await.expect("run");
    assert_eq!(
        escapes::damage(&harness.workspace()),
        ["pwned-awk", "victim.txt deleted"],
        "the display parse called these a search and a read"
    );
    harness.close().await;
}

#[tokio::test]
async fn accepting_runs_the_command_once_and_adopts_no_amendment() {
    let asked = Arc::new(AtomicUsize::new(0));
    let approvals = Approvals::new().accept_commands_if({
        let asked = Arc::clone(&asked);
        move |request| {
            asked.fetch_add(1, Ordering::SeqCst);
            // The server proposes an amendment with nearly every request.
            assert!(request.params().proposed_execpolicy_amendment.is_some());
            request.argv() == Some(&["ls".to_owned()][..])
        }
    });
    let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
    let thread = harness.thread().await;
    for turn in 0..2 {
        harness
            .provider
            .push(SseScript::new().exec_command(&format!("call-{turn}"), "ls"));
        harness.provider.push(Reply::message("listed"));
        let result = thread.run("list").await.expect("run");
        assert_eq!(
            commands(&result.items),
            [(
                "/bin/bash -lc ls".to_owned(),
                CommandExecutionStatus::Completed
            )]
        );
    }
    assert_eq!(
        asked.load(Ordering::SeqCst),
        2,
        "the second `ls` was asked again: the first accept allowed no more than itself"
    );
    harness.close().await;
}

/// An `apply_patch` call that adds `path` with one line.
fn add_file(call_id: &str, path: &str) -> SseScript {
    let patch = format!("*** Begin Patch\n*** Add File: {path}\n+from the model\n*** End Patch");
    SseScript::new().apply_patch(call_id, &patch)
}

/// The statuses of a turn's file changes, in order.
fn file_changes(items: &[ThreadItem]) -> Vec<PatchApplyStatus> {
    items
        .iter()
        .filter_map(|item| match item {
            ThreadItem::FileChange { status, .. } => Some(status.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn file_changes_are_accepted_only_inside_the_folder() {
    let outside = tempfile::tempdir().expect("tempdir");
    let harness = {
        // The folder is the workspace, known once the harness exists: the rule reads it then.
        let folder = Arc::new(std::sync::OnceLock::<std::path::PathBuf>::new());
        let approvals = Approvals::new().accept_file_changes_if({
            let folder = Arc::clone(&folder);
            move |request| folder.get().is_some_and(|f| request.all_inside(f))
        });
        let harness = TestCodex::start_with("on-request", |b| b.approval_handler(approvals)).await;
        folder.set(harness.workspace()).expect("set once");
        harness
    };
    let workspace = harness.workspace();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), workspace.join("link")).expect("symlink");
    let escape = outside.path().join("escaped.txt");
    harness.provider.push(add_file("p-1", "inside.txt"));
    harness
        .provider
        .push(add_file("p-2", &escape.display().to_string()));
    harness
        .provider
        .push(add_file("p-3", "link/through-link.txt"));
    harness.provider.push(add_file("p-4", "../sibling.txt"));
    harness.provider.push(Reply::message("done"));
    let thread = harness.thread().await;
    let result = thread.run("write files").await.expect("run");
    assert_eq!(
        file_changes(&result.items),
        [
            PatchApplyStatus::Completed,
            PatchApplyStatus::Declined,
            PatchApplyStatus::Declined,
            PatchApplyStatus::Declined,
        ],
        "{:?}",
        result.items
    );
    assert!(workspace.join("inside.txt").exists());
    assert!(!escape.exists());
    assert!(!outside.path().join("through-link.txt").exists());
    assert!(
        !workspace
            .parent()
            .expect("parent")
            .join("sibling.txt")
            .exists()
    );
    harness.close().await;
}

const THREAD: &str = "thread-1";

/// A command approval for `ls` in `/work` with `extra` members merged into its params.
fn command_request(id: u64, extra: Value) -> Value {
    let mut params = json!({
        "threadId": THREAD, "turnId": "turn-1", "itemId": "call-1", "startedAtMs": 1,
        "command": "/bin/bash -lc ls", "cwd": "/work", "kind": "command",
        "availableDecisions": ["accept", "decline"]
    });
    merge(&mut params, extra);
    json!({"id": id, "method": "item/commandExecution/requestApproval", "params": params})
}

fn merge(params: &mut Value, extra: Value) {
    if let (Some(params), Value::Object(extra)) = (params.as_object_mut(), extra) {
        params.extend(extra);
    }
}

/// What the client answers to each of `requests`.
async fn decisions(codex_approvals: Approvals, requests: &[Value]) -> Vec<Value> {
    let (_codex, mut server) =
        fake_server::start(Codex::builder().approval_handler(codex_approvals)).await;
    let mut answers = Vec::new();
    for request in requests {
        server.send(request).await;
        let answer = server.receive().await;
        assert_eq!(answer["id"], request["id"], "{answer}");
        answers.push(answer["result"]["decision"].clone());
    }
    answers
}

/// Requests for `ls` that each ask for more than running it once.
fn escalated_commands() -> Vec<Value> {
    vec![
        command_request(
            1,
            json!({"additionalPermissions": {"network": {"enabled": true}}}),
        ),
        command_request(
            2,
            json!({"networkApprovalContext": {"host": "example.com", "protocol": "https"}}),
        ),
        command_request(
            3,
            json!({"proposedNetworkPolicyAmendments": [{"host": "example.com", "action": "allow"}]}),
        ),
        command_request(4, json!({"kind": "writeStdin"})),
        command_request(5, json!({"kind": "somethingNewer"})),
        command_request(6, json!({"grantForTheSession": true})),
        command_request(7, json!({"availableDecisions": ["decline", "cancel"]})),
    ]
}

#[tokio::test]
async fn the_command_helpers_decline_every_escalation() {
    let allow_ls = || CommandAllowList::new().program(ProgramRule::new("ls"));
    let mut requests = escalated_commands();
    requests.push(command_request(8, json!({})));
    for approvals in [
        Approvals::new().accept_commands_in(allow_ls()),
        Approvals::new().accept_commands_if(|_| true),
    ] {
        let mut expected = vec![json!("decline"); requests.len() - 1];
        expected.push(json!("accept"));
        assert_eq!(decisions(approvals, &requests).await, expected);
    }
}

#[tokio::test]
async fn the_dangerous_helper_grants_escalations_its_rule_accepts() {
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let approvals = Approvals::new().dangerously_accept_escalated_commands_if({
        let seen = Arc::clone(&seen);
        move |request| {
            seen.lock().expect("lock").push(request.escalations());
            true
        }
    });
    let answers = decisions(approvals, &escalated_commands()).await;
    // All but the request that does not offer `accept`.
    let mut expected = vec![json!("accept"); 6];
    expected.push(json!("decline"));
    assert_eq!(answers, expected);
    let seen = seen.lock().expect("lock").clone();
    assert_eq!(seen[0], [Escalation::AdditionalPermissions]);
    assert_eq!(
        seen[1],
        [Escalation::NetworkAccess {
            host: "example.com".to_owned()
        }]
    );
    assert_eq!(seen[2], [Escalation::NetworkPolicyAmendments]);
    assert!(
        matches!(seen[3][..], [Escalation::Kind(_)]),
        "{:?}",
        seen[3]
    );
    assert_eq!(
        seen[5],
        [Escalation::UnknownFields(vec![
            "grantForTheSession".to_owned()
        ])]
    );
}

/// `item/started` of a `fileChange` item that adds `path`.
fn announce(item_id: &str, path: &str) -> Value {
    json!({"method": "item/started", "params": {
        "threadId": THREAD, "turnId": "turn-1", "startedAtMs": 1,
        "item": {"type": "fileChange", "id": item_id, "status": "inProgress",
                 "changes": [{"path": path, "kind": {"type": "add"}, "diff": "x\n"}]}
    }})
}

fn file_change_request(id: u64, item_id: &str, extra: Value) -> Value {
    let mut params = json!({
        "threadId": THREAD, "turnId": "turn-1", "itemId": item_id, "startedAtMs": 1
    });
    merge(&mut params, extra);
    json!({"id": id, "method": "item/fileChange/requestApproval", "params": params})
}

#[tokio::test]
async fn the_file_change_helper_sees_the_announced_paths_and_declines_escalations() {
    let folder = tempfile::tempdir().expect("tempdir");
    let inside = folder.path().join("a.txt").display().to_string();
    let approvals = Approvals::new().accept_file_changes_inside(folder.path());
    let (_codex, mut server) =
        fake_server::start(Codex::builder().approval_handler(approvals)).await;
    let cases = [
        (
            Some(announce("p-1", &inside)),
            file_change_request(1, "p-1", json!({})),
            "accept",
        ),
        (
            Some(announce("p-2", "/etc/passwd")),
            file_change_request(2, "p-2", json!({})),
            "decline",
        ),
        (
            None,
            file_change_request(3, "never-announced", json!({})),
            "decline",
        ),
        (
            Some(announce("p-4", &inside)),
            file_change_request(4, "p-4", json!({"grantRoot": "/"})),
            "decline",
        ),
        (
            Some(announce("p-5", &inside)),
            file_change_request(5, "p-5", json!({"writeAnywhere": true})),
            "decline",
        ),
    ];
    for (announcement, request, expected) in cases {
        if let Some(announcement) = announcement {
            server.send(&announcement).await;
        }
        server.send(&request).await;
        let answer = server.receive().await;
        assert_eq!(
            answer["result"]["decision"], expected,
            "{request}: {answer}"
        );
    }
}
