//! Serde impls of the string enums written out instead of derived: a string enum is decoded
//! by one `match` on the wire string and encoded from `as_str`.
//!
//! serde's derive handles the `#[serde(untagged)] Unrecognized(String)` catch-all by buffering
//! every value into its private `Content` first, then trying the known variants and the
//! catch-all on the buffer. That is two passes over each of the thousands of enum values a
//! turn carries, and a large generic expansion per enum that every build compiles. The impls
//! written here read the string once, and share one small visitor (`codex_protocol`'s
//! `wire_str`).
//!
//! Runs last on the types, after every stage that reads the variants' `#[serde(rename)]`.

use quote::quote;
use syn::{Attribute, Fields, Item, ItemEnum, parse_quote};

use crate::codegen::polish::{CATCH_ALL, attrs_named, serde_value, strip_derives_named};

/// Rewrites every open string enum of `file`.
pub(crate) fn rewrite(file: &mut syn::File) {
    let mut impls = Vec::new();
    for item in &mut file.items {
        if let Item::Enum(e) = item
            && is_open_string_enum(e)
        {
            impls.extend(rewrite_enum(e));
        }
    }
    file.items.extend(impls);
}

/// Unit variants and the `Unrecognized(String)` catch-all, with serde derived.
fn is_open_string_enum(e: &ItemEnum) -> bool {
    let catch_all = |v: &syn::Variant| {
        v.ident == CATCH_ALL
            && matches!(&v.fields, Fields::Unnamed(f) if f.unnamed.len() == 1 && {
                let ty = &f.unnamed[0].ty;
                quote!(#ty).to_string().replace(' ', "") == "::std::string::String"
            })
    };
    crate::codegen::polish::derives(&e.attrs, "Deserialize")
        && e.variants.iter().any(catch_all)
        && e.variants
            .iter()
            .all(|v| matches!(v.fields, Fields::Unit) || catch_all(v))
}

/// Takes serde off `e` and returns its `from_wire`, `Serialize` and `Deserialize` impls.
fn rewrite_enum(e: &mut ItemEnum) -> [Item; 3] {
    let name = e.ident.clone();
    let arms: Vec<_> = e
        .variants
        .iter()
        .filter(|v| matches!(v.fields, Fields::Unit))
        .map(|v| {
            let ident = &v.ident;
            let wire = serde_value(&v.attrs, "rename").unwrap_or_else(|| ident.to_string());
            let cfgs = attrs_named(&v.attrs, &["cfg"]);
            quote! { #(#cfgs)* #wire => Self::#ident, }
        })
        .collect();
    strip_serde(&mut e.attrs);
    for variant in &mut e.variants {
        strip_serde(&mut variant.attrs);
    }
    let cfgs = attrs_named(&e.attrs, &["cfg"]);
    let unknown = syn::Ident::new(CATCH_ALL, proc_macro2::Span::call_site());
    [
        parse_quote! {
            #(#cfgs)*
            impl #name {
                /// The value spelled `value` on the wire; one this version of the SDK does not
                /// know is kept in `Unrecognized`.
                pub fn from_wire(value: &str) -> Self {
                    match value {
                        #(#arms)*
                        _ => Self::#unknown(value.to_owned()),
                    }
                }
            }
        },
        parse_quote! {
            #(#cfgs)*
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }
        },
        parse_quote! {
            #(#cfgs)*
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    crate::wire_str::deserialize(deserializer, Self::from_wire)
                }
            }
        },
    ]
}

/// Drops serde's derives and `#[serde(...)]` attributes from `attrs`.
fn strip_serde(attrs: &mut Vec<Attribute>) {
    attrs.retain(|a| !a.path().is_ident("serde"));
    strip_derives_named(attrs, &["Serialize", "Deserialize"]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).expect("valid Rust");
        rewrite(&mut file);
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_string_enum_is_decoded_by_one_match_and_keeps_no_serde_attribute() {
        let out = rewritten(
            r#"
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            #[cfg(feature = "experimental")]
            pub enum Mode {
                #[serde(rename = "on")] On,
                #[cfg(feature = "experimental")] #[serde(rename = "off")] Off,
                #[serde(untagged)] Unrecognized(::std::string::String),
            }
            "#,
        );
        assert!(!out.contains("serde("), "{out}");
        assert!(out.contains("#[derive(Clone, Debug)]"), "{out}");
        assert!(out.contains(r#""on" => Self::On"#), "{out}");
        assert!(
            out.contains("#[cfg(feature = \"experimental\")]\n            \"off\" => Self::Off"),
            "a gated variant's arm is gated: {out}"
        );
        assert!(
            out.contains("_ => Self::Unrecognized(value.to_owned())"),
            "{out}"
        );
        assert_eq!(
            out.matches("#[cfg(feature = \"experimental\")]\nimpl")
                .count(),
            3,
            "every impl of a gated enum is gated: {out}"
        );
    }

    #[test]
    fn tagged_enums_and_closed_enums_keep_their_derives() {
        let source = r#"
            #[derive(::serde::Deserialize, ::serde::Serialize)]
            #[serde(tag = "type")]
            pub enum Item { #[serde(rename = "a")] A { x: i64 }, #[serde(untagged)] Unrecognized(::serde_json::Value) }
            #[derive(::serde::Deserialize)]
            pub enum Closed { A, B }
        "#;
        let out = rewritten(source);
        assert_eq!(out.matches("::serde::Deserialize").count(), 2, "{out}");
        assert!(!out.contains("from_wire"), "{out}");
    }
}
