//! One install of a pinned codex release: reuse a verified finished install, else stage
//! one under the lock and rename it into place only once its binary has the pinned sha256.

use std::path::{Path, PathBuf};

use crate::cache::{check_private, create_private, private_dir};
use crate::lock::InstallLock;
use crate::lookup::CODEX_BIN_ENV;
use crate::npm::{InstallOptions, run_npm};
use crate::pin::{PinnedBinary, remember_verified, verify};

/// The native codex binary of `pin` in `cache/VERSION`, installed with npm on first use, and
/// checked against `pin.sha256` after an install and before its first use in this process.
///
/// `say` hears of an install before it starts (it can take a minute). Safe when several
/// processes call it at once: the install runs under a file lock (`cache/VERSION.lock`), and
/// the others wait for it, at most [`InstallOptions::lock_timeout`], then use its result.
///
/// # Errors
/// A message that says what failed and what to do: a cache folder someone else can change, a
/// planted lock, npm missing, failing or over its bound, or a binary whose sha256 is not the
/// pinned one (that binary is never run).
pub fn install(
    cache: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
    say: &dyn Fn(&str),
) -> Result<PathBuf, String> {
    private_dir(cache)?;
    let version_dir = cache.join(pin.version);
    let binary = binary_in(&version_dir, pin);
    if let Some(found) = installed(&version_dir, &binary, pin)? {
        return Ok(found);
    }
    let lock = InstallLock::acquire(cache, pin.version, options.lock_limit(), say)?;
    // Another process may have installed it while this one waited for the lock.
    if let Some(found) = installed(&version_dir, &binary, pin)? {
        return Ok(found);
    }
    // Under the lock no other process installs this version: whatever temporary folder of
    // it is left was left by an install that was killed.
    lock.remove_stale_folders();
    if version_dir.exists() {
        // A version folder without its binary: an install by an older codex-sdk, which
        // installed in place, was cut short. Nothing in it is used; it is replaced.
        let doomed = lock.temp_path("incomplete");
        std::fs::rename(&version_dir, &doomed)
            .and_then(|()| std::fs::remove_dir_all(&doomed))
            .map_err(|e| {
                format!(
                    "removing the incomplete install {}: {e}: remove it by hand",
                    version_dir.display()
                )
            })?;
    }
    let staging = lock.temp_path("install");
    let outcome = stage(&staging, pin, options, say).and_then(|prefix| {
        std::fs::rename(&prefix, &version_dir).map_err(|e| {
            format!(
                "moving the install {} to {}: {e}",
                prefix.display(),
                version_dir.display()
            )
        })
    });
    let _ = std::fs::remove_dir_all(&staging);
    outcome?;
    remember_verified(&binary, pin.sha256);
    drop(lock);
    Ok(binary)
}

/// Where the binary of `pin` is in an install prefix.
fn binary_in(prefix: &Path, pin: &PinnedBinary<'_>) -> PathBuf {
    let mut binary = prefix.join("node_modules");
    binary.extend(pin.package.split('/'));
    binary.extend(pin.path.split('/'));
    binary
}

/// The binary of a finished install in `version_dir`, verified; `None` when there is none.
fn installed(
    version_dir: &Path,
    binary: &Path,
    pin: &PinnedBinary<'_>,
) -> Result<Option<PathBuf>, String> {
    if !version_dir.exists() {
        return Ok(None);
    }
    check_private(version_dir)?;
    if !binary.is_file() {
        return Ok(None);
    }
    verify(binary, pin.sha256, &|actual| {
        format!(
            "{} has sha256 {actual}, but the pin of codex {} records {}: it was changed after \
             it was installed (or is a cut-short install of an older codex-sdk), so it is not \
             run; remove {} to have it installed again",
            binary.display(),
            pin.version,
            pin.sha256,
            version_dir.display()
        )
    })?;
    Ok(Some(binary.to_path_buf()))
}

/// Runs npm into `staging/prefix` and checks the binary it installed; returns the prefix.
fn stage(
    staging: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
    say: &dyn Fn(&str),
) -> Result<PathBuf, String> {
    let prefix = staging.join("prefix");
    create_private(staging)?;
    create_private(&prefix)?;
    say(&format!(
        "installing codex {} ({}) with npm into {}",
        pin.version,
        pin.spec,
        staging.display()
    ));
    run_npm(staging, &prefix, pin, options)?;
    let binary = binary_in(&prefix, pin);
    if !binary.is_file() {
        return Err(format!(
            "npm installed {} but {} is missing: set {CODEX_BIN_ENV} to a codex {} binary",
            pin.spec, pin.path, pin.version
        ));
    }
    verify(&binary, pin.sha256, &|actual| {
        format!(
            "npm installed a codex {} whose binary {} has sha256 {actual}, but the pin records \
             {}: it was not run and is removed; check the npm registry you use (a mirror or a \
             proxy may have changed it), or set {CODEX_BIN_ENV} to a codex binary you trust",
            pin.version,
            binary.display(),
            pin.sha256
        )
    })?;
    Ok(prefix)
}
