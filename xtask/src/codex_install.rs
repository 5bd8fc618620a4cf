//! Installs a pinned codex CLI with npm into the user's codex-sdk cache, with the very code
//! the SDK and its test kit use (`crates/codex-sdk/src/install.rs`).

use std::path::PathBuf;

use anyhow::Result;

#[allow(unreachable_pub, dead_code)]
#[path = "../../crates/codex-sdk/src/install.rs"]
mod shared;

/// The native codex binary of `version` (or `CODEX_BIN`), installed with npm on first use
/// into the cache the tests use too (`CODEX_SDK_CACHE_DIR`, else the user's cache folder).
pub(crate) fn ensure_codex(version: &str) -> Result<PathBuf> {
    let cache = shared::cache_dir().map_err(anyhow::Error::msg)?;
    shared::ensure_codex(&cache, version, &|message| eprintln!("{message}"))
        .map_err(anyhow::Error::msg)
}

/// The native codex binary of `version`, installed with npm on first use into the same cache;
/// `CODEX_BIN` is not consulted (the version is the point).
pub(crate) fn install_version(version: &str) -> Result<PathBuf> {
    let cache = shared::cache_dir().map_err(anyhow::Error::msg)?;
    shared::install_version(&cache, version, &|message| eprintln!("{message}"))
        .map_err(anyhow::Error::msg)
}
