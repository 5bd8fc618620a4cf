//! The `Deserialize` of every internally tagged enum (`#[serde(tag = "...")]` without
//! `content`) written out: the tag first, then the rest of the object straight into the
//! variant's fields (codex_protocol's `tagged` module holds the decoder and says why).
//!
//! Each variant's fields are decoded straight into the variant by a written decoder
//! ([`struct_decoders`](crate::codegen::struct_decoders)); a variant with a flattened field
//! would be decoded by a struct of the same fields with serde's derive, then moved into the
//! variant. `Serialize` stays derived.

use anyhow::Result;
use quote::quote;
use syn::{Fields, Item, ItemEnum, parse_quote};

use crate::codegen::struct_decoders::{decode_object, field_decodings, has_flatten};

use crate::codegen::polish::{CATCH_ALL, attrs_named, derives, serde_value, strip_derives_named};

/// Rewrites every internally tagged enum of `file` that has the `Unrecognized` catch-all.
///
/// # Errors
/// When a variant's field carries a serde attribute the written decoders do not know.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<()> {
    let mut impls = Vec::new();
    for item in &mut file.items {
        if let Item::Enum(e) = item
            && let Some(tag) = internal_tag(e)
        {
            impls.extend(rewrite_enum(e, &tag)?);
        }
    }
    file.items.extend(impls);
    Ok(())
}

/// The tag of an internally tagged enum with serde's `Deserialize` derived and the catch-all.
fn internal_tag(e: &ItemEnum) -> Option<String> {
    let tag = serde_value(&e.attrs, "tag")?;
    let open = e.variants.iter().any(|v| v.ident == CATCH_ALL);
    (derives(&e.attrs, "Deserialize") && open && serde_value(&e.attrs, "content").is_none())
        .then_some(tag)
}

fn rewrite_enum(e: &mut ItemEnum, tag: &str) -> Result<[Item; 2]> {
    let name = &e.ident;
    let arms = e
        .variants
        .iter()
        .filter(|v| v.ident != CATCH_ALL)
        .map(|v| {
            let ident = &v.ident;
            let wire = serde_value(&v.attrs, "rename").unwrap_or_else(|| ident.to_string());
            let cfgs = attrs_named(&v.attrs, &["cfg"]);
            let decode = match &v.fields {
                Fields::Named(named) if !has_flatten(named) => {
                    let fields = field_decodings(named)
                        .map_err(|e| e.context(format!("variant {name}::{ident}")))?;
                    decode_object(
                        &format!("struct variant {name}::{ident}"),
                        &quote!(#name),
                        &quote!(#name::#ident),
                        &fields,
                        &quote!(fields),
                    )
                }
                // serde's derive reads a flattened field; none of the pin's variants has one.
                Fields::Named(named) => {
                    let decls = named.named.iter().map(|f| {
                        let (field, ty) = (&f.ident, &f.ty);
                        let attrs = attrs_named(&f.attrs, &["serde", "cfg"]);
                        quote! { #(#attrs)* #field: #ty, }
                    });
                    let moves = named.named.iter().map(|f| {
                        let field = &f.ident;
                        let cfgs = attrs_named(&f.attrs, &["cfg"]);
                        quote! { #(#cfgs)* #field: decoded.#field, }
                    });
                    quote! {{
                        #[derive(::serde::Deserialize)]
                        struct VariantFields { #(#decls)* }
                        <VariantFields as ::serde::Deserialize>::deserialize(fields)
                            .map(|decoded| Self::#ident { #(#moves)* })
                    }}
                }
                Fields::Unnamed(unnamed) => {
                    let ty = &unnamed.unnamed[0].ty;
                    quote! { <#ty as ::serde::Deserialize>::deserialize(fields).map(Self::#ident) }
                }
                Fields::Unit => quote! {
                    <crate::tagged::NoFields as ::serde::Deserialize>::deserialize(fields)
                        .map(|_| Self::#ident)
                },
            };
            Ok(quote! { #(#cfgs)* #wire => #decode, })
        })
        .collect::<Result<Vec<_>>>()?;
    strip_derives_named(&mut e.attrs, &["Deserialize"]);
    let cfgs = attrs_named(&e.attrs, &["cfg"]);
    let unknown = syn::Ident::new(CATCH_ALL, proc_macro2::Span::call_site());
    let type_name = name.to_string();
    Ok([
        parse_quote! {
            #(#cfgs)*
            impl crate::tagged::Tagged for #name {
                const TAG: &'static str = #tag;
                const NAME: &'static str = #type_name;

                fn variant<'de, D: ::serde::Deserializer<'de>>(
                    tag: &str,
                    fields: D,
                ) -> ::std::option::Option<::std::result::Result<Self, D::Error>> {
                    ::std::option::Option::Some(match tag {
                        #(#arms)*
                        _ => return ::std::option::Option::None,
                    })
                }

                fn unrecognized(value: ::serde_json::Value) -> Self {
                    Self::#unknown(value)
                }
            }
        },
        parse_quote! {
            #(#cfgs)*
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    crate::tagged::deserialize(deserializer)
                }
            }
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).expect("valid Rust");
        rewrite(&mut file).expect("known attributes");
        prettyplease::unparse(&file)
    }

    #[test]
    fn each_kind_of_variant_gets_its_arm_and_serialize_stays_derived() {
        let out = rewritten(
            r#"
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
            #[serde(tag = "type")]
            pub enum Item {
                #[serde(rename = "a")]
                A { #[serde(rename = "itemId", default)] item_id: String },
                #[serde(rename = "b")]
                B(Inner),
                #[serde(rename = "c")]
                C,
                #[serde(untagged)]
                Unrecognized(::serde_json::Value),
            }
            "#,
        );
        assert!(
            out.contains("#[derive(::serde::Serialize, Clone)]"),
            "{out}"
        );
        assert!(
            out.contains(r#"const TAG: &'static str = "type";"#),
            "{out}"
        );
        assert!(
            out.contains(r#"crate::fields::once(&mut f0, &mut map, "itemId")?"#),
            "{out}"
        );
        assert!(
            out.contains("::serde::Deserializer::deserialize_map(fields, Members)"),
            "{out}"
        );
        assert!(out.contains("Item::A {"), "{out}");
        assert!(
            out.contains("<Inner as ::serde::Deserialize>::deserialize(fields)"),
            "{out}"
        );
        assert!(out.contains("NoFields"), "{out}");
        assert!(out.contains("Self::Unrecognized(value)"), "{out}");
    }

    #[test]
    fn adjacently_tagged_and_closed_enums_keep_serdes_derive() {
        let out = rewritten(
            r#"
            #[derive(::serde::Deserialize)]
            #[serde(tag = "type", content = "value")]
            pub enum Adjacent { A(i64), #[serde(untagged)] Unrecognized(::serde_json::Value) }
            #[derive(::serde::Deserialize)]
            #[serde(tag = "type")]
            pub enum Closed { A { x: i64 } }
            "#,
        );
        assert_eq!(out.matches("::serde::Deserialize").count(), 2, "{out}");
        assert!(!out.contains("Tagged"), "{out}");
    }
}
