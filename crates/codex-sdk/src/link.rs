//! `Link`: the connection a client sends on now (swapped for a new one when it reconnects),
//! the threads that connection hears, and the [`ConnectionState`] users can watch.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use codex_protocol::{ApprovalsReviewer, AskForApproval};
use codex_transport::{CloseReason, Connection};
use tokio::sync::watch;

/// Where a client's connection to its server stands
/// ([`Codex::connection_state`](crate::Codex::connection_state)).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ConnectionState {
    /// Connected. `reconnects`: how many times the connection dropped and the client
    /// reconnected (see [`CodexBuilder::reconnect`](crate::CodexBuilder::reconnect)).
    Connected {
        /// Reconnections so far.
        reconnects: u32,
        /// Why the connection before this one dropped; `None` for the first.
        last_drop: Option<Arc<CloseReason>>,
    },
    /// The connection dropped and the client is reconnecting: `attempt` is the attempt under
    /// way (1 for the first). Requests made meanwhile wait for the outcome.
    Reconnecting {
        /// The attempt under way.
        attempt: u32,
        /// Why the connection dropped.
        cause: Arc<CloseReason>,
    },
    /// Closed for good: [`close`](crate::Codex::close) was called, the server went away and
    /// the client does not reconnect, or every reconnect attempt failed (`gave_up` says how
    /// the last one did).
    Closed {
        /// Why the last connection closed.
        cause: Arc<CloseReason>,
        /// The last reconnect attempt's error, when the client tried and gave up.
        gave_up: Option<String>,
    },
}

/// The approval settings last sent for a thread (on start, resume, fork or a turn, which the
/// server keeps for the turns after it): sent again when the thread is resumed on a new
/// connection, so a reconnect never loosens them.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentApprovals {
    pub(crate) policy: Option<AskForApproval>,
    pub(crate) reviewer: Option<ApprovalsReviewer>,
}

/// The connection of one generation and the threads whose events it gets.
struct Current {
    connection: Connection,
    /// Counts connections: 0 for the first, one more per reconnect.
    generation: u32,
    /// The threads this connection started, resumed or forked, with their approvals.
    listening: HashMap<String, SentApprovals>,
}

/// What every clone of a client shares about its connection.
pub(crate) struct Link {
    current: RwLock<Current>,
    state: watch::Sender<ConnectionState>,
    /// How long a request waits for a reconnect to end; `None`: the client does not
    /// reconnect, so a closed connection is final.
    reconnect_wait: Option<Duration>,
}

impl Link {
    pub(crate) fn new(connection: Connection, reconnect_wait: Option<Duration>) -> Self {
        Link {
            current: RwLock::new(Current {
                connection,
                generation: 0,
                listening: HashMap::new(),
            }),
            state: watch::Sender::new(ConnectionState::Connected {
                reconnects: 0,
                last_drop: None,
            }),
            reconnect_wait,
        }
    }

