//! Installing codex: a pinned release with npm, into a cache outside any workspace, so the
//! programs of a user (feature `install-codex`), the test kit and the maintainer commands share
//! one copy of each version.
//!
//! Std-only on purpose: the xtask includes this file as a module, so every path installs codex
//! the same way without the xtask depending on the SDK.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The environment variable that names the codex binary to run when none is configured: when
/// set (and not empty), nothing is installed.
pub const CODEX_BIN_ENV: &str = "CODEX_BIN";

/// The environment variable that moves the install cache (see [`cache_dir`]).
pub const CACHE_DIR_ENV: &str = "CODEX_SDK_CACHE_DIR";

/// Where codex releases are installed, one folder per version: `CODEX_SDK_CACHE_DIR` when set,
/// else the user's cache folder (`$XDG_CACHE_HOME/codex-sdk`, `~/.cache/codex-sdk`, or
/// `~/Library/Caches/codex-sdk` on macOS).
///
/// # Errors
/// When neither `CODEX_SDK_CACHE_DIR` nor `HOME` is set.
pub fn cache_dir() -> Result<PathBuf, String> {
    let set = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = set(CACHE_DIR_ENV) {
        return Ok(dir);
    }
    if cfg!(target_os = "macos") {
        if let Some(home) = set("HOME") {
            return Ok(home.join("Library/Caches/codex-sdk"));
        }
    } else if let Some(cache) = set("XDG_CACHE_HOME") {
        return Ok(cache.join("codex-sdk"));
    } else if let Some(home) = set("HOME") {
        return Ok(home.join(".cache/codex-sdk"));
    }
    Err(format!(
        "no cache folder for codex: set {CACHE_DIR_ENV} (or HOME), or set {CODEX_BIN_ENV} to a \
         codex binary"
    ))
}

/// The native codex binary of `version`: `CODEX_BIN` when set, else the one npm installs into
/// `cache/VERSION` (`cache` is usually [`cache_dir`]), installing it on first use.
///
/// `say` hears of an install before it starts (it can take a minute). Safe when several
/// processes call it at once: the install runs under a file lock, and the
/// others wait for it and then use its result.
///
/// # Errors
/// A message that says what failed and how to fix it (install npm, check the registry, or set
/// `CODEX_BIN`).
pub fn ensure_codex(cache: &Path, version: &str, say: &dyn Fn(&str)) -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os(CODEX_BIN_ENV).filter(|v| !v.is_empty()) {
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
    install_version(cache, version, say)
}

/// The native codex binary of `version` in `cache/VERSION`, installed with npm on first use;
/// `CODEX_BIN` is not consulted.
///
/// # Errors
/// As [`ensure_codex`].
pub fn install_version(cache: &Path, version: &str, say: &dyn Fn(&str)) -> Result<PathBuf, String> {
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
        npm_install(&prefix, version, say)?;
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

fn npm_install(prefix: &Path, version: &str, say: &dyn Fn(&str)) -> Result<(), String> {
    std::fs::create_dir_all(prefix).map_err(|e| format!("creating {}: {e}", prefix.display()))?;
    say(&format!(
        "installing @openai/codex@{version} with npm into {}",
        prefix.display()
    ));
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
