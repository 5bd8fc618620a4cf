//! How a server request is answered: the boxed future of a JSON-RPC result, the boxed user
//! closures behind the approval setters, and the helpers that turn a typed answer into JSON.
//! The approval handler, its closure builder and the routing (generated) and the dispatcher
//! all build on these, so none of them needs another's file for them.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use codex_protocol::ServerRequest;
use codex_transport::{ErrorCode, RpcError};
use serde::Serialize;
use serde_json::Value;

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

fn encoding_error(err: &serde_json::Error) -> RpcError {
    RpcError::new(
        ErrorCode::INTERNAL_ERROR,
        format!("the client could not encode its answer: {err}"),
    )
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

/// The answer to a request this SDK has no method for: `answer` (the handler's
/// `other_request`) gets its method and its params as JSON.
pub(crate) fn reply_other<F, Fut>(request: ServerRequest, answer: F) -> Answer
where
    F: FnOnce(String, Value) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Value, RpcError>> + Send + 'static,
{
    let method = request.method().to_owned();
    let params = request.serialize_payload(serde_json::value::Serializer);
    Box::pin(async move {
        let params = params.map_err(|err| {
            RpcError::new(
                ErrorCode::INTERNAL_ERROR,
                format!("the client could not read the params of `{method}`: {err}"),
            )
        })?;
        answer(method, params).await
    })
}
