//! The server's warnings about its configuration (`configWarning`): a `config.toml` that does
//! not parse makes the server start with defaults and say so only in this notification, so
//! the client keeps every one and logs it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codex_protocol::{ConfigWarningNotification, ServerNotification, requests};
use codex_protocol::{ServerNotificationMethod, notifications};
use codex_transport::{Connection, NotificationFilter, NotificationStream};
use futures_util::FutureExt;

use crate::error::Result;

/// How many warnings are kept: the server decides how many it sends, so the list is bounded;
/// later ones are still logged.
const MAX_KEPT: usize = 64;

/// Every `configWarning` of one connection, collected as they come.
#[derive(Debug, Clone, Default)]
pub(crate) struct Warnings {
    list: Arc<Mutex<Vec<ConfigWarningNotification>>>,
}

/// The subscription to the warnings, made before the handshake and read at its end.
pub(crate) struct WarningWatch(NotificationStream);

impl WarningWatch {
    /// Subscribes to the warnings; call before `initialize`, which makes the server send them.
    pub(crate) async fn start(connection: &Connection) -> Result<WarningWatch> {
        let filter = NotificationFilter::custom(|meta| {
            meta.method == <notifications::ConfigWarning as ServerNotificationMethod>::METHOD
        });
        Ok(WarningWatch(connection.subscribe(filter).await?))
    }

    /// Waits until the warnings the server sends at start-up have arrived, and returns the
    /// collection with them in it, which a task of its own keeps filling. A round trip after
    /// the handshake is the proof: the server handles messages in order, so warnings it sends
    /// while starting come before the answer to a later request (which request does not
    /// matter; even an error answer will do).
    pub(crate) async fn settle(self, connection: &Connection, bound: Duration) -> Warnings {
        let _ = connection
            .request_with_timeout::<requests::ConfigRequirementsRead>((), bound)
            .await;
        let WarningWatch(mut stream) = self;
        let warnings = Warnings::default();
        while let Some(Some(item)) = stream.next().now_or_never() {
            warnings.absorb(item);
        }
        let collector = warnings.clone();
        tokio::spawn(async move {
            while let Some(item) = stream.next().await {
                collector.absorb(item);
            }
        });
        warnings
    }
}

impl Warnings {
    fn absorb(&self, item: codex_transport::NotificationItem) {
        let Ok(message) = item else { return };
        if let ServerNotification::ConfigWarning(warning) = message.notification {
            tracing::warn!(
                summary = %warning.summary,
                details = warning.details.as_deref().unwrap_or_default(),
                path = warning.path.as_deref().unwrap_or_default(),
                "the app-server warns about its configuration"
            );
            let mut list = self
                .list
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if list.len() < MAX_KEPT {
                list.push(*warning);
            }
        }
    }

    /// Every warning so far.
    pub(crate) fn all(&self) -> Vec<ConfigWarningNotification> {
        self.list
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}
