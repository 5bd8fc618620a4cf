//! `schema-diff A B`: what changed in the protocol between two schemas, as Markdown, so that
//! the review of a version bump starts from a list rather than a diff of generated code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::Value;

use crate::schema_input::{BUNDLE_FILE, Bundle, load_bundle};

/// The method roots of the bundle, with the heading each gets.
const ROOTS: &[(&str, &str)] = &[
    ("ClientRequest", "Client requests"),
    ("ClientNotification", "Client notifications"),
    ("ServerNotification", "Server notifications"),
    ("ServerRequest", "Server requests"),
];

/// One side of a diff: both bundles of a schema folder (`stable/` and `experimental/`).
pub(crate) struct Side {
    /// What to call it in the report (a version, or a folder).
    pub(crate) label: String,
    stable: Bundle,
    experimental: Bundle,
}

impl Side {
    /// Reads `dir/stable/` and `dir/experimental/` (the layout of `schema/` and of an export).
    pub(crate) fn read(label: impl Into<String>, dir: &Path) -> Result<Side> {
        Ok(Side {
            label: label.into(),
            stable: load_bundle(&dir.join("stable").join(BUNDLE_FILE))?,
            experimental: load_bundle(&dir.join("experimental").join(BUNDLE_FILE))?,
        })
    }

    /// Method name -> stable or not, for one root.
    fn methods(&self, root: &str) -> BTreeMap<String, bool> {
        let stable = method_names(&self.stable, root);
        method_names(&self.experimental, root)
            .into_iter()
            .map(|name| {
                let is_stable = stable.contains(&name);
                (name, is_stable)
            })
            .collect()
    }
}

fn method_names(bundle: &Bundle, root: &str) -> BTreeSet<String> {
    bundle
        .definitions
        .get(root)
        .and_then(|d| d.get("oneOf"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.pointer("/properties/method/enum/0")?.as_str())
        .map(str::to_owned)
        .collect()
}

/// A folder to read a side from: `dir` itself when it holds the bundles, else the export of
/// codex `version` made by `export`.
pub(crate) fn side_dir(arg: &str, export: impl FnOnce(&str) -> Result<PathBuf>) -> Result<PathBuf> {
    let dir = Path::new(arg);
    if dir.join("stable").join(BUNDLE_FILE).is_file() {
        return Ok(dir.to_path_buf());
    }
    export(arg)
}

/// The Markdown report of what changed from `old` to `new`.
pub(crate) fn report(old: &Side, new: &Side) -> String {
    let mut out = format!(
        "# Protocol changes: codex {} -> {}\n\n\
         Made by `cargo xtask schema-diff`. Stability: stable methods need nothing; experimental \
         ones need `capabilities.experimentalApi` and the `experimental` feature.\n",
        old.label, new.label
    );
    for (root, heading) in ROOTS {
        let (before, after) = (old.methods(root), new.methods(root));
        let mut lines = Vec::new();
        for (name, stable) in &after {
            match before.get(name) {
                None => lines.push(format!("- added: `{name}` ({})", stability(*stable))),
                Some(was) if was != stable => lines.push(format!(
                    "- `{name}`: {} -> {}",
                    stability(*was),
                    stability(*stable)
                )),
                Some(_) => {}
            }
        }
        for (name, stable) in &before {
            if !after.contains_key(name) {
                lines.push(format!("- removed: `{name}` (was {})", stability(*stable)));
            }
        }
        section(&mut out, heading, &lines);
    }
    let (before, after) = (&old.experimental.definitions, &new.experimental.definitions);
    let is_method_root = |name: &str| ROOTS.iter().any(|(root, _)| *root == name);
    let added: Vec<String> = after
        .keys()
        .filter(|name| !before.contains_key(*name) && !is_method_root(name))
        .map(|name| format!("- added: `{name}`"))
        .collect();
    let removed: Vec<String> = before
        .keys()
        .filter(|name| !after.contains_key(*name) && !is_method_root(name))
        .map(|name| format!("- removed: `{name}`"))
        .collect();
    section(&mut out, "Types", &[added, removed].concat());
    let mut fields = Vec::new();
    let mut values = Vec::new();
    for (name, new_def) in after {
        let Some(old_def) = before.get(name) else {
            continue;
        };
        if is_method_root(name) {
            continue;
        }
        fields.extend(field_changes(name, old_def, new_def));
        values.extend(enum_changes(name, old_def, new_def));
    }
    // Sorted: property order depends on serde_json's features, the report must not.
    fields.sort();
    values.sort();
    section(&mut out, "Fields", &fields);
    section(&mut out, "Enum values", &values);
    out
}

fn stability(stable: bool) -> &'static str {
    if stable { "stable" } else { "experimental" }
}

fn section(out: &mut String, heading: &str, lines: &[String]) {
    let _ = write!(out, "\n## {heading}\n\n");
    if lines.is_empty() {
        out.push_str("No changes.\n");
    } else {
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
}

/// The properties of an object definition (of each member, for a union), by member label.
type PropertySet<'a> = (&'a serde_json::Map<String, Value>, BTreeSet<String>);

