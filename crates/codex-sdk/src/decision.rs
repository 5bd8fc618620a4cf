//! The vocabulary of answers to the server's requests: yes or no on an approval
//! ([`Decision`]), what is answered when nobody decides (fail closed), and the refusal of a
//! request nobody handles. The generated handler's defaults and the hand-written handlers
//! both speak it, so it imports neither.

use codex_protocol::{
    ApplyPatchApprovalResponse, CommandExecutionApprovalDecision,
    CommandExecutionRequestApprovalResponse, ExecCommandApprovalResponse,
    FileChangeApprovalDecision, FileChangeRequestApprovalResponse, McpServerElicitationAction,
    McpServerElicitationRequestResponse, ReviewDecision,
};
use codex_transport::{ErrorCode, RpcError};

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

/// The answers given when the user's code gives none, one per request that asks to let the
/// agent act or asks the user something: the generated
/// [`ApprovalHandler`](crate::ApprovalHandler) defaults call them.
pub(crate) mod fail_closed {
    use std::collections::HashMap;

    use codex_protocol::{
        ApplyPatchApprovalResponse, CommandExecutionRequestApprovalResponse,
        ExecCommandApprovalResponse, FileChangeRequestApprovalResponse, GrantedPermissionProfile,
        McpServerElicitationRequestResponse, PermissionGrantScope,
        PermissionsRequestApprovalResponse, ToolRequestUserInputResponse,
    };

    use super::Decision;

    pub(crate) fn command_execution() -> CommandExecutionRequestApprovalResponse {
        Decision::decline()
    }

    pub(crate) fn file_change() -> FileChangeRequestApprovalResponse {
        Decision::decline()
    }

    /// Nothing granted, and only for this turn.
    pub(crate) fn permissions() -> PermissionsRequestApprovalResponse {
        PermissionsRequestApprovalResponse::new(GrantedPermissionProfile::new())
            .with_scope(PermissionGrantScope::Turn)
    }

    /// No question answered.
    pub(crate) fn user_input() -> ToolRequestUserInputResponse {
        ToolRequestUserInputResponse::new(HashMap::new())
    }

    pub(crate) fn mcp_elicitation() -> McpServerElicitationRequestResponse {
        Decision::decline()
    }

    pub(crate) fn exec_command_legacy() -> ExecCommandApprovalResponse {
        Decision::decline()
    }

    pub(crate) fn apply_patch_legacy() -> ApplyPatchApprovalResponse {
        Decision::decline()
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
    RpcError::new(
        ErrorCode::METHOD_NOT_FOUND,
        format!("the client does not answer `{method}`: set an approval handler that does"),
    )
}
