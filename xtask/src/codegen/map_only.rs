//! Structs decoded from JSON objects only: each struct's derived serde impls are moved to
//! inherent functions (`#[serde(remote = "Self")]`), and the trait impls written here call
//! them, the `Deserialize` one through `codex_protocol`'s `MapOnly` deserializer.
//!
//! serde's derive asks for `deserialize_struct`, and serde_json answers that with either of a
//! JSON array (the fields in order, through the derive's `visit_seq`) or an object. The
//! protocol sends structs only as objects, yet every struct's `visit_seq` was compiled for
//! every deserializer it met: about half a megabyte of a minimal app's release binary. `MapOnly`
//! asks for `deserialize_map` instead, which reads objects alone, so `visit_seq` is never
//! compiled. An array where a struct belongs is refused, as the schema says it must be.
//!
//! A struct with a `#[serde(flatten)]` field is left as it is: the derive already reads it with
//! `deserialize_map`. Runs last on the types, after every stage that reads their derives.

use quote::quote;
use syn::{Fields, Item, ItemStruct, parse_quote};

use crate::codegen::polish::{attrs_named, derives};

/// Rewrites every struct of `file` that derives `Deserialize` from named fields.
pub(crate) fn rewrite(file: &mut syn::File) {
    let mut impls = Vec::new();
    for item in &mut file.items {
        if let Item::Struct(s) = item
            && reads_as_struct(s)
        {
            impls.extend(rewrite_struct(s));
        }
    }
    file.items.extend(impls);
}

/// Whether the derive of `s` would ask for `deserialize_struct`: named fields, none flattened.
fn reads_as_struct(s: &ItemStruct) -> bool {
    derives(&s.attrs, "Deserialize")
        && matches!(s.fields, Fields::Named(_))
        && s.generics.params.is_empty()
        && !s.fields.iter().any(|field| {
            field
                .attrs
                .iter()
                .any(|a| a.path().is_ident("serde") && quote!(#a).to_string().contains("flatten"))
        })
}

/// Marks `s` `remote = "Self"` and returns the trait impls that call its inherent ones.
fn rewrite_struct(s: &mut ItemStruct) -> Vec<Item> {
    s.attrs.push(parse_quote!(#[serde(remote = "Self")]));
    let name = &s.ident;
    let cfgs = attrs_named(&s.attrs, &["cfg"]);
    let mut impls: Vec<Item> = vec![parse_quote! {
        #(#cfgs)*
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                Self::deserialize(crate::map_only::MapOnly(deserializer))
            }
        }
    }];
    if derives(&s.attrs, "Serialize") {
        impls.push(parse_quote! {
            #(#cfgs)*
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::std::result::Result<S::Ok, S::Error> {
                    Self::serialize(self, serializer)
                }
            }
        });
    }
    impls
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
    fn a_struct_with_named_fields_is_read_through_map_only() {
        let out = rewritten(
            "#[derive(::serde::Deserialize, ::serde::Serialize)] pub struct A { pub x: u8 }",
        );
        assert!(out.contains(r#"#[serde(remote = "Self")]"#), "{out}");
        assert!(
            out.contains("crate::map_only::MapOnly(deserializer)"),
            "{out}"
        );
        assert!(out.contains("impl ::serde::Serialize for A"), "{out}");
    }

    #[test]
    fn a_struct_without_serialize_gets_no_serialize_impl() {
        let out = rewritten("#[derive(::serde::Deserialize)] pub struct A { pub x: u8 }");
        assert!(
            out.contains("impl<'de> ::serde::Deserialize<'de> for A"),
            "{out}"
        );
        assert!(!out.contains("Serialize for A"), "{out}");
    }

    #[test]
    fn flattened_tuple_and_serialize_only_structs_are_left_alone() {
        for source in [
            "#[derive(::serde::Deserialize)] pub struct A { #[serde(flatten)] pub rest: M }",
            "#[derive(::serde::Deserialize)] pub struct A(pub u8);",
            "#[derive(::serde::Serialize)] pub struct A { pub x: u8 }",
        ] {
            let out = rewritten(source);
            assert!(!out.contains("remote"), "{source}: {out}");
        }
    }

    #[test]
    fn a_gated_struct_has_gated_impls() {
        let out = rewritten(
            r#"#[cfg(feature = "experimental")] #[derive(::serde::Deserialize)] pub struct A { pub x: u8 }"#,
        );
        assert_eq!(
            out.matches(r#"#[cfg(feature = "experimental")]"#).count(),
            2,
            "{out}"
        );
    }
}
