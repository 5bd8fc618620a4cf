//! Docs for the message types the schema leaves undocumented: typify then writes only the type's
//! name (`` `ThreadStartParams` ``); this says what the type is for, from the method tables
//! ("Params of `thread/start`"). Upstream's test-only fields (`mock_*`) are hidden from docs.

use std::collections::BTreeMap;

use syn::{Attribute, Item, parse_quote};

use crate::codegen::tables::{Direction, MethodTables, Response};

/// Replaces name-only docs of params and response types with what they are for.
pub(crate) fn describe(file: &mut syn::File, tables: &MethodTables) {
    let roles = roles(tables);
    for item in &mut file.items {
        if let Item::Struct(s) = item {
            hide_test_fields(s);
        }
        let (ident, attrs) = match item {
            Item::Struct(s) => (s.ident.to_string(), &mut s.attrs),
            Item::Enum(e) => (e.ident.to_string(), &mut e.attrs),
            _ => continue,
        };
        let Some(role) = roles.get(&ident) else {
            continue;
        };
        let name_only = format!("`{ident}`");
        let docs: Vec<String> = attrs.iter().filter_map(doc_text).collect();
        if docs.len() == 1 && docs[0].trim() == name_only {
            attrs.retain(|a| !a.path().is_ident("doc"));
            attrs.insert(0, parse_quote!(#[doc = #role]));
        }
    }
}

/// What each message type is for: "Params of `thread/start`", "Response of `model/list`", ...
fn roles(tables: &MethodTables) -> BTreeMap<String, String> {
    let mut roles = BTreeMap::new();
    for direction in Direction::ALL {
        for method in tables.methods(direction) {
            let kind = match direction {
                Direction::ClientRequest | Direction::ServerRequest => "request",
                Direction::ClientNotification | Direction::ServerNotification => "notification",
            };
            if let Some(params) = &method.params {
                roles
                    .entry(params.clone())
                    .or_insert_with(|| format!("Params of the `{}` {kind}.", method.name));
            }
            if let Some(Response::Typed(response)) = &method.response {
                roles
                    .entry(response.clone())
                    .or_insert_with(|| format!("The answer to the `{}` request.", method.name));
            }
        }
    }
    roles
}

fn doc_text(attr: &Attribute) -> Option<String> {
    let syn::Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    if !nv.path.is_ident("doc") {
        return None;
    }
    match &nv.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// Upstream's test fields (`mock_experimental_field`) stay for serde but leave the docs.
fn hide_test_fields(s: &mut syn::ItemStruct) {
    for field in &mut s.fields {
        if field
            .ident
            .as_ref()
            .is_some_and(|i| i.to_string().starts_with("mock_"))
        {
            field.attrs.push(parse_quote!(#[doc(hidden)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use quote::ToTokens;

    use super::*;
    use crate::codegen::tables::Method;

    #[test]
    fn name_only_docs_of_messages_say_what_they_are_for_and_mock_fields_hide() {
        let method = Method {
            name: "thread/start".into(),
            marker: "ThreadStart".into(),
            params: Some("ThreadStartParams".into()),
            response: Some(Response::Typed("ThreadStartResponse".into())),
            experimental: false,
            doc: None,
            thread_id: None,
            turn_id: None,
        };
        let tables = MethodTables {
            by_direction: BTreeMap::from([(Direction::ClientRequest, vec![method])]),
        };
        let mut file: syn::File = syn::parse_quote! {
            #[doc = "`ThreadStartParams`"]
            pub struct ThreadStartParams { pub mock_field: u8, pub model: u8 }
            #[doc = "What the server says."]
            pub struct ThreadStartResponse {}
            #[doc = "`Other`"]
            pub struct Other {}
        };
        describe(&mut file, &tables);
        let out = file.to_token_stream().to_string();
        assert!(
            out.contains("Params of the `thread/start` request."),
            "{out}"
        );
        assert!(
            out.contains("What the server says."),
            "a real doc stays: {out}"
        );
        assert!(out.contains("\"`Other`\""), "not a message: {out}");
        assert!(out.contains("# [doc (hidden)] pub mock_field"), "{out}");
        assert!(!out.contains("# [doc (hidden)] pub model"), "{out}");
    }
}
