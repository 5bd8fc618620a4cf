//! Emits `codex.rpc()` of codex-sdk: every client request of the pinned schema as a typed async
//! method, grouped by the first segment of its wire name (`thread/start` is
//! `codex.rpc().thread().start(params)`, `fuzzyFileSearch` is `codex.rpc().fuzzy_file_search(..)`),
//! and a stream over every page of each cursor-paged list method.
//!
//! Params that carry an approval policy get the client's approval mode when they name none, as
//! `thread_start` does: the typed path is no way around the fail-closed default. Except in an
//! update (`thread/settings/update`): it changes only what it is given, so an omitted policy
//! means "keep the thread's" (which the client set when it started the thread), not "default".

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ItemStruct;

use crate::codegen::constructors::{generic_arg, option_inner};
use crate::codegen::methods::experimental_cfg;
use crate::codegen::naming::{ident, pascal_case, snake_case};
use crate::codegen::tables::{Direction, Method, MethodTables, Response};

/// The methods of one group (`thread/...`).
#[derive(Default)]
struct Group {
    /// The first segment as the wire spells it (`accountSession`).
    wire: String,
    /// Whether any method of the group is stable (else the group is experimental).
    stable: bool,
    functions: Vec<TokenStream>,
}

/// The generated `rpc.rs` of codex-sdk.
pub(crate) fn generate(tables: &MethodTables, types: &syn::File) -> TokenStream {
    let mut top = Vec::new();
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let mut paged = Vec::new();
    let methods = tables.methods(Direction::ClientRequest);
    // A group named like a method of its own (`fuzzyFileSearch` beside
    // `fuzzyFileSearch/sessionStart`) is flattened: `fuzzy_file_search_session_start`.
    let top_names: std::collections::BTreeSet<String> = methods
        .iter()
        .filter_map(|m| match split_name(&m.name) {
            (None, name) => Some(name),
            _ => None,
        })
        .collect();
    for method in methods {
        let (group, name) = match split_name(&method.name) {
            (Some(g), name) if top_names.contains(&g) => (None, format!("{g}_{name}")),
            split => split,
        };
        // Params are a struct, or an enum (`LoginAccountParams`): only a struct can page or
        // carry an approval policy.
        let params = method
            .params
            .as_deref()
            .and_then(|p| crate::codegen::options::find_struct(types, p));
        let mut functions = vec![method_fn(method, &name, params)];
        if let Some(page) = paging(method, &name, params, types) {
            paged.push(page.marker_impl);
            functions.push(page.method);
        }
        match group {
            Some(g) => {
                let group = groups.entry(g).or_default();
                group.wire = method.name.split('/').next().unwrap_or_default().to_owned();
                group.stable |= !method.experimental;
                group.functions.extend(functions);
            }
            None => top.extend(functions),
        }
    }
    let mut accessors = Vec::new();
    let mut group_types = Vec::new();
    for (snake, group) in &groups {
        let accessor = ident(snake);
        let ty = format_ident!("{}Methods", pascal_case(snake));
        let cfg = (!group.stable).then(|| quote!(#[cfg(feature = "experimental")]));
        let doc = format!("The `{}/...` requests.", group.wire);
        let accessor_doc = format!("The `{}/...` requests: [`{ty}`].", group.wire);
        let functions = &group.functions;
        accessors.push(quote! {
            #cfg
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> #ty<'a> {
                #ty { codex: self.codex }
            }
        });
        group_types.push(quote! {
            #cfg
            #[doc = #doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #ty<'a> {
                codex: &'a Codex,
            }

            #cfg
            impl<'a> #ty<'a> {
                #(#functions)*
            }
        });
    }
    quote! {
        use crate::client::Codex;
        use crate::error::Result;
        use crate::paging::Paged;
        use codex_protocol::requests;
        use futures_core::Stream;

        impl Codex {
            /// Every request of the protocol by name, typed: `codex.rpc().thread().start(params)`.
            /// Each method sends its request as it is, except that an approval policy the params
            /// leave unset is filled from this client's approval mode (not in an update such as
            /// `thread/settings/update`, where unset means "keep the thread's"); list methods that
            /// page with a cursor also have an `..._all` stream over every page.
            pub fn rpc(&self) -> Rpc<'_> {
                Rpc { codex: self }
            }
        }

        /// Every request of the protocol by name (see [`Codex::rpc`]).
        #[derive(Debug, Clone, Copy)]
        pub struct Rpc<'a> {
            codex: &'a Codex,
        }

        impl<'a> Rpc<'a> {
            #(#accessors)*
            #(#top)*
        }

        #(#group_types)*
        #(#paged)*
    }
}

/// `thread/goal/set` -> (`thread`, `goal_set`); `fuzzyFileSearch` -> (none, `fuzzy_file_search`).
fn split_name(wire: &str) -> (Option<String>, String) {
    let mut segments = wire.split('/');
    let first = segments.next().unwrap_or_default();
    let rest: Vec<String> = segments.map(snake_case).collect();
    if rest.is_empty() {
        (None, snake_case(first))
    } else {
        (Some(snake_case(first)), rest.join("_"))
    }
}

