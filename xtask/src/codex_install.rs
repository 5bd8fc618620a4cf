//! Installs a codex CLI with npm into the user's codex-sdk cache, with the crate the SDK and
//! its test kit use (`codex-install`), checked against the sha256 that `schema/pin.json`
//! records.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::pin_binaries::Binaries;

use codex_install as shared;

pub(crate) use shared::{PinnedBinary, current_platform};

/// The native codex binary of `version` (or `CODEX_BIN`), installed with npm on first use
/// into the cache the tests use too (`CODEX_SDK_CACHE_DIR`, else the user's cache folder).
pub(crate) fn ensure_codex(workspace: &Path, version: &str) -> Result<PathBuf> {
    if let Some(bin) = shared::codex_bin_from(std::env::var_os(shared::CODEX_BIN_ENV).as_deref())
        .map_err(anyhow::Error::msg)?
    {
        return Ok(bin);
    }
    install_version(workspace, version)
}

/// The native codex binary of `version`, installed with npm on first use into the same cache
/// and checked against the pin; `CODEX_BIN` is not consulted (the version is the point).
///
/// A release the pin does not list (`schema-diff` of any two versions) is checked against
/// the hash of its platform package as `npm pack` fetches it now: that still refuses a
/// binary cut short or changed in the cache, though it trusts the registry, as recording
/// the pin does.
pub(crate) fn install_version(workspace: &Path, version: &str) -> Result<PathBuf> {
    let pin = crate::schema_input::read_pin(workspace)?;
    let binaries = match pin.binaries.get(version) {
        Some(binaries) => binaries.clone(),
        None => {
            eprintln!("codex {version} is not in schema/pin.json: hashing it as npm serves it");
            crate::pin_binaries::record_release(workspace, version)?
        }
    };
    install_recorded(version, &binaries)
}

/// The native codex binary of `version` whose platforms `binaries` records, installed with
/// npm on first use.
pub(crate) fn install_recorded(version: &str, binaries: &Binaries) -> Result<PathBuf> {
    let platform = current_platform().context("codex publishes no binary for this machine")?;
    let record = binaries.get(&platform).with_context(|| {
        format!(
            "no codex {version} binary is recorded for {platform}: run `cargo xtask pin-binaries`"
        )
    })?;
    let cache = shared::cache_dir().map_err(anyhow::Error::msg)?;
    let options = shared::InstallOptions::from_env().map_err(anyhow::Error::msg)?;
    shared::install(
        &cache,
        &record.pinned(version, &platform),
        &options,
        &|message| eprintln!("{message}"),
    )
    .map_err(anyhow::Error::msg)
}
