//! The account the server uses: read it, log in (API key, ChatGPT in a browser, or a device
//! code), log out.

use codex_protocol::{
    AccountLoginCompletedNotification, CancelLoginAccountParams, GetAccountParams,
    GetAccountResponse, LoginAccountParams, LoginAccountResponse, RateLimitSnapshot,
    ServerNotification, requests,
};
use codex_protocol::{ServerNotificationMethod, notifications};
use codex_transport::{NotificationFilter, NotificationStream};
use futures_core::Stream;
use futures_util::StreamExt;

use crate::client::Codex;
use crate::error::{Error, Result};

/// A login in progress: show the user where to go, then [`wait`](LoginHandle::wait).
#[derive(Debug)]
pub struct LoginHandle {
    codex: Codex,
    login_id: String,
    /// The URL to open: the browser login page, or the device-code verification page.
    pub url: String,
    /// The code to type on the verification page (device-code logins only).
    pub user_code: Option<String>,
    completions: NotificationStream,
}

impl LoginHandle {
    /// The login's id.
    pub fn login_id(&self) -> &str {
        &self.login_id
    }

    /// Waits until the login completes (successfully or not). A person is on the other end, so
    /// there is no default bound: put the wait under your own timeout; the handle stays usable
    /// after one (to [`cancel`](Self::cancel), or to wait again).
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection closes first.
    pub async fn wait(&mut self) -> Result<AccountLoginCompletedNotification> {
        while let Some(item) = self.completions.next().await {
            if let ServerNotification::AccountLoginCompleted(done) = item?.notification
                && done
                    .login_id
                    .as_deref()
                    .is_none_or(|id| id == self.login_id)
            {
                return Ok(*done);
            }
        }
        Err(Error::InvalidInput(
            "the login's notifications ended".into(),
        ))
    }

    /// Cancels the login.
    ///
    /// # Errors
    /// The server's error, e.g. the login already finished.
    pub async fn cancel(&self) -> Result<()> {
        let params = CancelLoginAccountParams::new(self.login_id.clone());
        self.codex
            .request::<requests::AccountLoginCancel>(params)
            .await?;
        Ok(())
    }
}

impl Codex {
    /// The account the server is logged in with (`None` inside when it is not).
    ///
    /// # Errors
    /// The server's error.
    pub async fn account(&self) -> Result<GetAccountResponse> {
        self.request::<requests::AccountRead>(GetAccountParams::new().with_refresh_token(false))
            .await
    }

    /// The account, after the server refreshed its ChatGPT token (an API-key login has none
    /// to refresh).
    ///
    /// # Errors
    /// The server's error, e.g. a refresh that failed.
    pub async fn account_refresh(&self) -> Result<GetAccountResponse> {
        self.request::<requests::AccountRead>(GetAccountParams::new().with_refresh_token(true))
            .await
    }

    /// Logs in with an OpenAI API key.
    ///
    /// # Errors
    /// The server's error, e.g. a malformed key.
    pub async fn login_api_key(&self, api_key: impl Into<String>) -> Result<()> {
        self.request::<requests::AccountLoginStart>(LoginAccountParams::ApiKey {
            api_key: codex_protocol::Secret::from(api_key.into()),
        })
        .await?;
        Ok(())
    }

    /// Starts a ChatGPT login in the browser: open [`LoginHandle::url`], then wait.
    ///
    /// # Errors
    /// The server's error.
    pub async fn login_chatgpt(&self) -> Result<LoginHandle> {
        let params = LoginAccountParams::Chatgpt {
            app_brand: None,
            codex_streamlined_login: None,
            use_hosted_login_success_page: None,
        };
        self.start_login(params).await
    }

    /// Starts a ChatGPT login with a device code: show [`LoginHandle::url`] and
    /// [`LoginHandle::user_code`], then wait.
    ///
    /// # Errors
    /// The server's error.
    pub async fn login_chatgpt_device_code(&self) -> Result<LoginHandle> {
        self.start_login(LoginAccountParams::ChatgptDeviceCode {})
            .await
    }

    async fn start_login(&self, params: LoginAccountParams) -> Result<LoginHandle> {
        // Subscribe first: a fast login may complete before the answer arrives.
        let filter = NotificationFilter::custom(|meta| {
            meta.method
                == <notifications::AccountLoginCompleted as ServerNotificationMethod>::METHOD
        });
        let completions = self.subscribe(filter).await?;
        let response = self.request::<requests::AccountLoginStart>(params).await?;
        let (login_id, url, user_code) = match response {
            LoginAccountResponse::Chatgpt { auth_url, login_id } => (login_id, auth_url, None),
            LoginAccountResponse::ChatgptDeviceCode {
                login_id,
                user_code,
                verification_url,
            } => (login_id, verification_url, Some(user_code)),
            other => {
                return Err(Error::InvalidInput(format!(
                    "the server started a login this SDK cannot follow: {other:?}"
                )));
            }
        };
        Ok(LoginHandle {
            codex: self.clone(),
            login_id,
            url,
            user_code,
            completions,
        })
    }

    /// The account's rate limits as the server learns them from now on: it reads the model
    /// provider's rate-limit headers of each model call (`x-codex-primary-used-percent` and
    /// the rest) and sends `account/rateLimits/updated`. The stream ends with the connection.
    ///
    /// ```no_run
    /// # async fn demo(codex: codex_sdk::Codex) -> codex_sdk::Result<()> {
    /// use futures_util::StreamExt;
    ///
    /// let mut limits = codex.rate_limit_updates().await?;
    /// while let Some(limits) = limits.next().await {
    ///     if let Some(primary) = limits.primary {
    ///         eprintln!("{}% of the window used", primary.used_percent);
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`Error::Closed`] when the connection is closed.
    pub async fn rate_limit_updates(
        &self,
    ) -> Result<impl Stream<Item = RateLimitSnapshot> + Send + Unpin + 'static> {
        let filter = NotificationFilter::custom(|meta| {
            meta.method
                == <notifications::AccountRateLimitsUpdated as ServerNotificationMethod>::METHOD
        });
        let updates = self.subscribe(filter).await?;
        Ok(updates.filter_map(|item| {
            std::future::ready(match item.map(|message| message.notification) {
                Ok(ServerNotification::AccountRateLimitsUpdated(updated)) => {
                    Some(updated.rate_limits)
                }
                _ => None,
            })
        }))
    }

    /// Logs out.
    ///
    /// # Errors
    /// The server's error.
    pub async fn logout(&self) -> Result<()> {
        self.request::<requests::AccountLogout>(()).await?;
        Ok(())
    }
}
