//! One schemars recipe everywhere a user copies from: every `JsonSchema` derive in the SDK's
//! docs, FAQ, READMEs, examples and sample app derives `codex_sdk::schemars::JsonSchema` with
//! `#[schemars(crate = "codex_sdk::schemars")]`, which compiles in a crate that has no
//! schemars of its own (or another version of it). A derive of a bare `schemars::JsonSchema`,
//! or one without the `crate` attribute, compiles here (the SDK depends on schemars) and fails
//! in the user's crate: this test finds it first.

mod support;

use std::path::{Path, PathBuf};

use support::sources::rust_files;

/// What a user copies from: source files (their doc comments and code) and Markdown.
fn copied_from() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in [
        "crates/codex-sdk/src",
        "crates/codex-sdk/examples",
        "crates/codex-sdk-testkit/src",
        "crates/triage-bot/src",
    ] {
        files.extend(rust_files(&root.join(dir)).into_iter().filter(|path| {
            !path
                .components()
                .any(|part| part.as_os_str() == "generated")
        }));
    }
    for doc in [
        "README.md",
        "crates/codex-sdk/README.md",
        "crates/codex-sdk/FAQ.md",
        "crates/codex-sdk-testkit/README.md",
    ] {
        files.push(root.join(doc));
    }
    files
}

/// A line as the compiler sees it in a doc example: without `///`, `//!` or a hidden `# `.
fn code_of(line: &str) -> &str {
    let line = line.trim_start();
    let line = ["///", "//!"]
        .iter()
        .find_map(|prefix| line.strip_prefix(prefix))
        .unwrap_or(line)
        .trim_start();
    line.strip_prefix("# ").unwrap_or(line)
}

/// Each `#[derive(...)]` of `text` that derives `JsonSchema`, with its line number, the whole
/// derive, and the attributes after it up to the item.
fn json_schema_derives(text: &str) -> Vec<(usize, String, String)> {
    let lines: Vec<&str> = text.lines().map(code_of).collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        if !lines[at].starts_with("#[derive(") {
            at += 1;
            continue;
        }
        let start = at;
        let mut derive = String::new();
        while at < lines.len() {
            derive.push_str(lines[at]);
            at += 1;
            if derive.trim_end().ends_with(")]") {
                break;
            }
        }
        let mut attributes = String::new();
        while at < lines.len() && lines[at].starts_with("#[") {
            attributes.push_str(lines[at]);
            at += 1;
        }
        if derive.contains("JsonSchema") {
            found.push((start + 1, derive, attributes));
        }
    }
    found
}

#[test]
fn every_json_schema_derive_users_copy_needs_no_schemars_of_their_own() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    for file in copied_from() {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        for (line, derive, attributes) in json_schema_derives(&text) {
            seen += 1;
            let through_sdk = derive.contains("codex_sdk::schemars::JsonSchema");
            let with_crate = attributes.contains(r#"#[schemars(crate = "codex_sdk::schemars")]"#);
            if !(through_sdk && with_crate) {
                wrong.push(format!("{}:{line}: {derive} {attributes}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "derive `codex_sdk::schemars::JsonSchema` with `#[schemars(crate = \"codex_sdk::schemars\")]`:\n{}",
        wrong.join("\n")
    );
    // The docs, the examples and the sample app each have such derives: the scan saw them.
    assert!(
        seen >= 8,
        "only {seen} JsonSchema derives found: is the scan looking?"
    );
}

#[test]
fn the_scan_reads_derives_the_way_a_user_pastes_them() {
    let doc = "/// #[derive(serde::Deserialize, schemars::JsonSchema)]\n/// struct A;\n\
               #[derive(\n    Debug,\n    codex_sdk::schemars::JsonSchema,\n)]\n\
               #[schemars(crate = \"codex_sdk::schemars\")]\nstruct B;\n\
               #[derive(Debug)]\nstruct C;";
    let found = json_schema_derives(doc);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, 1);
    assert!(!found[0].1.contains("codex_sdk::schemars") && found[0].2.is_empty());
    assert_eq!(found[1].0, 3);
    assert!(found[1].1.contains("codex_sdk::schemars::JsonSchema"));
    assert!(found[1].2.contains("crate = \"codex_sdk::schemars\""));
}
