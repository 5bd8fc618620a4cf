//! The blocking [`LoginHandle`]: a login in progress, waited on from plain code.

use std::sync::Arc;
use std::time::Duration;

use codex_protocol::AccountLoginCompletedNotification;
use tokio::runtime::Runtime;

use crate::error::Result;

/// A blocking [`crate::LoginHandle`]: show the user [`url`](Self::url), then wait.
#[derive(Debug)]
pub struct LoginHandle {
    inner: crate::LoginHandle,
    runtime: Arc<Runtime>,
}

impl LoginHandle {
    pub(super) fn new(inner: crate::LoginHandle, runtime: Arc<Runtime>) -> Self {
        LoginHandle { inner, runtime }
    }

    /// The login's id.
    pub fn login_id(&self) -> &str {
        self.inner.login_id()
    }

    /// The URL to open: the browser login page, or the device-code verification page.
    pub fn url(&self) -> &str {
        &self.inner.url
    }

    /// The code to type on the verification page (device-code logins only).
    pub fn user_code(&self) -> Option<&str> {
        self.inner.user_code.as_deref()
    }

    /// Waits until the login completes, however long the person takes; see
    /// [`wait_timeout`](Self::wait_timeout) for a bounded wait.
    ///
    /// # Errors
    /// As [`crate::LoginHandle::wait`].
    pub fn wait(&mut self) -> Result<AccountLoginCompletedNotification> {
        self.runtime.block_on(self.inner.wait())
    }

    /// Waits at most `timeout` for the login to complete: `Ok(None)` when it has not, and the
    /// handle stays usable (to [`cancel`](Self::cancel), or to wait again).
    ///
    /// # Errors
    /// As [`crate::LoginHandle::wait`].
    pub fn wait_timeout(
        &mut self,
        timeout: Duration,
    ) -> Result<Option<AccountLoginCompletedNotification>> {
        let waited = self
            .runtime
            .block_on(async { tokio::time::timeout(timeout, self.inner.wait()).await });
        waited.ok().transpose()
    }

    /// Cancels the login.
    ///
    /// # Errors
    /// As [`crate::LoginHandle::cancel`].
    pub fn cancel(&self) -> Result<()> {
        self.runtime.block_on(self.inner.cancel())
    }
}
