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
//! - Requests the server sends (approvals and the like) go to the
//!   [`ServerRequestHandler`] of [`ConnectionOptions`]; without one they are refused with a
//!   JSON-RPC "method not found" error, so the server never waits forever.
//!
//! # Flow control
//! Memory stays bounded whatever the server sends: lines are capped
//! ([`ConnectionOptions::max_line_bytes`]), and the notifications waiting in subscriptions are
//! capped in bytes, all streams together ([`ConnectionOptions::buffer_bytes`], 64 MiB by
//! default). When the budget is spent the connection stops reading until streams consume
//! some, which in turn makes the server wait: a slow consumer slows the server down, and no
//! notification is ever dropped. The budget is shared rather than per stream so that one
//! stream read late (a turn that finished while you read another) does not stop the rest.
//!
//! # Failure
//! When the server exits or the stream ends, every pending request and every subscription
//! ends at once with [`Error::Closed`], whose [`CloseReason`] carries the exit status and the
//! last lines the server wrote to stderr.
//!
//! ```no_run
//! # async fn demo() -> codex_transport::Result<()> {
//! use codex_protocol::{requests, client_notifications, ClientInfo, InitializeParams};
//! use codex_transport::{AppServerCommand, Connection, ConnectionOptions};
//!
//! let connection = Connection::start(AppServerCommand::new("codex").spawn()?, ConnectionOptions::new());
//! let info = ClientInfo { name: "demo".into(), title: None, version: "0.1.0".into() };
//! let init = connection
//!     .request::<requests::Initialize>(InitializeParams { client_info: info, capabilities: None })
//!     .await?;
//! connection.notify::<client_notifications::Initialized>(()).await?;
//! println!("connected to {}", init.user_agent);
//! # Ok(()) }
//! ```

mod connection;
mod error;
mod framing;
mod options;
mod panic;
mod process;
mod server_request;
mod subscription;
mod task;
mod transport;
mod websocket;

pub use connection::{Connection, ProtocolErrors};
pub use error::{CloseReason, Error, ErrorCode, Result, RpcError};
pub use framing::DEFAULT_MAX_LINE_BYTES;
pub use options::ConnectionOptions;
pub use process::AppServerCommand;
pub use server_request::{HandlerFuture, ServerRequestHandler};
pub use subscription::{
    NotificationFilter, NotificationItem, NotificationMeta, NotificationStream,
};
pub use transport::Transport;
