//! `demo`: runs the quickstart example against the real app-server: with the user's own Codex
//! login when there is one, otherwise offline against the scripted model provider.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use codex_sdk_testkit::{ScriptedProvider, SseScript};

use crate::recorder::provider_runtime;

/// Runs the demo with `codex` as the server.
pub(crate) fn run(workspace: &Path, codex: &Path) -> Result<()> {
    // Built and run from this checkout by cargo (not a binary found in the target dir, which
    // another checkout sharing it may have built), with cargo's progress on stderr: the
    // first build takes minutes.
    let mut command = crate::cargo(workspace);
    command
        .args([
            "run",
            "--package",
            "codex-driver",
            "--example",
            "quickstart",
        ])
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"))
        .env("CODEX_BIN", codex);
    // The offline provider (and the runtime serving it) and its home, removed when the
    // example ends.
    let mut offline = None;
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
            let runtime = provider_runtime()?;
            let provider = runtime.block_on(ScriptedProvider::start());
            provider.push(SseScript::new().streamed_message([
                "Hello from the scripted model! ",
                "This demo ran offline: ",
                "log in with `codex login` to talk to a real one.",
            ]));
            std::fs::write(home.join("config.toml"), provider.config_toml("never"))?;
            eprintln!(
                "demo: no Codex login found; running offline against a scripted model provider at {}",
                provider.base_url()
            );
            command.env("CODEX_HOME", &home);
            offline = Some((scratch, provider, runtime));
        }
    }
    eprintln!(
        "demo: building and running the quickstart example of {} (`cargo run --example quickstart`)",
        workspace.display()
    );
    let status = command
        .status()
        .context("running `cargo run --example quickstart`")?;
    if let Some((scratch, provider, runtime)) = offline {
        drop(provider);
        drop(runtime);
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
