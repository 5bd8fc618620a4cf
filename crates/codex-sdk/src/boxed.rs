//! One compiled copy of a large async body, however many places await it.
//!
//! In an optimised build rustc compiles an `async fn`'s body (a closure to the compiler) into
//! every codegen unit that awaits it, and a generic one (`impl Into<Input>`) again in every
//! crate that calls it: the handshake, a turn's start and a thread's start were each in the
//! minimal app's release binary three times. Behind a non-generic function that returns the
//! body boxed, callers share one copy and pay one allocation per call, next to a round trip to
//! the server.

use std::future::Future;
use std::pin::Pin;

/// A boxed, `Send` future of `T` borrowing for `'a`.
pub(crate) type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
