//! The pinned binaries of codex and their sha256: which entry applies to this machine, and
//! hashing a binary (once per path and process) before it is trusted.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use crate::lookup::{CODEX_BIN_ENV, current_platform};

/// The native codex binary of one npm platform package, as `schema/pin.json` records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinnedBinary<'a> {
    /// The codex release, e.g. `0.171.0`.
    pub version: &'a str,
    /// npm's `os-cpu` of the package, e.g. `linux-x64` (see [`current_platform`]).
    pub platform: &'a str,
    /// The name npm installs the package under, e.g. `@openai/codex-linux-x64`.
    pub package: &'a str,
    /// What npm installs under that name, e.g. `npm:@openai/codex@0.171.0-linux-x64`.
    pub spec: &'a str,
    /// The binary inside the package, e.g. `vendor/x86_64-unknown-linux-musl/bin/codex`.
    pub path: &'a str,
    /// The lowercase hex sha256 of that binary.
    pub sha256: &'a str,
}

/// The entry of `pins` for codex `version` on this machine.
///
/// # Errors
/// When there is none: nothing would say whether a downloaded binary is the real one, so the
/// message says to name a trusted binary with `CODEX_BIN` (or to record the hash).
pub fn pinned_binary<'p, 'a>(
    pins: &'p [PinnedBinary<'a>],
    version: &str,
) -> Result<&'p PinnedBinary<'a>, String> {
    let Some(platform) = current_platform() else {
        return Err(format!(
            "codex publishes no binary for {}/{}: set {CODEX_BIN_ENV} to the absolute path of a \
             codex binary you trust",
            std::env::consts::OS,
            std::env::consts::ARCH
        ));
    };
    pins.iter()
        .find(|pin| pin.version == version && pin.platform == platform)
        .ok_or_else(|| {
            format!(
                "no sha256 is recorded for codex {version} on {platform}, so a download of it \
                 could not be checked: set {CODEX_BIN_ENV} to the absolute path of a codex \
                 binary you trust, or use a codex-sdk whose pin lists this release (its \
                 maintainers record it with `cargo xtask pin-binaries`)"
            )
        })
}

/// The lowercase hex sha256 of the file at `path`, read a block at a time.
///
/// # Errors
/// When it cannot be read.
pub fn sha256_file(path: &Path) -> Result<String, String> {
    let mut file = File::open(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut block = vec![0u8; 1 << 20];
    loop {
        let n = file
            .read(&mut block)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&block[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// Lowercase hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The paths (with their expected hashes) this process has hashed and found right.
static VERIFIED: Mutex<BTreeSet<(PathBuf, String)>> = Mutex::new(BTreeSet::new());

pub(crate) fn remember_verified(binary: &Path, sha256: &str) {
    if let Ok(mut verified) = VERIFIED.lock() {
        verified.insert((binary.to_path_buf(), sha256.to_owned()));
    }
}

/// Checks that `binary` hashes to `expected`, once per path in this process.
pub(crate) fn verify(
    binary: &Path,
    expected: &str,
    mismatch: &dyn Fn(&str) -> String,
) -> Result<(), String> {
    let key = (binary.to_path_buf(), expected.to_owned());
    if VERIFIED
        .lock()
        .is_ok_and(|verified| verified.contains(&key))
    {
        return Ok(());
    }
    let actual = sha256_file(binary)?;
    if !actual.eq_ignore_ascii_case(expected) {
        return Err(mismatch(&actual));
    }
    remember_verified(binary, expected);
    Ok(())
}
