//! Installs a pinned codex CLI with npm into `target/codex/VERSION`, with the very code the
//! tests use (`tests/support/src/install.rs`).

use std::path::{Path, PathBuf};

use anyhow::Result;

#[allow(unreachable_pub, dead_code)]
#[path = "../../tests/support/src/install.rs"]
mod shared;

/// The native codex binary of `version` (or `CODEX_BIN`), installed with npm on first use.
pub(crate) fn ensure_codex(workspace: &Path, version: &str) -> Result<PathBuf> {
    shared::ensure_codex(&workspace.join("target").join("codex"), version)
        .map_err(anyhow::Error::msg)
}