fn property_sets(def: &Value) -> BTreeMap<String, PropertySet<'_>> {
    fn add<'a>(sets: &mut BTreeMap<String, PropertySet<'a>>, label: String, schema: &'a Value) {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let required = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| {
                    r.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            sets.insert(label, (properties, required));
        }
    }
    let mut sets = BTreeMap::new();
    add(&mut sets, String::new(), def);
    for key in ["oneOf", "anyOf"] {
        for member in def.get(key).and_then(Value::as_array).into_iter().flatten() {
            let tag = member
                .pointer("/properties/type/enum/0")
                .and_then(Value::as_str)
                .or_else(|| member.get("title").and_then(Value::as_str));
            if let Some(tag) = tag {
                add(&mut sets, format!(" ({tag})"), member);
            }
        }
    }
    sets
}

/// A property's schema without its prose, to tell a type change from a doc change.
fn shape(schema: &Value) -> Value {
    match schema {
        Value::Object(obj) => Value::Object(
            obj.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "description" | "title" | "default"))
                .map(|(k, v)| (k.clone(), shape(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(shape).collect()),
        other => other.clone(),
    }
}

fn field_changes(name: &str, old_def: &Value, new_def: &Value) -> Vec<String> {
    let (before, after) = (property_sets(old_def), property_sets(new_def));
    let mut lines = Vec::new();
    for (member, (new_props, new_required)) in &after {
        let Some((old_props, old_required)) = before.get(member) else {
            continue;
        };
        let owner = format!("{name}{member}");
        for (field, schema) in *new_props {
            match old_props.get(field) {
                None => lines.push(format!(
                    "- `{owner}.{field}`: added ({})",
                    if new_required.contains(field) {
                        "required"
                    } else {
                        "optional"
                    }
                )),
                Some(old) => {
                    if shape(old) != shape(schema) {
                        lines.push(format!(
                            "- `{owner}.{field}`: type changed: `{}` -> `{}`",
                            shape(old),
                            shape(schema)
                        ));
                    }
                    match (old_required.contains(field), new_required.contains(field)) {
                        (false, true) => lines.push(format!("- `{owner}.{field}`: now required")),
                        (true, false) => lines.push(format!("- `{owner}.{field}`: now optional")),
                        _ => {}
                    }
                }
            }
        }
        for field in old_props.keys() {
            if !new_props.contains_key(field) {
                lines.push(format!("- `{owner}.{field}`: removed"));
            }
        }
    }
    lines
}

/// The string values a definition can take: its `enum`, and the tags of its union members.
fn enum_values(def: &Value) -> BTreeSet<String> {
    let mut values: BTreeSet<String> = def
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    for key in ["oneOf", "anyOf"] {
        for member in def.get(key).and_then(Value::as_array).into_iter().flatten() {
            let tags = member
                .get("enum")
                .or_else(|| member.pointer("/properties/type/enum"))
                .and_then(Value::as_array);
            values.extend(
                tags.into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned),
            );
        }
    }
    values
}

fn enum_changes(name: &str, old_def: &Value, new_def: &Value) -> Vec<String> {
    let (before, after) = (enum_values(old_def), enum_values(new_def));
    let mut lines: Vec<String> = after
        .difference(&before)
        .map(|v| format!("- `{name}`: added `{v}`"))
        .collect();
    lines.extend(
        before
            .difference(&after)
            .map(|v| format!("- `{name}`: removed `{v}`")),
    );
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn side(label: &str, methods: &[(&str, bool)], defs: Value) -> Side {
        let member = |m: &str| json!({"properties": {"method": {"enum": [m]}}});
        let mut all: BTreeMap<String, Value> = serde_json::from_value(defs).expect("defs");
        let mut stable = all.clone();
        all.insert(
            "ClientRequest".into(),
            json!({"oneOf": methods.iter().map(|(m, _)| member(m)).collect::<Vec<_>>()}),
        );
        stable.insert(
            "ClientRequest".into(),
            json!({"oneOf": methods.iter().filter(|(_, s)| *s).map(|(m, _)| member(m)).collect::<Vec<_>>()}),
        );
        Side {
            label: label.into(),
            stable: Bundle {
                definitions: stable,
            },
            experimental: Bundle { definitions: all },
        }
    }

    #[test]
    fn methods_types_fields_and_enum_values_are_compared() {
        let old = side(
            "1",
            &[("a/read", true), ("b/try", false), ("gone", true)],
            json!({
                "AParams": {"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "integer"}}, "required": ["x"]},
                "Mode": {"type": "string", "enum": ["on", "off"]},
                "Old": {"type": "object"}
            }),
        );
        let new = side(
            "2",
            &[("a/read", true), ("b/try", true), ("c/new", false)],
            json!({
                "AParams": {"type": "object", "properties": {"x": {"type": ["string", "null"]}, "y": {"type": "integer"}, "z": {"type": "boolean"}}, "required": ["x", "y"]},
                "Mode": {"type": "string", "enum": ["on", "auto"]},
                "New": {"type": "object"}
            }),
        );
        let report = report(&old, &new);
        for expected in [
            "- added: `c/new` (experimental)",
            "- `b/try`: experimental -> stable",
            "- removed: `gone` (was stable)",
            "- added: `New`",
            "- removed: `Old`",
            "- `AParams.z`: added (optional)",
            "- `AParams.y`: now required",
            "- `AParams.x`: type changed",
            "- `Mode`: added `auto`",
            "- `Mode`: removed `off`",
        ] {
            assert!(
                report.contains(expected),
                "missing {expected:?} in:\n{report}"
            );
        }
    }
}
