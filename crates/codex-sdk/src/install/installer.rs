//! Installing codex: one pinned release with npm into a private cache, checked against the
//! sha256 the pin records before it is ever run; shared by the SDK (`codex_sdk::install`),
//! its test kit and the maintainer commands, so every path installs and trusts codex alike.
//!
//! Std plus `sha2` and (on unix) `rustix`, nothing of the SDK: the xtask includes this file
//! as a module, so its dependencies are the xtask's too.
//!
//! What makes an install trustworthy, in order: the cache and version folders belong to this
//! user and nobody else can write them; the install lock is opened without following a
//! symlink and never truncated; npm runs without lifecycle scripts, in a process group of
//! its own, for a bounded time (then the whole group is killed); it installs into a
//! temporary folder, whose binary must have the recorded sha256 before the folder is renamed
//! into place, so a folder named after a version is always a finished install; and a binary
//! found in the cache is hashed again before its first use in each process.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

/// The environment variable that names the codex binary to run when none is configured: when
/// set (and not empty), nothing is installed. It must be an absolute path.
pub const CODEX_BIN_ENV: &str = "CODEX_BIN";

/// The environment variable that moves the install cache (see [`cache_dir`]).
pub const CACHE_DIR_ENV: &str = "CODEX_SDK_CACHE_DIR";

/// The environment variable that bounds one npm run, in seconds (see [`InstallOptions`]).
pub const NPM_TIMEOUT_ENV: &str = "CODEX_SDK_NPM_TIMEOUT_SECS";

/// How long one npm run may take by default: 5 minutes.
pub const DEFAULT_NPM_TIMEOUT: Duration = Duration::from_secs(300);

/// How much longer than the npm bound a process waits for another one's install by default:
/// that one still hashes the binary after npm.
pub const LOCK_GRACE: Duration = Duration::from_secs(60);

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

/// How an install runs: which npm, and how long it and the wait for another install may take.
#[derive(Clone, Debug)]
pub struct InstallOptions {
    npm: Option<PathBuf>,
    npm_timeout: Duration,
    lock_timeout: Option<Duration>,
}

impl Default for InstallOptions {
    /// `npm` from `PATH`, [`DEFAULT_NPM_TIMEOUT`], and a lock wait of that plus [`LOCK_GRACE`].
    fn default() -> Self {
        InstallOptions {
            npm: None,
            npm_timeout: DEFAULT_NPM_TIMEOUT,
            lock_timeout: None,
        }
    }
}

impl InstallOptions {
    /// The defaults, with the npm bound read from `CODEX_SDK_NPM_TIMEOUT_SECS` when it is set.
    ///
    /// # Errors
    /// When that variable is not a whole number of seconds.
    pub fn from_env() -> Result<Self, String> {
        let options = InstallOptions::default();
        match std::env::var_os(NPM_TIMEOUT_ENV).filter(|v| !v.is_empty()) {
            None => Ok(options),
            Some(value) => match value.to_str().and_then(|v| v.trim().parse::<u64>().ok()) {
                Some(secs) => Ok(options.npm_timeout(Duration::from_secs(secs))),
                None => Err(format!(
                    "{NPM_TIMEOUT_ENV} is {value:?}: set it to a number of seconds, or unset it \
                     for the default of {} s",
                    DEFAULT_NPM_TIMEOUT.as_secs()
                )),
            },
        }
    }

    /// Runs this program instead of the `npm` found on `PATH`.
    #[must_use]
    pub fn npm(mut self, program: impl Into<PathBuf>) -> Self {
        self.npm = Some(program.into());
        self
    }

    /// Bounds one npm run; past it npm and every process it started are killed.
    #[must_use]
    pub fn npm_timeout(mut self, limit: Duration) -> Self {
        self.npm_timeout = limit;
        self
    }

    /// Bounds the wait for another process's install of the same release (default: the npm
    /// bound plus [`LOCK_GRACE`]).
    #[must_use]
    pub fn lock_timeout(mut self, limit: Duration) -> Self {
        self.lock_timeout = Some(limit);
        self
    }

    fn lock_limit(&self) -> Duration {
        self.lock_timeout
            .unwrap_or_else(|| self.npm_timeout.saturating_add(LOCK_GRACE))
    }
}

