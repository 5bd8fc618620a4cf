//! The example programs, built by cargo from this checkout for the examples test: cargo
//! decides what is fresh and says where each binary is, and a target dir that several
//! checkouts share gets a build of this checkout's own.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The path of example `name`, as built from this checkout by [`build_examples`].
pub fn example_binary(name: &str) -> PathBuf {
    static BUILT: OnceLock<Result<HashMap<String, PathBuf>, String>> = OnceLock::new();
    match BUILT.get_or_init(build_examples) {
        Ok(binaries) => binaries
            .get(name)
            .unwrap_or_else(|| panic!("cargo built no example named {name}: {binaries:?}"))
            .clone(),
        Err(why) => panic!("building the examples failed: {why}"),
    }
}

/// Builds every example of this package with `cargo build --workspace --examples`, in this
/// test's own profile, target and features, and returns where cargo put each one.
///
/// Cargo decides what is fresh (no file dates are compared here: `cargo test --test
/// examples` alone builds no example), and the paths are the `executable`s its
/// `compiler-artifact` messages report. The whole workspace is selected, as the README's
/// `cargo test --workspace` selects it, so that the features cargo unifies are the same and
/// the examples that command built are fresh (`cargo test -p codex-driver` unifies fewer, and
/// this build then compiles the SDK once more).
fn build_examples() -> Result<HashMap<String, PathBuf>, String> {
    // `<target dir>/tmp`, for every integration test of this target dir.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .ok_or("CARGO_TARGET_TMPDIR has no parent")?
        .to_path_buf();
    // This test binary is `<target dir>[/<triple>]/<profile dir>/deps/<name>`.
    let exe = std::env::current_exe().map_err(|e| format!("the test binary's path: {e}"))?;
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("the test binary is not in <profile>/deps")?;
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev".to_owned(),
        Some(name) => name.to_owned(),
        None => return Err(format!("no profile in {}", exe.display())),
    };
    let package_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `<workspace>/crates/codex-sdk`.
    let workspace = package_dir
        .parent()
        .and_then(Path::parent)
        .ok_or("the package is not in <workspace>/crates")?;
    let mut command =
        Command::new(std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into()));
    command
        .args([
            "build",
            "--workspace",
            "--examples",
            "--message-format=json-render-diagnostics",
        ])
        .arg("--manifest-path")
        .arg(package_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(checkout_target_dir(&target_dir, workspace)?)
        .args(["--profile", &profile]);
    if let Some(triple_dir) = profile_dir.parent().filter(|dir| *dir != target_dir) {
        // Cross-compiled: `<target dir>/<triple>/<profile dir>`.
        if let Some(triple) = triple_dir.file_name() {
            command.arg("--target").arg(triple);
        }
    }
    let features: Vec<String> = [
        ("experimental", cfg!(feature = "experimental")),
        ("install-codex", cfg!(feature = "install-codex")),
        ("websocket", cfg!(feature = "websocket")),
        ("tls", cfg!(feature = "tls")),
        ("opentelemetry", cfg!(feature = "opentelemetry")),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(name, _)| format!("{}/{name}", env!("CARGO_PKG_NAME")))
    .collect();
    if !features.is_empty() {
        command.arg("--features").arg(features.join(","));
    }
    // Without what cargo set for running this test (`CARGO_MANIFEST_DIR`, `CARGO_PKG_*`,
    // ...): the build sees the environment `cargo test` saw, or build scripts that watch one
    // of those would rerun and their crates rebuild, for this build and again for the next
    // `cargo test`.
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        let set_by_cargo = key.starts_with("CARGO_PKG_")
            || [
                "CARGO_MANIFEST_DIR",
                "CARGO_MANIFEST_PATH",
                "CARGO_MANIFEST_LINKS",
                "CARGO_CRATE_NAME",
                "CARGO_BIN_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "CARGO_TARGET_TMPDIR",
                "CARGO_RUSTC_CURRENT_DIR",
                "OUT_DIR",
            ]
            .contains(&key);
        if set_by_cargo {
            command.env_remove(key);
        }
    }
    // Cargo's progress and errors go to the terminal (stderr is not captured by the test
    // harness); its JSON messages come back on stdout.
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("running cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!("{command:?} failed ({})", output.status));
    }
    let mut binaries = HashMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let is_example = message["target"]["kind"]
            .as_array()
            .is_some_and(|kinds| kinds.iter().any(|k| k == "example"));
        let of_this_package = message["manifest_path"]
            .as_str()
            .is_some_and(|path| Path::new(path).starts_with(package_dir));
        if message["reason"] != "compiler-artifact" || !is_example || !of_this_package {
            continue;
        }
        let (Some(name), Some(built)) = (
            message["target"]["name"].as_str(),
            message["executable"].as_str(),
        ) else {
            continue;
        };
        binaries.insert(name.to_owned(), PathBuf::from(built));
    }
    Ok(binaries)
}

/// The target dir the examples are built in: `target_dir` itself while only this checkout
/// has built examples there, else a folder of this checkout's own inside it.
///
/// Why: cargo names the artifacts of path packages by their path inside the workspace, so
/// two checkouts of this workspace that share a target dir share the same files, and cargo
/// compares file dates to decide what is fresh. The older checkout then takes the newer
/// one's build for its own, and would run the other checkout's examples. Each checkout that
/// runs this test leaves its path (`workspace`) under `<target dir>/codex-sdk-checkouts`;
/// once a second one is there, every checkout builds its examples in a folder of its own
/// there, named as `cargo xtask` names its own in the same case (a full build, the first
/// time).
pub fn checkout_target_dir(target_dir: &Path, workspace: &Path) -> Result<PathBuf, String> {
    let checkouts = target_dir.join("codex-sdk-checkouts");
    std::fs::create_dir_all(&checkouts)
        .map_err(|e| format!("creating {}: {e}", checkouts.display()))?;
    let mut hasher = std::hash::DefaultHasher::new();
    workspace.hash(&mut hasher);
    let this_checkout = format!("{:016x}", hasher.finish());
    let marker = checkouts.join(format!("{this_checkout}.path"));
    std::fs::write(&marker, workspace.as_os_str().as_encoded_bytes())
        .map_err(|e| format!("writing {}: {e}", marker.display()))?;
    let entries = std::fs::read_dir(&checkouts)
        .map_err(|e| format!("reading {}: {e}", checkouts.display()))?;
    let shared = entries.filter_map(Result::ok).any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        name.ends_with(".path") && name != format!("{this_checkout}.path")
    });
    Ok(if shared {
        checkouts.join(this_checkout)
    } else {
        target_dir.to_path_buf()
    })
}
