//! Approvals and the other requests the server sends to the client: who decides (the mode,
//! the ready-made handlers, the rules on [`Approvals`]). Everything fails closed: what lets
//! the agent act is refused unless the user's code says yes (the answers themselves are in
//! `decision.rs`).

use std::future::Future;
use std::path::PathBuf;

use codex_protocol::{
    ApplyPatchApprovalParams, ApplyPatchApprovalResponse, ApprovalsReviewer, AskForApproval,
    CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse,
    ExecCommandApprovalParams, ExecCommandApprovalResponse, FileChangeRequestApprovalParams,
    FileChangeRequestApprovalResponse, GrantedPermissionProfile, PermissionGrantScope,
    PermissionsRequestApprovalParams, PermissionsRequestApprovalResponse,
};
use codex_transport::RpcError;
use serde_json::Value;

use crate::allow_list::CommandAllowList;
use crate::answer::boxed;
use crate::approval_request::{CommandRequest, FileChangeRequest};
use crate::decision::Decision;
pub use crate::handler::{ApprovalHandler, Approvals};

/// Who decides on approvals in a thread: the server's policy fields, chosen for you.
///
/// The client's mode is sent on `thread/start`, `thread/resume` and `thread/fork`, and on the
/// turns of a handle made with [`Codex::thread`](crate::Codex::thread), unless the options
/// set a policy themselves: a thread never silently keeps a policy stored by someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ApprovalMode {
    /// Nothing that needs approval is allowed (`approvalPolicy: never`): the agent works inside
    /// its sandbox and is never granted more. The default without an approval handler.
    #[default]
    DenyAll,
    /// Every approval comes to this client's [`ApprovalHandler`] (`approvalPolicy:
    /// on-request`, `approvalsReviewer: user`). The default with a handler; without one, the
    /// SDK declines every request.
    AskClient,
    /// The server's auto-reviewer, a model, decides (`approvalPolicy: on-request`,
    /// `approvalsReviewer: auto_review`). The Python SDK's default; here an explicit choice,
    /// since no person says yes.
    AutoReview,
}

impl ApprovalMode {
    /// Fills the policy fields of params with `mode` when they name no policy (the user's own
    /// choice in the options always wins).
    pub(crate) fn fill(
        mode: Option<ApprovalMode>,
        policy: &mut Option<AskForApproval>,
        reviewer: &mut Option<ApprovalsReviewer>,
    ) {
        if let (None, Some(mode)) = (&policy, mode) {
            let (mode_policy, mode_reviewer) = mode.policy();
            *policy = Some(mode_policy);
            *reviewer = reviewer.take().or(mode_reviewer);
        }
    }

    /// The `approvalPolicy` and `approvalsReviewer` this mode sends.
    pub fn policy(self) -> (AskForApproval, Option<ApprovalsReviewer>) {
        match self {
            ApprovalMode::AutoReview => (
                AskForApproval::OnRequest,
                Some(ApprovalsReviewer::AutoReview),
            ),
            ApprovalMode::DenyAll => (AskForApproval::Never, None),
            ApprovalMode::AskClient => (AskForApproval::OnRequest, Some(ApprovalsReviewer::User)),
        }
    }
}

/// The defaults of [`ApprovalHandler`], for a [`Codex`](crate::Codex) built without a handler:
/// every request that would let the agent act is refused.
#[derive(Debug, Clone, Copy, Default)]
pub struct DefaultApprovals;

impl ApprovalHandler for DefaultApprovals {}

/// Accepts every command and file change and grants every permission asked for, with no
/// person deciding. Only for sandboxes you can throw away: the agent runs whatever the model
/// asks for. MCP elicitations, questions and unknown requests are still refused.
///
/// ```no_run
/// # async fn demo() -> codex_sdk::Result<()> {
/// use codex_sdk::{Codex, DangerouslyAcceptAll};
///
/// let codex = Codex::builder().approval_handler(DangerouslyAcceptAll).start().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DangerouslyAcceptAll;

impl ApprovalHandler for DangerouslyAcceptAll {
    async fn command_execution(
        &self,
        _request: CommandExecutionRequestApprovalParams,
    ) -> CommandExecutionRequestApprovalResponse {
        CommandExecutionRequestApprovalResponse::accept()
    }

    async fn file_change(
        &self,
        _request: FileChangeRequestApprovalParams,
    ) -> FileChangeRequestApprovalResponse {
        FileChangeRequestApprovalResponse::accept()
    }

    async fn permissions(
        &self,
        request: PermissionsRequestApprovalParams,
    ) -> PermissionsRequestApprovalResponse {
        let asked = request.permissions;
        let mut granted = GrantedPermissionProfile::new();
        granted.file_system = asked.file_system;
        granted.network = asked.network;
        PermissionsRequestApprovalResponse::new(granted).with_scope(PermissionGrantScope::Turn)
    }

    async fn exec_command_legacy(
        &self,
        _request: ExecCommandApprovalParams,
    ) -> ExecCommandApprovalResponse {
        ExecCommandApprovalResponse::accept()
    }

    async fn apply_patch_legacy(
        &self,
        _request: ApplyPatchApprovalParams,
    ) -> ApplyPatchApprovalResponse {
        ApplyPatchApprovalResponse::accept()
    }
}