/// Where codex releases are installed, one folder per version: `CODEX_SDK_CACHE_DIR` when set,
/// else the user's cache folder (`$XDG_CACHE_HOME/codex-sdk`, `~/.cache/codex-sdk`, or
/// `~/Library/Caches/codex-sdk` on macOS).
///
/// # Errors
/// When neither `CODEX_SDK_CACHE_DIR` nor `HOME` is set.
pub fn cache_dir() -> Result<PathBuf, String> {
    let set = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = set(CACHE_DIR_ENV) {
        return Ok(dir);
    }
    if cfg!(target_os = "macos") {
        if let Some(home) = set("HOME") {
            return Ok(home.join("Library/Caches/codex-sdk"));
        }
    } else if let Some(cache) = set("XDG_CACHE_HOME") {
        return Ok(cache.join("codex-sdk"));
    } else if let Some(home) = set("HOME") {
        return Ok(home.join(".cache/codex-sdk"));
    }
    Err(format!(
        "no cache folder for codex: set {CACHE_DIR_ENV} (or HOME), or set {CODEX_BIN_ENV} to a \
         codex binary"
    ))
}

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

/// The native codex binary of `pin` in `cache/VERSION`, installed with npm on first use, and
/// checked against `pin.sha256` after an install and before its first use in this process.
///
/// `say` hears of an install before it starts (it can take a minute). Safe when several
/// processes call it at once: the install runs under a file lock (`cache/VERSION.lock`), and
/// the others wait for it, at most [`InstallOptions::lock_timeout`], then use its result.
///
/// # Errors
/// A message that says what failed and what to do: a cache folder someone else can change, a
/// planted lock, npm missing, failing or over its bound, or a binary whose sha256 is not the
/// pinned one (that binary is never run).
pub fn install(
    cache: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
    say: &dyn Fn(&str),
) -> Result<PathBuf, String> {
    private_dir(cache)?;
    let version_dir = cache.join(pin.version);
    let binary = binary_in(&version_dir, pin);
    if let Some(found) = installed(&version_dir, &binary, pin)? {
        return Ok(found);
    }
    let lock = InstallLock::acquire(cache, pin.version, options.lock_limit(), say)?;
    // Another process may have installed it while this one waited for the lock.
    if let Some(found) = installed(&version_dir, &binary, pin)? {
        return Ok(found);
    }
    // Under the lock no other process installs this version: whatever temporary folder of
    // it is left was left by an install that was killed.
    lock.remove_stale_folders();
    if version_dir.exists() {
        // A version folder without its binary: an install by an older codex-sdk, which
        // installed in place, was cut short. Nothing in it is used; it is replaced.
        let doomed = lock.temp_path("incomplete");
        std::fs::rename(&version_dir, &doomed)
            .and_then(|()| std::fs::remove_dir_all(&doomed))
            .map_err(|e| {
                format!(
                    "removing the incomplete install {}: {e}: remove it by hand",
                    version_dir.display()
                )
            })?;
    }
    let staging = lock.temp_path("install");
    let outcome = stage(&staging, pin, options, say).and_then(|prefix| {
        std::fs::rename(&prefix, &version_dir).map_err(|e| {
            format!(
                "moving the install {} to {}: {e}",
                prefix.display(),
                version_dir.display()
            )
        })
    });
    let _ = std::fs::remove_dir_all(&staging);
    outcome?;
    remember_verified(&binary, pin.sha256);
    drop(lock);
    Ok(binary)
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

/// Where the binary of `pin` is in an install prefix.
fn binary_in(prefix: &Path, pin: &PinnedBinary<'_>) -> PathBuf {
    let mut binary = prefix.join("node_modules");
    binary.extend(pin.package.split('/'));
    binary.extend(pin.path.split('/'));
    binary
}

/// The binary of a finished install in `version_dir`, verified; `None` when there is none.
fn installed(
    version_dir: &Path,
    binary: &Path,
    pin: &PinnedBinary<'_>,
) -> Result<Option<PathBuf>, String> {
    if !version_dir.exists() {
        return Ok(None);
    }
    check_private(version_dir)?;
    if !binary.is_file() {
        return Ok(None);
    }
    verify(binary, pin.sha256, &|actual| {
        format!(
            "{} has sha256 {actual}, but the pin of codex {} records {}: it was changed after \
             it was installed (or is a cut-short install of an older codex-sdk), so it is not \
             run; remove {} to have it installed again",
            binary.display(),
            pin.version,
            pin.sha256,
            version_dir.display()
        )
    })?;
    Ok(Some(binary.to_path_buf()))
}

/// The paths (with their expected hashes) this process has hashed and found right.
static VERIFIED: Mutex<BTreeSet<(PathBuf, String)>> = Mutex::new(BTreeSet::new());

fn remember_verified(binary: &Path, sha256: &str) {
    if let Ok(mut verified) = VERIFIED.lock() {
        verified.insert((binary.to_path_buf(), sha256.to_owned()));
    }
}

/// Checks that `binary` hashes to `expected`, once per path in this process.
fn verify(binary: &Path, expected: &str, mismatch: &dyn Fn(&str) -> String) -> Result<(), String> {
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

/// Runs npm into `staging/prefix` and checks the binary it installed; returns the prefix.
fn stage(
    staging: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
    say: &dyn Fn(&str),
) -> Result<PathBuf, String> {
    let prefix = staging.join("prefix");
    create_private(staging)?;
    create_private(&prefix)?;
    say(&format!(
        "installing codex {} ({}) with npm into {}",
        pin.version,
        pin.spec,
        staging.display()
    ));
    run_npm(staging, &prefix, pin, options)?;
    let binary = binary_in(&prefix, pin);
    if !binary.is_file() {
        return Err(format!(
            "npm installed {} but {} is missing: set {CODEX_BIN_ENV} to a codex {} binary",
            pin.spec, pin.path, pin.version
        ));
    }
    verify(&binary, pin.sha256, &|actual| {
        format!(
            "npm installed a codex {} whose binary {} has sha256 {actual}, but the pin records \
             {}: it was not run and is removed; check the npm registry you use (a mirror or a \
             proxy may have changed it), or set {CODEX_BIN_ENV} to a codex binary you trust",
            pin.version,
            binary.display(),
            pin.sha256
        )
    })?;
    Ok(prefix)
}

/// `npm install` of the platform package into `prefix`: no lifecycle scripts, stdin closed,
/// output into `staging/npm.log`, in a process group of its own, killed with that group when
/// it outlives the bound.
fn run_npm(
    staging: &Path,
    prefix: &Path,
    pin: &PinnedBinary<'_>,
    options: &InstallOptions,
) -> Result<(), String> {
    let npm = match &options.npm {
        Some(npm) => npm.clone(),
        None => find_in_path(npm_name(), std::env::var_os("PATH").as_deref()).ok_or_else(|| {
            format!(
                "could not run npm (no `npm` in the absolute folders of PATH): install Node.js \
                 and npm, or set {CODEX_BIN_ENV} to a codex {} binary",
                pin.version
            )
        })?,
    };
    let log_path = staging.join("npm.log");
    let log =
        File::create(&log_path).map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let mut command = Command::new(&npm);
    command
        .args([
            "install",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--no-save",
            "--no-package-lock",
            "--prefix",
        ])
        .arg(prefix)
        .arg(format!("{}@{}", pin.package, pin.spec))
        // Not the caller's folder: a project `.npmrc` there has no say in this install.
        .current_dir(staging)
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err);
    // A group of its own, so that on the bound the whole tree npm started can be killed.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(|e| {
        format!(
            "could not run npm ({}: {e}): install Node.js and npm, or set {CODEX_BIN_ENV} to a \
             codex {} binary",
            npm.display(),
            pin.version
        )
    })?;
    let deadline = Instant::now() + options.npm_timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                kill_tree(&mut child);
                return Err(format!(
                    "`npm install {}` did not finish within {} s, so it and what it started were \
                     killed: check that the npm registry is reachable, raise the bound with \
                     {NPM_TIMEOUT_ENV}, or set {CODEX_BIN_ENV} to a codex {} binary{}",
                    pin.spec,
                    options.npm_timeout.as_secs_f64(),
                    pin.version,
                    log_tail(&log_path)
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => {
                kill_tree(&mut child);
                return Err(format!("waiting for npm: {e}"));
            }
        }
    };
    if status.success() {
        return Ok(());
    }
    // npm has exited, but something it started may still run in its group.
    kill_tree(&mut child);
    Err(format!(
        "`npm install {}` failed ({status}): check that the npm registry is reachable, or set \
         {CODEX_BIN_ENV} to a codex {} binary{}",
        pin.spec,
        pin.version,
        log_tail(&log_path)
    ))
}

