//! Makes the generated structs survive a schema bump for the code that builds them: each struct
//! with named fields gets `new(required fields)` and a `with_*` setter per optional field, and is
//! `#[non_exhaustive]`, so a field added by a newer schema breaks no caller (a struct literal
//! would). Structs whose fields are all optional also implement `Default`.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{Attribute, Field, Fields, Item, ItemStruct, Meta, Type, parse_quote};

/// How a field gets its value when the caller does not give one.
enum Optional {
    /// `Option<T>`: `None`, and the setter takes a `T`.
    Option(Type),
    /// `#[serde(default)]`: `Default::default()`.
    SerdeDefault,
    /// `#[serde(default = "path")]`: the same function serde calls.
    DefaultFn(syn::Path),
    /// `#[serde(flatten)]`: what the message carries beyond its fields; empty, and no setter.
    Flatten,
}

/// Adds constructors, setters and `#[non_exhaustive]` to every struct with named fields.
///
/// # Errors
/// If a struct already has an inherent `new` or a method named like a setter.
pub(crate) fn add(file: &mut syn::File) -> Result<()> {
    let with_default = types_with_default(file);
    let taken = inherent_methods(file);
    let mut impls = Vec::new();
    for item in &mut file.items {
        let Item::Struct(s) = item else { continue };
        if !matches!(s.fields, Fields::Named(_)) {
            continue;
        }
        let name = s.ident.to_string();
        let (imp, all_optional) = constructor(s);
        for method in methods_of(&imp) {
            if taken.contains(&(name.clone(), method.clone())) {
                bail!("`{name}` already has a method `{method}`: the generated one would clash");
            }
        }
        impls.push(imp);
        if all_optional && !with_default.contains(&name) {
            let ident = &s.ident;
            impls.push(parse_quote! {
                impl ::std::default::Default for #ident {
                    fn default() -> Self {
                        Self::new()
                    }
                }
            });
        }
        s.attrs.push(parse_quote!(#[non_exhaustive]));
    }
    file.items.extend(impls);
    Ok(())
}

/// The `impl` block of `s` with `new` and its setters, and whether every field is optional.
fn constructor(s: &ItemStruct) -> (Item, bool) {
    let ident = &s.ident;
    let mut args = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for field in &s.fields {
        let Some(name) = &field.ident else { continue };
        let ty = &field.ty;
        let Some(optional) = optional(field) else {
            let arg = into_arg(ty);
            args.push(quote!(#name: #arg));
            inits.push(quote!(#name: #name.into()));
            continue;
        };
        let (init, value_ty, assign) = match &optional {
            Optional::Option(inner) => (
                quote!(::std::option::Option::None),
                inner,
                quote!(::std::option::Option::Some(value.into())),
            ),
            Optional::SerdeDefault => (
                quote!(::std::default::Default::default()),
                ty,
                quote!(value.into()),
            ),
            Optional::DefaultFn(path) => (quote!(#path()), ty, quote!(value.into())),
            Optional::Flatten => {
                inits.push(quote!(#name: ::std::default::Default::default()));
                continue;
            }
        };
        inits.push(quote!(#name: #init));
        let setter = format_ident!("with_{}", name.unraw());
        let wire = crate::codegen::polish::serde_value(&field.attrs, "rename")
            .unwrap_or_else(|| name.unraw().to_string());
        let docs = setter_docs(field, &wire);
        let arg = into_arg(value_ty);
        setters.push(quote! {
            #docs
            pub fn #setter(mut self, value: #arg) -> Self {
                self.#name = #assign;
                self
            }
        });
    }
    let all_optional = args.is_empty();
    let new_doc = if all_optional {
        format!("An empty `{ident}`: every field is optional and unset (the server's default).")
    } else {
        format!(
            "A `{ident}` from its required fields; the optional ones are unset (the server's \
             default) until a `with_*` setter gives them a value."
        )
    };
    // Some messages have many required fields; a constructor mirrors the schema, not a design.
    let allow = (args.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let imp = parse_quote! {
        impl #ident {
            #[doc = #new_doc]
            #allow
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }
            #(#setters)*
        }
    };
    (imp, all_optional)
}

/// The type of an argument that fills a field of type `ty`: `impl Into<ty>` (a `&str` for a
/// `String`), except for numbers and `bool`, where `Into` would defeat literal inference
/// (`with_limit(20)` would not compile).
pub(crate) fn into_arg(ty: &Type) -> TokenStream {
    let primitive = matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.get_ident().is_some_and(|i| {
        matches!(
            i.to_string().as_str(),
            "bool" | "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "f32" | "f64" | "usize" | "isize"
        )
    }));
    if primitive {
        quote!(#ty)
    } else {
        quote!(impl Into<#ty>)
    }
}

/// Whether `field` is an argument of the constructor (the schema requires it).
pub(crate) fn is_required(field: &Field) -> bool {
    optional(field).is_none()
}

/// Whether `field` may be left out, and what it is then.
fn optional(field: &Field) -> Option<Optional> {
    if let Some(inner) = option_inner(&field.ty) {
        return Some(Optional::Option(inner.clone()));
    }
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let Ok(args) = attr
            .parse_args_with(syn::punctuated::Punctuated::<Meta, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        for arg in args {
            match arg {
                Meta::Path(p) if p.is_ident("default") => return Some(Optional::SerdeDefault),
                Meta::Path(p) if p.is_ident("flatten") => return Some(Optional::Flatten),
                Meta::NameValue(nv) if nv.path.is_ident("default") => {
                    if let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) = &nv.value
                        && let Ok(path) = s.parse::<syn::Path>()
                    {
                        return Some(Optional::DefaultFn(path));
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// `T` of `Option<T>` (written `::std::option::Option<T>` by typify).
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    generic_arg(ty, "Option")
}

/// `T` of `Wrapper<T>` (`Option<T>`, `Vec<T>`), whatever path leads to `Wrapper`.
pub(crate) fn generic_arg<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The field's own docs (and `#[doc(hidden)]`) on its setter, or a line naming the field.
fn setter_docs(field: &Field, name: &str) -> TokenStream {
    let docs: Vec<&Attribute> = field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect();
    if docs.is_empty() {
        let line = format!("Sets `{name}`.");
        quote!(#[doc = #line])
    } else {
        quote!(#(#docs)*)
    }
}

/// Types that already implement `Default` (derived, or written by typify).
fn types_with_default(file: &syn::File) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for item in &file.items {
        match item {
            Item::Struct(s) if crate::codegen::polish::derives(&s.attrs, "Default") => {
                names.insert(s.ident.to_string());
            }
            Item::Impl(imp) => {
                let is_default = imp.trait_.as_ref().is_some_and(|(_, path, _)| {
                    path.segments.last().is_some_and(|s| s.ident == "Default")
                });
                if let (true, Type::Path(ty)) = (is_default, &*imp.self_ty)
                    && let Some(ident) = ty.path.get_ident()
                {
                    names.insert(ident.to_string());
                }
            }
            _ => {}
        }
    }
    names
}

/// (type, method) of every inherent method already in the file.
fn inherent_methods(file: &syn::File) -> BTreeSet<(String, String)> {
    let mut taken = BTreeSet::new();
    for item in &file.items {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        let Some(ident) = ty.path.get_ident() else {
            continue;
        };
        for method in methods_of(&Item::Impl(imp.clone())) {
            taken.insert((ident.to_string(), method));
        }
    }
    taken
}

fn methods_of(item: &Item) -> Vec<String> {
    let Item::Impl(imp) = item else {
        return Vec::new();
    };
    imp.items
        .iter()
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_constructors(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).expect("valid Rust");
        add(&mut file).expect("constructors");
        prettyplease::unparse(&file)
    }

    #[test]
    fn required_fields_are_arguments_and_optional_ones_get_setters() {
        let out = with_constructors(
            r#"
            pub struct TurnSteerParams {
                /// The turn.
                pub expected_turn_id: ::std::string::String,
                pub note: ::std::option::Option<::std::string::String>,
                pub count: ::std::option::Option<u32>,
                #[serde(default)]
                pub tags: ::std::vec::Vec<::std::string::String>,
                #[serde(default = "defaults::mode")]
                pub r#type: Mode,
            }
            "#,
        );
        assert!(out.contains("#[non_exhaustive]"), "{out}");
        assert!(
            out.contains("pub fn new(expected_turn_id: impl Into<::std::string::String>) -> Self"),
            "{out}"
        );
        assert!(out.contains("note: ::std::option::Option::None"), "{out}");
        assert!(
            out.contains("tags: ::std::default::Default::default()"),
            "{out}"
        );
        assert!(out.contains("r#type: defaults::mode()"), "{out}");
        assert!(
            out.contains("pub fn with_note(mut self, value: impl Into<::std::string::String>)"),
            "the setter takes the inner type: {out}"
        );
        assert!(
            out.contains("pub fn with_count(mut self, value: u32)"),
            "numbers are taken as they are, so literals infer: {out}"
        );
        assert!(
            out.contains("pub fn with_type(mut self"),
            "raw idents unraw: {out}"
        );
        assert!(!out.contains("fn with_expected_turn_id"), "{out}");
        assert!(!out.contains("impl ::std::default::Default"), "{out}");
    }

    #[test]
    fn an_all_optional_struct_gets_default_once() {
        let out = with_constructors(
            r#"
            pub struct A { pub x: ::std::option::Option<i64> }
            #[derive(Default)]
            pub struct B { pub x: ::std::option::Option<i64> }
            pub struct Newtype(pub i64);
            "#,
        );
        assert_eq!(out.matches("impl ::std::default::Default for A").count(), 1);
        assert!(!out.contains("Default for B"), "B derives it: {out}");
        assert!(!out.contains("impl Newtype"), "newtypes stay: {out}");
    }

    #[test]
    fn a_clash_with_an_existing_method_is_refused() {
        let mut file: syn::File = syn::parse_str(
            "pub struct A { pub x: ::std::option::Option<i64> } impl A { pub fn with_x(self) {} }",
        )
        .expect("valid Rust");
        assert!(add(&mut file).is_err());
    }
}
