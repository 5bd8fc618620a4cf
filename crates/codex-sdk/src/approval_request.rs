//! What an approval request asks for, read whole: the command as argv, the files a change
//! touches, and every grant beyond running that one command (or making those changes) once.
//!
//! Accepting a command under `AskClient` lets it run **outside the sandbox**. The rule helpers
//! of [`Approvals`](crate::Approvals) decide on these views, and decline by default whatever
//! [`Escalation`] a request carries.

use std::path::{Component, Path};
use std::sync::Arc;

use codex_protocol::{
    CommandExecutionApprovalDecision, CommandExecutionApprovalKind,
    CommandExecutionRequestApprovalParams, FileChangeRequestApprovalParams, FileUpdateChange,
    PatchChangeKind, UnknownFields,
};

use crate::command_line::simple_argv;

/// Something accepting an approval would grant beyond running the one command once (or making
/// the announced file changes once).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Escalation {
    /// `additionalPermissions`: more file-system or network access for the command.
    AdditionalPermissions,
    /// `networkApprovalContext`: the request is for network access to `host`.
    NetworkAccess {
        /// The host the command wants to reach.
        host: String,
    },
    /// `proposedNetworkPolicyAmendments`: hosts to allow or deny for later requests too.
    NetworkPolicyAmendments,
    /// A request of another kind than running a new command (`writeStdin`: input into a
    /// process that already runs, and kinds newer than this SDK).
    Kind(CommandExecutionApprovalKind),
    /// `grantRoot` of a file change: writes anywhere under this folder for the rest of the
    /// session.
    GrantRoot(String),
    /// Members of the request this version of the SDK does not know: a newer server may be
    /// asking for more than the fields it knows say.
    UnknownFields(Vec<String>),
}

fn unknown(fields: &UnknownFields) -> Option<Escalation> {
    (!fields.is_empty())
        .then(|| Escalation::UnknownFields(fields.names().map(str::to_owned).collect()))
}

/// A command approval (`item/commandExecution/requestApproval`), read whole.
///
/// ```
/// use codex_sdk::CommandRequest;
/// use codex_sdk::protocol::CommandExecutionRequestApprovalParams;
///
/// let params: CommandExecutionRequestApprovalParams = serde_json::from_value(serde_json::json!({
///     "threadId": "t", "turnId": "u", "itemId": "i", "startedAtMs": 0,
///     "command": "/bin/bash -lc 'ls -la src'", "cwd": "/work",
/// }))?;
/// let request = CommandRequest::new(&params);
/// assert_eq!(request.argv(), Some(&["ls".to_owned(), "-la".into(), "src".into()][..]));
/// assert_eq!(request.command(), Some("/bin/bash -lc 'ls -la src'"));
/// assert!(request.escalations().is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CommandRequest<'a> {
    params: &'a CommandExecutionRequestApprovalParams,
    argv: Option<Vec<String>>,
}

impl<'a> CommandRequest<'a> {
    /// Reads `params`.
    pub fn new(params: &'a CommandExecutionRequestApprovalParams) -> Self {
        let argv = params.command.as_deref().and_then(simple_argv);
        CommandRequest { params, argv }
    }

    /// The request as the server sent it.
    pub fn params(&self) -> &'a CommandExecutionRequestApprovalParams {
        self.params
    }

    /// The program and its arguments, as the shell will split them, when the command is one
    /// simple command: the script of the server's `bash -lc '...'` wrapper, split into words.
    /// `None` for anything else (a chain, a pipe, a redirection, an expansion such as `$(...)`,
    /// a glob, an assignment, several lines), which no rule can read safely.
    #[doc(alias = "command_argv")]
    pub fn argv(&self) -> Option<&[String]> {
        self.argv.as_deref()
    }

    /// The command line as the server sent it (`bash -lc '...'` wrapper and all), for display
    /// and logs; rules decide on [`argv`](Self::argv).
    pub fn command(&self) -> Option<&str> {
        self.params.command.as_deref()
    }

    /// The folder the command runs in.
    pub fn cwd(&self) -> Option<&Path> {
        self.params
            .cwd
            .as_deref()
            .map(|cwd| Path::new(cwd.as_str()))
    }

    /// Why the agent asks (the model's justification), if it says.
    pub fn reason(&self) -> Option<&str> {
        self.params.reason.as_deref()
    }

    /// What accepting would grant beyond running this command once; empty for a plain request.
    ///
    /// A proposed execpolicy amendment (`proposedExecpolicyAmendment`, which the server
    /// attaches to almost every request) is not among them: a plain `accept` does not adopt
    /// it, only the answer `acceptWithExecpolicyAmendment` does, which no helper gives.
    pub fn escalations(&self) -> Vec<Escalation> {
        let params = self.params;
        let mut found = Vec::new();
        if params.additional_permissions.is_some() {
            found.push(Escalation::AdditionalPermissions);
        }
        if let Some(context) = &params.network_approval_context {
            found.push(Escalation::NetworkAccess {
                host: context.host.clone(),
            });
        }
        if params.proposed_network_policy_amendments.is_some() {
            found.push(Escalation::NetworkPolicyAmendments);
        }
        if params.kind != CommandExecutionApprovalKind::Command {
            found.push(Escalation::Kind(params.kind.clone()));
        }
        found.extend(unknown(&params.unknown_fields));
        found
    }

    /// Whether the server lets the client answer `accept` (an older server lists nothing, and
    /// takes it).
    pub fn offers_accept(&self) -> bool {
        self.params
            .available_decisions
            .as_ref()
            .is_none_or(|offered| {
                offered
                    .iter()
                    .any(|d| matches!(d, CommandExecutionApprovalDecision::Accept))
            })
    }
}

