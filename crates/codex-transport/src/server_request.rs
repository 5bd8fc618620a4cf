//! Requests the server sends to the client (approvals and the like), and who answers them.

use std::future::Future;
use std::pin::Pin;

use codex_protocol::ServerRequestMessage;
use serde_json::Value;

use crate::error::RpcError;

/// The future a [`ServerRequestHandler`] returns: the `result` to send back, or an error.
pub type HandlerFuture = Pin<Box<dyn Future<Output = Result<Value, RpcError>> + Send + 'static>>;

/// Answers the requests the server sends to the client.
///
/// Each request runs in its own task, so a slow answer (a human deciding on an approval) never
/// holds up other traffic. Requests for methods this version does not know are answered with
/// "method not found" without reaching the handler. Closures
/// `Fn(ServerRequestMessage) -> impl Future<Output = Result<Value, RpcError>>` are handlers.
pub trait ServerRequestHandler: Send + Sync + 'static {
    /// Answers one request: `Ok(result)` is sent as the JSON-RPC result, `Err` as the error.
    fn handle(&self, request: ServerRequestMessage) -> HandlerFuture;
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
