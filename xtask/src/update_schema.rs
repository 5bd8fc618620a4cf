//! `update-schema`: the one command of a version bump. It records the sha256 of the codex
//! binary of every platform package of the requested release (and of the compatibility
//! releases the pin lacks), installs it with npm (checked against that hash), exports its
//! schema bundles, replaces `schema/` and the pin, writes what changed in the protocol
//! (`schema/protocol-changes.md`), regenerates every generated surface, and prints the
//! changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::codex_install::{install_recorded, install_version};
use crate::pin_binaries::recorded_or_fetched;
use crate::schema_diff::{self, Side};
use crate::schema_input::{BUNDLE_FILE, Pin, read_pin, sha256_hex, write_pin};

/// Where `update-schema` writes the protocol changes of the last bump.
pub(crate) const CHANGES_FILE: &str = "schema/protocol-changes.md";

/// The flavours of bundle, with the extra arguments that make each.
const FLAVOURS: [(&str, &[&str]); 2] = [("stable", &[]), ("experimental", &["--experimental"])];

/// Moves `schema/` to codex `version` and regenerates everything.
pub(crate) fn run(workspace: &Path, version: &str) -> Result<()> {
    let current = read_pin(workspace)?;
    let compat_versions = compat_versions(workspace, version)?;
    let mut binaries = BTreeMap::new();
    for release in std::iter::once(version).chain(compat_versions.iter().map(String::as_str)) {
        let recorded = recorded_or_fetched(workspace, &current.binaries, release)?;
        binaries.insert(release.to_owned(), recorded);
    }
    let codex = install_recorded(version, &binaries[version])?;
    let export = export_schema_of(workspace, version, &codex)?;
    // The changes are those from the previous release: the current pin, or (when the same
    // version is pinned again) the pin before it, so that re-running changes nothing.
    let old = if current.codex_version == version {
        match current.compat_versions.first() {
            Some(previous) => Side::read(previous.clone(), &export_schema(workspace, previous)?)?,
            None => Side::read(version, &export)?,
        }
    } else {
        Side::read(current.codex_version.clone(), &workspace.join("schema"))?
    };
    let new = Side::read(version, &export)?;
    let changes = schema_diff::report(&old, &new);
    let mut sha256 = BTreeMap::new();
    for (flavour, _) in FLAVOURS {
        let bytes = std::fs::read(export.join(flavour).join(BUNDLE_FILE))?;
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
        compat_versions,
        sha256,
        binaries,
    };
    write_pin(workspace, &pin)?;
    std::fs::write(workspace.join(CHANGES_FILE), &changes)
        .with_context(|| format!("writing {CHANGES_FILE}"))?;
    crate::codegen::write(workspace)?;
    #[allow(clippy::print_stdout)] // The changes are the command's output.
    {
        println!("{changes}");
    }
    eprintln!(
        "schema/ now holds codex {version}; generated code is up to date; the changes are in {CHANGES_FILE}"
    );
    Ok(())
}

/// Exports the schema bundles of codex `version` (installed with npm if needed) into
/// `target/schema-export/VERSION/{stable,experimental}/`, and returns that folder.
pub(crate) fn export_schema(workspace: &Path, version: &str) -> Result<PathBuf> {
    let codex = install_version(workspace, version)?;
    export_schema_of(workspace, version, &codex)
}

/// As [`export_schema`], with `codex` (a binary of that version) doing the export.
fn export_schema_of(workspace: &Path, version: &str, codex: &Path) -> Result<PathBuf> {
    let root = workspace.join("target").join("schema-export").join(version);
    for (flavour, extra_args) in FLAVOURS {
        let out_dir = root.join(flavour);
        if out_dir.exists() {
            std::fs::remove_dir_all(&out_dir)
                .with_context(|| format!("clearing {}", out_dir.display()))?;
        }
        let status = Command::new(codex)
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
        if !out_dir.join(BUNDLE_FILE).is_file() {
            bail!("codex {version} did not write {BUNDLE_FILE}");
        }
    }
    Ok(root)
}

/// The compatibility releases after a move to `version` (unchanged when it is pinned again): the pin being replaced, then the
/// oldest release the current list supports (kept as the floor), never `version` itself.
fn compat_versions(workspace: &Path, version: &str) -> Result<Vec<String>> {
    let old = read_pin(workspace)?;
    if old.codex_version == version {
        return Ok(old.compat_versions);
    }
    let mut list = vec![old.codex_version.clone()];
    if let Some(floor) = old.compat_versions.last() {
        list.push(floor.clone());
    }
    list.retain(|v| v != version);
    list.dedup();
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed changes file is what `schema-diff` makes of the previous pin and the
    /// current one: run against the real exports of both releases.
    #[test]
    fn the_committed_protocol_changes_are_the_diff_from_the_previous_pin() {
        let workspace = crate::workspace_root();
        let pin = read_pin(&workspace).expect("schema/pin.json");
        let committed = std::fs::read_to_string(workspace.join(CHANGES_FILE));
        let Some(previous) = pin.compat_versions.first() else {
            assert!(
                committed.is_err(),
                "{CHANGES_FILE} without a previous pin to diff against"
            );
            return;
        };
        let export = export_schema(&workspace, previous)
            .unwrap_or_else(|err| panic!("exporting the schema of codex {previous}: {err:#}"));
        let old = Side::read(previous.clone(), &export).expect("the previous schema");
        let new =
            Side::read(pin.codex_version.clone(), &workspace.join("schema")).expect("schema/");
        let report = schema_diff::report(&old, &new);
        assert_eq!(
            committed.expect("schema/protocol-changes.md"),
            report,
            "{CHANGES_FILE} is stale: run `cargo xtask update-schema --codex-version {}`",
            pin.codex_version
        );
    }
}
