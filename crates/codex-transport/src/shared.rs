//! `Shared`: the state the handles, the streams and the connection task all see (why the
//! connection closed, the protocol errors so far, the buffer budget, the server's process
//! group); and `ProtocolErrors`, the counts of what the server sent that could not be used.

use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::{Semaphore, watch};

use crate::error::{CloseReason, Error};
use crate::options::ConnectionOptions;
use crate::process_group::{ProcessGroup, Signal};
use crate::transport::Transport;

/// Counts of what the server sent that could not be used; each was also logged with `tracing`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProtocolErrors {
    /// Messages (lines, on stdio) that were not JSON, not UTF-8, or not a JSON-RPC message.
    pub malformed_lines: u64,
    /// Messages over the length limit, skipped.
    pub oversized_lines: u64,
    /// Responses whose id matched no pending request (or one whose caller gave up).
    pub unknown_response_ids: u64,
    /// The last of these problems, described.
    pub last: Option<String>,
}

/// State shared by the handles, the streams and the connection task.
pub(crate) struct Shared {
    pub(crate) closed: OnceLock<Arc<CloseReason>>,
    /// Turns true when the connection closes; handlers still running watch it.
    pub(crate) closed_signal: watch::Sender<bool>,
    pub(crate) errors: Mutex<ProtocolErrors>,
    /// Bytes of notifications that may wait unread in all subscriptions together.
    pub(crate) buffer: Arc<Semaphore>,
    /// The size of `buffer`, in bytes.
    pub(crate) buffer_bytes: usize,
    /// The server process, when the transport started one.
    pub(crate) process_id: Option<u32>,
    /// Its process group, signalled only while the server is not reaped.
    pub(crate) process_group: Option<ProcessGroup>,
}

impl Shared {
    /// The state of a new connection over `transport` with `options`.
    pub(crate) fn new(transport: &Transport, options: &ConnectionOptions) -> Self {
        Shared {
            closed: OnceLock::new(),
            closed_signal: watch::Sender::new(false),
            errors: Mutex::new(ProtocolErrors::default()),
            buffer: Arc::new(Semaphore::new(options.buffer_bytes)),
            buffer_bytes: options.buffer_bytes,
            process_id: transport.process_id(),
            process_group: transport.process_group(),
        }
    }

    /// The error for anything that finds the connection closed.
    pub(crate) fn closed_error(&self) -> Error {
        let reason = self.closed.get().cloned().unwrap_or_else(|| {
            Arc::new(CloseReason {
                cause: "the connection was dropped".into(),
                ..Default::default()
            })
        });
        Error::Closed(reason)
    }

    pub(crate) fn record(&self, what: impl FnOnce(&mut ProtocolErrors), description: String) {
        tracing::warn!("{description}");
        if let Ok(mut errors) = self.errors.lock() {
            what(&mut errors);
            errors.last = Some(description);
        }
    }

    /// Kills the server's whole process group, when there is a server process that has not
    /// been reaped (its group id may be someone else's then).
    pub(crate) fn kill_server(&self) {
        if let Some(group) = &self.process_group {
            group.signal(Signal::Kill);
        }
    }
}
