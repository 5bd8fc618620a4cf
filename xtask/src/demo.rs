//! `demo`: runs the quickstart example against the real app-server: with the user's own Codex
//! login when there is one, otherwise offline against the scripted model provider.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, bail};

use crate::recorder::{message_reply, provider_config, serve_provider};

/// Runs the demo with `codex` as the server.
pub(crate) fn run(workspace: &Path, codex: &Path) -> Result<()> {
    let mut command = crate::cargo(workspace);
    command
        .args([
            "run",
            "--quiet",
            "--package",
            "codex-sdk",
            "--example",
            "quickstart",
        ])
        .env("CODEX_BIN", codex);
    // The offline provider's home, removed when the example ends.
    let mut scratch_dir = None;
    match user_login() {
        Some(home) => {
            eprintln!(
                "demo: using your Codex login in {} (a real model answers)",
                home.display()
            );
        }
        None => {
            let scratch =
                std::env::temp_dir().join(format!("codex-sdk-demo-{}", std::process::id()));
            let home = scratch.join("codex-home");
            std::fs::create_dir_all(&home)
                .with_context(|| format!("creating {}", home.display()))?;
            let replies = Arc::new(Mutex::new(VecDeque::from([message_reply(
                "msg_demo",
                &[
                    "Hello from the scripted model! ",
                    "This demo ran offline: ",
                    "log in with `codex login` to talk to a real one.",
                ],
            )])));
            let port = serve_provider(replies)?;
            std::fs::write(home.join("config.toml"), provider_config(port, "never"))?;
            eprintln!(
                "demo: no Codex login found; running offline against a scripted model provider on 127.0.0.1:{port}"
            );
            command.env("CODEX_HOME", &home);
            scratch_dir = Some(scratch);
        }
    }
    let status = command
        .status()
        .context("running `cargo run --example quickstart`")?;
    if let Some(scratch) = &scratch_dir {
        let _ = std::fs::remove_dir_all(scratch);
    }
    if !status.success() {
        bail!("the quickstart example failed ({status})");
    }
    Ok(())
}

/// The Codex home with a login in it: `CODEX_HOME` (or `~/.codex`) holding `auth.json`, or any
/// home when `OPENAI_API_KEY` is set.
fn user_login() -> Option<PathBuf> {
    let home = std::env::var_os("CODEX_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".codex")))?;
    let logged_in =
        home.join("auth.json").is_file() || std::env::var_os("OPENAI_API_KEY").is_some();
    logged_in.then_some(home)
}
