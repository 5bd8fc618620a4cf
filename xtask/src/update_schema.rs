//! `update-schema`: the only command that needs the codex binary. It installs the requested
//! codex with npm, asks it for its schema bundles, and rewrites `schema/` and the pin.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::codex_install::ensure_codex;
use crate::schema_input::{BUNDLE_FILE, PIN_FILE, Pin, sha256_hex};

/// The compatibility releases after a move to `version`: the pin being replaced, then the
/// oldest release the current list supports (kept as the floor), never `version` itself.
fn compat_versions(workspace: &Path, version: &str) -> Result<Vec<String>> {
    let bytes = std::fs::read(workspace.join(PIN_FILE)).context("reading schema/pin.json")?;
    let old: Pin = serde_json::from_slice(&bytes).context("parsing schema/pin.json")?;
    let mut list = vec![old.codex_version.clone()];
    if let Some(floor) = old.compat_versions.last() {
        list.push(floor.clone());
    }
    list.retain(|v| v != version);
    list.dedup();
    Ok(list)
}

/// Replaces the schema bundles and the pin with those of codex `version`.
pub(crate) fn run(workspace: &Path, version: &str) -> Result<()> {
    let codex = ensure_codex(workspace, version)?;
    let scratch = workspace.join("target").join("schema-export");
    let mut sha256 = BTreeMap::new();
    for (flavour, extra_args) in [
        ("stable", &[][..]),
        ("experimental", &["--experimental"][..]),
    ] {
        let out_dir = scratch.join(flavour);
        if out_dir.exists() {
            std::fs::remove_dir_all(&out_dir)
                .with_context(|| format!("clearing {}", out_dir.display()))?;
        }
        let status = Command::new(&codex)
            .args(["app-server", "generate-json-schema", "--out"])
            .arg(&out_dir)
            .args(extra_args)
            .status()
            .with_context(|| format!("running {}", codex.display()))?;
        if !status.success() {
            bail!(
                "`codex app-server generate-json-schema {}` failed: {status}",
                extra_args.join(" ")
            );
        }
        let bytes = std::fs::read(out_dir.join(BUNDLE_FILE))
            .with_context(|| format!("codex {version} did not write {BUNDLE_FILE}"))?;
        let rel = format!("schema/{flavour}/{BUNDLE_FILE}");
        let dest = workspace.join(&rel);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&dest, &bytes).with_context(|| format!("writing {rel}"))?;
        sha256.insert(rel, sha256_hex(&bytes));
    }
    let pin = Pin {
        codex_version: version.to_owned(),
        compat_versions: compat_versions(workspace, version)?,
        sha256,
    };
    let text = serde_json::to_string_pretty(&pin)? + "\n";
    std::fs::write(workspace.join(PIN_FILE), text).context("writing schema/pin.json")?;
    eprintln!("schema/ now holds codex {version}: run `cargo xtask generate-types`");
    Ok(())
}
