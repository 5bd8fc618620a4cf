//! The `Deserialize` of every struct with named fields, and of every tagged enum variant's
//! fields, written out as one `visit_map` instead of derived (codex_protocol's `fields`
//! module says what the derive cost and what these decoders keep of its behaviour).
//!
//! Only the serde attributes the generated types carry are understood: `rename`, `default`,
//! `default = "path"`, `skip_serializing_if` (serialising only) and
//! `deserialize_with = "::std::option::Option::deserialize"` (a nullable member that must be
//! present). Any other field attribute stops the generator, naming it, rather than decoding
//! differently from serde. A struct with a `#[serde(flatten)]` field keeps serde's derive,
//! which reads such a struct with `deserialize_map` too. Runs last on the types, after every
//! stage that reads their derives.

use anyhow::{Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Attribute, Fields, FieldsNamed, Item, ItemStruct, Meta, parse_quote};

use crate::codegen::polish::{attrs_named, derives, serde_args, strip_derives_named};

/// One field as its decoder sees it.
pub(crate) struct FieldDecoding {
    ident: syn::Ident,
    ty: syn::Type,
    /// The member's name on the wire.
    wire: String,
    absent: Absent,
    /// The field's `#[cfg]`s, repeated on each line of the decoder that names it.
    cfgs: Vec<Attribute>,
}

/// What a field holds when its member is absent.
enum Absent {
    /// As serde's derive: `None` for an `Option`, `missing field` otherwise.
    AsSerde,
    /// `Default::default()` (`#[serde(default)]`).
    Default,
    /// The named function's value (`#[serde(default = "path")]`).
    DefaultFrom(syn::ExprPath),
    /// `missing field`, even for an `Option` (a nullable member that must be present).
    Required,
}

/// Rewrites every struct of `file` that derives `Deserialize` from named fields, none
/// flattened.
///
/// # Errors
/// When a field carries a serde attribute these decoders do not know.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<()> {
    let mut impls = Vec::new();
    for item in &mut file.items {
        if let Item::Struct(s) = item
            && decodes_as_object(s)
        {
            impls.push(rewrite_struct(s)?);
        }
    }
    file.items.extend(impls);
    Ok(())
}

/// Whether `s` derives `Deserialize` from named fields, none flattened, with no generics.
fn decodes_as_object(s: &ItemStruct) -> bool {
    let Fields::Named(named) = &s.fields else {
        return false;
    };
    derives(&s.attrs, "Deserialize") && s.generics.params.is_empty() && !has_flatten(named)
}

/// Whether a field of `fields` is `#[serde(flatten)]`.
pub(crate) fn has_flatten(fields: &FieldsNamed) -> bool {
    fields.named.iter().any(|field| {
        serde_args(&field.attrs)
            .iter()
            .any(|m| matches!(m, Meta::Path(p) if p.is_ident("flatten")))
    })
}

/// Drops `s`'s derived `Deserialize` and returns the written one.
fn rewrite_struct(s: &mut ItemStruct) -> Result<Item> {
    let Fields::Named(named) = &s.fields else {
        bail!("{} has no named fields", s.ident);
    };
    let name = &s.ident;
    let fields = field_decodings(named).map_err(|e| e.context(format!("struct {name}")))?;
    let decode = decode_object(
        &format!("struct {name}"),
        &quote!(#name),
        &quote!(#name),
        &fields,
        &quote!(deserializer),
    );
    strip_derives_named(&mut s.attrs, &["Deserialize"]);
    let cfgs = attrs_named(&s.attrs, &["cfg"]);
    Ok(parse_quote! {
        #(#cfgs)*
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                #decode
            }
        }
    })
}

