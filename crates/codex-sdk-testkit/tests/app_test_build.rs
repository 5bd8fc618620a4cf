//! An app on the SDK that tests with this kit compiles each crate once: its `cargo test` after
//! its `cargo build` reuses every library the build compiled. A dev-dependency that turns on
//! a feature of a shared crate (even one named `default` that adds no code) would make cargo
//! compile that crate, and every crate above it (codex-protocol, the transport, the SDK), a
//! second time.
//!
//! The app enables `install-codex`: the kit installs codex, so it needs the installer; an
//! app without that feature compiles codex-install and the SDK again for its tests.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Each library package cargo reported, with the files of the builds of it (one set per
/// package: the files name the features' hash).
fn libraries(cargo_json: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut libraries: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for line in cargo_json.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let is_library = message["target"]["kind"].as_array().is_some_and(|kinds| {
            kinds
                .iter()
                .any(|k| k == "lib" || k == "rlib" || k == "proc-macro")
        });
        if message["reason"] != "compiler-artifact"
            || !is_library
            || message["profile"]["test"] == true
        {
            continue;
        }
        let Some(package) = message["package_id"].as_str() else {
            continue;
        };
        let entry = libraries.entry(package.to_owned()).or_default();
        for file in message["filenames"].as_array().into_iter().flatten() {
            entry.0.extend(file.as_str().map(str::to_owned));
        }
        for feature in message["features"].as_array().into_iter().flatten() {
            entry.1.extend(feature.as_str().map(str::to_owned));
        }
    }
    libraries
}

/// Runs cargo with `args` on the app's manifest; its JSON messages.
fn cargo(app: &Path, target: &Path, args: &[&str]) -> String {
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into()))
        .args(args)
        .arg("--message-format=json")
        .arg("--manifest-path")
        .arg(app.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target)
        .stderr(std::process::Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {args:?} failed for the app in {}",
        app.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn an_apps_tests_reuse_every_library_its_build_compiled() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the kit is in <workspace>/crates");
    let workspace = crates.parent().expect("crates/ is in the workspace");
    let app = tempfile::tempdir().expect("a temporary folder");
    let manifest = format!(
        r#"[package]
name = "app-on-codex-driver"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
codex-driver = {{ path = "{sdk}", features = ["install-codex"] }}
tokio = {{ version = "1.47", features = ["macros", "rt-multi-thread"] }}

[dev-dependencies]
codex-driver-testkit = {{ path = "{kit}" }}

[workspace]
"#,
        sdk = crates.join("codex-sdk").display(),
        kit = crates.join("codex-sdk-testkit").display(),
    );
    std::fs::write(app.path().join("Cargo.toml"), manifest).expect("writes the manifest");
    // The workspace's versions of every dependency, so the app builds what the workspace
    // was tested with.
    std::fs::copy(workspace.join("Cargo.lock"), app.path().join("Cargo.lock"))
        .expect("copies the lockfile");
    for (file, text) in [
        (
            "src/main.rs",
            "fn main() {\n    let _builder = codex_sdk::Codex::builder();\n}\n",
        ),
        (
            "tests/kit.rs",
            "#[test]\nfn the_kit_links() {\n    let _ = codex_sdk_testkit::ScriptedProvider::start;\n}\n",
        ),
    ] {
        let path = app.path().join(file);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("makes the folder");
        std::fs::write(path, text).expect("writes the source");
    }
    // A folder of this test's own, kept between runs (only what cargo reports is compared,
    // fresh or not).
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("app-test-build");

    let built = libraries(&cargo(app.path(), &target, &["build"]));
    let tested = libraries(&cargo(app.path(), &target, &["test", "--no-run"]));

    let ours = |package: &str| package.contains("codex-driver");
    assert!(
        built.keys().filter(|p| ours(p)).count() >= 4,
        "the build reported the SDK's crates: {:?}",
        built.keys().collect::<Vec<_>>()
    );
    let again: Vec<String> = built
        .iter()
        .filter_map(|(package, (files, features))| {
            let (test_files, test_features) = tested.get(package)?;
            files.is_disjoint(test_files).then(|| {
                let added: Vec<&String> = test_features.difference(features).collect();
                format!("{package} (features the tests added: {added:?})")
            })
        })
        .collect();
    assert!(
        again.is_empty(),
        "the app's `cargo test` compiled these libraries again, with other features than its \
         `cargo build`: {again:#?}. Have a crate of ours ask for the features the test kit's \
         dependencies add (as codex-protocol does for serde_core, and the transport for \
         rustix)"
    );
}
