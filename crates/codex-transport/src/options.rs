//! `ConnectionOptions`: limits (message size, notification budget, server requests in
//! flight), timeouts and the server-request handler of a connection, whatever its transport.

use std::sync::Arc;
use std::time::Duration;

use codex_protocol::W3cTraceContext;

use crate::framing::DEFAULT_MAX_LINE_BYTES;
use crate::server_request::ServerRequestHandler;

/// Which way a message went (see [`ConnectionOptions::message_tap`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From the client to the server.
    Sent,
    /// From the server to the client.
    Received,
}

/// Sees every message of a connection, both ways (see [`ConnectionOptions::message_tap`]).
pub type MessageTap = Arc<dyn Fn(Direction, &str) + Send + Sync>;

/// Reads the W3C trace context that a request is sent in (see
/// [`ConnectionOptions::trace_context`]).
pub type TraceContextSource = Arc<dyn Fn() -> Option<W3cTraceContext> + Send + Sync>;

/// The default budget of unread notifications, in bytes.
pub(crate) const DEFAULT_BUFFER_BYTES: usize = 64 * 1024 * 1024;
/// The largest budget a semaphore can count (and far more than anyone should buffer).
const MAX_BUFFER_BYTES: usize = u32::MAX as usize;
/// How many server requests may be in a handler at once, by default.
pub(crate) const DEFAULT_MAX_SERVER_REQUESTS: usize = 256;

/// How a connection behaves.
#[derive(Clone)]
pub struct ConnectionOptions {
    pub(crate) max_line_bytes: usize,
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) buffer_bytes: usize,
    pub(crate) max_server_requests: usize,
    pub(crate) handler: Option<Arc<dyn ServerRequestHandler>>,
    pub(crate) trace_context: Option<TraceContextSource>,
    pub(crate) tap: Option<MessageTap>,
}

impl Default for ConnectionOptions {
    fn default() -> Self {
        ConnectionOptions {
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            request_timeout: None,
            buffer_bytes: DEFAULT_BUFFER_BYTES,
            max_server_requests: DEFAULT_MAX_SERVER_REQUESTS,
            handler: None,
            trace_context: None,
            tap: None,
        }
    }
}

impl ConnectionOptions {
    /// The defaults: 64 MiB lines, no request timeout, 64 MiB of buffered notifications, 256
    /// server requests in handlers at once, no server-request handler.
    pub fn new() -> Self {
        Self::default()
    }

    /// The longest message accepted from the server (64 MiB by default): a line on stdio, a
    /// WebSocket message counted across its fragments. Longer ones are dropped as they arrive
    /// (never held whole) and counted in
    /// [`Connection::protocol_errors`](crate::Connection::protocol_errors); the request a
    /// dropped answer was for fails with [`Error::LineTooLong`](crate::Error::LineTooLong).
    pub fn max_line_bytes(mut self, bytes: usize) -> Self {
        self.max_line_bytes = bytes;
        self
    }

    /// How long any request may wait for its answer (none by default; see also
    /// [`Connection::request_with_timeout`](crate::Connection::request_with_timeout)).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = Some(timeout);
        self
    }

    /// How many bytes of notifications all subscriptions together may hold unread (64 MiB by
    /// default). When they hold that much, the connection stops reading from the server until
    /// some are consumed: a slow consumer slows the server down, and nothing is dropped.
    ///
    /// The budget is shared, counted in bytes of the server's messages: one stream left unread
    /// does not stop the others until it alone holds the whole budget.
    pub fn buffer_bytes(mut self, bytes: usize) -> Self {
        self.buffer_bytes = bytes.clamp(1, MAX_BUFFER_BYTES);
        self
    }

    /// How many server requests may wait in the handler at once (256 by default). A request
    /// over the limit is answered at once with a "server overloaded" error rather than queued:
    /// the server's requests can never pile up in the client's memory.
    pub fn max_server_requests(mut self, count: usize) -> Self {
        self.max_server_requests = count.max(1);
        self
    }

    /// Who answers the requests the server sends. Without one, every server request is
    /// answered with a "method not found" error, so the server never waits forever.
    pub fn server_request_handler(mut self, handler: impl ServerRequestHandler) -> Self {
        self.handler = Some(Arc::new(handler));
        self
    }

    /// Where each request's W3C trace context comes from: `source` is called as the request
    /// is sent, inside its `request` span (and again outside it, in the caller's span, when
    /// it returns `None` there), and what it returns goes out as the request's `trace`
    /// member, so that a server exporting OpenTelemetry traces puts its spans under the
    /// caller's. None by default: no `trace` member is sent. (The SDK sets one with its
    /// `opentelemetry` feature.)
    pub fn trace_context(
        mut self,
        source: impl Fn() -> Option<W3cTraceContext> + Send + Sync + 'static,
    ) -> Self {
        self.trace_context = Some(Arc::new(source));
        self
    }

    /// Shows `tap` every message of the connection as it goes: each line the client writes
    /// ([`Direction::Sent`], as the writer takes it) and each message it reads
    /// ([`Direction::Received`], before it is decoded), in order each way. For transcripts
    /// and debugging; `tap` runs on the connection's path and must be quick (hand the line
    /// to a thread of its own to write it anywhere).
    pub fn message_tap(mut self, tap: impl Fn(Direction, &str) + Send + Sync + 'static) -> Self {
        self.tap = Some(Arc::new(tap));
        self
    }
}

impl std::fmt::Debug for ConnectionOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionOptions")
            .field("max_line_bytes", &self.max_line_bytes)
            .field("request_timeout", &self.request_timeout)
            .field("buffer_bytes", &self.buffer_bytes)
            .field("max_server_requests", &self.max_server_requests)
            .field("handler", &self.handler.is_some())
            .field("trace_context", &self.trace_context.is_some())
            .field("message_tap", &self.tap.is_some())
            .finish()
    }
}