/// A file-change approval (`item/fileChange/requestApproval`), read whole: the request and the
/// changes of its `fileChange` item, which the server announces just before it asks.
///
/// Inside an approval handler of a [`Codex`](crate::Codex), [`new`](FileChangeRequest::new)
/// finds the changes the connection saw announced for the request's item; anywhere else, or
/// when none was seen, [`changes`](FileChangeRequest::changes) is `None`, and the helpers
/// decline: nobody can approve changes they cannot see.
#[derive(Debug, Clone)]
pub struct FileChangeRequest<'a> {
    params: &'a FileChangeRequestApprovalParams,
    changes: Option<Arc<[FileUpdateChange]>>,
}

impl<'a> FileChangeRequest<'a> {
    /// Reads `params`, with the changes announced for its item (see the type's docs).
    pub fn new(params: &'a FileChangeRequestApprovalParams) -> Self {
        let changes = crate::file_changes::announced(&params.thread_id, &params.item_id);
        FileChangeRequest { params, changes }
    }

    /// `params` with the `changes` they are about, for code that tracks the items itself.
    pub fn with_changes(
        params: &'a FileChangeRequestApprovalParams,
        changes: Vec<FileUpdateChange>,
    ) -> Self {
        FileChangeRequest {
            params,
            changes: Some(changes.into()),
        }
    }

    /// The request as the server sent it.
    pub fn params(&self) -> &'a FileChangeRequestApprovalParams {
        self.params
    }

    /// The changes (path, kind, diff), when their item was seen.
    pub fn changes(&self) -> Option<&[FileUpdateChange]> {
        self.changes.as_deref()
    }

    /// Every path the changes write: each changed file, and the destination of each move.
    /// `None` when the changes are not known.
    pub fn paths(&self) -> Option<Vec<&Path>> {
        let changes = self.changes()?;
        let mut paths = Vec::with_capacity(changes.len());
        for change in changes {
            paths.push(Path::new(change.path.as_str()));
            if let PatchChangeKind::Update {
                move_path: Some(to),
            } = &change.kind
            {
                paths.push(Path::new(to.as_str()));
            }
        }
        Some(paths)
    }

    /// Whether the changes are known, there is at least one, and every path they write is
    /// inside `folder`: absolute, without `..`, and, for what already exists on disk, not
    /// leading out of `folder` through a symbolic link. A change of a kind this SDK does not
    /// know is never inside.
    pub fn all_inside(&self, folder: impl AsRef<Path>) -> bool {
        let Ok(folder) = folder.as_ref().canonicalize() else {
            return false;
        };
        let known_kinds = self.changes().is_some_and(|changes| {
            changes
                .iter()
                .all(|c| !matches!(c.kind, PatchChangeKind::Unrecognized(_)))
        });
        known_kinds
            && self.paths().is_some_and(|paths| {
                !paths.is_empty() && paths.iter().all(|path| is_inside(path, &folder))
            })
    }

    /// Why the agent asks, if it says.
    pub fn reason(&self) -> Option<&str> {
        self.params.reason.as_deref()
    }

    /// What accepting would grant beyond making these changes once; empty for a plain request.
    pub fn escalations(&self) -> Vec<Escalation> {
        let mut found = Vec::new();
        if let Some(root) = &self.params.grant_root {
            found.push(Escalation::GrantRoot(root.clone()));
        }
        found.extend(unknown(&self.params.unknown_fields));
        found
    }
}

/// Whether `path` names something inside `folder` (canonical): judged on the deepest part of
/// `path` that exists, resolved, with the rest plain names that exist in no form yet (a dangling
/// symbolic link would be followed by the write).
fn is_inside(path: &Path, folder: &Path) -> bool {
    if !path.is_absolute() {
        return false;
    }
    let mut existing = path;
    loop {
        if let Ok(resolved) = existing.canonicalize() {
            return resolved.starts_with(folder);
        }
        let plain_name = matches!(
            existing.components().next_back(),
            Some(Component::Normal(_))
        );
        let absent = existing.symlink_metadata().is_err();
        match existing.parent() {
            Some(parent) if plain_name && absent => existing = parent,
            _ => return false,
        }
    }
}
