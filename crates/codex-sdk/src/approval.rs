//! Approvals and the other requests the server sends to the client: who decides, and what is
//! answered when nobody does. Everything fails closed: what lets the agent act is refused
//! unless the user's code says yes.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use codex_protocol::{
    ApplyPatchApprovalParams, ApplyPatchApprovalResponse, ApprovalsReviewer, AskForApproval,
    CommandExecutionApprovalDecision, CommandExecutionRequestApprovalParams,
    CommandExecutionRequestApprovalResponse, ExecCommandApprovalParams,
    ExecCommandApprovalResponse, FileChangeApprovalDecision, FileChangeRequestApprovalParams,
    FileChangeRequestApprovalResponse, GrantedPermissionProfile, McpServerElicitationAction,
    McpServerElicitationRequestParams, McpServerElicitationRequestResponse, PermissionGrantScope,
    PermissionsRequestApprovalParams, PermissionsRequestApprovalResponse, ReviewDecision,
    ToolRequestUserInputParams, ToolRequestUserInputResponse,
};
use codex_transport::{ErrorCode, RpcError};
use serde_json::Value;

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

/// Answers the requests the server sends while a turn runs. Every method has a default, so
/// implement only the ones you care about. The defaults fail closed, and are what a
/// [`Codex`](crate::Codex) without a handler answers:
///
/// | request | default answer |
/// |---|---|
/// | command execution (`item/commandExecution/requestApproval`) | `decline` |
/// | file change (`item/fileChange/requestApproval`) | `decline` |
/// | permissions (`item/permissions/requestApproval`) | grant nothing, for this turn |
/// | user input (`item/tool/requestUserInput`) | no answers |
/// | MCP elicitation (`mcpServer/elicitation/request`) | `decline` |
/// | legacy `execCommandApproval` / `applyPatchApproval` | `denied` |
/// | any other request ([`other_request`](ApprovalHandler::other_request)) | a JSON-RPC "method not found" error |
///
/// Accepting everything is [`DangerouslyAcceptAll`], an explicit choice. Requests for dynamic
/// tools (`item/tool/call`) go to the tools registered on the thread. Each request is handled
/// in its own task: a slow answer holds up nothing else. A handler that panics is answered
/// for with a JSON-RPC "internal error" (the server treats that as a refusal), and the
/// connection goes on.
pub trait ApprovalHandler: Send + Sync + 'static {
    /// A command wants to run.
    fn command_execution(
        &self,
        request: CommandExecutionRequestApprovalParams,
    ) -> impl Future<Output = CommandExecutionRequestApprovalResponse> + Send {
        let _ = request;
        async { CommandExecutionRequestApprovalResponse::decline() }
    }

    /// Files are about to change.
    fn file_change(
        &self,
        request: FileChangeRequestApprovalParams,
    ) -> impl Future<Output = FileChangeRequestApprovalResponse> + Send {
        let _ = request;
        async { FileChangeRequestApprovalResponse::decline() }
    }

    /// The agent asks for more permissions (file system, network).
    fn permissions(
        &self,
        request: PermissionsRequestApprovalParams,
    ) -> impl Future<Output = PermissionsRequestApprovalResponse> + Send {
        let _ = request;
        async {
            PermissionsRequestApprovalResponse::new(GrantedPermissionProfile::new())
                .with_scope(PermissionGrantScope::Turn)
        }
    }

    /// The agent asks the user questions.
    fn user_input(
        &self,
        request: ToolRequestUserInputParams,
    ) -> impl Future<Output = ToolRequestUserInputResponse> + Send {
        let _ = request;
        async { ToolRequestUserInputResponse::new(std::collections::HashMap::new()) }
    }

    /// An MCP server asks the user for input.
    fn mcp_elicitation(
        &self,
        request: McpServerElicitationRequestParams,
    ) -> impl Future<Output = McpServerElicitationRequestResponse> + Send {
        let _ = request;
        async { McpServerElicitationRequestResponse::decline() }
    }

    /// The legacy (v1) command approval.
    fn exec_command_legacy(
        &self,
        request: ExecCommandApprovalParams,
    ) -> impl Future<Output = ExecCommandApprovalResponse> + Send {
        let _ = request;
        async { ExecCommandApprovalResponse::decline() }
    }

    /// The legacy (v1) patch approval.
    fn apply_patch_legacy(
        &self,
        request: ApplyPatchApprovalParams,
    ) -> impl Future<Output = ApplyPatchApprovalResponse> + Send {
        let _ = request;
        async { ApplyPatchApprovalResponse::decline() }
    }

    /// Any other request of the server: methods this SDK does not model
    /// (`account/chatgptAuthTokens/refresh`, `attestation/generate`, `currentTime/read`) and
    /// methods newer than it, with their params as JSON. Return the JSON-RPC `result`, or an
    /// error. The default refuses with "method not found".
    fn other_request(
        &self,
        method: &str,
        params: Value,
    ) -> impl Future<Output = Result<Value, RpcError>> + Send {
        let _ = params;
        let error = refuse(method);
        async move { Err(error) }
    }
}

