//! The local app-server daemon (`codex app-server daemon`): one managed server per
//! `CODEX_HOME` that several apps share. What a client knows of the one it joined; finding
//! and starting it is [`control`]'s (the `websocket` feature: the daemon listens on a unix
//! socket).

use std::path::PathBuf;

#[cfg(feature = "websocket")]
pub(crate) mod control;

/// How a client came to the daemon it is connected to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DaemonStatus {
    /// It was running; the client found it by its socket
    /// ([`CodexBuilder::connect_daemon`](crate::CodexBuilder::connect_daemon)).
    Joined,
    /// This client started it ([`CodexBuilder::start_daemon`](crate::CodexBuilder::start_daemon)).
    Started,
    /// The client asked to start it, and it was running already.
    AlreadyRunning,
}

/// The daemon a client is connected to: see [`Codex::daemon`](crate::Codex::daemon).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Daemon {
    /// Whether it was running or this client started it.
    pub status: DaemonStatus,
    /// Its `CODEX_HOME`.
    pub codex_home: PathBuf,
    /// Its control socket (`CODEX_HOME/app-server-control/app-server-control.sock`).
    pub socket_path: PathBuf,
}
