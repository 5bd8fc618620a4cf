//! Installs a pinned codex CLI with npm into `target/codex/VERSION`, with the very code the
//! tests use (`tests/support/src/install.rs`).

use std::path::{Path, PathBuf};

use anyhow::Result;

#[allow(unreachable_pub, dead_code)]
#[path = "../../tests/support/src/install.rs"]
mod shared;

/// The native codex binary of `version` (or `CODEX_BIN`), installed with npm on first use
/// into `target/codex/` (of `CARGO_TARGET_DIR` when set, as the tests look there too).
pub(crate) fn ensure_codex(workspace: &Path, version: &str) -> Result<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace.join("target"), PathBuf::from);
    shared::ensure_codex(&target.join("codex"), version).map_err(anyhow::Error::msg)
}