/// How each of `fields` is decoded, from its serde attributes.
///
/// # Errors
/// On a serde attribute of a field that these decoders do not know.
pub(crate) fn field_decodings(fields: &FieldsNamed) -> Result<Vec<FieldDecoding>> {
    fields
        .named
        .iter()
        .map(|field| {
            let ident = field.ident.clone().expect("named fields have names");
            let mut wire = ident.to_string().trim_start_matches("r#").to_owned();
            let mut absent = Absent::AsSerde;
            for arg in serde_args(&field.attrs) {
                match &arg {
                    Meta::NameValue(nv) if nv.path.is_ident("rename") => {
                        wire = string_of(&nv.value)?;
                    }
                    Meta::NameValue(nv) if nv.path.is_ident("skip_serializing_if") => {}
                    Meta::NameValue(nv) if nv.path.is_ident("default") => {
                        absent = Absent::DefaultFrom(syn::parse_str(&string_of(&nv.value)?)?);
                    }
                    Meta::Path(p) if p.is_ident("default") => absent = Absent::Default,
                    Meta::NameValue(nv)
                        if nv.path.is_ident("deserialize_with")
                            && string_of(&nv.value)? == "::std::option::Option::deserialize" =>
                    {
                        absent = Absent::Required;
                    }
                    other => bail!(
                        "field `{ident}` has #[serde({})], which the written decoders do not know \
                         (xtask/src/codegen/struct_decoders.rs)",
                        quote!(#other)
                    ),
                }
            }
            Ok(FieldDecoding {
                ident,
                ty: field.ty.clone(),
                wire,
                absent,
                cfgs: attrs_named(&field.attrs, &["cfg"]),
            })
        })
        .collect()
}

/// The string of a `key = "..."` attribute argument.
fn string_of(value: &syn::Expr) -> Result<String> {
    match value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Ok(s.value()),
        other => bail!("expected a string, found `{}`", quote!(#other)),
    }
}

/// A block that decodes an object from `deserializer` into `construct { fields }`, a
/// `value_type`; `expecting` names it in errors.
pub(crate) fn decode_object(
    expecting: &str,
    value_type: &TokenStream,
    construct: &TokenStream,
    fields: &[FieldDecoding],
    deserializer: &TokenStream,
) -> TokenStream {
    let slots: Vec<_> = (0..fields.len()).map(|i| format_ident!("f{i}")).collect();
    let declare = fields.iter().zip(&slots).map(|(field, slot)| {
        let (ty, cfgs) = (&field.ty, &field.cfgs);
        quote! { #(#cfgs)* let mut #slot: ::std::option::Option<#ty> = ::std::option::Option::None; }
    });
    let arms = fields.iter().zip(&slots).map(|(field, slot)| {
        let (wire, cfgs) = (&field.wire, &field.cfgs);
        quote! { #(#cfgs)* #wire => crate::fields::once(&mut #slot, &mut map, #wire)?, }
    });
    let inits = fields.iter().zip(&slots).map(|(field, slot)| {
        let (ident, wire, cfgs) = (&field.ident, &field.wire, &field.cfgs);
        let absent = match &field.absent {
            Absent::AsSerde => quote! { crate::fields::missing(#wire)? },
            Absent::Default => quote! { ::std::default::Default::default() },
            Absent::DefaultFrom(path) => quote! { #path() },
            Absent::Required => quote! {
                return ::std::result::Result::Err(
                    <A::Error as ::serde::de::Error>::missing_field(#wire),
                )
            },
        };
        quote! {
            #(#cfgs)*
            #ident: match #slot {
                ::std::option::Option::Some(value) => value,
                ::std::option::Option::None => #absent,
            },
        }
    });
    quote! {{
        struct Members;
        impl<'de> ::serde::de::Visitor<'de> for Members {
            type Value = #value_type;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(#expecting)
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                #(#declare)*
                while let ::std::option::Option::Some(key) = map.next_key_seed(crate::fields::Key)? {
                    match &*key {
                        #(#arms)*
                        _ => crate::fields::skip(&mut map)?,
                    }
                }
                ::std::result::Result::Ok(#construct { #(#inits)* })
            }
        }
        ::serde::Deserializer::deserialize_map(#deserializer, Members)
    }}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(source: &str) -> Result<String> {
        let mut file: syn::File = syn::parse_str(source).expect("valid Rust");
        rewrite(&mut file)?;
        Ok(prettyplease::unparse(&file))
    }

    #[test]
    fn a_struct_gets_a_written_decoder_and_keeps_serialize_derived() {
        let out = rewritten(
            r#"#[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
            pub struct A {
                #[serde(rename = "itemId")] pub item_id: String,
                #[serde(default)] pub flag: bool,
                #[serde(default = "defaults::yes")] pub on: bool,
                #[serde(deserialize_with = "::std::option::Option::deserialize")] pub nullable: Option<String>,
                #[serde(skip_serializing_if = "Option::is_none")] pub note: Option<String>,
            }"#,
        )
        .expect("known attributes");
        assert!(
            out.contains("#[derive(::serde::Serialize, Clone)]"),
            "{out}"
        );
        assert!(
            out.contains("impl<'de> ::serde::Deserialize<'de> for A"),
            "{out}"
        );
        for expected in [
            r#"crate::fields::once(&mut f0, &mut map, "itemId")?"#,
            "::std::default::Default::default()",
            "defaults::yes()",
            r#"missing_field("nullable")"#,
            r#"crate::fields::missing("note")?"#,
        ] {
            assert!(out.contains(expected), "{expected} in {out}");
        }
    }

    #[test]
    fn an_unknown_field_attribute_stops_the_generator() {
        let error = rewritten(
            r#"#[derive(::serde::Deserialize)] pub struct A { #[serde(alias = "b")] pub a: u8 }"#,
        )
        .expect_err("alias is not understood");
        assert!(format!("{error:#}").contains("alias"), "{error:#}");
    }

    #[test]
    fn flattened_tuple_and_serialize_only_structs_are_left_alone() {
        for source in [
            "#[derive(::serde::Deserialize)] pub struct A { #[serde(flatten)] pub rest: M }",
            "#[derive(::serde::Deserialize)] pub struct A(pub u8);",
            "#[derive(::serde::Serialize)] pub struct A { pub x: u8 }",
        ] {
            let out = rewritten(source).expect("left alone");
            assert!(!out.contains("visit_map"), "{source}: {out}");
        }
    }

    #[test]
    fn a_gated_struct_and_field_are_gated_in_the_decoder() {
        let out = rewritten(
            r#"#[cfg(feature = "experimental")] #[derive(::serde::Deserialize)]
            pub struct A { #[cfg(feature = "x")] pub a: u8 }"#,
        )
        .expect("known attributes");
        assert_eq!(
            out.matches(r#"#[cfg(feature = "experimental")]"#).count(),
            2,
            "{out}"
        );
        // The slot, the arm and the field's value.
        assert_eq!(out.matches(r#"#[cfg(feature = "x")]"#).count(), 4, "{out}");
    }
}
