//! Installs a pinned codex CLI with npm into a cache under `target/codex/VERSION`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Returns the path of the native codex binary of `version`, installing it with npm on first use.
///
/// `CODEX_BIN` wins when it is set, so a maintainer can point every command at a local build.
pub(crate) fn ensure_codex(workspace: &Path, version: &str) -> Result<PathBuf> {
    if let Some(bin) = std::env::var_os("CODEX_BIN") {
        return Ok(PathBuf::from(bin));
    }
    let prefix = workspace.join("target").join("codex").join(version);
    let bin = native_binary(&prefix)?;
    if bin.is_file() {
        return Ok(bin);
    }
    std::fs::create_dir_all(&prefix).with_context(|| format!("creating {}", prefix.display()))?;
    eprintln!(
        "installing @openai/codex@{version} with npm into {}",
        prefix.display()
    );
    let status = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(format!("@openai/codex@{version}"))
        .status()
        .context("running npm: install Node.js and npm, or set CODEX_BIN to a codex binary")?;
    if !status.success() {
        bail!(
            "`npm install @openai/codex@{version}` failed ({status}): check that the npm registry is reachable, or set CODEX_BIN"
        );
    }
    if !bin.is_file() {
        bail!(
            "npm installed @openai/codex@{version} but {} is missing",
            bin.display()
        );
    }
    Ok(bin)
}

/// Where npm puts the native binary for this platform inside an install prefix.
fn native_binary(prefix: &Path) -> Result<PathBuf> {
    let (package, triple) = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => ("codex-linux-x64", "x86_64-unknown-linux-musl"),
        ("linux", "aarch64") => ("codex-linux-arm64", "aarch64-unknown-linux-musl"),
        ("macos", "x86_64") => ("codex-darwin-x64", "x86_64-apple-darwin"),
        ("macos", "aarch64") => ("codex-darwin-arm64", "aarch64-apple-darwin"),
        (os, arch) => bail!("no prebuilt codex for {os}/{arch}: set CODEX_BIN to a codex binary"),
    };
    Ok(prefix
        .join("node_modules/@openai")
        .join(package)
        .join("vendor")
        .join(triple)
        .join("bin/codex"))
}
