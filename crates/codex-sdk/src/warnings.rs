//! The server's warnings about its configuration (`configWarning`): a `config.toml` that does
//! not parse makes the server start with defaults and say so only in this notification, so
//! the client keeps every one and logs it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codex_protocol::{ConfigWarningNotification, ServerNotification, requests};
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
    /// The subscription, until start-up is over; then a task of its own reads it.
    stream: Arc<Mutex<Option<NotificationStream>>>,
}

impl Warnings {
    /// Subscribes to the warnings; call before `initialize`, which makes the server send them.
    pub(crate) async fn watch(connection: &Connection) -> Result<Warnings> {
        let filter = NotificationFilter::custom(|meta| meta.method == "configWarning");
        let stream = connection.subscribe(filter).await?;
        Ok(Warnings {
            list: Arc::default(),
            stream: Arc::new(Mutex::new(Some(stream))),
        })
    }

    /// Waits until the warnings the server sends at start-up have arrived, returns them, and
    /// leaves a task collecting later ones. A round trip after the handshake is the proof: the
    /// server handles messages in order, so warnings it sends while starting come before the
    /// answer to a later request (which request does not matter; even an error answer will do).
    pub(crate) async fn settle(
        &self,
        connection: &Connection,
        bound: Duration,
    ) -> Vec<ConfigWarningNotification> {
        let _ = connection
            .request_with_timeout::<requests::ConfigRequirementsRead>((), bound)
            .await;
        let Some(mut stream) = self.lock_stream().take() else {
            return self.all();
        };
        while let Some(Some(item)) = stream.next().now_or_never() {
            self.absorb(item);
        }
        let startup = self.all();
        let warnings = self.clone();
        tokio::spawn(async move {
            while let Some(item) = stream.next().await {
                warnings.absorb(item);
            }
        });
        startup
    }

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

    fn lock_stream(&self) -> std::sync::MutexGuard<'_, Option<NotificationStream>> {
        self.stream
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
