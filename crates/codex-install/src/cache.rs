//! The install cache: where it is, and folders in it that belong to this user alone.

use std::path::{Path, PathBuf};

use crate::lookup::CODEX_BIN_ENV;

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

/// Creates `dir` (and its missing parents) owner-only, and checks it is private.
pub(crate) fn private_dir(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    check_private(dir)
}

/// Creates the new folder `dir` owner-only.
pub(crate) fn create_private(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))
}

/// Refuses a folder that another user owns or can write: whoever can change it could change
/// the codex this process is about to run.
#[cfg(unix)]
pub(crate) fn check_private(dir: &Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    if !meta.is_dir() {
        return Err(format!(
            "{} is not a folder: remove it, or set {CACHE_DIR_ENV} to another folder",
            dir.display()
        ));
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        return Err(format!(
            "{} belongs to user {}, not to this user ({me}): codex is only run from a folder \
             no one else can change; set {CACHE_DIR_ENV} to a folder of your own",
            dir.display(),
            meta.uid()
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Err(format!(
            "{} can be written by other users (mode {mode:o}): codex is only run from a folder \
             no one else can change; run `chmod go-w {}`, or set {CACHE_DIR_ENV} to a private \
             folder",
            dir.display(),
            dir.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
pub(crate) fn check_private(dir: &Path) -> Result<(), String> {
    if std::fs::metadata(dir).is_ok_and(|m| m.is_dir()) {
        Ok(())
    } else {
        Err(format!("{} is not a folder", dir.display()))
    }
}
