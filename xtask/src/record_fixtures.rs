//! Records real app-server traffic (to be written).

use std::path::Path;

use anyhow::Result;

/// Drives scripted sessions through the real server and writes every message to `out`.
pub(crate) fn run(_codex: &Path, _out: &Path) -> Result<()> {
    anyhow::bail!("not written yet")
}