fn method_fn(method: &Method, name: &str, params: Option<&ItemStruct>) -> TokenStream {
    let function = ident(name);
    let marker = format_ident!("{}", method.marker);
    let response = response_type(method);
    let cfg = experimental_cfg(method);
    let doc = method_doc(method);
    let Some(params_name) = &method.params else {
        return quote! {
            #cfg
            #doc
            pub async fn #function(&self) -> Result<#response> {
                self.codex.request::<requests::#marker>(()).await
            }
        };
    };
    let params_ty = format_ident!("{params_name}");
    let fill = params
        .filter(|p| has_approval_fields(p) && !is_update(&method.name))
        .map(|_| {
        quote! {
            let mut params = params;
            self.codex.fill_approvals(&mut params.approval_policy, &mut params.approvals_reviewer);
        }
    });
    quote! {
        #cfg
        #doc
        pub async fn #function(&self, params: codex_protocol::#params_ty) -> Result<#response> {
            #fill
            self.codex.request::<requests::#marker>(params).await
        }
    }
}

fn response_type(method: &Method) -> TokenStream {
    match &method.response {
        Some(Response::Typed(name)) => {
            let name = format_ident!("{name}");
            quote!(codex_protocol::#name)
        }
        Some(Response::Untyped) => quote!(::serde_json::Value),
        None => quote!(()),
    }
}

fn method_doc(method: &Method) -> TokenStream {
    let mut doc = crate::codegen::methods::method_doc_text(method);
    if matches!(method.response, Some(Response::Untyped)) {
        doc.push_str("\n\nThe schema defines no response: the answer is the raw JSON.");
    }
    // The schema's prose names upstream items in brackets that are no links here.
    let doc = doc.replace('[', "\\[").replace(']', "\\]");
    quote!(#[doc = #doc])
}

/// An update (`thread/settings/update`, `.../update`): the server changes what the params
/// give and keeps the rest, so an unset field is no gap to fill.
fn is_update(wire: &str) -> bool {
    wire.rsplit('/').next() == Some("update")
}

/// Params with the two fields an approval mode sets.
fn has_approval_fields(params: &ItemStruct) -> bool {
    let names: Vec<String> = params
        .fields
        .iter()
        .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
        .collect();
    names.iter().any(|n| n == "approval_policy") && names.iter().any(|n| n == "approvals_reviewer")
}

/// The stream of a cursor-paged list method, and its `Paged` impl.
struct PagedMethod {
    method: TokenStream,
    marker_impl: TokenStream,
}

/// A list method pages when its params have `cursor: Option<String>` and its response has
/// `data: Vec<T>` and `next_cursor: Option<String>`.
fn paging(
    method: &Method,
    name: &str,
    params: Option<&ItemStruct>,
    types: &syn::File,
) -> Option<PagedMethod> {
    let (Some(params), Some(Response::Typed(response))) = (params, &method.response) else {
        return None;
    };
    let response = crate::codegen::options::find_struct(types, response)?;
    if !has_field(params, "cursor", true) || !has_field(response, "next_cursor", true) {
        return None;
    }
    let item = vec_item(response, "data")?;
    let item = crate::codegen::options::qualified(item);
    let marker = format_ident!("{}", method.marker);
    let params_ty = &params.ident;
    let function = format_ident!("{}_all", name);
    let cfg = experimental_cfg(method);
    let doc = format!(
        "Every item of `{}`, all pages, as a stream: the next page is asked for (with the \
         cursor of the last) when the current one is used up. An error ends the stream.",
        method.name
    );
    Some(PagedMethod {
        method: quote! {
            #cfg
            #[doc = #doc]
            pub fn #function(
                &self,
                params: codex_protocol::#params_ty,
            ) -> impl Stream<Item = Result<#item>> + Send + 'static {
                crate::paging::all_pages::<requests::#marker>(self.codex.clone(), params)
            }
        },
        marker_impl: quote! {
            #cfg
            impl Paged for requests::#marker {
                type Item = #item;
                fn set_cursor(params: &mut codex_protocol::#params_ty, cursor: Option<String>) {
                    params.cursor = cursor;
                }
                fn into_page(response: Self::Response) -> (Vec<#item>, Option<String>) {
                    (response.data, response.next_cursor)
                }
            }
        },
    })
}

/// Whether `s` has a field `name` of type `Option<String>` (or `String` when not `optional`).
fn has_field(s: &ItemStruct, name: &str, optional: bool) -> bool {
    s.fields.iter().any(|f| {
        f.ident.as_ref().is_some_and(|i| i == name) && {
            let ty = if optional {
                option_inner(&f.ty)
            } else {
                Some(&f.ty)
            };
            ty.is_some_and(|t| quote!(#t).to_string().replace(' ', "") == "::std::string::String")
        }
    })
}

/// `T` of a field `name: Vec<T>`.
fn vec_item<'a>(s: &'a ItemStruct, name: &str) -> Option<&'a syn::Type> {
    let field = s
        .fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == name))?;
    generic_arg(&field.ty, "Vec")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_become_groups_and_snake_case_methods() {
        assert_eq!(
            split_name("thread/start"),
            (Some("thread".into()), "start".into())
        );
        assert_eq!(
            split_name("thread/goal/set"),
            (Some("thread".into()), "goal_set".into())
        );
        assert_eq!(
            split_name("fuzzyFileSearch"),
            (None, "fuzzy_file_search".into())
        );
        assert_eq!(
            split_name("account/gatewayOAuth/read"),
            (Some("account".into()), "gateway_oauth_read".into())
        );
        assert_eq!(
            split_name("thread/inject_items"),
            (Some("thread".into()), "inject_items".into())
        );
        assert_eq!(ident("move").to_string(), "r#move");
    }

    #[test]
    fn an_update_keeps_an_unset_policy_and_a_start_fills_it() {
        assert!(is_update("thread/settings/update"));
        assert!(is_update("turn/settings/update"));
        assert!(!is_update("thread/start"));
        assert!(!is_update("turn/start"));
        assert!(!is_update("config/batchWrite"));
    }
}