/// The rules built on the generated setters of [`Approvals`], and the hook for requests newer
/// than this SDK.
///
/// Accepting a command under [`ApprovalMode::AskClient`] lets it run **outside the sandbox**,
/// and a request may ask for more than that (see [`Escalation`](crate::Escalation)). So each rule decides on the
/// whole request ([`CommandRequest`], [`FileChangeRequest`]), and the helpers accept only when
/// the rule says yes, the request asks for nothing beyond the one command (or the announced
/// changes) once, and the server offers `accept`; everything else is declined. Granting more
/// is a separate choice, named as such: [`dangerously_accept_escalated_commands_if`] and
/// [`dangerously_accept_escalated_file_changes_if`].
///
/// [`dangerously_accept_escalated_commands_if`]: Approvals::dangerously_accept_escalated_commands_if
/// [`dangerously_accept_escalated_file_changes_if`]: Approvals::dangerously_accept_escalated_file_changes_if
impl Approvals {
    /// Accepts a command when `rule` says yes to it and the request asks for nothing beyond
    /// running that command once; declines the rest. `rule` sees the command as argv
    /// ([`CommandRequest::argv`], `None` when it is not one simple command), its `cwd` and the
    /// whole request. Never decide on the server's `command_actions`: they are a best-effort
    /// parse for display (`find . -delete` parses as a search).
    #[must_use]
    pub fn accept_commands_if<F>(self, rule: F) -> Self
    where
        F: Fn(&CommandRequest<'_>) -> bool + Send + Sync + 'static,
    {
        self.on_command_execution(move |params| {
            let request = CommandRequest::new(&params);
            let yes = request.escalations().is_empty() && request.offers_accept() && rule(&request);
            let answer = CommandExecutionRequestApprovalResponse::accept_if(yes);
            async move { answer }
        })
    }

    /// Accepts the commands `list` allows (one simple command, an exact program with listed
    /// arguments), when the request asks for nothing beyond running it once; declines the rest.
    #[must_use]
    pub fn accept_commands_in(self, list: CommandAllowList) -> Self {
        self.accept_commands_if(move |request| request.argv().is_some_and(|argv| list.allows(argv)))
    }

    /// Accepts a command when `rule` says yes, **whatever else the request asks for**: extra
    /// permissions, network access, input into a running process, fields this SDK does not
    /// know ([`CommandRequest::escalations`] lists them; `rule` must weigh them). Still only
    /// when the server offers `accept`.
    #[must_use]
    pub fn dangerously_accept_escalated_commands_if<F>(self, rule: F) -> Self
    where
        F: Fn(&CommandRequest<'_>) -> bool + Send + Sync + 'static,
    {
        self.on_command_execution(move |params| {
            let request = CommandRequest::new(&params);
            let yes = request.offers_accept() && rule(&request);
            let answer = CommandExecutionRequestApprovalResponse::accept_if(yes);
            async move { answer }
        })
    }

    /// Accepts a file change when its changes were announced, `rule` says yes to them
    /// ([`FileChangeRequest::paths`], [`FileChangeRequest::all_inside`]), and the request asks
    /// for nothing beyond making them once (no `grantRoot`); declines the rest.
    #[must_use]
    pub fn accept_file_changes_if<F>(self, rule: F) -> Self
    where
        F: Fn(&FileChangeRequest<'_>) -> bool + Send + Sync + 'static,
    {
        self.on_file_change(move |params| {
            let request = FileChangeRequest::new(&params);
            let yes =
                request.changes().is_some() && request.escalations().is_empty() && rule(&request);
            let answer = FileChangeRequestApprovalResponse::accept_if(yes);
            async move { answer }
        })
    }

    /// Accepts the file changes whose every written path is inside `folder` (see
    /// [`FileChangeRequest::all_inside`]), when the request asks for nothing more; declines the
    /// rest.
    #[must_use]
    pub fn accept_file_changes_inside(self, folder: impl Into<PathBuf>) -> Self {
        let folder = folder.into();
        self.accept_file_changes_if(move |request| request.all_inside(&folder))
    }

    /// Accepts a file change when `rule` says yes, **whatever else the request asks for**
    /// (`grantRoot`: writes under a folder for the rest of the session; fields this SDK does
    /// not know; changes the connection never saw announced: [`FileChangeRequest::changes`] is
    /// then `None`). `rule` must weigh [`FileChangeRequest::escalations`].
    #[must_use]
    pub fn dangerously_accept_escalated_file_changes_if<F>(self, rule: F) -> Self
    where
        F: Fn(&FileChangeRequest<'_>) -> bool + Send + Sync + 'static,
    {
        self.on_file_change(move |params| {
            let answer = FileChangeRequestApprovalResponse::accept_if(rule(
                &FileChangeRequest::new(&params),
            ));
            async move { answer }
        })
    }

    /// Answers the requests this SDK does not model, and methods newer than it: `answer` gets
    /// the method and its params, and returns the JSON-RPC result or error.
    #[must_use]
    pub fn on_other_request<F, Fut>(mut self, answer: F) -> Self
    where
        F: Fn(String, Value) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, RpcError>> + Send + 'static,
    {
        self.other = Some(boxed(move |(method, params)| answer(method, params)));
        self
    }
}
