//! Joining a server that is already running instead of starting one (the `websocket`
//! feature): a unix socket, the local daemon, or a WebSocket, each within the builder's
//! connect timeout.

#[cfg(unix)]
use std::path::PathBuf;

use codex_transport::{Transport, WebSocketOptions};

use super::{CodexBuilder, Endpoint};
use crate::daemon::Daemon;
use crate::error::{Error, Result};

/// A server that is already running.
#[derive(Clone)]
pub(super) enum Join {
    /// `codex app-server --listen unix://PATH`.
    #[cfg(unix)]
    Unix(PathBuf),
    /// The local daemon of the `CODEX_HOME`; `start`: start it when it is not running.
    #[cfg(unix)]
    Daemon { start: bool },
    /// `codex app-server --listen ws://IP:PORT`, or `wss://` through a proxy in front of it.
    WebSocket {
        url: String,
        options: WebSocketOptions,
    },
}

impl Join {
    /// For the builder's `Debug`: no secret (the options redact their token).
    pub(super) fn describe(&self) -> String {
        match self {
            #[cfg(unix)]
            Join::Unix(path) => format!("unix://{}", path.display()),
            #[cfg(unix)]
            Join::Daemon { start } => format!("daemon (start: {start})"),
            Join::WebSocket { url, options } => format!("{url} ({options:?})"),
        }
    }
}

impl CodexBuilder {
    /// Joins a server already listening on a unix socket (`codex app-server --listen
    /// unix://PATH`) instead of starting one.
    #[cfg(unix)]
    #[must_use]
    pub fn connect_unix(mut self, path: impl Into<PathBuf>) -> Self {
        self.endpoint = Endpoint::Join(Join::Unix(path.into()));
        self
    }

    /// Joins the local app-server daemon (`codex app-server daemon start`) of the
    /// `CODEX_HOME` (the one [`codex_home`](Self::codex_home) sets, else the environment's,
    /// else `~/.codex`), through its control socket. Fails with [`Error::Transport`]
    /// (`Connect`), saying how to start it, when none runs;
    /// [`start_daemon`](Self::start_daemon) starts it instead.
    /// [`Codex::daemon`](crate::Codex::daemon) tells how the client came to it. The server's
    /// version is checked against the pin as for a spawned server.
    #[cfg(unix)]
    #[must_use]
    pub fn connect_daemon(mut self) -> Self {
        self.endpoint = Endpoint::Join(Join::Daemon { start: false });
        self
    }

    /// Joins the local app-server daemon of the `CODEX_HOME` as
    /// [`connect_daemon`](Self::connect_daemon) does, first starting it with `codex
    /// app-server daemon start` (the builder's binary, `CODEX_HOME` and config overrides)
    /// when it is not running. The start is bounded by two minutes: its first run copies
    /// the codex release into `CODEX_HOME/packages`. The daemon outlives the client; stop it
    /// with `codex app-server daemon stop`.
    #[cfg(unix)]
    #[must_use]
    pub fn start_daemon(mut self) -> Self {
        self.endpoint = Endpoint::Join(Join::Daemon { start: true });
        self
    }

    /// Joins a server already listening on a WebSocket (`codex app-server --listen
    /// ws://IP:PORT`, or `wss://` through a TLS proxy in front of it, with the `tls`
    /// feature), with the capability token when it was started with `--ws-auth
    /// capability-token`. The same as [`connect_websocket_with`](Self::connect_websocket_with)
    /// with [`WebSocketOptions::bearer_token`].
    #[must_use]
    pub fn connect_websocket(self, url: impl Into<String>, token: Option<String>) -> Self {
        let mut options = WebSocketOptions::new();
        if let Some(token) = token {
            options = options.bearer_token(token);
        }
        self.connect_websocket_with(url, options)
    }

    /// Joins a server on a WebSocket with `options`: where its token comes from (given, a
    /// file, minted from a shared secret, a provider), the CAs its proxy's certificate may
    /// come from. A token goes over plain `ws://` only to a loopback host (see
    /// [`Transport::connect_websocket_with`]).
    #[must_use]
    pub fn connect_websocket_with(
        mut self,
        url: impl Into<String>,
        options: WebSocketOptions,
    ) -> Self {
        self.endpoint = Endpoint::Join(Join::WebSocket {
            url: url.into(),
            options,
        });
        self
    }

    /// Reconnects when the connection to the joined server drops, as `policy` says (off by
    /// default: the client then ends with the connection). The client reaches the server
    /// again as it did at first (a signed token is minted afresh, a token file read again),
    /// does the handshake, and resumes the threads it holds, each with the approval policy
    /// it last sent (never looser than before). While it reconnects, requests wait for the
    /// outcome (within the policy's bound);
    /// [`Codex::connection_state`](crate::Codex::connection_state) says where it stands.
    ///
    /// What was under way on the old connection ends, none of it hangs: a turn's stream
    /// ends with [`Error::TurnClosed`] holding what streamed so far, and with
    /// [`Error::turn_may_still_run`] true (the server goes on with it:
    /// [`Thread::read_turn`](crate::Thread::read_turn) reads its end on the new
    /// connection), pending requests and subscriptions end with [`Error::Closed`].
    /// A server the client started itself is not joined: its end is the end of its
    /// threads' turns, so this setting does not apply to it.
    #[must_use]
    pub fn reconnect(mut self, policy: crate::reconnect::ReconnectPolicy) -> Self {
        self.reconnect = Some(policy);
        self
    }

    /// The transport to the running server of `join`, and the daemon it is when it is one.
    pub(super) async fn join(&self, join: &Join) -> Result<(Transport, Option<Daemon>)> {
        let transport = match join {
            #[cfg(unix)]
            Join::Unix(path) => {
                let endpoint = format!("unix://{}", path.display());
                self.bounded_connect(endpoint, Transport::connect_unix(path))
                    .await?
            }
            #[cfg(unix)]
            Join::Daemon { start } => {
                let home = crate::daemon::control::codex_home(self.codex_home.as_deref())?;
                let daemon = if *start {
                    let binary = crate::binary::resolve(self.binary.as_deref()).await?;
                    crate::daemon::control::start(&binary, &home, &self.config).await?
                } else {
                    crate::daemon::control::find(&home)?
                };
                let endpoint = format!("unix://{}", daemon.socket_path.display());
                let connect = Transport::connect_unix(&daemon.socket_path);
                let transport = self.bounded_connect(endpoint, connect).await?;
                return Ok((transport, Some(daemon)));
            }
            Join::WebSocket { url, options } => {
                self.bounded_connect(url.clone(), Transport::connect_websocket_with(url, options))
                    .await?
            }
        };
        Ok((transport, None))
    }

    /// `connect` within the connect timeout.
    async fn bounded_connect(
        &self,
        endpoint: String,
        connect: impl std::future::Future<Output = codex_transport::Result<Transport>>,
    ) -> Result<Transport> {
        match tokio::time::timeout(self.connect_timeout, connect).await {
            Ok(transport) => Ok(transport?),
            Err(_) => Err(Error::Transport(codex_transport::Error::Connect {
                endpoint,
                reason: format!(
                    "no answer within {:?} (`CodexBuilder::connect_timeout`): is the server running and reachable?",
                    self.connect_timeout
                ),
            })),
        }
    }
}
