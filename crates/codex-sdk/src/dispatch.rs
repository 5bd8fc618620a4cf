//! Routes each request the server sends to the approval handler or to a dynamic tool, and
//! turns the typed answer into the JSON-RPC result.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use codex_protocol::{ServerRequest, ServerRequestMessage};
use codex_transport::{ErrorCode, HandlerFuture, RpcError, ServerRequestHandler};
use serde::Serialize;
use serde_json::Value;

use crate::approval::ApprovalHandler;
use crate::tools::ToolRegistry;

type Answer = Pin<Box<dyn Future<Output = Result<Value, RpcError>> + Send>>;

/// An [`ApprovalHandler`] behind a pointer, so the client needs no type parameter.
pub(crate) trait ErasedApprovals: Send + Sync + 'static {
    /// The answer to `request` (any but a dynamic tool call).
    fn answer(self: Arc<Self>, request: ServerRequest) -> Answer;
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
    fn answer(self: Arc<Self>, request: ServerRequest) -> Answer {
        let handler = self;
        match request {
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
            // What the SDK does not model (and what is newer than it) goes to the handler's
            // `other_request` as JSON: refused unless the user answers it.
            other => {
                let method = other.method().to_owned();
                let params = other.serialize_payload(serde_json::value::Serializer);
                Box::pin(async move {
                    let params = params.map_err(|err| RpcError {
                        code: ErrorCode::INTERNAL_ERROR,
                        message: format!(
                            "the client could not read the params of `{method}`: {err}"
                        ),
                        data: None,
                    })?;
                    handler.other_request(&method, params).await
                })
            }
        }
    }
}

/// How many server requests of each thread wait on this client (an approval handler, a
/// tool): a turn is not idle while the server waits for us.
#[derive(Debug, Default)]
pub(crate) struct InFlight {
    by_thread: Mutex<HashMap<String, usize>>,
}

impl InFlight {
    /// Whether the server waits on this client for a request of `thread_id`.
    pub(crate) fn waiting_on_client(&self, thread_id: &str) -> bool {
        self.lock().get(thread_id).is_some_and(|count| *count > 0)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, usize>> {
        self.by_thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Counts one request of a thread as in flight until dropped (answered, panicked or
/// cancelled alike).
struct InFlightEntry {
    in_flight: Arc<InFlight>,
    thread_id: String,
}

impl InFlightEntry {
    fn new(in_flight: Arc<InFlight>, thread_id: String) -> Self {
        *in_flight.lock().entry(thread_id.clone()).or_default() += 1;
        InFlightEntry {
            in_flight,
            thread_id,
        }
    }
}

impl Drop for InFlightEntry {
    fn drop(&mut self) {
        let mut by_thread = self.in_flight.lock();
        if let Some(count) = by_thread.get_mut(&self.thread_id) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                by_thread.remove(&self.thread_id);
            }
        }
    }
}

/// The connection's server-request handler.
pub(crate) struct Dispatcher {
    pub(crate) approvals: Arc<dyn ErasedApprovals>,
    pub(crate) tools: Arc<ToolRegistry>,
    pub(crate) in_flight: Arc<InFlight>,
}

impl ServerRequestHandler for Dispatcher {
    fn handle(&self, message: ServerRequestMessage) -> HandlerFuture {
        let method = message.request.method().to_owned();
        tracing::debug!(%method, id = %message.id, "server request");
        let entry = message
            .request
            .thread_id()
            .map(|thread| InFlightEntry::new(Arc::clone(&self.in_flight), thread.to_owned()));
        let answer = if let ServerRequest::ItemToolCall(params) = message.request {
            let tools = Arc::clone(&self.tools);
            reply(async move { tools.call(*params).await })
        } else {
            Arc::clone(&self.approvals).answer(message.request)
        };
        Box::pin(async move {
            let _entry = entry;
            answer.await
        })
    }
}
