//! Reads the pinned schema bundles from `schema/` and flattens their definitions into one map.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// File name of the bundle inside `schema/stable/` and `schema/experimental/`.
pub(crate) const BUNDLE_FILE: &str = "codex_app_server_protocol.schemas.json";
/// The pin file: codex version and the sha256 of every schema file.
pub(crate) const PIN_FILE: &str = "schema/pin.json";
/// The hand-kept table of methods whose response type breaks the `FooParams -> FooResponse` rule.
pub(crate) const RESPONSE_TABLE_FILE: &str = "schema/response-types.json";

/// One schema bundle, with `definitions.v2.*` lifted beside the top-level definitions.
pub(crate) struct Bundle {
    /// Every definition by name, refs rewritten to `#/definitions/NAME`.
    pub(crate) definitions: BTreeMap<String, Value>,
}

/// Everything the generator reads: both bundles, the response table, and the raw input files.
pub(crate) struct SchemaInput {
    /// The codex version the schema was taken from.
    pub(crate) codex_version: String,
    /// Older releases the compatibility tests also run (the previous pin first).
    pub(crate) compat_versions: Vec<String>,
    /// The native codex binaries the pin records, by version and platform.
    pub(crate) binaries: BTreeMap<String, BTreeMap<String, BinaryRecord>>,
    /// The bundle emitted without `--experimental`.
    pub(crate) stable: Bundle,
    /// The bundle emitted with `--experimental` (a superset of the stable one).
    pub(crate) experimental: Bundle,
    /// Method name -> response type name, for the methods that break the naming rule.
    pub(crate) response_types: BTreeMap<String, String>,
    /// Every input file (workspace-relative path, bytes), for the manifest.
    pub(crate) files: Vec<(String, Vec<u8>)>,
}

/// Reads `schema/`, checking every file against the sha256 recorded in the pin.
pub(crate) fn read(workspace: &Path) -> Result<SchemaInput> {
    let read_file = |rel: &str| -> Result<Vec<u8>> {
        std::fs::read(workspace.join(rel)).with_context(|| format!("reading {rel}"))
    };
    let pin_bytes = read_file(PIN_FILE)?;
    let pin: Pin = serde_json::from_slice(&pin_bytes).context("parsing schema/pin.json")?;
    let mut files = vec![(PIN_FILE.to_owned(), pin_bytes)];
    for (rel, expected) in &pin.sha256 {
        let bytes = read_file(rel)?;
        let actual = sha256_hex(&bytes);
        if &actual != expected {
            bail!(
                "{rel} has sha256 {actual} but schema/pin.json records {expected}: \
                 the schema was edited by hand; restore it or run `cargo xtask update-schema`"
            );
        }
        files.push((rel.clone(), bytes));
    }
    let bundle = |flavour: &str| -> Result<Bundle> {
        let rel = format!("schema/{flavour}/{BUNDLE_FILE}");
        let (_, bytes) = files
            .iter()
            .find(|(path, _)| *path == rel)
            .with_context(|| format!("schema/pin.json does not list {rel}"))?;
        let root: Value =
            serde_json::from_slice(bytes).with_context(|| format!("parsing {rel}"))?;
        flatten(root).with_context(|| format!("reading the definitions of {rel}"))
    };
    let stable = bundle("stable")?;
    let experimental = bundle("experimental")?;
    let table_bytes = read_file(RESPONSE_TABLE_FILE)?;
    let response_types = serde_json::from_slice(&table_bytes)
        .with_context(|| format!("parsing {RESPONSE_TABLE_FILE}"))?;
    files.push((RESPONSE_TABLE_FILE.to_owned(), table_bytes));
    files.sort();
    Ok(SchemaInput {
        codex_version: pin.codex_version,
        compat_versions: pin.compat_versions,
        binaries: pin.binaries,
        stable,
        experimental,
        response_types,
        files,
    })
}

/// The codex version recorded in `schema/pin.json`.
pub(crate) fn pinned_version(workspace: &Path) -> Result<String> {
    Ok(read_pin(workspace)?.codex_version)
}

/// The content of `schema/pin.json` (without checking the schema files).
pub(crate) fn read_pin(workspace: &Path) -> Result<Pin> {
    let bytes = std::fs::read(workspace.join(PIN_FILE)).context("reading schema/pin.json")?;
    serde_json::from_slice(&bytes).context("parsing schema/pin.json")
}

