//! Rewrites typify's output into the public shape of the protocol types.
//!
//! - Every string enum gets `Unrecognized(String)` and every tagged enum `Unrecognized(Value)`, as
//!   `#[serde(untagged)]` last variants (`Unknown` is taken: the schema has `Unknown` variants): a value or variant added by a newer server decodes
//!   into them, keeping the raw data, instead of failing the whole message.
//! - `deny_unknown_fields` goes: a newer server may add fields anywhere.
//! - `Copy` goes (a string enum with `Unrecognized(String)` cannot be `Copy`, nor can what holds it),
//!   and typify's string conversions of string enums are replaced by `as_str` and `Display`.

use std::collections::BTreeSet;

use quote::{format_ident, quote};
use syn::punctuated::Punctuated;
use syn::{Attribute, Fields, Item, ItemEnum, Meta, Token, parse_quote};

/// The name of the catch-all variant added to every open enum.
pub(crate) const CATCH_ALL: &str = "Unrecognized";

/// Polishes the whole generated file in place.
///
/// # Errors
/// Fails if an enum already has a variant named like the catch-all.
pub(crate) fn polish(file: &mut syn::File) -> anyhow::Result<()> {
    let mut string_enums = BTreeSet::new();
    let mut extra_items = Vec::new();
    for item in &mut file.items {
        match item {
            Item::Enum(e) => {
                strip_derive(&mut e.attrs, "Copy");
                strip_deny_unknown_fields(&mut e.attrs);
                if has_serde_flag(&e.attrs, "untagged") {
                    if holds_only_scalars(e) {
                        add_derives(&mut e.attrs, &["PartialEq", "Eq", "Hash"]);
                    }
                    continue;
                }
                if e.variants.iter().any(|v| v.ident == CATCH_ALL) {
                    anyhow::bail!("enum {} already has a variant named {CATCH_ALL}", e.ident);
                }
                if e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) {
                    string_enums.insert(e.ident.to_string());
                    extra_items.extend(open_string_enum(e));
                } else {
                    extra_items.extend(id_accessor(e));
                    open_tagged_enum(e);
                }
            }
            Item::Struct(s) => {
                strip_derive(&mut s.attrs, "Copy");
                strip_deny_unknown_fields(&mut s.attrs);
            }
            _ => {}
        }
    }
    // typify's Display / FromStr / TryFrom of string enums know nothing of `Unrecognized`.
    file.items.retain(|item| match item {
        Item::Impl(imp) => !(imp.trait_.is_some() && self_type_in(&imp.self_ty, &string_enums)),
        _ => true,
    });
    file.items.extend(extra_items);
    Ok(())
}

