//! Which codex binary to run: the one configured, `CODEX_BIN`, `codex` on `PATH`, or the
//! pinned release installed into the user's cache.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::install::CODEX_BIN_ENV;

/// The codex binary to run: `configured` (the builder's), else `CODEX_BIN`, else `codex` on
/// `PATH`, else (with the `install-codex` feature) the pinned release, installed.
pub(crate) async fn resolve(configured: Option<&Path>) -> Result<PathBuf> {
    if let Some(binary) = configured {
        return Ok(binary.to_path_buf());
    }
    let from_env = crate::install::codex_bin_from(std::env::var_os(CODEX_BIN_ENV).as_deref());
    if let Some(binary) = from_env.map_err(|hint| Error::BinaryNotFound { hint })? {
        return Ok(binary);
    }
    // Absolute `PATH` entries only: a `.` or empty entry would run a `codex` planted in
    // the current folder, often the agent's workspace.
    let path = std::env::var_os("PATH");
    if let Some(binary) = crate::install::find_in_path("codex", path.as_deref()) {
        return Ok(binary);
    }
    install_pinned().await
}

/// With the `install-codex` feature: the pinned release, installed with npm into the user's
/// cache on first use (announced through `tracing`, since it can take a minute).
#[cfg(feature = "install-codex")]
async fn install_pinned() -> Result<PathBuf> {
    let version = codex_protocol::PINNED_CODEX_VERSION;
    let install = tokio::task::spawn_blocking(move || {
        let cache = crate::install::cache_dir()?;
        let options = crate::install::InstallOptions::from_env()?;
        crate::install::install_version(&cache, version, &options, &|message| {
            tracing::info!("{message}")
        })
    });
    let installed = match install.await {
        Ok(found) => found,
        Err(panicked) => Err(panicked.to_string()),
    };
    installed.map_err(|why| Error::BinaryNotFound {
        hint: format!(
            "no `codex` on PATH, {CODEX_BIN_ENV} is not set, and installing codex {version} \
             failed: {why}"
        ),
    })
}

/// Without the `install-codex` feature: an error that says how to install codex.
#[cfg(not(feature = "install-codex"))]
async fn install_pinned() -> Result<PathBuf> {
    Err(Error::BinaryNotFound {
        hint: format!(
            "no `codex` on PATH and {CODEX_BIN_ENV} is not set: install it with `npm install -g \
             @openai/codex@{}`, pass its path to `CodexBuilder::binary`, or enable the \
             `install-codex` feature of codex-sdk to have it installed for you",
            codex_protocol::PINNED_CODEX_VERSION
        ),
    })
}
