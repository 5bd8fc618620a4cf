//! What only the experimental API has: fields are marked in their docs, and types that nothing
//! stable needs are compiled only with the `experimental` feature (fewer types to build for
//! everyone else, and no experimental type offered as if it were stable).
//!
//! Fields are marked rather than gated: the SDK itself sets some of them for clients that opt in
//! at run time (`dynamicTools` of `thread/start`), and a gated field would split every struct
//! that holds one into two shapes.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use serde_json::Value;
use syn::{Item, parse_quote};

/// The doc line of an experimental-only field.
const FIELD_NOTE: &str = "\n\n**Experimental:** part of the protocol only for clients that opt \
    in with `capabilities.experimentalApi`; a stable server ignores or refuses it.";

/// The doc line of an experimental-only type.
const TYPE_NOTE: &str = "\n\n**Experimental:** needs the `experimental` feature and \
    `capabilities.experimentalApi`.";

/// Marks the fields the stable schema lacks (call before the constructors copy field docs).
pub(crate) fn mark_fields(
    file: &mut syn::File,
    stable: &BTreeMap<String, Value>,
    experimental: &BTreeMap<String, Value>,
) {
    for item in &mut file.items {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        let (Some(stable_props), Some(exp_props)) = (
            properties(stable.get(&name)),
            properties(experimental.get(&name)),
        ) else {
            continue;
        };
        for field in &mut s.fields {
            let Some(ident) = &field.ident else { continue };
            let wire = crate::codegen::polish::serde_value(&field.attrs, "rename")
                .unwrap_or_else(|| syn::ext::IdentExt::unraw(ident).to_string());
            if exp_props.contains(&wire) && !stable_props.contains(&wire) {
                field.attrs.push(parse_quote!(#[doc = #FIELD_NOTE]));
            }
        }
    }
}

/// Puts `#[cfg(feature = "experimental")]` on every type that no stable type reaches, and on
/// every impl or function that names one.
///
/// The roots are the stable bundle's definitions; what they name, through any field (an
/// experimental field of a stable type included), is reached too.
pub(crate) fn gate_types(file: &mut syn::File, stable: &BTreeMap<String, Value>) {
    let uses: BTreeMap<String, BTreeSet<String>> = file
        .items
        .iter()
        .filter_map(|item| Some((declared_name(item)?, idents(item.to_token_stream()))))
        .collect();
    let mut reached: BTreeSet<&String> = uses.keys().filter(|n| stable.contains_key(*n)).collect();
    let mut todo: Vec<&String> = reached.iter().copied().collect();
    while let Some(name) = todo.pop() {
        for used in uses.get(name).into_iter().flatten() {
            if let Some((declared, _)) = uses.get_key_value(used)
                && reached.insert(declared)
            {
                todo.push(declared);
            }
        }
    }
    let gated: BTreeSet<&String> = uses.keys().filter(|n| !reached.contains(n)).collect();
    let names_gated = |tokens: TokenStream| idents(tokens).iter().any(|n| gated.contains(n));
    let mut used_by_stable = BTreeSet::new();
    for item in &mut file.items {
        if matches!(item, Item::Mod(_)) {
            continue;
        }
        let names = idents(item.to_token_stream());
        if !names.iter().any(|n| gated.contains(n)) {
            used_by_stable.extend(names);
            continue;
        }
        let declares = declared_name(item).is_some();
        let Some(attrs) = attrs_of(item) else {
            continue;
        };
        if declares {
            attrs.push(parse_quote!(#[doc = #TYPE_NOTE]));
        }
        attrs.push(parse_quote!(#[cfg(feature = "experimental")]));
    }
    // `mod defaults`: typify's default values, one function per field default; a function only
    // gated fields use is gated with them.
    for item in &mut file.items {
        let Item::Mod(module) = item else { continue };
        let Some((_, items)) = &mut module.content else {
            continue;
        };
        for item in items {
            if let Item::Fn(f) = item {
                let name = f.sig.ident.to_string();
                if names_gated(f.to_token_stream()) || !used_by_stable.contains(&name) {
                    f.attrs.push(parse_quote!(#[cfg(feature = "experimental")]));
                }
            }
        }
    }
}

fn attrs_of(item: &mut Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        Item::Struct(s) => Some(&mut s.attrs),
        Item::Enum(e) => Some(&mut e.attrs),
        Item::Type(t) => Some(&mut t.attrs),
        Item::Impl(i) => Some(&mut i.attrs),
        _ => None,
    }
}

/// The name a struct, enum or type alias declares.
fn declared_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The property names of an object schema.
fn properties(schema: Option<&Value>) -> Option<BTreeSet<String>> {
    let props = schema?.get("properties")?.as_object()?;
    Some(props.keys().cloned().collect())
}

/// Every identifier in `tokens`, at any depth, including string literals that are whole paths:
/// serde names functions in strings (`default = "defaults::mode"`); docs are prose, not paths.
fn idents(tokens: TokenStream) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![tokens];
    while let Some(tokens) = stack.pop() {
        for tree in tokens {
            match tree {
                TokenTree::Ident(i) => {
                    out.insert(i.to_string());
                }
                TokenTree::Group(g) => stack.push(g.stream()),
                TokenTree::Literal(l) => {
                    let text = l.to_string();
                    let Some(path) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"'))
                    else {
                        continue;
                    };
                    if let Ok(path) = syn::parse_str::<syn::Path>(path) {
                        out.extend(path.segments.iter().map(|s| s.ident.to_string()));
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn defs(value: Value) -> BTreeMap<String, Value> {
        serde_json::from_value(value).expect("definitions")
    }

    #[test]
    fn fields_only_the_experimental_schema_has_are_marked() {
        let mut file: syn::File = syn::parse_quote! {
            pub struct StartParams {
                pub model: u8,
                #[serde(rename = "dynamicTools")]
                pub dynamic_tools: u8,
            }
        };
        let stable = defs(json!({"StartParams": {"properties": {"model": {}}}}));
        let experimental = defs(json!({
            "StartParams": {"properties": {"model": {}, "dynamicTools": {}}}
        }));
        mark_fields(&mut file, &stable, &experimental);
        let out = prettyplease::unparse(&file);
        let marked = out.find("**Experimental:**").expect("a mark");
        assert!(
            marked > out.find("pub model").expect("model"),
            "only `dynamicTools` is marked: {out}"
        );
    }

    #[test]
    fn types_no_stable_type_reaches_are_gated_with_their_impls_and_defaults() {
        let mut file: syn::File = syn::parse_quote! {
            pub struct Stable { pub extra: ::std::option::Option<Shared> }
            pub struct Shared { pub x: u8 }
            pub struct SearchParams { pub range: Range, #[serde(default = "defaults::mode")] pub mode: Mode }
            pub struct Range { pub start: u8 }
            pub enum Mode { A }
            impl SearchParams { pub fn new() {} }
            impl ::std::convert::From<Range> for Shared { fn from(_: Range) -> Self { todo!() } }
            pub mod defaults { pub fn mode() -> super::Mode { super::Mode::A } }
        };
        let stable = defs(json!({"Stable": {}}));
        gate_types(&mut file, &stable);
        let out = prettyplease::unparse(&file);
        let gated = |needle: &str| {
            let at = out
                .find(needle)
                .unwrap_or_else(|| panic!("{needle} in {out}"));
            out[..at]
                .rsplit_once('}')
                .map_or(&out[..at], |(_, tail)| tail)
                .contains("cfg(feature = \"experimental\")")
        };
        assert!(!gated("pub struct Stable"), "{out}");
        assert!(!gated("pub struct Shared"), "a stable type names it: {out}");
        assert!(gated("pub struct SearchParams"), "{out}");
        assert!(
            gated("pub struct Range"),
            "only a gated type names it: {out}"
        );
        assert!(gated("pub enum Mode"), "{out}");
        assert!(gated("impl SearchParams"), "{out}");
        assert!(gated("impl ::std::convert::From<Range>"), "{out}");
        assert!(gated("pub fn mode()"), "{out}");
    }
}
