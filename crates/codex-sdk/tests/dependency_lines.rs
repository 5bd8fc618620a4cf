//! Every dependency line the docs show (a `cargo add`, a line of a `toml` block) that names
//! one of our crates names a package this workspace publishes: on crates.io `codex-sdk` and
//! `codex-protocol` are other projects, and a line that names them gives a user someone
//! else's code.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The workspace root: `<root>/crates/codex-sdk`.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The packages of the workspace that are published (no `publish = false`).
fn published() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("crates")).expect("crates/") {
        let manifest = entry.expect("an entry").path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let package = text.split("\n[").next().unwrap_or_default();
        if package.contains("publish = false") {
            continue;
        }
        let name = package
            .lines()
            .find_map(|line| line.strip_prefix("name = \""))
            .and_then(|rest| rest.strip_suffix('"'))
            .unwrap_or_else(|| panic!("{} has no package name", manifest.display()));
        names.insert(name.to_owned());
    }
    names
}

/// Every Markdown file of the workspace and every Rust source's doc comments, as text.
fn documents() -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![root()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a folder").flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" && name != "generated" {
                    stack.push(path);
                }
            } else if name.ends_with(".md") || name.ends_with(".rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                found.push((path, text));
            }
        }
    }
    found
}

/// The names of our crates (`codex-...`) that `line` shows as a dependency: `cargo add NAME`,
/// or `NAME = "..."` / `NAME = { ...` as in a manifest.
fn named_dependencies(line: &str) -> Vec<String> {
    let line =
        line.trim_start_matches(|c: char| c == '/' || c == '!' || c == '#' || c.is_whitespace());
    let mut names = Vec::new();
    if let Some(rest) = line.strip_prefix("cargo add ") {
        names.extend(
            rest.split_whitespace()
                .filter(|word| !word.starts_with('-'))
                .take_while(|word| !word.starts_with('#'))
                .map(str::to_owned),
        );
    } else if let Some((name, value)) = line.split_once(" = ") {
        let value = value.trim_start();
        if (value.starts_with('"') || value.starts_with('{'))
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            names.push(name.to_owned());
        }
    }
    names.retain(|name| name.starts_with("codex"));
    names
}

#[test]
fn every_documented_dependency_line_names_a_package_we_publish() {
    let published = published();
    assert!(published.contains("codex-driver"), "{published:?}");
    let mut wrong = Vec::new();
    let mut seen = 0;
    for (path, text) in documents() {
        for (n, line) in text.lines().enumerate() {
            for name in named_dependencies(line) {
                seen += 1;
                if !published.contains(&name) {
                    wrong.push(format!("{}:{}: {name}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(seen >= 3, "the docs show dependency lines ({seen} found)");
    assert!(
        wrong.is_empty(),
        "these name a package this workspace does not publish ({published:?}):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_line_reader_finds_what_a_user_would_copy() {
    assert_eq!(
        named_dependencies("cargo add codex-driver"),
        ["codex-driver"]
    );
    assert_eq!(
        named_dependencies("cargo add --dev codex-driver-testkit   # to test"),
        ["codex-driver-testkit"]
    );
    assert_eq!(
        named_dependencies(r#"codex-sdk = { version = "0.1" }"#),
        ["codex-sdk"]
    );
    assert_eq!(
        named_dependencies(r#"//! codex-driver = "0.1""#),
        ["codex-driver"]
    );
    assert!(named_dependencies(r#"tokio = "1""#).is_empty());
    assert!(named_dependencies("let codex = Codex::start();").is_empty());
}
