//! Emits the SDK's option builders (`ThreadStartOptions`, `TurnOptions`, ...) from the
//! generated params structs, so every option the pinned schema offers is a setter and none
//! drifts from the pin.
//!
//! Each builder holds every optional field of its params struct; the fields the SDK fills
//! itself (the thread id, the input) become arguments of `into_params`.

use anyhow::{Context, Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Attribute, Field, Item, ItemStruct, Type};

use crate::codegen::constructors::{into_arg, is_required, option_inner};
use crate::codegen::naming::camel_case;

/// One builder: its name, the params struct it fills, and the fields the SDK passes itself.
struct Builder {
    name: &'static str,
    params: &'static str,
    doc: &'static str,
    filled_by_sdk: &'static [&'static str],
}

const BUILDERS: &[Builder] = &[
    Builder {
        name: "ThreadStartOptions",
        params: "ThreadStartParams",
        doc: "Options of a new thread (`thread/start`): model, working directory, sandbox, approval policy, instructions, and the rest.",
        filled_by_sdk: &[],
    },
    Builder {
        name: "ThreadResumeOptions",
        params: "ThreadResumeParams",
        doc: "Overrides applied when resuming a thread (`thread/resume`).",
        filled_by_sdk: &["thread_id"],
    },
    Builder {
        name: "ThreadForkOptions",
        params: "ThreadForkParams",
        doc: "Options of a fork of a thread (`thread/fork`).",
        filled_by_sdk: &["thread_id"],
    },
    Builder {
        name: "TurnOptions",
        params: "TurnStartParams",
        doc: "Options of one turn (`turn/start`): model, effort, summary, sandbox, approval policy, output schema, and the rest. They apply to this turn and, for most of them, to the turns after it.",
        filled_by_sdk: &["thread_id", "input"],
    },
];

/// Generates `options.rs` of codex-sdk from the protocol's generated types.
pub(crate) fn generate(types: &syn::File) -> Result<TokenStream> {
    let mut out = TokenStream::new();
    for builder in BUILDERS {
        let params = find_struct(types, builder.params).with_context(|| {
            format!(
                "the schema has no `{}` for `{}`",
                builder.params, builder.name
            )
        })?;
        out.extend(emit(builder, params)?);
    }
    Ok(out)
}

/// The struct `name` of the generated types.
pub(crate) fn find_struct<'a>(types: &'a syn::File, name: &str) -> Option<&'a ItemStruct> {
    types.items.iter().find_map(|item| match item {
        Item::Struct(s) if s.ident == name => Some(s),
        _ => None,
    })
}

fn emit(builder: &Builder, params: &ItemStruct) -> Result<TokenStream> {
    let name = format_ident!("{}", builder.name);
    let params_ident = &params.ident;
    let doc = format!(
        "{}\n\nGenerated from `{}` of the pinned schema: every field is optional.",
        builder.doc, params.ident
    );
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut args = Vec::new();
    // The params' constructor takes the required fields; the rest are assigned after it.
    let mut required = Vec::new();
    let mut inits = Vec::new();
    for field in &params.fields {
        let ident = field
            .ident
            .as_ref()
            .context("params structs have named fields")?;
        let ty = &qualified(&field.ty);
        if builder.filled_by_sdk.contains(&ident.to_string().as_str()) {
            args.push(quote! { #ident: #ty });
            if is_required(field) {
                required.push(quote! { #ident });
            } else {
                inits.push(quote! { params.#ident = #ident; });
            }
            continue;
        }
        let Some(inner) = option_inner(ty) else {
            bail!(
                "`{}.{ident}` is required by the schema: add it to the `filled_by_sdk` fields of `{}` and pass it from the SDK",
                params.ident,
                builder.name
            );
        };
        let docs = doc_attrs(field);
        let fallback_doc = format!(
            "Sets `{}` of `{}`.",
            camel_case(&ident.to_string()),
            params.ident
        );
        let docs = if docs.is_empty() {
            quote! { #[doc = #fallback_doc] }
        } else {
            quote! { #(#docs)* }
        };
        fields.push(quote! { #ident: #ty });
        inits.push(quote! { params.#ident = self.#ident; });
        let arg = into_arg(inner);
        setters.push(quote! {
            #docs
            pub fn #ident(mut self, value: #arg) -> Self {
                self.#ident = Some(value.into());
                self
            }
        });
    }
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Default)]
        pub struct #name {
            #(#fields,)*
        }

        impl #name {
            /// No options: the server's defaults.
            pub fn new() -> Self {
                Self::default()
            }

            #(#setters)*

            /// The params of the request, with the fields the SDK fills.
            #[allow(dead_code)]
            pub(crate) fn into_params(self, #(#args),*) -> codex_protocol::#params_ident {
                let mut params = codex_protocol::#params_ident::new(#(#required),*);
                #(#inits)*
                params
            }
        }
    })
}

fn doc_attrs(field: &Field) -> Vec<&Attribute> {
    field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect()
}

/// `ty` as the SDK must write it: the generated types name each other by their bare name
/// (`ThreadItem`) or through `crate::` (`crate::Secret`), and the SDK lives in another crate, so
/// both become `codex_protocol::...`. Paths that start with `::` (`::std::...`) and primitives
/// stay.
pub(crate) fn qualified(ty: &Type) -> Type {
    struct Qualify;
    impl syn::visit_mut::VisitMut for Qualify {
        fn visit_type_path_mut(&mut self, node: &mut syn::TypePath) {
            // Generic arguments first (`Vec<ThreadItem>`), then the path itself.
            syn::visit_mut::visit_type_path_mut(self, node);
            let path = &mut node.path;
            if node.qself.is_some() || path.leading_colon.is_some() {
                return;
            }
            let protocol: syn::PathSegment = syn::parse_quote!(codex_protocol);
            match path.segments.first() {
                Some(first) if first.ident == "crate" => {
                    if let Some(first) = path.segments.first_mut() {
                        *first = protocol;
                    }
                }
                // A bare name: a protocol type (PascalCase), or a primitive (`bool`, `i64`).
                Some(only)
                    if path.segments.len() == 1
                        && only
                            .ident
                            .to_string()
                            .starts_with(|c: char| c.is_ascii_uppercase()) =>
                {
                    path.segments.insert(0, protocol);
                }
                _ => {}
            }
        }
    }
    let mut ty = ty.clone();
    syn::visit_mut::VisitMut::visit_type_mut(&mut Qualify, &mut ty);
    ty
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::qualified;

    fn show(ty: &str) -> String {
        let ty: syn::Type = syn::parse_str(ty).expect("a type");
        qualified(&ty)
            .to_token_stream()
            .to_string()
            .replace(' ', "")
    }

    #[test]
    fn protocol_types_are_qualified_wherever_they_sit_and_the_rest_stays() {
        assert_eq!(show("ThreadItem"), "codex_protocol::ThreadItem");
        assert_eq!(show("crate::Secret"), "codex_protocol::Secret");
        assert_eq!(
            show("::std::option::Option<::std::vec::Vec<TurnEnvironmentParams>>"),
            "::std::option::Option<::std::vec::Vec<codex_protocol::TurnEnvironmentParams>>"
        );
        assert_eq!(
            show("::std::option::Option<bool>"),
            "::std::option::Option<bool>"
        );
        assert_eq!(
            show("::serde_json::Map<::std::string::String, ::serde_json::Value>"),
            "::serde_json::Map<::std::string::String,::serde_json::Value>"
        );
    }
}
