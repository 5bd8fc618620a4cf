//! Turns the normalised schema into Rust data types with typify, then polishes typify's output.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::Value;
use typify::{TypeSpace, TypeSpaceSettings};

use crate::codegen::normalize::{SECRET_DEFINITION, normalize};

/// Envelope definitions the generator writes itself (from the method tables), not with typify.
pub(crate) fn is_envelope(name: &str) -> bool {
    matches!(
        name,
        "ClientRequest" | "ClientNotification" | "ServerNotification" | "ServerRequest"
    ) || name.starts_with("JSONRPC")
}

/// Generates the data types of every non-envelope definition, as formatted Rust source.
pub(crate) fn generate(definitions: &BTreeMap<String, Value>) -> Result<syn::File> {
    let mut defs = serde_json::Map::new();
    for (name, schema) in definitions {
        if is_envelope(name) {
            continue;
        }
        let mut schema = schema.clone();
        normalize(name, &mut schema);
        defs.insert(name.clone(), schema);
    }
    defs.insert(
        SECRET_DEFINITION.to_owned(),
        serde_json::json!({"type": "string"}),
    );
    let defs: BTreeMap<String, schemars::schema::Schema> =
        serde_json::from_value(Value::Object(defs)).context("reading the normalised schema")?;
    let mut settings = TypeSpaceSettings::default();
    settings.with_struct_builder(false);
    // Credentials are `Secret`s: hand-written in codex-protocol, with a redacted `Debug`.
    settings.with_replacement(
        SECRET_DEFINITION,
        "crate::Secret",
        [typify::TypeSpaceImpl::Default].into_iter(),
    );
    let mut space = TypeSpace::new(&settings);
    space
        .add_ref_types(defs)
        .context("typify rejected the schema")?;
    let mut file: syn::File =
        syn::parse2(space.to_stream()).context("typify produced invalid Rust")?;
    crate::codegen::polish::polish(&mut file)?;
    Ok(file)
}
