//! JSON-RPC to the Codex app-server: over a child process's stdio, a unix socket, a WebSocket,
//! or any pair of byte streams.
//!
//! A [`Connection`] is a cheap cloneable handle on one task that owns the stream, the request
//! ids and the pending requests:
//!
//! - [`Connection::request`] sends a typed request (any marker of
//!   [`codex_protocol::requests`]) and decodes its answer; [`Connection::request_value`] does the
//!   same by method name for methods newer than the pinned schema.
//! - [`Connection::subscribe`] streams server notifications, in order, filtered by thread or
//!   by any predicate. Subscribe before sending the request that causes the notifications and
//!   none is missed.
//! - Requests the server sends (approvals and the like, and methods newer than this crate) go
//!   to the [`ServerRequestHandler`] of [`ConnectionOptions`]; without one they are refused
//!   with a JSON-RPC "method not found" error, so the server never waits forever. A handler
//!   that panics is answered for with an "internal error"; at most
//!   [`ConnectionOptions::max_server_requests`] wait in handlers at once.
//! - Every message is read and written by one codec, [`codex_protocol::wire`], shared with the
//!   test servers: [`Incoming::parse`](codex_protocol::wire::Incoming::parse) tells each
//!   message of the server apart in one pass, and its `encode_*` functions write every one.
//!
//! # Transports
//! A [`Transport`] moves whole messages. On a child's stdio, or any pair of byte streams
//! ([`Transport::from_io`]), a message is one line, read by a line reader that scans a word at
//! a time. On a WebSocket ([`Transport::connect_websocket`], and [`Transport::connect_unix`],
//! which speaks WebSocket on a socket file) a message is one WebSocket message, read from the
//! socket's frames and written as one text frame by the WebSocket's own halves: the
//! connection task sees messages, with no task or pipe in between. A WebSocket message may be
//! pretty-printed over many lines, or split into fragments; one that holds several JSON values
//! one after another (a line each, as on stdio) gives each as a message of its own. Pings are
//! answered; shutdown sends a close and waits (briefly) for the server's answer before it ends
//! the stream (for `wss://`, with TLS's `close_notify`, which a failed write sends too).
//!
//! # Flow control
//! Memory stays bounded whatever the server sends: messages are capped (a line, or a
//! WebSocket message counted across its fragments: [`ConnectionOptions::max_line_bytes`],
//! dropped as they arrive when over it), and the notifications waiting in subscriptions are
//! capped in bytes, all streams together ([`ConnectionOptions::buffer_bytes`], 64 MiB by
//! default). When the budget is spent the connection stops reading until streams consume
//! some, which in turn makes the server wait: a slow consumer slows the server down, and no
//! notification is ever dropped. The budget is shared rather than per stream so that one
//! stream read late (a turn that finished while you read another) does not stop the rest.
//!
//! A subscription made with [`NotificationFilter::until`] ends by itself at its last
//! notification (a turn's `turn/completed`, say), and then holds nothing. While the budget is
//! spent the connection still sends requests and honours shutdown, and says in a `tracing`
//! warning which streams hold it up.
//!
//! # Failure
//! When the server exits or the stream ends, every pending request and every subscription
//! ends at once with [`Error::Closed`], whose [`CloseReason`] carries the exit status and the
//! last lines the server wrote to stderr. An answer that does not decode (not JSON, an error
//! object of the wrong shape) fails its own request with [`Error::Decode`], which keeps the raw
//! JSON. A panic in a filter ends that subscription with [`Error::Panic`]; the connection lives
//! on. [`Connection::shutdown`] ends within its grace period plus about two seconds in any
//! state.
//!
//! # The server process
//! [`AppServerCommand`] starts the server in a process group of its own and ends it gently:
//! its input closes, then SIGTERM, then SIGKILL for the whole group. codex ends the commands
//! it started when it exits on the first two (a SIGKILL would leave their children behind).
//! When your program dies, the server's input closes and it exits with its commands.
//!
//! The server's output is read by a thread of the connection's own, with blocking reads. While
//! the server streams back to back (a fast turn's deltas), that thread waits up to
//! [`AppServerCommand::read_coalescing`] (2 ms) between reads, so one read brings dozens of
//! lines and each stream gets them as one batch: one wake-up of your task per batch rather
//! than per event. A quiet server's lines are read at once. Notifications are decoded in one
//! pass, straight into their types.
//!
//! ```no_run
//! # async fn demo() -> codex_transport::Result<()> {
//! use codex_protocol::{requests, client_notifications, ClientInfo, InitializeParams};
//! use codex_transport::{AppServerCommand, Connection, ConnectionOptions};
//!
//! let connection = Connection::start(AppServerCommand::new("codex").spawn()?, ConnectionOptions::new());
//! let params = InitializeParams::new(ClientInfo::new("demo", "0.1.0"));
//! let init = connection.request::<requests::Initialize>(params).await?;
//! connection.notify::<client_notifications::Initialized>(()).await?;
//! println!("connected to {}", init.user_agent);
//! # Ok(()) }
//! ```
// The docs link the WebSocket API, which only the `websocket` feature compiles: without it
// those names stay plain text.
#![cfg_attr(not(feature = "websocket"), allow(rustdoc::broken_intra_doc_links))]

mod child_process;
mod connection;
mod error;
mod framing;
mod messages;
mod options;
mod panic;
mod process;
mod process_group;
mod server_request;
mod shared;
mod stdout_reader;
mod subscription;
mod task;
pub mod test_util;
mod transport;
#[cfg(feature = "websocket")]
mod websocket;

pub use connection::Connection;
#[cfg(feature = "websocket")]
pub use error::TokenRefusal;
pub use error::{CloseReason, Error, ErrorCode, Result, RpcError};
pub use framing::DEFAULT_MAX_LINE_BYTES;
pub mod transcript;
pub use options::{ConnectionOptions, Direction, MessageTap, TraceContextSource};
pub use process::AppServerCommand;
pub use process_group::Signal;
pub use server_request::{HandlerFuture, ServerRequestHandler};
pub use shared::ProtocolErrors;
pub use subscription::{
    NotificationFilter, NotificationItem, NotificationMeta, NotificationStream,
};
pub use transport::Transport;
#[cfg(feature = "websocket")]
pub use websocket::{SignedBearerToken, TokenFuture, WebSocketOptions};
