//! Shared set-up of the SDK's tests: the test kit's [`TestCodex`] (a real app-server on a
//! scripted provider), under the name the tests use, and an in-memory fake server.

#![allow(dead_code, unreachable_pub, unused_imports)]

use std::time::Duration;

pub mod escapes;
pub mod example_build;
pub mod fake_server;
pub mod held_turn;
pub mod sources;

pub use codex_sdk_testkit::TestCodex;
pub use codex_sdk_testkit::builder;

/// How long a test waits for what should happen at once before it fails.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// Starts a client with `builder` until the server it joins accepts (a listening server
/// takes a moment to bind), for at most [`PATIENCE`].
pub async fn join(builder: impl Fn() -> codex_sdk::CodexBuilder) -> codex_sdk::Codex {
    let started = std::time::Instant::now();
    loop {
        match builder().start().await {
            Ok(codex) => return codex,
            Err(err) => {
                assert!(started.elapsed() < PATIENCE, "no connection: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// A loopback port that was free a moment ago, for a server to listen on.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// The methods of one table of `generated/methods.md` (`"Client requests"`, `"Server
/// requests"`): the first column of each row.
pub fn indexed_methods(section: &str) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let index = std::fs::read_to_string(root.join("generated/methods.md")).expect("methods.md");
    let table = index
        .split("\n## ")
        .find(|s| s.starts_with(section))
        .unwrap_or_else(|| panic!("a section {section:?} in methods.md"));
    table
        .lines()
        .filter_map(|line| line.strip_prefix("| `")?.split('`').next())
        .map(str::to_owned)
        .collect()
}
