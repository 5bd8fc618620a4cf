//! Finding a codex binary without installing one: `CODEX_BIN`, the absolute folders of
//! `PATH`, and npm's name of this platform.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The environment variable that names the codex binary to run when none is configured: when
/// set (and not empty), nothing is installed. It must be an absolute path.
pub const CODEX_BIN_ENV: &str = "CODEX_BIN";

/// The binary a `CODEX_BIN` value names: `None` when unset or empty.
///
/// # Errors
/// When it is a relative path (which would run whatever sits at that path in the current
/// folder, often the agent's workspace) or not a file.
pub fn codex_bin_from(value: Option<&OsStr>) -> Result<Option<PathBuf>, String> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let bin = PathBuf::from(value);
    if !bin.is_absolute() {
        return Err(format!(
            "{CODEX_BIN_ENV} is set to the relative path {}: set it to the absolute path of a \
             codex binary you trust (a relative one would run whatever sits there in the \
             current folder)",
            bin.display()
        ));
    }
    if !bin.is_file() {
        return Err(format!(
            "{CODEX_BIN_ENV} is set to {}, which is not a file",
            bin.display()
        ));
    }
    Ok(Some(bin))
}

/// The first executable `name` in the absolute folders of a `PATH` value. Relative entries
/// (`.`, an empty entry, `bin`) are skipped: they name the current folder, often the agent's
/// workspace, where anyone who can write a file could plant a `codex`.
pub fn find_in_path(name: &str, path: Option<&OsStr>) -> Option<PathBuf> {
    std::env::split_paths(path?)
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

/// npm's `os-cpu` name of this machine (`linux-x64`, `darwin-arm64`, `win32-x64`, ...), the
/// key of the pin's binaries; `None` where codex publishes no package.
pub fn current_platform() -> Option<String> {
    let os = match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        _ => return None,
    };
    let cpu = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        _ => return None,
    };
    Some(format!("{os}-{cpu}"))
}

/// Whether `path` is a file this user may run.
fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}
