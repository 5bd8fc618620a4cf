//! Reconnecting to a server the client joined when its connection drops
//! ([`CodexBuilder::reconnect`](crate::CodexBuilder::reconnect)): the policy, and the
//! supervisor task that watches the connection, reconnects, and resumes the threads.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::Duration;

use codex_protocol::{ThreadResumeParams, requests};
use codex_transport::{CloseReason, Connection};
use tokio::time::Instant;

use crate::client::Inner;
use crate::dispatch::InFlight;
use crate::error::{Error, Result};
use crate::link::{ConnectionState, SentApprovals};
use crate::retry::RetryPolicy;
use crate::tools::ToolRegistry;

/// How a client reconnects when the connection to a server it joined drops: how many
/// attempts, the backoff between them, and a bound on the whole.
///
/// The defaults: 8 attempts, the first at once, then 0.25 s doubling up to 5 s (±20 %
/// jitter), all within 60 s.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReconnectPolicy {
    /// The attempts, their number and the delays between them.
    pub backoff: RetryPolicy,
    /// The longest the reconnect may take from the drop, attempts and delays together;
    /// requests made meanwhile wait for it.
    pub overall: Duration,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        ReconnectPolicy {
            backoff: RetryPolicy {
                max_attempts: 8,
                initial_delay: Duration::from_millis(250),
                max_delay: Duration::from_secs(5),
                jitter_ratio: 0.2,
            },
            overall: Duration::from_secs(60),
        }
    }
}

impl ReconnectPolicy {
    /// The defaults (see [`ReconnectPolicy`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// At most `attempts` attempts (at least one is made).
    #[must_use]
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.backoff.max_attempts = attempts.max(1);
        self
    }

    /// Waits `first` after the first failed attempt, doubling up to `max`.
    #[must_use]
    pub fn backoff(mut self, first: Duration, max: Duration) -> Self {
        self.backoff.initial_delay = first;
        self.backoff.max_delay = max;
        self
    }

    /// Gives up once `bound` has passed since the drop.
    #[must_use]
    pub fn overall(mut self, bound: Duration) -> Self {
        self.overall = bound;
        self
    }
}

/// A new connection to the server, after its handshake: the server's version, and the
/// connection, whose requests the client's approvals and these tools answer.
pub(crate) type Dial = Arc<
    dyn Fn(
            Arc<ToolRegistry>,
            Arc<InFlight>,
        ) -> Pin<Box<dyn Future<Output = Result<(Connection, Option<String>)>> + Send>>
        + Send
        + Sync,
>;

/// What a client needs to reconnect: how to reach its server again (the builder's way of
/// joining it), and how often to try.
pub(crate) struct Redial {
    pub(crate) dial: Dial,
    pub(crate) policy: ReconnectPolicy,
}

/// Watches the client's connection until the client is gone: when it closes, reconnects
/// (unless the user closed it), or marks the state `Closed` once that fails.
pub(crate) async fn supervise(client: Weak<Inner>, redial: Redial) {
    loop {
        let Some(closed) = client
            .upgrade()
            .map(|inner| inner.link.connection().closed())
        else {
            return;
        };
        // The future holds no handle: the client's last drop closes the connection and ends it.
        let cause = closed.await;
        let Some(inner) = client.upgrade() else {
            return;
        };
        if inner.closing.load(Ordering::SeqCst) {
            let gave_up = None;
            inner
                .link
                .set_state(ConnectionState::Closed { cause, gave_up });
            return;
        }
        drop(inner);
        tracing::warn!("the app-server connection dropped ({cause}); reconnecting");
        if let Err(last) = reconnect(&client, &redial, &cause).await {
            tracing::warn!("could not reconnect to the app-server: {last}");
            if let Some(inner) = client.upgrade() {
                let gave_up = Some(last.to_string());
                inner
                    .link
                    .set_state(ConnectionState::Closed { cause, gave_up });
            }
            return;
        }
    }
}

/// Reconnects within the policy; the new connection is the client's when this returns `Ok`.
async fn reconnect(client: &Weak<Inner>, redial: &Redial, cause: &Arc<CloseReason>) -> Result<()> {
    let policy = &redial.policy;
    let deadline = Instant::now() + policy.overall;
    let attempts = policy.backoff.max_attempts.max(1);
    let mut last = None;
    for attempt in 1..=attempts {
        let Some(inner) = client.upgrade() else {
            return Ok(());
        };
        if inner.closing.load(Ordering::SeqCst) {
            return Err(Error::Closed(Arc::clone(cause)));
        }
        inner.link.set_state(ConnectionState::Reconnecting {
            attempt,
            cause: Arc::clone(cause),
        });
        match tokio::time::timeout_at(deadline, attempt_once(&inner, redial)).await {
            Ok(Ok((connection, listening))) => {
                let generation = inner.link.replace(connection, listening, Arc::clone(cause));
                tracing::info!(reconnects = generation, "reconnected to the app-server");
                return Ok(());
            }
            Ok(Err(err)) => {
                tracing::debug!(attempt, "reconnect attempt failed: {err}");
                last = Some(err);
            }
            Err(_) => break,
        }
        drop(inner);
        if attempt < attempts {
            let delay = policy.backoff.next_delay(attempt);
            if Instant::now() + delay >= deadline {
                break;
            }
            tokio::time::sleep(delay).await;
        }
    }
    Err(last.unwrap_or_else(|| {
        Error::Usage(format!(
            "no reconnect within {:?} (`ReconnectPolicy::overall`)",
            policy.overall
        ))
    }))
}

/// One attempt: reach the server, do the handshake, and resume every thread the old
/// connection heard with the approvals last sent for it (fail closed: never looser than
/// before). A thread the server cannot resume (one with no turn yet is not stored) is left
/// out: a later turn of it resumes it again and fails with the server's error.
async fn attempt_once(
    inner: &Inner,
    redial: &Redial,
) -> Result<(Connection, HashMap<String, SentApprovals>)> {
    let dial = &redial.dial;
    let (connection, version) =
        dial(Arc::clone(&inner.tools), Arc::clone(&inner.in_flight)).await?;
    if version != inner.server_version {
        tracing::warn!(
            before = ?inner.server_version,
            now = ?version,
            "the app-server's version changed across the reconnect; `Codex::metadata` still shows the first"
        );
    }
    let mut listening = HashMap::new();
    for (thread_id, approvals) in inner.link.listening() {
        let mut params = ThreadResumeParams::new(thread_id.clone());
        params.approval_policy.clone_from(&approvals.policy);
        params.approvals_reviewer.clone_from(&approvals.reviewer);
        match connection.request::<requests::ThreadResume>(params).await {
            Ok(_) => {
                listening.insert(thread_id, approvals);
            }
            Err(codex_transport::Error::Rpc { error, .. }) => {
                tracing::warn!(thread = %thread_id, "could not resume the thread after reconnecting: {}", error.message);
            }
            Err(err) => return Err(err.into()),
        }
    }
    Ok((connection, listening))
}
