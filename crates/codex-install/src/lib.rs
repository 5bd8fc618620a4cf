//! Finding and installing the codex CLI that the Codex app-server SDK runs: the pinned release
//! with npm into a private cache outside any workspace, checked against the sha256 the pin
//! records, so the programs of a user, the test kit and the maintainer commands share one
//! trusted copy of each version.
//!
//! The SDK (`codex_sdk::install`, feature `install-codex`), its test kit and the repository's
//! `cargo xtask` all use this crate, so every path installs and trusts codex alike. Without the
//! default `npm` feature only the lookup is built ([`CODEX_BIN_ENV`], [`codex_bin_from`],
//! [`find_in_path`], [`current_platform`]), with no hashing or process-group code.
//!
//! What makes an install trustworthy:
//!
//! - The cache ([`cache_dir`]) and each version folder in it are created owner-only (0700),
//!   and refused when another user owns them or can write them.
//! - npm runs without lifecycle scripts (`--ignore-scripts`), in a process group of its own,
//!   for at most [`DEFAULT_NPM_TIMEOUT`] (5 minutes; `CODEX_SDK_NPM_TIMEOUT_SECS` or
//!   [`InstallOptions::npm_timeout`] change it); past that npm and what it started are killed.
//! - It installs into a temporary folder of the cache, renamed into place only once the
//!   binary has the pinned sha256: a killed install leaves nothing that looks installed.
//! - A binary in the cache is hashed again before its first use in each process: a changed
//!   one is an error naming both hashes, and is never run.
//! - Processes installing the same version at once wait for each other under a file lock
//!   (opened without following a symlink, never truncated), at most the npm bound plus
//!   [`LOCK_GRACE`] ([`InstallOptions::lock_timeout`]).
//! - A release without a recorded hash for this platform is not installed: set `CODEX_BIN`
//!   to the absolute path of a codex binary you trust.
#![doc = ""]
#![doc = include_str!("../README.md")]

mod lookup;

pub use lookup::{CODEX_BIN_ENV, codex_bin_from, current_platform, find_in_path};

#[cfg(feature = "npm")]
mod cache;
#[cfg(feature = "npm")]
mod installer;
#[cfg(feature = "npm")]
mod lock;
#[cfg(feature = "npm")]
mod npm;
#[cfg(feature = "npm")]
mod pin;
#[cfg(feature = "npm")]
mod release;

#[cfg(feature = "npm")]
pub use self::{
    cache::{CACHE_DIR_ENV, cache_dir},
    installer::install,
    npm::{DEFAULT_NPM_TIMEOUT, InstallOptions, LOCK_GRACE, NPM_TIMEOUT_ENV},
    pin::{PinnedBinary, pinned_binary, sha256_file},
    release::{PINNED_BINARIES, ensure_codex, install_version},
};