fn npm_name() -> &'static str {
    if cfg!(windows) { "npm.cmd" } else { "npm" }
}

/// Kills `child`'s process group (on unix: npm and everything it started), then reaps it.
fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, kill_process_group};
        if let Some(pid) = i32::try_from(child.id()).ok().and_then(Pid::from_raw) {
            // The group id stays taken while any member lives, so this reaches no stranger.
            let _ = kill_process_group(pid, Signal::KILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The end of npm's output, for an error message.
fn log_tail(path: &Path) -> String {
    const TAIL: u64 = 4096;
    let Ok(mut file) = File::open(path) else {
        return String::new();
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = file.seek(SeekFrom::Start(len.saturating_sub(TAIL)));
    let mut bytes = Vec::new();
    let _ = file.take(TAIL).read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        String::new()
    } else {
        format!("\nnpm said:\n{}", text.trim_end())
    }
}

/// The install lock of one version in one cache, held while this value lives.
struct InstallLock {
    cache: PathBuf,
    version: String,
    _file: File,
}

impl InstallLock {
    /// Takes `cache/VERSION.lock`, waiting at most `limit` for another process to let it go.
    fn acquire(
        cache: &Path,
        version: &str,
        limit: Duration,
        say: &dyn Fn(&str),
    ) -> Result<Self, String> {
        let path = cache.join(format!("{version}.lock"));
        let file = open_lock_file(&path)?;
        let deadline = Instant::now() + limit;
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(format!(
                            "another process has held the install lock {} for more than {} s \
                             while installing codex {version}: wait for it and retry, or, if \
                             no install is running, end whatever holds the lock",
                            path.display(),
                            limit.as_secs_f64()
                        ));
                    }
                    if !told {
                        say(&format!(
                            "waiting for another process to install codex {version} ({})",
                            path.display()
                        ));
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(format!("locking {}: {e}", path.display()));
                }
            }
        }
        Ok(InstallLock {
            cache: cache.to_path_buf(),
            version: version.to_owned(),
            _file: file,
        })
    }

    /// The prefix of this version's temporary folders (hidden, and never a version's name).
    fn temp_prefix(&self) -> String {
        format!(".{}.tmp-", self.version)
    }

    /// A new temporary path in the cache for this version, for `what`.
    fn temp_path(&self, what: &str) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        self.cache.join(format!(
            "{}{what}-{}-{nanos}",
            self.temp_prefix(),
            std::process::id()
        ))
    }

    /// Removes the temporary folders of killed installs of this version, as far as it can:
    /// one it cannot remove (an orphaned npm may still be writing into it) is only ignored,
    /// since no temporary folder is ever taken for an install.
    fn remove_stale_folders(&self) {
        let prefix = self.temp_prefix();
        let Ok(entries) = std::fs::read_dir(&self.cache) else {
            return;
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let path = entry.path();
                let _ = if path.is_dir() && !path.is_symlink() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
}

/// Opens (creating it owner-only) the lock file without following a symlink and without
/// truncating: a planted link or file loses nothing.
#[cfg(unix)]
fn open_lock_file(path: &Path) -> Result<File, String> {
    use rustix::fs::{Mode, OFlags};
    let flags =
        OFlags::RDWR | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
    let fd = rustix::fs::open(path, flags, Mode::from_raw_mode(0o600)).map_err(|e| {
        if path.is_symlink() {
            format!(
                "the install lock {} is a symbolic link, which is never followed: remove it \
                 (and check who put it there)",
                path.display()
            )
        } else {
            format!("opening the install lock {}: {e}", path.display())
        }
    })?;
    let file = File::from(fd);
    let is_file = file.metadata().is_ok_and(|m| m.is_file());
    if !is_file {
        return Err(format!(
            "the install lock {} is not a regular file: remove it",
            path.display()
        ));
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_lock_file(path: &Path) -> Result<File, String> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| format!("opening the install lock {}: {e}", path.display()))
}

/// Creates `dir` (and its missing parents) owner-only, and checks it is private.
fn private_dir(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    check_private(dir)
}

/// Creates the new folder `dir` owner-only.
fn create_private(dir: &Path) -> Result<(), String> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))
}

/// Refuses a folder that another user owns or can write: whoever can change it could change
/// the codex this process is about to run.
#[cfg(unix)]
fn check_private(dir: &Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    if !meta.is_dir() {
        return Err(format!(
            "{} is not a folder: remove it, or set {CACHE_DIR_ENV} to another folder",
            dir.display()
        ));
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        return Err(format!(
            "{} belongs to user {}, not to this user ({me}): codex is only run from a folder \
             no one else can change; set {CACHE_DIR_ENV} to a folder of your own",
            dir.display(),
            meta.uid()
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Err(format!(
            "{} can be written by other users (mode {mode:o}): codex is only run from a folder \
             no one else can change; run `chmod go-w {}`, or set {CACHE_DIR_ENV} to a private \
             folder",
            dir.display(),
            dir.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(dir: &Path) -> Result<(), String> {
    if std::fs::metadata(dir).is_ok_and(|m| m.is_dir()) {
        Ok(())
    } else {
        Err(format!("{} is not a folder", dir.display()))
    }
}

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
