//! Requests the server sends to the client (approvals and the like), and who answers them.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use codex_protocol::{RequestId, ServerNotification, ServerRequestMessage};
use serde_json::Value;
use tokio::sync::{OwnedSemaphorePermit, mpsc, watch};

use crate::error::{ErrorCode, RpcError};

/// The future a [`ServerRequestHandler`] returns: the `result` to send back, or an error.
pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<Value, RpcError>> + Send + 'static>>;

/// Answers the requests the server sends to the client.
///
/// Each request runs in its own task, so a slow answer (a human deciding on an approval) never
/// holds up other traffic. Requests for methods this version does not know reach the handler
/// too, as [`ServerRequest::Unknown`](codex_protocol::ServerRequest::Unknown) with their raw
/// params: answer them, or refuse them with an error. A handler that panics is answered for
/// with an "internal error", and the connection lives on. When the connection shuts down or
/// closes, handlers still running are dropped (unanswered: the server sees its input end).
/// Closures
/// `Fn(ServerRequestMessage) -> impl Future<Output = Result<Value, RpcError>>` are handlers.
pub trait ServerRequestHandler: Send + Sync + 'static {
    /// Answers one request: `Ok(result)` is sent as the JSON-RPC result, `Err` as the error.
    fn handle(&self, request: ServerRequestMessage) -> HandlerFuture;

    /// Sees each notification the server sends, in the connection's task, before any server
    /// request read after it reaches [`handle`](Self::handle): for a handler that must know
    /// what the server announced (the changes a file-change approval is about, which only the
    /// `item/started` before it carries). It runs on the path of every message: keep it quick,
    /// and never block. A panic in it is caught and logged. The default does nothing.
    fn notification(&self, notification: &ServerNotification) {
        let _ = notification;
    }
}

impl<F, Fut> ServerRequestHandler for F
where
    F: Fn(ServerRequestMessage) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Value, RpcError>> + Send + 'static,
{
    fn handle(&self, request: ServerRequestMessage) -> HandlerFuture {
        Box::pin(self(request))
    }
}

/// Runs `handler` on one request in a task of its own and sends its answer as a line; a
/// panic (while making the future or while it runs) is answered as an internal error. The
/// task ends early, answering nothing, when `closed` turns true (the connection shuts down or
/// closes). `slot` is the request's
/// share of the in-flight limit, held until the answer is sent.
pub(crate) fn spawn_handler(
    handler: Arc<dyn ServerRequestHandler>,
    request: ServerRequestMessage,
    lines: mpsc::Sender<String>,
    mut closed: watch::Receiver<bool>,
    slot: OwnedSemaphorePermit,
) {
    let id = request.id.clone();
    let method = request.request.method().to_owned();
    tokio::spawn(async move {
        let answer = async {
            let future = crate::panic::call(|| handler.handle(request))?;
            crate::panic::guard(future).await
        };
        let answer = tokio::select! {
            answer = answer => answer,
            _ = closed.wait_for(|closed| *closed) => return,
        };
        let answer = answer.unwrap_or_else(|panic| {
            tracing::error!(%method, "the server-request handler panicked: {panic}");
            Err(RpcError::new(
                ErrorCode::INTERNAL_ERROR,
                format!("the client's handler for `{method}` panicked: {panic}"),
            ))
        });
        let _ = lines.send(answer_line(&id, answer)).await;
        drop(slot);
    });
}

/// The response line for an answer.
pub(crate) fn answer_line(id: &RequestId, answer: Result<Value, RpcError>) -> String {
    match answer {
        Ok(result) => match serde_json::value::to_raw_value(&result) {
            Ok(raw) => codex_protocol::wire::encode_result(id, &raw),
            Err(err) => codex_protocol::wire::encode_error(
                id,
                &RpcError::new(
                    ErrorCode::INTERNAL_ERROR,
                    format!("the client could not encode its answer: {err}"),
                ),
            ),
        },
        Err(error) => codex_protocol::wire::encode_error(id, &error),
    }
}
