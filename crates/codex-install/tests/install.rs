//! The codex installer under faults: a fake `npm` (a shell script the installer is pointed
//! at) that hangs, fails or writes the wrong binary, a planted lock symlink, a cache others can
//! write, and the real pinned release in the cache, checked against its recorded hash.
#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codex_install::{
    InstallOptions, PINNED_BINARIES, PinnedBinary, codex_bin_from, current_platform, find_in_path,
    sha256_file,
};

/// The release the fake npm "publishes".
const VERSION: &str = "0.0.0-test";
const PACKAGE: &str = "@openai/codex-test";
const BIN_PATH: &str = "vendor/test-target/bin/codex";

/// A scratch folder with a fake npm, the binary it installs, and a cache.
struct Scene {
    root: tempfile::TempDir,
    sha256: String,
}

impl Scene {
    /// `npm` runs `body` after finding its `--prefix` (in `$prefix`) and its binary's path (in
    /// `$bin`); the binary it should install is a script that creates `ran` when executed.
    fn new(body: &str) -> Scene {
        let root = tempfile::tempdir().expect("a temp dir");
        let scene = Scene {
            root,
            sha256: String::new(),
        };
        let good = scene.path("good-binary");
        write_executable(
            &good,
            &format!("#!/bin/sh\ntouch '{}'\n", scene.path("ran").display()),
        );
        let sha256 = sha256_file(&good).expect("hashing the good binary");
        write_executable(
            &scene.npm(),
            &format!(
                "#!/bin/sh\n\
                 echo \"$@\" >> '{args}'\n\
                 while [ $# -gt 0 ]; do [ \"$1\" = --prefix ] && prefix=$2; shift; done\n\
                 bin=\"$prefix/node_modules/{PACKAGE}/{BIN_PATH}\"\n\
                 mkdir -p \"$(dirname \"$bin\")\"\n\
                 good='{good}'\n\
                 {body}\n",
                args = scene.path("npm-args").display(),
                good = good.display(),
            ),
        );
        Scene { sha256, ..scene }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    fn npm(&self) -> PathBuf {
        self.path("npm")
    }

    fn cache(&self) -> PathBuf {
        self.path("cache")
    }

    /// The pin of the good binary.
    fn pin(&self) -> PinnedBinary<'_> {
        self.pin_with(&self.sha256)
    }