/// Writes `schema/pin.json`.
pub(crate) fn write_pin(workspace: &Path, pin: &Pin) -> Result<()> {
    let text = serde_json::to_string_pretty(pin)? + "\n";
    std::fs::write(workspace.join(PIN_FILE), text).context("writing schema/pin.json")
}

/// The content of `schema/pin.json`.
#[derive(serde::Deserialize, serde::Serialize)]
pub(crate) struct Pin {
    /// The codex CLI version the schema files came from.
    pub(crate) codex_version: String,
    /// Older releases the compatibility tests also run against: the previous pin first, then
    /// the oldest release still supported. `update-schema` keeps it.
    #[serde(default)]
    pub(crate) compat_versions: Vec<String>,
    /// Workspace-relative path -> lowercase hex sha256 of each schema file.
    pub(crate) sha256: BTreeMap<String, String>,
    /// Version -> npm platform (`linux-x64`) -> the native codex binary of that platform
    /// package, for the pinned and compatibility releases (`cargo xtask pin-binaries`).
    #[serde(default)]
    pub(crate) binaries: BTreeMap<String, BTreeMap<String, BinaryRecord>>,
}

/// One native codex binary in the pin: where npm puts it and its sha256.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub(crate) struct BinaryRecord {
    /// The name npm installs the platform package under (the `optionalDependencies` key of
    /// `@openai/codex`), e.g. `@openai/codex-linux-x64`.
    pub(crate) package: String,
    /// What is installed under that name, e.g. `npm:@openai/codex@0.171.0-linux-x64`.
    pub(crate) spec: String,
    /// The binary inside the package, e.g. `vendor/x86_64-unknown-linux-musl/bin/codex`.
    pub(crate) path: String,
    /// Lowercase hex sha256 of the binary.
    pub(crate) sha256: String,
}

impl BinaryRecord {
    /// The installer's view of this record, for codex `version` on `platform`.
    pub(crate) fn pinned<'a>(
        &'a self,
        version: &'a str,
        platform: &'a str,
    ) -> crate::codex_install::PinnedBinary<'a> {
        crate::codex_install::PinnedBinary {
            version,
            platform,
            package: &self.package,
            spec: &self.spec,
            path: &self.path,
            sha256: &self.sha256,
        }
    }
}

/// Lowercase hex sha256 of `bytes`.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads and flattens one bundle file (for `schema-diff`, which reads schemas outside `schema/`).
pub(crate) fn load_bundle(path: &Path) -> Result<Bundle> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let root: Value =
        serde_json::from_slice(&bytes).with_context(|| format!("parsing {}", path.display()))?;
    flatten(root).with_context(|| format!("reading the definitions of {}", path.display()))
}

/// Lifts `definitions.v2.*` beside the top-level definitions and rewrites every `$ref` to match.
///
/// The two namespaces share only names whose schemas agree (`RequestId`, `AbsolutePathBuf`);
/// any other clash is an error, since one name would then mean two types.
fn flatten(mut root: Value) -> Result<Bundle> {
    let Some(Value::Object(mut top)) = root.get_mut("definitions").map(Value::take) else {
        bail!("the bundle has no `definitions` object");
    };
    let v2 = match top.remove("v2") {
        Some(Value::Object(v2)) => v2,
        _ => bail!("the bundle has no `definitions.v2` object"),
    };
    let mut definitions = BTreeMap::new();
    for (name, mut schema) in top.into_iter().chain(v2) {
        rewrite_refs(&mut schema);
        if let Some(obj) = schema.as_object_mut() {
            obj.remove("$schema");
        }
        match definitions.get(&name) {
            Some(existing) if !same_shape(existing, &schema) => {
                bail!("definition `{name}` differs between the top level and v2")
            }
            _ => {
                definitions.insert(name, schema);
            }
        }
    }
    Ok(Bundle { definitions })
}

/// Compares two schemas ignoring their `title`, which only the top-level copy carries.
fn same_shape(a: &Value, b: &Value) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Some(obj) = v.as_object_mut() {
            obj.remove("title");
        }
        v
    };
    strip(a) == strip(b)
}

fn rewrite_refs(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            if let Some(Value::String(target)) = obj.get_mut("$ref")
                && let Some(name) = target.strip_prefix("#/definitions/v2/")
            {
                *target = format!("#/definitions/{name}");
            }
            obj.values_mut().for_each(rewrite_refs);
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}
