//! Routes each request the server sends to the approval handler or to a dynamic tool (the
//! routing table itself is generated, in `generated/handler.rs`), and turns the typed answer
//! into the JSON-RPC result.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use codex_protocol::{ServerNotification, ServerRequest, ServerRequestMessage};
use codex_transport::{HandlerFuture, ServerRequestHandler};
use tracing::Instrument;

use crate::answer::Answer;
use crate::file_changes::{FileChangeLedger, with_announced};
use crate::handler::ApprovalHandler;
use crate::tools::ToolRegistry;

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
        let trace = crate::telemetry::request_trace(&message.request);
        // The handler is called inside the scope, so that even the part of it that runs
        // before its first await sees the changes.
        let answer = with_announced(announced, async move {
            let _entry = entry;
            approvals.answer(&tools, message.request).await
        });
        Box::pin(async move {
            let Some(trace) = trace else {
                return answer.await;
            };
            let answer = answer.instrument(trace.span().clone()).await;
            trace.answered(&answer);
            answer
        })
    }

    fn notification(&self, notification: &ServerNotification) {
        self.file_changes.observe(notification);
        crate::telemetry::observe(notification);
    }
}