    fn pin_with<'a>(&self, sha256: &'a str) -> PinnedBinary<'a> {
        PinnedBinary {
            version: VERSION,
            platform: "test",
            package: PACKAGE,
            spec: "npm:@openai/codex@0.0.0-test",
            path: BIN_PATH,
            sha256,
        }
    }

    fn options(&self) -> InstallOptions {
        InstallOptions::default()
            .npm(self.npm())
            .npm_timeout(Duration::from_secs(60))
    }

    /// Where a finished install of the fake release puts its binary.
    fn installed_binary(&self) -> PathBuf {
        self.cache()
            .join(VERSION)
            .join("node_modules")
            .join(PACKAGE)
            .join(BIN_PATH)
    }

    fn install(&self, options: &InstallOptions) -> Result<PathBuf, String> {
        codex_install::install(&self.cache(), &self.pin(), options, &|_| {})
    }

    fn npm_ran(&self) -> bool {
        self.path("npm-args").exists()
    }

    fn binary_ran(&self) -> bool {
        self.path("ran").exists()
    }

    /// What is in the cache besides lock files: a finished install is a version folder.
    fn cache_entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.cache())
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| !name.ends_with(".lock"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

fn write_executable(path: &Path, text: &str) {
    std::fs::write(path, text).expect("writing a script");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Whether process `pid` is gone or has exited (a zombie nobody reaped yet), waiting for it
/// at most 10 s: a SIGKILL takes effect soon, not at once.
fn ended(pid: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok();
        // The state follows the parenthesised command name.
        let dead = state.as_deref().is_none_or(|stat| {
            stat.rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().next())
                .is_some_and(|s| s == "Z" || s == "X")
        });
        if dead || Instant::now() >= deadline {
            return dead;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn pid_in(path: &Path) -> u32 {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .trim()
        .parse()
        .expect("a pid")
}

#[test]
fn a_hung_npm_is_killed_with_what_it_started_and_leaves_nothing_installed() {
    let scene = Scene::new(
        "head -c 1000 \"$good\" > \"$bin\"\n\
         echo $$ > \"$prefix/../../npm.pid\"\n\
         sleep 600 &\n\
         echo $! > \"$prefix/../../child.pid\"\n\
         wait",
    );
    // The pid files land beside the cache: `$prefix` is `cache/<temp folder>/prefix`.
    let options = scene.options().npm_timeout(Duration::from_secs(3));
    let err = scene.install(&options).expect_err("npm never finishes");
    assert!(
        err.contains("did not finish within 3 s") && err.contains("CODEX_SDK_NPM_TIMEOUT_SECS"),
        "the error names the bound and how to raise it: {err}"
    );
    let npm = pid_in(&scene.cache().join("npm.pid"));
    let child = pid_in(&scene.cache().join("child.pid"));
    assert!(ended(npm), "npm ({npm}) was killed");
    assert!(ended(child), "what npm started ({child}) was killed");
    let left: Vec<String> = scene
        .cache_entries()
        .into_iter()
        .filter(|name| !name.ends_with(".pid"))
        .collect();
    assert!(left.is_empty(), "nothing looks installed: {left:?}");
    assert!(!scene.installed_binary().exists());
}

#[test]
fn npm_failing_after_half_a_binary_leaves_nothing_and_the_next_install_works() {
    let scene = Scene::new(
        "if [ -e \"$prefix/../../../failed-once\" ]; then cp \"$good\" \"$bin\"; exit 0; fi\n\
         touch \"$prefix/../../../failed-once\"\n\
         head -c 10 \"$good\" > \"$bin\"\n\
         echo 'npm ERR! network' >&2\n\
         exit 1",
    );
    let err = scene.install(&scene.options()).expect_err("npm failed");
    assert!(
        err.contains("failed") && err.contains("npm ERR! network"),
        "the error carries what npm said: {err}"
    );
    assert!(
        scene.cache_entries().is_empty(),
        "nothing looks installed: {:?}",
        scene.cache_entries()
    );
    let binary = scene
        .install(&scene.options())
        .expect("the second install works");
    assert_eq!(binary, scene.installed_binary());
    assert_eq!(sha256_file(&binary).expect("hash"), scene.sha256);
    assert_eq!(scene.cache_entries(), [VERSION]);
    assert!(!scene.binary_ran(), "installing never runs the binary");
}

#[test]
fn a_temp_folder_left_by_a_killed_install_is_neither_used_nor_kept() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    // What an install killed before its rename leaves: a complete binary, even.
    let stale = scene.cache().join(format!(".{VERSION}.tmp-install-1-1"));
    let stale_bin = stale
        .join("prefix/node_modules")
        .join(PACKAGE)
        .join(BIN_PATH);
    std::fs::create_dir_all(stale_bin.parent().expect("a parent")).expect("planting");
    std::fs::copy(scene.path("good-binary"), &stale_bin).expect("planting");
    std::fs::set_permissions(scene.cache(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let binary = scene.install(&scene.options()).expect("an install");
    assert_eq!(binary, scene.installed_binary());
    assert!(scene.npm_ran(), "a temp folder is not an install");
    assert!(!stale.exists(), "the stale temp folder is removed");
    assert_eq!(scene.cache_entries(), [VERSION]);
}

#[test]
fn a_version_folder_without_its_binary_is_replaced() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    // What an older codex-sdk, which installed in place, left when npm was killed early.
    let partial = scene
        .cache()
        .join(VERSION)
        .join("node_modules/.package-lock.json");
    std::fs::create_dir_all(partial.parent().expect("a parent")).expect("planting");
    std::fs::write(&partial, "{}").expect("planting");
    let binary = scene.install(&scene.options()).expect("an install");
    assert_eq!(binary, scene.installed_binary());
    assert!(scene.npm_ran(), "the folder was not taken for an install");
    assert!(!partial.exists(), "what it held is gone");
    assert_eq!(scene.cache_entries(), [VERSION]);
}

#[test]
fn an_install_is_owner_only_and_runs_npm_without_scripts() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    let nested = scene.path("new/parent/cache");
    let binary = codex_install::install(&nested, &scene.pin(), &scene.options(), &|_| {})
        .expect("an install");
    assert!(binary.starts_with(nested.join(VERSION)));
    for dir in [nested.clone(), nested.join(VERSION)] {
        let mode = std::fs::metadata(&dir).expect("stat").mode() & 0o777;
        assert_eq!(mode, 0o700, "{} is owner-only", dir.display());
    }
    let args = std::fs::read_to_string(scene.path("npm-args")).expect("npm's arguments");
    assert!(
        args.split_whitespace().any(|a| a == "--ignore-scripts"),
        "npm runs no lifecycle scripts: {args}"
    );
}

#[test]
fn a_binary_whose_hash_is_not_the_pinned_one_is_refused_and_never_run() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    let wrong = "0".repeat(64);
    let err = codex_install::install(
        &scene.cache(),
        &scene.pin_with(&wrong),
        &scene.options(),
        &|_| {},
    )
    .expect_err("the hash differs");
    assert!(
        err.contains(&wrong) && err.contains(&scene.sha256) && err.contains("bin/codex"),
        "the error names both hashes and the binary: {err}"
    );
    assert!(!scene.binary_ran(), "the binary was never run");
    assert!(
        scene.cache_entries().is_empty(),
        "{:?}",
        scene.cache_entries()
    );
}

#[test]
fn a_changed_binary_in_the_cache_is_refused_and_never_run() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    // A finished install whose binary someone changed (or an older codex-sdk cut short).
    let binary = scene.installed_binary();
    std::fs::create_dir_all(binary.parent().expect("a parent")).expect("planting");
    std::fs::set_permissions(scene.cache(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    std::fs::set_permissions(
        scene.cache().join(VERSION),
        std::fs::Permissions::from_mode(0o700),
    )
    .expect("chmod");
    write_executable(
        &binary,
        &format!(
            "#!/bin/sh\ntouch '{}'\n# changed\n",
            scene.path("ran").display()
        ),
    );
    let actual = sha256_file(&binary).expect("hash");
    let err = scene
        .install(&scene.options())
        .expect_err("the hash differs");
    assert!(
        err.contains(&actual)
            && err.contains(&scene.sha256)
            && err.contains(&*binary.to_string_lossy()),
        "the error names both hashes and the path: {err}"
    );
    assert!(err.contains("remove"), "it says what to do: {err}");
    assert!(!scene.binary_ran(), "the binary was never run");
    assert!(!scene.npm_ran(), "nothing is installed over it");
    // Doing what it says installs it again.
    std::fs::remove_dir_all(scene.cache().join(VERSION)).expect("removing the folder");
    let again = scene.install(&scene.options()).expect("a fresh install");
    assert_eq!(sha256_file(&again).expect("hash"), scene.sha256);
}

#[test]
fn npm_is_bounded_to_five_minutes_by_default() {
    assert_eq!(codex_install::DEFAULT_NPM_TIMEOUT, Duration::from_secs(300));
    let options = format!("{:?}", InstallOptions::default());
    assert!(options.contains("npm_timeout: 300s"), "{options}");
}

#[test]
fn a_symlink_at_the_lock_path_is_refused_and_its_target_untouched() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    let victim = scene.path("victim.txt");
    std::fs::write(&victim, "precious").expect("the victim");
    std::fs::create_dir(scene.cache()).expect("the cache");
    std::fs::set_permissions(scene.cache(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    std::os::unix::fs::symlink(&victim, scene.cache().join(format!("{VERSION}.lock")))
        .expect("planting the link");
    let err = scene.install(&scene.options()).expect_err("a planted lock");
    assert!(
        err.contains("symbolic link") && err.contains(".lock"),
        "the error names the link: {err}"
    );
    assert_eq!(
        std::fs::read_to_string(&victim).expect("the victim"),
        "precious"
    );
    assert!(!scene.npm_ran(), "nothing was installed");
}

#[test]
fn the_wait_for_another_install_is_bounded() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    std::fs::create_dir(scene.cache()).expect("the cache");
    std::fs::set_permissions(scene.cache(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
    // Another install holds the lock (a lock of another open file, as another process has).
    let held = std::fs::File::create(scene.cache().join(format!("{VERSION}.lock")))
        .expect("the lock file");
    held.lock().expect("holding the lock");
    let options = scene.options().lock_timeout(Duration::from_secs(1));
    let err = scene.install(&options).expect_err("the lock is held");
    assert!(
        err.contains("install lock") && err.contains("more than 1 s"),
        "the error says what it waited for: {err}"
    );
    assert!(!scene.npm_ran());
    drop(held);
    scene.install(&options).expect("once the lock is free");
}

#[test]
fn a_cache_other_users_can_write_is_refused() {
    for (mode, which) in [(0o777, "cache"), (0o770, "cache"), (0o757, "version")] {
        let scene = Scene::new("cp \"$good\" \"$bin\"");
        let cache = scene.cache();
        std::fs::create_dir_all(cache.join(VERSION)).expect("the folders");
        std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        std::fs::set_permissions(cache.join(VERSION), std::fs::Permissions::from_mode(0o700))
            .expect("chmod");
        let dir = if which == "cache" {
            cache.clone()
        } else {
            cache.join(VERSION)
        };
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).expect("chmod");
        let err = scene
            .install(&scene.options())
            .expect_err("a writable folder");
        assert!(
            err.contains("can be written by other users") && err.contains("chmod go-w"),
            "{which} {mode:o}: {err}"
        );
        assert!(!scene.npm_ran(), "{which} {mode:o}: nothing was installed");
    }
}

#[test]
fn a_cache_another_user_owns_is_refused() {
    let scene = Scene::new("cp \"$good\" \"$bin\"");
    let probe = scene.path("probe");
    std::fs::write(&probe, "").expect("a probe");
    let me = std::fs::metadata(&probe).expect("stat").uid();
    // As root, make a folder of `nobody`; as anyone else, `/` belongs to another user.
    let cache = if me == 0 {
        let cache = scene.cache();
        std::fs::create_dir(&cache).expect("the cache");
        std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o700)).expect("chmod");
        std::os::unix::fs::chown(&cache, Some(65534), Some(65534)).expect("chown");
        cache
    } else {
        PathBuf::from("/")
    };
    let err = codex_install::install(&cache, &scene.pin(), &scene.options(), &|_| {})
        .expect_err("a folder of another user");
    assert!(
        err.contains("belongs to user") && err.contains("CODEX_SDK_CACHE_DIR"),
        "{err}"
    );
    assert!(!scene.npm_ran());
}

#[test]
fn a_relative_codex_bin_is_refused() {
    for relative in ["codex", "./codex", "bin/codex"] {
        let err = codex_bin_from(Some(relative.as_ref())).expect_err("a relative path");
        assert!(err.contains("absolute path"), "{relative}: {err}");
    }
    let absolute = std::env::current_exe().expect("this test binary");
    assert_eq!(
        codex_bin_from(Some(absolute.as_os_str())),
        Ok(Some(absolute.clone()))
    );
    assert_eq!(codex_bin_from(Some("".as_ref())), Ok(None));
    assert_eq!(codex_bin_from(None), Ok(None));
}

#[test]
fn relative_path_entries_are_skipped() {
    // A folder named relative to this process's current folder, as `.` or `bin` would be.
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let planted = tempfile::tempdir_in(&base).expect("a temp dir");
    write_executable(&planted.path().join("codex"), "#!/bin/sh\n");
    let relative = relative_to_cwd(planted.path());
    assert!(relative.is_relative() && relative.join("codex").is_file());
    let absolute = tempfile::tempdir().expect("a temp dir");
    write_executable(&absolute.path().join("codex"), "#!/bin/sh\n");
    let path = std::env::join_paths([
        PathBuf::new(),
        PathBuf::from("."),
        relative,
        absolute.path().to_path_buf(),
    ])
    .expect("a PATH");
    assert_eq!(
        find_in_path("codex", Some(&path)),
        Some(absolute.path().join("codex")),
        "only the absolute entry is searched"
    );
}

/// `dir` (absolute) as a path relative to the current folder.
fn relative_to_cwd(dir: &Path) -> PathBuf {
    let cwd = std::env::current_dir().expect("the current folder");
    let common = cwd
        .ancestors()
        .find(|a| dir.starts_with(a))
        .expect("a common ancestor");
    let ups = cwd
        .strip_prefix(common)
        .expect("under it")
        .components()
        .count();
    let mut relative: PathBuf = std::iter::repeat_n("..", ups).collect();
    relative.push(dir.strip_prefix(common).expect("under it"));
    relative
}

#[test]
fn the_pin_records_the_binary_of_every_tested_release() {
    let platform = current_platform().expect("a platform codex publishes for");
    let releases = std::iter::once(codex_protocol::PINNED_CODEX_VERSION)
        .chain(codex_protocol::COMPAT_CODEX_VERSIONS.iter().copied());
    for version in releases {
        for wanted in ["linux-x64", platform.as_str()] {
            let pin = PINNED_BINARIES
                .iter()
                .find(|p| p.version == version && p.platform == wanted)
                .unwrap_or_else(|| panic!("no binary of codex {version} for {wanted}"));
            assert_eq!(pin.sha256.len(), 64, "{pin:?}");
        }
    }
}

#[test]
fn the_pinned_release_in_the_cache_has_the_recorded_hash_and_runs() {
    let version = codex_protocol::PINNED_CODEX_VERSION;
    let cache = codex_install::cache_dir().expect("a cache folder");
    let options = InstallOptions::from_env().expect("install options");
    let binary = codex_install::install_version(&cache, version, &options, &|m| eprintln!("{m}"))
        .unwrap_or_else(|e| panic!("installing codex {version}: {e}"));
    let pin = codex_install::pinned_binary(PINNED_BINARIES, version).expect("a pinned binary");
    assert_eq!(sha256_file(&binary).expect("hashing codex"), pin.sha256);
    let output = std::process::Command::new(&binary)
        .arg("--version")
        .output()
        .expect("running codex");
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains(version),
        "installed without lifecycle scripts, codex still runs: {printed}"
    );
}
