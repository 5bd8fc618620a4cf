//! Panics in user code (filters, handlers) are caught where they run, so one bad closure
//! cannot take the connection down or leave the server waiting.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;

/// Runs `f`, turning a panic into `Err` with its message.
pub(crate) fn call<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // Nothing `f` touches is left half-updated by an unwind: filters only read, and a
    // handler's state is the user's, who is told of the panic.
    std::panic::catch_unwind(AssertUnwindSafe(f)).map_err(message)
}

/// Awaits `future`, turning a panic while it is polled into `Err` with its message.
pub(crate) async fn guard<T>(future: impl Future<Output = T>) -> Result<T, String> {
    AssertUnwindSafe(future)
        .catch_unwind()
        .await
        .map_err(message)
}

/// The message a panic was started with, when it is a string.
pub(crate) fn message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(text) => (*text).to_owned(),
            Err(_) => "a panic without a message".to_owned(),
        },
    }
}
