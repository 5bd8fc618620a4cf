#![doc = include_str!("../README.md")]
// The docs link the joining API (`connect_websocket`, `reconnect`, ...), which only the
// `websocket` feature compiles: without it those names stay plain text.
#![cfg_attr(not(feature = "websocket"), allow(rustdoc::broken_intra_doc_links))]

mod account;
mod allow_list;
mod answer;
mod approval;
mod approval_request;
mod binary;
mod boxed;
mod builder;
mod client;
mod collect;
mod command_line;
mod daemon;
mod decision;
mod dispatch;
mod error;
mod events;
mod file_changes;
mod goal;
mod input;
mod json_turn;
mod limits;
mod link;
mod observe;
#[cfg(feature = "opentelemetry")]
mod otel;
mod paging;
#[cfg(feature = "websocket")]
mod reconnect;
mod recovery;
mod retry;
mod strict;
mod telemetry;
mod thread;
mod tools;
mod turn;
mod turn_result;
mod version;
mod warnings;

pub mod blocking;
pub mod faq;
/// Installing codex (feature `install-codex`): the [`codex_install`] crate, which the test kit
/// and the repository's maintainer commands use too.
#[cfg(feature = "install-codex")]
pub use codex_install as install;
// Without the feature nothing is installed; the lookup of `CODEX_BIN` and `PATH` remains.
#[cfg(not(feature = "install-codex"))]
use codex_install as install;

// The option builders are generated from the schema's params types by
// `cargo xtask generate-types`; their docs come from the schema.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unreachable_pub, rustdoc::broken_intra_doc_links)]
#[path = "generated/options.rs"]
mod options;

// The approval handler, its closure builder and the routing of server requests are generated
// from the schema's server-request table by `cargo xtask generate-types`.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unreachable_pub, rustdoc::broken_intra_doc_links)]
#[path = "generated/handler.rs"]
mod handler;

/// Every request of the protocol by name: [`Codex::rpc`] and the method groups it hands out.
/// Generated from the pinned schema by `cargo xtask generate-types`.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unreachable_pub, rustdoc::broken_intra_doc_links, rustdoc::bare_urls)]
#[path = "generated/rpc.rs"]
pub mod rpc;

pub use account::LoginHandle;
pub use allow_list::{CommandAllowList, ProgramRule};
pub use approval::{
    ApprovalHandler, ApprovalMode, Approvals, DangerouslyAcceptAll, DefaultApprovals,
};
pub use approval_request::{CommandRequest, Escalation, FileChangeRequest};
pub use builder::CodexBuilder;
pub use client::Codex;
pub use codex_install::CODEX_BIN_ENV;
pub use codex_protocol::{ErrorCode, RpcError, RpcErrorKind};
pub use daemon::{Daemon, DaemonStatus};
pub use decision::Decision;
pub use error::{Error, Result, TurnLimit};
pub use events::{TextKind, TurnEvent};
pub use goal::{GoalBudget, GoalRun};
pub use input::{ExternalMessage, Input, InputItem};
pub use json_turn::{JsonTurn, JsonTurnStream, strict_output_schema};
pub use limits::TurnLimits;
pub use link::ConnectionState;
pub use options::{ThreadForkOptions, ThreadResumeOptions, ThreadStartOptions, TurnOptions};
pub use paging::Paged;
#[cfg(feature = "websocket")]
pub use reconnect::ReconnectPolicy;
pub use retry::{RetryPolicy, retry_on_overload};
pub use thread::Thread;
pub use tools::{IntoToolResult, Tool, ToolCall, ToolOutput};
pub use turn::{TurnHandle, TurnStream};
pub use turn_result::TurnResult;

/// The typed protocol: every message, item and enum of the app-server.
pub use codex_protocol as protocol;
/// The protocol types an app meets most in this API's results, events and errors, here as
/// well as in [`protocol`]: so the SDK's own docs show them, however they are built
/// (`cargo doc --no-deps` included).
pub use codex_protocol::{
    CodexErrorInfo, CommandAction, ServerNotification, ThreadGoal, ThreadGoalStatus, ThreadItem,
    ThreadTokenUsage, TurnError, TurnStatus,
};
/// The JSON-RPC transport underneath, for direct use.
pub use codex_transport as transport;
/// The filter of [`Codex::subscribe`], here as well as in [`transport`].
pub use codex_transport::NotificationFilter;
/// The schemars this SDK reads schemas with (`run_json`, tool arguments), so a program needs
/// no schemars dependency of its own, nor one of a matching version: derive
/// `codex_sdk::schemars::JsonSchema` and add `#[schemars(crate = "codex_sdk::schemars")]`.
pub use schemars;

/// `approval_mode(mode)` on an options builder: sets both policy fields a mode stands for.
macro_rules! approval_mode_setter {
    ($($options:ty => $scope:literal),* $(,)?) => {$(
        impl $options {
            #[doc = concat!("Sets who decides on approvals ", $scope, " (the policy and reviewer fields).")]
            #[must_use]
            pub fn approval_mode(self, mode: ApprovalMode) -> Self {
                let (policy, reviewer) = mode.policy();
                let options = self.approval_policy(policy);
                match reviewer {
                    Some(reviewer) => options.approvals_reviewer(reviewer),
                    None => options,
                }
            }
        }
    )*};
}

approval_mode_setter!(
    ThreadStartOptions => "in the thread",
    ThreadResumeOptions => "in the resumed thread",
    ThreadForkOptions => "in the new thread",
    TurnOptions => "from this turn on",
);