/// The legacy refusal, with the reason the agent is told.
fn denied() -> ReviewDecision {
    ReviewDecision::Denied {
        rejection: "declined by the client".to_owned(),
    }
}

/// The answer to a request nobody handles.
pub(crate) fn refuse(method: &str) -> RpcError {
    RpcError {
        code: ErrorCode::METHOD_NOT_FOUND,
        message: format!(
            "the client does not answer `{method}`: set an approval handler that does"
        ),
        data: None,
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

/// Yes-or-no answers to an approval, made without spelling out the decision enums:
/// `CommandExecutionRequestApprovalResponse::accept_if(safe)`.
pub trait Decision: Sized {
    /// Let the agent go ahead, this once.
    fn accept() -> Self;

    /// Refuse; the agent is told and goes on without it.
    fn decline() -> Self;

    /// [`accept`](Decision::accept) when `yes`, else [`decline`](Decision::decline).
    fn accept_if(yes: bool) -> Self {
        if yes { Self::accept() } else { Self::decline() }
    }
}

/// `impl Decision for $response`: each is the response's constructor over one decision.
macro_rules! decisions {
    ($($response:ty: $accept:expr, $decline:expr;)*) => {$(
        impl Decision for $response {
            fn accept() -> Self {
                Self::new($accept)
            }
            fn decline() -> Self {
                Self::new($decline)
            }
        }
    )*};
}

decisions! {
    CommandExecutionRequestApprovalResponse:
        CommandExecutionApprovalDecision::Accept, CommandExecutionApprovalDecision::Decline;
    FileChangeRequestApprovalResponse:
        FileChangeApprovalDecision::Accept, FileChangeApprovalDecision::Decline;
    ExecCommandApprovalResponse: ReviewDecision::Approved, denied();
    ApplyPatchApprovalResponse: ReviewDecision::Approved, denied();
    McpServerElicitationRequestResponse:
        McpServerElicitationAction::Accept, McpServerElicitationAction::Decline;
}

type Boxed<T> = Pin<Box<dyn Future<Output = T> + Send>>;
type Callback<P, R> = Arc<dyn Fn(P) -> Boxed<R> + Send + Sync>;

/// An [`ApprovalHandler`] made of closures, one per request kind you care about; the others
/// get the defaults, which refuse (setting only `on_command` declines every file change).
///
/// ```
/// use codex_sdk::Approvals;
/// use codex_sdk::protocol::CommandAction;
///
/// // Accept a command only when the server parsed every part of it as a read-only action.
/// let approvals = Approvals::new().accept_commands_if(|request| {
///     let actions = request.command_actions.as_deref().unwrap_or_default();
///     !actions.is_empty()
///         && actions.iter().all(|action| matches!(action, CommandAction::Read { .. } | CommandAction::ListFiles { .. }))
/// });
/// ```
#[derive(Clone, Default)]
pub struct Approvals {
    command: Option<
        Callback<CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse>,
    >,
    file_change:
        Option<Callback<FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse>>,
    permissions:
        Option<Callback<PermissionsRequestApprovalParams, PermissionsRequestApprovalResponse>>,
    user_input: Option<Callback<ToolRequestUserInputParams, ToolRequestUserInputResponse>>,
    mcp_elicitation:
        Option<Callback<McpServerElicitationRequestParams, McpServerElicitationRequestResponse>>,
    other: Option<Callback<(String, Value), Result<Value, RpcError>>>,
}

impl std::fmt::Debug for Approvals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Approvals")
            .field("command", &self.command.is_some())
            .field("file_change", &self.file_change.is_some())
            .field("permissions", &self.permissions.is_some())
            .field("user_input", &self.user_input.is_some())
            .field("mcp_elicitation", &self.mcp_elicitation.is_some())
            .field("other", &self.other.is_some())
            .finish()
    }
}

