//! Routes each request the server sends to the approval handler or to a dynamic tool, and
//! turns the typed answer into the JSON-RPC result.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use codex_protocol::{ServerRequest, ServerRequestMessage};
use codex_transport::{ErrorCode, HandlerFuture, RpcError, ServerRequestHandler};
use serde::Serialize;
use serde_json::Value;

use crate::approval::ApprovalHandler;
use crate::tools::ToolRegistry;

type Answer = Pin<Box<dyn Future<Output = Result<Value, RpcError>> + Send>>;

/// An [`ApprovalHandler`] behind a pointer, so the client needs no type parameter.
pub(crate) trait ErasedApprovals: Send + Sync + 'static {
    /// The answer to `request`, or `None` when approvals do not cover it.
    fn answer(self: Arc<Self>, request: ServerRequest) -> Option<Answer>;
}

fn reply<R: Serialize>(response: impl Future<Output = R> + Send + 'static) -> Answer {
    Box::pin(async move {
        serde_json::to_value(response.await).map_err(|err| RpcError {
            code: ErrorCode::INTERNAL_ERROR,
            message: format!("the client could not encode its answer: {err}"),
            data: None,
        })
    })
}

impl<H: ApprovalHandler> ErasedApprovals for H {
    fn answer(self: Arc<Self>, request: ServerRequest) -> Option<Answer> {
        let handler = self;
        let answer = match request {
            ServerRequest::ItemCommandExecutionRequestApproval(p) => {
                reply(async move { handler.command_execution(*p).await })
            }
            ServerRequest::ItemFileChangeRequestApproval(p) => {
                reply(async move { handler.file_change(*p).await })
            }
            ServerRequest::ItemPermissionsRequestApproval(p) => {
                reply(async move { handler.permissions(*p).await })
            }
            ServerRequest::ItemToolRequestUserInput(p) => {
                reply(async move { handler.user_input(*p).await })
            }
            ServerRequest::McpServerElicitationRequest(p) => {
                reply(async move { handler.mcp_elicitation(*p).await })
            }
            ServerRequest::ExecCommandApproval(p) => {
                reply(async move { handler.exec_command_legacy(*p).await })
            }
            ServerRequest::ApplyPatchApproval(p) => {
                reply(async move { handler.apply_patch_legacy(*p).await })
            }
            _ => return None,
        };
        Some(answer)
    }
}

/// The connection's server-request handler.
pub(crate) struct Dispatcher {
    pub(crate) approvals: Arc<dyn ErasedApprovals>,
    pub(crate) tools: Arc<ToolRegistry>,
}

impl ServerRequestHandler for Dispatcher {
    fn handle(&self, message: ServerRequestMessage) -> HandlerFuture {
        let method = message.request.method().to_owned();
        tracing::debug!(%method, id = %message.id, "server request");
        if let ServerRequest::ItemToolCall(params) = message.request {
            let tools = Arc::clone(&self.tools);
            return reply(async move { tools.call(*params).await });
        }
        match Arc::clone(&self.approvals).answer(message.request) {
            Some(answer) => answer,
            None => Box::pin(async move {
                Err(RpcError {
                    code: ErrorCode::METHOD_NOT_FOUND,
                    message: format!("the Codex Rust SDK does not answer `{method}`"),
                    data: None,
                })
            }),
        }
    }
}
