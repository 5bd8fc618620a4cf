//! The install lock of one version: a file opened without following a symlink, held while
//! one process installs, with the temporary folders of that install beside it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The install lock of one version in one cache, held while this value lives.
pub(crate) struct InstallLock {
    cache: PathBuf,
    version: String,
    _file: File,
}

impl InstallLock {
    /// Takes `cache/VERSION.lock`, waiting at most `limit` for another process to let it go.
    pub(crate) fn acquire(
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
    pub(crate) fn temp_path(&self, what: &str) -> PathBuf {
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
    pub(crate) fn remove_stale_folders(&self) {
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