fn boxed<P, R, F, Fut>(callback: F) -> Callback<P, R>
where
    F: Fn(P) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = R> + Send + 'static,
{
    Arc::new(move |params| Box::pin(callback(params)))
}

impl Approvals {
    /// Every request gets the default answer until a closure is set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Decides on commands.
    #[must_use]
    pub fn on_command<F, Fut>(mut self, decide: F) -> Self
    where
        F: Fn(CommandExecutionRequestApprovalParams) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = CommandExecutionRequestApprovalResponse> + Send + 'static,
    {
        self.command = Some(boxed(decide));
        self
    }

    /// Accepts the commands for which `accept` returns true and declines the rest.
    #[must_use]
    pub fn accept_commands_if<F>(self, accept: F) -> Self
    where
        F: Fn(&CommandExecutionRequestApprovalParams) -> bool + Send + Sync + 'static,
    {
        self.on_command(move |request| {
            let answer = CommandExecutionRequestApprovalResponse::accept_if(accept(&request));
            async move { answer }
        })
    }

    /// Accepts the file changes for which `accept` returns true and declines the rest.
    #[must_use]
    pub fn accept_file_changes_if<F>(self, accept: F) -> Self
    where
        F: Fn(&FileChangeRequestApprovalParams) -> bool + Send + Sync + 'static,
    {
        self.on_file_change(move |request| {
            let answer = FileChangeRequestApprovalResponse::accept_if(accept(&request));
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

    /// Decides on file changes.
    #[must_use]
    pub fn on_file_change<F, Fut>(mut self, decide: F) -> Self
    where
        F: Fn(FileChangeRequestApprovalParams) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = FileChangeRequestApprovalResponse> + Send + 'static,
    {
        self.file_change = Some(boxed(decide));
        self
    }

    /// Decides on permission requests.
    #[must_use]
    pub fn on_permissions<F, Fut>(mut self, decide: F) -> Self
    where
        F: Fn(PermissionsRequestApprovalParams) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = PermissionsRequestApprovalResponse> + Send + 'static,
    {
        self.permissions = Some(boxed(decide));
        self
    }

    /// Answers the agent's questions.
    #[must_use]
    pub fn on_user_input<F, Fut>(mut self, answer: F) -> Self
    where
        F: Fn(ToolRequestUserInputParams) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ToolRequestUserInputResponse> + Send + 'static,
    {
        self.user_input = Some(boxed(answer));
        self
    }

    /// Answers MCP elicitations.
    #[must_use]
    pub fn on_mcp_elicitation<F, Fut>(mut self, answer: F) -> Self
    where
        F: Fn(McpServerElicitationRequestParams) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = McpServerElicitationRequestResponse> + Send + 'static,
    {
        self.mcp_elicitation = Some(boxed(answer));
        self
    }
}

impl ApprovalHandler for Approvals {
    async fn command_execution(
        &self,
        request: CommandExecutionRequestApprovalParams,
    ) -> CommandExecutionRequestApprovalResponse {
        match &self.command {
            Some(decide) => decide(request).await,
            None => DefaultApprovals.command_execution(request).await,
        }
    }

    async fn file_change(
        &self,
        request: FileChangeRequestApprovalParams,
    ) -> FileChangeRequestApprovalResponse {
        match &self.file_change {
            Some(decide) => decide(request).await,
            None => DefaultApprovals.file_change(request).await,
        }
    }

    async fn permissions(
        &self,
        request: PermissionsRequestApprovalParams,
    ) -> PermissionsRequestApprovalResponse {
        match &self.permissions {
            Some(decide) => decide(request).await,
            None => DefaultApprovals.permissions(request).await,
        }
    }

    async fn user_input(
        &self,
        request: ToolRequestUserInputParams,
    ) -> ToolRequestUserInputResponse {
        match &self.user_input {
            Some(answer) => answer(request).await,
            None => DefaultApprovals.user_input(request).await,
        }
    }

    async fn mcp_elicitation(
        &self,
        request: McpServerElicitationRequestParams,
    ) -> McpServerElicitationRequestResponse {
        match &self.mcp_elicitation {
            Some(answer) => answer(request).await,
            None => DefaultApprovals.mcp_elicitation(request).await,
        }
    }

    async fn other_request(&self, method: &str, params: Value) -> Result<Value, RpcError> {
        match &self.other {
            Some(answer) => answer((method.to_owned(), params)).await,
            None => DefaultApprovals.other_request(method, params).await,
        }
    }
}
