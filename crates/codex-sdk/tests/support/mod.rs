//! Shared set-up of the SDK's tests: the test kit's [`TestCodex`] (a real app-server on a
//! scripted provider), under the name the tests use, and an in-memory fake server.

#![allow(dead_code, unreachable_pub, unused_imports)]

use std::time::Duration;

pub mod fake_server;

pub use codex_sdk_testkit::TestCodex;
pub use codex_sdk_testkit::builder;

/// How long a test waits for what should happen at once before it fails.
pub const PATIENCE: Duration = Duration::from_secs(60);
