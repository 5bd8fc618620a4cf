//! `cargo xtask` from the checkout it was called in, also when several checkouts share one
//! target dir.
//!
//! Cargo names the artifacts of path packages by their path inside the workspace and decides
//! what is fresh by file dates, so in a target dir that two checkouts share, `cargo xtask` in
//! the older one can run the newer one's build (or that of a checkout since deleted). The
//! binary knows the checkout it was built from; when that is not the one cargo ran it for, it
//! builds and runs this checkout's xtask in a target folder of the checkout's own, where the
//! examples test puts its builds in the same case.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Set on the rerun, so that it never reruns again.
const RERUN_ENV: &str = "CODEX_SDK_XTASK_RERUN";

/// When this binary was built from another checkout than `workspace`, runs `workspace`'s own
/// xtask with the same arguments and returns its exit code; `None` when this binary is the
/// checkout's own.
pub(crate) fn rerun_in_own_target_dir(workspace: &Path) -> Result<Option<i32>> {
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR"));
    let called_for = workspace.join("xtask");
    if built_from == called_for || std::env::var_os(RERUN_ENV).is_some() {
        return Ok(None);
    }
    // This binary is `<target dir>[/<triple>]/<profile dir>/xtask`.
    let exe = std::env::current_exe().context("the xtask binary's path")?;
    let target_dir = exe
        .parent()
        .and_then(Path::parent)
        .context("the xtask binary is not in <target dir>/<profile dir>")?;
    let own = own_target_dir(target_dir, workspace);
    eprintln!(
        "xtask: this build is of {} (the target dir is shared); building {}'s own in {}",
        built_from.display(),
        called_for.display(),
        own.display()
    );
    let status = crate::cargo(workspace)
        .args(["run", "--package", "xtask", "--target-dir"])
        .arg(&own)
        .arg("--")
        .args(std::env::args_os().skip(1))
        .env(RERUN_ENV, "1")
        .status()
        .context("running cargo for this checkout's xtask")?;
    // Killed by a signal: no code of its own.
    Ok(Some(status.code().unwrap_or(1)))
}

/// `<target dir>/codex-sdk-checkouts/<hash of the workspace path>`.
fn own_target_dir(target_dir: &Path, workspace: &Path) -> PathBuf {
    let mut hasher = std::hash::DefaultHasher::new();
    workspace.hash(&mut hasher);
    target_dir
        .join("codex-sdk-checkouts")
        .join(format!("{:016x}", hasher.finish()))
}
