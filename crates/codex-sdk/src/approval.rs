//! Approvals and the other requests the server sends to the client: who decides, and what is
//! answered when nobody does.

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

/// Who decides on approvals in a thread: the server's policy fields, chosen for you.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ApprovalMode {
    /// The server's auto-reviewer decides (`approvalPolicy: on-request`,
    /// `approvalsReviewer: auto_review`). The Python SDK's default.
    #[default]
    AutoReview,
    /// Nothing that needs approval is allowed (`approvalPolicy: never`).
    DenyAll,
    /// Every approval comes to this client's [`ApprovalHandler`] (`approvalPolicy:
    /// on-request`, `approvalsReviewer: user`). The default when the [`Codex`](crate::Codex)
    /// was built with a handler.
    AskClient,
}

impl ApprovalMode {
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
/// implement only the ones you care about; the defaults are what a [`Codex`](crate::Codex)
/// without a handler answers:
///
/// | request | default answer |
/// |---|---|
/// | command execution (`item/commandExecution/requestApproval`) | `accept` (as the Python SDK) |
/// | file change (`item/fileChange/requestApproval`) | `accept` (as the Python SDK) |
/// | permissions (`item/permissions/requestApproval`) | grant nothing, for this turn |
/// | user input (`item/tool/requestUserInput`) | no answers |
/// | MCP elicitation (`mcpServer/elicitation/request`) | `decline` |
/// | legacy `execCommandApproval` / `applyPatchApproval` | `approved` |
///
/// Requests for dynamic tools (`item/tool/call`) go to the tools registered on the thread;
/// any other request is answered with a JSON-RPC "method not found" error, so the server
/// never waits forever. Each request is handled in its own task: a slow answer holds up
/// nothing else.
pub trait ApprovalHandler: Send + Sync + 'static {
    /// A command wants to run.
    fn command_execution(
        &self,
        request: CommandExecutionRequestApprovalParams,
    ) -> impl Future<Output = CommandExecutionRequestApprovalResponse> + Send {
        let _ = request;
        async {
            CommandExecutionRequestApprovalResponse {
                decision: CommandExecutionApprovalDecision::Accept,
            }
        }
    }

    /// Files are about to change.
    fn file_change(
        &self,
        request: FileChangeRequestApprovalParams,
    ) -> impl Future<Output = FileChangeRequestApprovalResponse> + Send {
        let _ = request;
        async {
            FileChangeRequestApprovalResponse {
                decision: FileChangeApprovalDecision::Accept,
            }
        }
    }

    /// The agent asks for more permissions (file system, network).
    fn permissions(
        &self,
        request: PermissionsRequestApprovalParams,
    ) -> impl Future<Output = PermissionsRequestApprovalResponse> + Send {
        let _ = request;
        async {
            PermissionsRequestApprovalResponse {
                permissions: GrantedPermissionProfile {
                    file_system: None,
                    network: None,
                },
                scope: PermissionGrantScope::Turn,
                strict_auto_review: None,
            }
        }
    }

    /// The agent asks the user questions.
    fn user_input(
        &self,
        request: ToolRequestUserInputParams,
    ) -> impl Future<Output = ToolRequestUserInputResponse> + Send {
        let _ = request;
        async {
            ToolRequestUserInputResponse {
                answers: Default::default(),
            }
        }
    }

    /// An MCP server asks the user for input.
    fn mcp_elicitation(
        &self,
        request: McpServerElicitationRequestParams,
    ) -> impl Future<Output = McpServerElicitationRequestResponse> + Send {
        let _ = request;
        async {
            McpServerElicitationRequestResponse {
                action: McpServerElicitationAction::Decline,
                content: None,
                meta: None,
            }
        }
    }

    /// The legacy (v1) command approval.
    fn exec_command_legacy(
        &self,
        request: ExecCommandApprovalParams,
    ) -> impl Future<Output = ExecCommandApprovalResponse> + Send {
        let _ = request;
        async {
            ExecCommandApprovalResponse {
                decision: ReviewDecision::Approved,
            }
        }
    }

    /// The legacy (v1) patch approval.
    fn apply_patch_legacy(
        &self,
        request: ApplyPatchApprovalParams,
    ) -> impl Future<Output = ApplyPatchApprovalResponse> + Send {
        let _ = request;
        async {
            ApplyPatchApprovalResponse {
                decision: ReviewDecision::Approved,
            }
        }
    }
}

/// The defaults of [`ApprovalHandler`], for a [`Codex`](crate::Codex) built without a handler.
#[derive(Debug, Clone, Copy, Default)]
pub struct DefaultApprovals;

impl ApprovalHandler for DefaultApprovals {}

type Boxed<T> = Pin<Box<dyn Future<Output = T> + Send>>;
type Callback<P, R> = Arc<dyn Fn(P) -> Boxed<R> + Send + Sync>;

/// An [`ApprovalHandler`] made of closures, one per request kind you care about; the others
/// get the defaults.
///
/// ```
/// use codex_protocol::{CommandExecutionApprovalDecision, CommandExecutionRequestApprovalResponse};
/// use codex_sdk::Approvals;
///
/// let approvals = Approvals::new().on_command(|request| async move {
///     let safe = request.command.as_deref().is_some_and(|c| c.starts_with("ls"));
///     let decision = if safe { CommandExecutionApprovalDecision::Accept } else { CommandExecutionApprovalDecision::Decline };
///     CommandExecutionRequestApprovalResponse { decision }
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
}

impl std::fmt::Debug for Approvals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Approvals")
            .field("command", &self.command.is_some())
            .field("file_change", &self.file_change.is_some())
            .field("permissions", &self.permissions.is_some())
            .field("user_input", &self.user_input.is_some())
            .field("mcp_elicitation", &self.mcp_elicitation.is_some())
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
}
