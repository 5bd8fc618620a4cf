//! Routes each request the server sends to the approval handler or to a dynamic tool (the
//! routing table itself is generated, in `generated/handler.rs`), and turns the typed answer
//! into the JSON-RPC result.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use codex_protocol::{ServerNotification, ServerRequest, ServerRequestMessage};
use codex_transport::{ErrorCode, HandlerFuture, RpcError, ServerRequestHandler};
use serde::Serialize;
use serde_json::Value;

use crate::approval::ApprovalHandler;
use crate::file_changes::{FileChangeLedger, with_announced};
use crate::tools::ToolRegistry;

/// The JSON-RPC answer to one server request, on its way.
pub(crate) type Answer = Pin<Box<dyn Future<Output = Result<Value, RpcError>> + Send>>;

/// A user's closure behind a pointer: params in, a boxed future of the answer out.
pub(crate) type Callback<P, R> =
    Arc<dyn Fn(P) -> Pin<Box<dyn Future<Output = R> + Send>> + Send + Sync>;

/// Boxes a closure that answers with a future into a [`Callback`].
pub(crate) fn boxed<P, R, F, Fut>(callback: F) -> Callback<P, R>
where
    F: Fn(P) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = R> + Send + 'static,
{
    Arc::new(move |params| Box::pin(callback(params)))
}

/// An [`ApprovalHandler`] behind a pointer, so the client needs no type parameter.
pub(crate) trait ErasedApprovals: Send + Sync + 'static {
    /// The answer to `request`, from the handler or from the thread's dynamic `tools`.
    fn answer(self: Arc<Self>, tools: &Arc<ToolRegistry>, request: ServerRequest) -> Answer;
}

impl<H: ApprovalHandler> ErasedApprovals for H {
    fn answer(self: Arc<Self>, tools: &Arc<ToolRegistry>, request: ServerRequest) -> Answer {
        crate::handler::route(self, tools, request)
    }
}

fn encoding_error(err: &serde_json::Error) -> RpcError {
    RpcError {
        code: ErrorCode::INTERNAL_ERROR,
        message: format!("the client could not encode its answer: {err}"),
        data: None,
    }
}

/// The answer of a method that always has one.
pub(crate) fn reply<R: Serialize>(response: impl Future<Output = R> + Send + 'static) -> Answer {
    Box::pin(
        async move { serde_json::to_value(response.await).map_err(|err| encoding_error(&err)) },
    )
}

/// The answer of a method that may refuse.
pub(crate) fn reply_result<R: Serialize>(
    response: impl Future<Output = Result<R, RpcError>> + Send + 'static,
) -> Answer {
    Box::pin(
        async move { serde_json::to_value(response.await?).map_err(|err| encoding_error(&err)) },
    )
}

/// The answer to a request this SDK has no method for, from the handler's `other_request`.
pub(crate) fn reply_other<H: ApprovalHandler>(handler: Arc<H>, request: ServerRequest) -> Answer {
    let method = request.method().to_owned();
    let params = request.serialize_payload(serde_json::value::Serializer);
    Box::pin(async move {
        let params = params.map_err(|err| RpcError {
            code: ErrorCode::INTERNAL_ERROR,
            message: format!("the client could not read the params of `{method}`: {err}"),
            data: None,
        })?;
        handler.other_request(&method, params).await
    })
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
    pub(crate) file_changes: FileChangeLedger,
}

impl ServerRequestHandler for Dispatcher {
    fn handle(&self, message: ServerRequestMessage) -> HandlerFuture {
        let method = message.request.method().to_owned();
        tracing::debug!(%method, id = %message.id, "server request");
        let entry = message
            .request
            .thread_id()
            .map(|thread| InFlightEntry::new(Arc::clone(&self.in_flight), thread.to_owned()));
        // A file-change approval names only its item: its handler finds the item's changes.
        let announced = match &message.request {
            ServerRequest::ItemFileChangeRequestApproval(params) => {
                self.file_changes.find(&params.thread_id, &params.item_id)
            }
            _ => None,
        };
        let (approvals, tools) = (Arc::clone(&self.approvals), Arc::clone(&self.tools));
        // The handler is called inside the scope, so that even the part of it that runs
        // before its first await sees the changes.
        Box::pin(with_announced(announced, async move {
            let _entry = entry;
            approvals.answer(&tools, message.request).await
        }))
    }

    fn notification(&self, notification: &ServerNotification) {
        self.file_changes.observe(notification);
    }
}
