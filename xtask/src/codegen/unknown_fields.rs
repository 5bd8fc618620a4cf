//! The params of every request the server sends keep the members their type does not know
//! (`unknown_fields: codex_protocol::UnknownFields`, flattened): an approval is a grant, and a
//! grant a newer server adds must not vanish in decoding before anyone decides on it.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use syn::{Fields, Item, parse_quote};

use crate::codegen::tables::{Direction, MethodTables};

/// The name of the field added to each params struct of a server request.
const FIELD: &str = "unknown_fields";

/// Adds the flattened `unknown_fields` to the params struct of every server request. Params
/// that are a tagged union (an MCP elicitation's modes) are left as they are: no helper of the
/// SDK accepts those, and a variant a newer server adds already decodes as `Unrecognized`.
///
/// # Errors
/// When such a struct already has a field of that name, or is not a struct with named fields
/// (the server's requests always take an object).
pub(crate) fn keep_in_server_requests(file: &mut syn::File, tables: &MethodTables) -> Result<()> {
    let params: BTreeSet<&str> = tables
        .methods(Direction::ServerRequest)
        .iter()
        .filter_map(|method| method.params.as_deref())
        .collect();
    let mut found = BTreeSet::new();
    for item in &mut file.items {
        let s = match item {
            Item::Struct(s) => s,
            Item::Enum(e) => {
                found.insert(e.ident.to_string());
                continue;
            }
            _ => continue,
        };
        let name = s.ident.to_string();
        if !params.contains(name.as_str()) {
            continue;
        }
        let Fields::Named(fields) = &mut s.fields else {
            bail!("the params of a server request, {name}, are not an object");
        };
        if fields
            .named
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| i == FIELD))
        {
            bail!("{name} already has a field named {FIELD}");
        }
        fields.named.push(parse_quote! {
            /// Members of the params this version of the SDK has no field for, as the server
            /// sent them. A newer server may ask for more than these fields say: the SDK's
            /// approval helpers decline an approval that carries any.
            #[serde(flatten)]
            pub unknown_fields: crate::UnknownFields
        });
        found.insert(name);
    }
    if let Some(missing) = params.iter().find(|p| !found.contains(**p)) {
        bail!("the params type {missing} of a server request was not generated");
    }
    Ok(())
}
