//! Finds the codex binary, installing a pinned release with npm into a cache under `target/`.
//!
//! Std-only on purpose: the xtask includes this file as a module, so the tests and the
//! maintainer commands install codex the same way without the xtask depending on test code.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable that points every test and xtask command at a codex binary.
pub const CODEX_BIN_ENV: &str = "CODEX_BIN";

/// The native codex binary of `version`: `CODEX_BIN` when set, else the one npm installs into
/// `cache/VERSION`, installing it on first use.
///
/// Safe when several processes call it at once: the install runs under a file lock, and the
/// others wait for it and then use its result.
///
/// # Errors
/// A message that says what failed and how to fix it (install npm, check the registry, or set
/// `CODEX_BIN`).
pub fn ensure_codex(cache: &Path, version: &str) -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os(CODEX_BIN_ENV) {
        let bin = PathBuf::from(bin);
        return if bin.is_file() {
            Ok(bin)
        } else {
            Err(format!(
                "{CODEX_BIN_ENV} is set to {}, which is not a file",
                bin.display()
            ))
        };
    }
    install_version(cache, version)
}

/// The native codex binary of `version` in `cache/VERSION`, installed with npm on first use;
/// `CODEX_BIN` is not consulted.
///
/// # Errors
/// As [`ensure_codex`].
pub fn install_version(cache: &Path, version: &str) -> Result<PathBuf, String> {
    let prefix = cache.join(version);
    let bin = native_binary(&prefix)?;
    if bin.is_file() {
        return Ok(bin);
    }
    std::fs::create_dir_all(cache).map_err(|e| format!("creating {}: {e}", cache.display()))?;
    let lock_path = cache.join(format!("{version}.lock"));
    let lock =
        File::create(&lock_path).map_err(|e| format!("creating {}: {e}", lock_path.display()))?;
    lock.lock()
        .map_err(|e| format!("locking {}: {e}", lock_path.display()))?;
    // Another process may have installed it while this one waited for the lock.
    if !bin.is_file() {
        npm_install(&prefix, version)?;
    }
    drop(lock);
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "npm installed @openai/codex@{version} but {} is missing",
            bin.display()
        ))
    }
}

fn npm_install(prefix: &Path, version: &str) -> Result<(), String> {
    std::fs::create_dir_all(prefix).map_err(|e| format!("creating {}: {e}", prefix.display()))?;
    eprintln!(
        "installing @openai/codex@{version} with npm into {}",
        prefix.display()
    );
    let output = Command::new("npm")
        .args([
            "install",
            "--no-audit",
            "--no-fund",
            "--no-save",
            "--prefix",
        ])
        .arg(prefix)
        .arg(format!("@openai/codex@{version}"))
        .output()
        .map_err(|e| {
            format!(
                "could not run npm ({e}): install Node.js and npm, or set {CODEX_BIN_ENV} to a \
                 codex {version} binary"
            )
        })?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "`npm install @openai/codex@{version}` failed ({}): check that the npm registry is \
         reachable, or set {CODEX_BIN_ENV}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// Where npm puts the native binary for this platform inside an install prefix.
fn native_binary(prefix: &Path) -> Result<PathBuf, String> {
    let (package, triple) = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => ("codex-linux-x64", "x86_64-unknown-linux-musl"),
        ("linux", "aarch64") => ("codex-linux-arm64", "aarch64-unknown-linux-musl"),
        ("macos", "x86_64") => ("codex-darwin-x64", "x86_64-apple-darwin"),
        ("macos", "aarch64") => ("codex-darwin-arm64", "aarch64-apple-darwin"),
        (os, arch) => {
            return Err(format!(
                "no prebuilt codex for {os}/{arch}: set {CODEX_BIN_ENV} to a codex binary"
            ));
        }
    };
    Ok(prefix
        .join("node_modules/@openai")
        .join(package)
        .join("vendor")
        .join(triple)
        .join("bin/codex"))
}