/// Adds `Unrecognized(String)` to a string enum and returns its `as_str` and `Display` impls.
fn open_string_enum(e: &mut ItemEnum) -> [Item; 2] {
    let name = &e.ident;
    let arms = e.variants.iter().map(|v| {
        let ident = &v.ident;
        let wire = serde_value(&v.attrs, "rename").unwrap_or_else(|| ident.to_string());
        quote! { Self::#ident => #wire, }
    });
    let arms: Vec<_> = arms.collect();
    e.variants.push(parse_quote! {
        /// A value this version of the SDK does not know (sent by a newer server), kept as is.
        #[serde(untagged)]
        Unrecognized(::std::string::String)
    });
    e.attrs.push(parse_quote!(#[non_exhaustive]));
    let unknown = format_ident!("{CATCH_ALL}");
    [
        parse_quote! {
            impl #name {
                /// The value as it is spelled on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#arms)*
                        Self::#unknown(value) => value,
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        },
    ]
}

/// `fn id(&self) -> &str` for a tagged enum whose every variant has an `id: String` field
/// (`ThreadItem`): code that follows items by id needs no match over every variant of the pin.
/// With it, `fn kind(&self) -> &str`: the variant's tag as it is spelled on the wire (for
/// logs and spans). Called before the catch-all is added; an unrecognized variant gives its
/// `id` member and its tag member, if any.
fn id_accessor(e: &ItemEnum) -> Option<Item> {
    let has_id = |v: &syn::Variant| {
        v.fields.iter().any(|f| {
            let ty = &f.ty;
            f.ident.as_ref().is_some_and(|i| i == "id")
                && quote!(#ty).to_string().replace(' ', "") == "::std::string::String"
        })
    };
    if e.variants.is_empty() || !e.variants.iter().all(has_id) {
        return None;
    }
    let name = &e.ident;
    let arms = e.variants.iter().map(|v| {
        let ident = &v.ident;
        quote! { Self::#ident { id, .. } => Some(id), }
    });
    let tag = serde_value(&e.attrs, "tag")?;
    let kinds = e.variants.iter().map(|v| {
        let ident = &v.ident;
        let wire = serde_value(&v.attrs, "rename").unwrap_or_else(|| ident.to_string());
        quote! { Self::#ident { .. } => #wire, }
    });
    let unknown = format_ident!("{CATCH_ALL}");
    Some(parse_quote! {
        impl #name {
            /// The `id` every variant carries (for an unrecognized variant, its `id` member,
            /// when it has a string one).
            pub fn id(&self) -> Option<&str> {
                match self {
                    #(#arms)*
                    Self::#unknown(value) => value.get("id").and_then(|id| id.as_str()),
                }
            }

            /// The variant's `type`, as it is spelled on the wire (for an unrecognized
            /// variant, its tag member, or `""` when it has no string one).
            pub fn kind(&self) -> &str {
                match self {
                    #(#kinds)*
                    Self::#unknown(value) => value.get(#tag).and_then(|kind| kind.as_str()).unwrap_or_default(),
                }
            }
        }
    })
}

/// Adds `Unrecognized(Value)` to an internally or externally tagged enum.
fn open_tagged_enum(e: &mut ItemEnum) {
    if let Some(tag) = serde_value(&e.attrs, "tag") {
        for variant in &mut e.variants {
            describe_by_tag(variant, &tag);
        }
    }
    e.variants.push(parse_quote! {
        /// A variant this version of the SDK does not know (sent by a newer server), or a known
        /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
        #[serde(untagged)]
        Unrecognized(::serde_json::Value)
    });
    e.attrs.push(parse_quote!(#[non_exhaustive]));
}

fn self_type_in(ty: &syn::Type, names: &BTreeSet<String>) -> bool {
    match ty {
        syn::Type::Path(p) => p
            .path
            .get_ident()
            .is_some_and(|i| names.contains(&i.to_string())),
        _ => false,
    }
}

/// The arguments of every `#[serde(...)]` attribute in `attrs`.
/// The arguments of every `#[serde(...)]` of `attrs`.
pub(crate) fn serde_args(attrs: &[Attribute]) -> Vec<Meta> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .filter_map(|a| {
            a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .collect()
}

fn has_serde_flag(attrs: &[Attribute], flag: &str) -> bool {
    serde_args(attrs)
        .iter()
        .any(|m| matches!(m, Meta::Path(p) if p.is_ident(flag)))
}

/// typify documents a variant without a description by its schema title
/// (`///UserMessageThreadItem`); say what it is on the wire instead.
fn describe_by_tag(variant: &mut syn::Variant, tag: &str) {
    let Some(wire) = serde_value(&variant.attrs, "rename") else {
        return;
    };
    for attr in &mut variant.attrs {
        let Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(doc),
            ..
        }) = &nv.value
        else {
            continue;
        };
        if nv.path.is_ident("doc") && doc.value().chars().all(|c| c.is_ascii_alphanumeric()) {
            let text = format!("`\"{tag}\": \"{wire}\"`");
            *attr = parse_quote!(#[doc = #text]);
        }
    }
}

/// The string value of `#[serde(key = "...")]`.
pub(crate) fn serde_value(attrs: &[Attribute], key: &str) -> Option<String> {
    serde_args(attrs).into_iter().find_map(|m| match m {
        Meta::NameValue(nv) if nv.path.is_ident(key) => match nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

/// Whether every variant of `e` holds one string or integer (`RequestId`): such an enum can be
/// compared and hashed, which typify does not derive for untagged enums.
fn holds_only_scalars(e: &ItemEnum) -> bool {
    e.variants.iter().all(|v| match &v.fields {
        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
            let ty = &f.unnamed[0].ty;
            let ty = quote!(#ty).to_string().replace(' ', "");
            matches!(
                ty.as_str(),
                "::std::string::String" | "i64" | "u64" | "bool"
            )
        }
        _ => false,
    })
}

/// The paths a `#[derive(...)]` attribute lists.
fn derive_paths(attr: &Attribute) -> Option<Punctuated<syn::Path, Token![,]>> {
    attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        .ok()
}

/// Whether `attrs` derive `name` (however its path is written).
pub(crate) fn derives(attrs: &[Attribute], name: &str) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(derive_paths)
        .flatten()
        .any(|p| p.segments.last().is_some_and(|s| s.ident == name))
}

/// Adds `names` to the first `#[derive(...)]` of `attrs`.
fn add_derives(attrs: &mut [Attribute], names: &[&str]) {
    let Some(attr) = attrs.iter_mut().find(|a| a.path().is_ident("derive")) else {
        return;
    };
    let Some(mut paths) = derive_paths(attr) else {
        return;
    };
    for name in names {
        if !paths.iter().any(|p| p.is_ident(name)) {
            paths.push(syn::Path::from(format_ident!("{name}")));
        }
    }
    *attr = parse_quote!(#[derive(#paths)]);
}

/// Removes `name` from every `#[derive(...)]` in `attrs`.
fn strip_derive(attrs: &mut [Attribute], name: &str) {
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Some(paths) = derive_paths(attr) else {
            continue;
        };
        let kept: Punctuated<syn::Path, Token![,]> =
            paths.into_iter().filter(|p| !p.is_ident(name)).collect();
        *attr = parse_quote!(#[derive(#kept)]);
    }
}

/// The attributes of `attrs` with one of `names` as their path.
pub(crate) fn attrs_named(attrs: &[Attribute], names: &[&str]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|a| names.iter().any(|n| a.path().is_ident(n)))
        .cloned()
        .collect()
}

/// Removes from every `#[derive(...)]` in `attrs` the paths whose last segment is one of
/// `names` (so `::serde::Deserialize` goes with `Deserialize`).
pub(crate) fn strip_derives_named(attrs: &mut [Attribute], names: &[&str]) {
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Some(paths) = derive_paths(attr) else {
            continue;
        };
        let kept: Punctuated<syn::Path, Token![,]> = paths
            .into_iter()
            .filter(|p| {
                !p.segments
                    .last()
                    .is_some_and(|s| names.iter().any(|n| s.ident == n))
            })
            .collect();
        *attr = parse_quote!(#[derive(#kept)]);
    }
}

/// Removes `deny_unknown_fields` from every `#[serde(...)]`, dropping attributes left empty.
fn strip_deny_unknown_fields(attrs: &mut Vec<Attribute>) {
    let mut out = Vec::with_capacity(attrs.len());
    for attr in attrs.drain(..) {
        if !attr.path().is_ident("serde") {
            out.push(attr);
            continue;
        }
        let Ok(args) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
            out.push(attr);
            continue;
        };
        let kept: Punctuated<Meta, Token![,]> = args
            .into_iter()
            .filter(|m| !matches!(m, Meta::Path(p) if p.is_ident("deny_unknown_fields")))
            .collect();
        if !kept.is_empty() {
            out.push(parse_quote!(#[serde(#kept)]));
        }
    }
    *attrs = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn polished(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).expect("valid Rust");
        polish(&mut file).expect("polish");
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_string_enum_gets_a_catch_all_and_as_str_instead_of_typifys_conversions() {
        let out = polished(
            r#"
            #[derive(Clone, Copy, Debug, serde::Deserialize)]
            pub enum Mode { #[serde(rename = "on")] On, #[serde(rename = "off")] Off }
            impl std::str::FromStr for Mode { type Err = (); fn from_str(s: &str) -> Result<Self, ()> { Err(()) } }
            "#,
        );
        assert!(out.contains("Unrecognized(::std::string::String)"), "{out}");
        assert!(out.contains("#[serde(untagged)]"), "{out}");
        assert!(!out.contains("Copy"), "a catch-all holds a String: {out}");
        assert!(!out.contains("FromStr"), "typify's conversion goes: {out}");
        assert!(out.contains("fn as_str"), "{out}");
    }

    #[test]
    fn a_tagged_enum_gets_a_value_catch_all_and_structs_accept_unknown_fields() {
        let out = polished(
            r#"
            #[derive(Clone, Debug, serde::Deserialize)]
            #[serde(tag = "type")]
            pub enum Item { #[serde(rename = "a")] A { x: i64 } }
            #[derive(Clone, Copy, Debug, serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct Params { pub x: i64 }
            "#,
        );
        assert!(out.contains("Unrecognized(::serde_json::Value)"), "{out}");
        assert!(!out.contains("deny_unknown_fields"), "{out}");
        assert!(!out.contains("fn id("), "`a` has no id: {out}");
        assert!(!out.contains("Copy"), "{out}");
    }

    #[test]
    fn a_tagged_enum_whose_variants_all_have_an_id_gets_an_accessor() {
        let out = polished(
            r#"
            #[derive(Clone, Debug, serde::Deserialize)]
            #[serde(tag = "type")]
            pub enum Item {
                #[serde(rename = "a")] A { id: ::std::string::String, x: i64 },
                #[serde(rename = "b")] B { id: ::std::string::String },
            }
            "#,
        );
        assert!(out.contains("pub fn id(&self) -> Option<&str>"), "{out}");
        assert!(out.contains("Self::B { id, .. } => Some(id)"), "{out}");
    }

    #[test]
    fn an_enum_that_already_has_the_catch_all_name_is_refused() {
        let mut file: syn::File =
            syn::parse_str("#[derive(serde::Deserialize)] pub enum E { A, Unrecognized }")
                .expect("valid Rust");
        assert!(polish(&mut file).is_err());
    }
}