    // Nothing runs under these locks that could leave `Current` half-changed.
    fn read(&self) -> RwLockReadGuard<'_, Current> {
        self.current.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Current> {
        self.current.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// The connection now, whatever its state.
    pub(crate) fn connection(&self) -> Connection {
        self.read().connection.clone()
    }

    /// The connection to send on, and its generation: the current one, or while the client
    /// reconnects, the one it reconnects with (or the closed one, once it gave up). Waits at
    /// most the reconnect policy's bound.
    pub(crate) async fn ready(&self) -> (Connection, u32) {
        let (connection, generation) = {
            let current = self.read();
            (current.connection.clone(), current.generation)
        };
        let Some(bound) = self.reconnect_wait else {
            return (connection, generation);
        };
        if connection.close_reason().is_none() {
            return (connection, generation);
        }
        // The supervisor moves the state on from this generation's `Connected`: to a newer
        // connection or to `Closed`.
        let mut state = self.state.subscribe();
        let settled = |state: &ConnectionState| match state {
            ConnectionState::Connected { reconnects, .. } => *reconnects > generation,
            ConnectionState::Reconnecting { .. } => false,
            ConnectionState::Closed { .. } => true,
        };
        let _ = tokio::time::timeout(bound, state.wait_for(settled)).await;
        let current = self.read();
        (current.connection.clone(), current.generation)
    }

    /// Whether the connection of `generation` hears `thread_id` (false once it is replaced).
    pub(crate) fn hears(&self, generation: u32, thread_id: &str) -> bool {
        let current = self.read();
        current.generation == generation && current.listening.contains_key(thread_id)
    }

    /// Notes that the connection of `generation` hears `thread_id`, sent `approvals`.
    pub(crate) fn listen(&self, generation: u32, thread_id: &str, approvals: SentApprovals) {
        let mut current = self.write();
        if current.generation == generation {
            current.listening.insert(thread_id.to_owned(), approvals);
        }
    }

    /// Notes the approvals a turn of `thread_id` sent (the server keeps them for the turns
    /// after it); a turn that sent none leaves the thread's as they were.
    pub(crate) fn note_turn_approvals(&self, thread_id: &str, approvals: SentApprovals) {
        if approvals.policy.is_none() && approvals.reviewer.is_none() {
            return;
        }
        let mut current = self.write();
        if let Some(sent) = current.listening.get_mut(thread_id) {
            if approvals.policy.is_some() {
                sent.policy = approvals.policy;
            }
            if approvals.reviewer.is_some() {
                sent.reviewer = approvals.reviewer;
            }
        }
    }

    /// The threads the current connection hears, with their approvals.
    #[cfg(feature = "websocket")]
    pub(crate) fn listening(&self) -> HashMap<String, SentApprovals> {
        self.read().listening.clone()
    }

    /// Makes `connection`, which hears `listening`, the current one after the last one
    /// dropped for `cause`; returns its generation.
    #[cfg(feature = "websocket")]
    pub(crate) fn replace(
        &self,
        connection: Connection,
        listening: HashMap<String, SentApprovals>,
        cause: Arc<CloseReason>,
    ) -> u32 {
        let generation = {
            let mut current = self.write();
            current.generation += 1;
            current.connection = connection;
            current.listening = listening;
            current.generation
        };
        self.set_state(ConnectionState::Connected {
            reconnects: generation,
            last_drop: Some(cause),
        });
        generation
    }

    pub(crate) fn set_state(&self, state: ConnectionState) {
        self.state.send_replace(state);
    }

    /// The state now.
    pub(crate) fn state(&self) -> ConnectionState {
        self.state.borrow().clone()
    }

    /// A receiver that sees every change of state.
    pub(crate) fn watch(&self) -> watch::Receiver<ConnectionState> {
        self.state.subscribe()
    }
}

/// Marks the state of `link` `Closed` when its connection closes: for a client that does
/// not reconnect. Holds no handle, so it keeps neither the client nor the connection alive.
pub(crate) async fn mark_when_closed(link: std::sync::Weak<Link>) {
    let Some(closed) = link.upgrade().map(|link| link.connection().closed()) else {
        return;
    };
    let cause = closed.await;
    if let Some(link) = link.upgrade() {
        let gave_up = None;
        link.set_state(ConnectionState::Closed { cause, gave_up });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use codex_transport::{ConnectionOptions, Transport};

    fn connection() -> Connection {
        let (transport, server) = Transport::in_memory(1024);
        // The server's end lives as long as the test: the connection stays open.
        std::mem::forget(server);
        Connection::start(transport, ConnectionOptions::new())
    }

    fn approvals(policy: AskForApproval) -> SentApprovals {
        SentApprovals {
            policy: Some(policy),
            reviewer: None,
        }
    }

    #[tokio::test]
    async fn a_thread_keeps_the_approvals_last_sent_and_a_turn_without_any_changes_nothing() {
        let link = Link::new(connection(), None);
        link.listen(0, "t", approvals(AskForApproval::OnRequest));
        assert!(link.hears(0, "t") && !link.hears(0, "other"));
        link.note_turn_approvals("t", approvals(AskForApproval::Never));
        link.note_turn_approvals("t", SentApprovals::default());
        // A thread this connection does not hear gains nothing from a turn.
        link.note_turn_approvals("other", approvals(AskForApproval::Never));
        let listening = link.listening();
        assert!(matches!(listening["t"].policy, Some(AskForApproval::Never)));
        assert!(!listening.contains_key("other"));
    }

    #[tokio::test]
    async fn what_an_old_connection_heard_does_not_count_for_the_new_one() {
        let link = Link::new(connection(), Some(Duration::from_secs(1)));
        link.listen(0, "kept", SentApprovals::default());
        link.listen(0, "lost", SentApprovals::default());
        let resumed = HashMap::from([("kept".to_owned(), SentApprovals::default())]);
        let cause = Arc::new(CloseReason::default());
        assert_eq!(link.replace(connection(), resumed, cause), 1);
        assert!(link.hears(1, "kept") && !link.hears(1, "lost"));
        assert!(!link.hears(0, "kept"), "generation 0 is gone");
        // An answer that arrives late on the old connection is not noted.
        link.listen(0, "late", SentApprovals::default());
        assert!(!link.hears(1, "late"));
        assert!(matches!(
            link.state(),
            ConnectionState::Connected {
                reconnects: 1,
                last_drop: Some(_)
            }
        ));
        // The connection is open: `ready` gives it without waiting.
        assert_eq!(link.ready().await.1, 1);
    }
}
