//! Docs for what the schema leaves undocumented, and no upstream banner in any doc.
//!
//! typify documents an undocumented type by its name alone (`` `ThreadStartParams` ``) and an
//! undocumented field not at all; this stage writes a sentence that says what it is, from the
//! method tables and the schema: "Params of the `thread/start` request.", "One of `"on"` or
//! `"off"`.", "The `cwd` of the `thread/start` request's params.". Upstream's section banners
//! ("NEW APIs", "DEPRECATED APIs below") are cut from the schema's descriptions
//! ([`strip_banner`]). Upstream's test-only fields (`mock_*`) are hidden from docs.

use std::collections::BTreeMap;

use syn::{Attribute, Fields, Item, parse_quote};

use crate::codegen::tables::{Direction, MethodTables, Response};

/// Replaces name-only docs of types with what they are for, and documents every field.
pub(crate) fn describe(file: &mut syn::File, tables: &MethodTables) {
    let roles = roles(tables);
    let holders = holders(file);
    for item in &mut file.items {
        if let Item::Struct(s) = item {
            hide_test_fields(s);
            let owner = roles
                .get(&s.ident.to_string())
                .map_or_else(|| format!("`{}`", s.ident), |r| r.owner.clone());
            for field in &mut s.fields {
                let Some(ident) = &field.ident else { continue };
                if field.attrs.iter().any(|a| a.path().is_ident("doc")) {
                    continue;
                }
                let wire = crate::codegen::polish::serde_value(&field.attrs, "rename")
                    .unwrap_or_else(|| syn::ext::IdentExt::unraw(ident).to_string());
                let doc = format!("The `{wire}` of {owner}.");
                field.attrs.insert(0, parse_quote!(#[doc = #doc]));
            }
        }
        let (ident, attrs) = match item {
            Item::Struct(s) => (s.ident.to_string(), &mut s.attrs),
            Item::Enum(e) => (e.ident.to_string(), &mut e.attrs),
            _ => continue,
        };
        let docs: Vec<String> = attrs.iter().filter_map(doc_text).collect();
        if !(docs.len() == 1 && docs[0].trim() == format!("`{ident}`")) {
            continue;
        }
        let doc = match (roles.get(&ident), &*item) {
            (Some(role), _) => role.doc.clone(),
            (None, Item::Enum(e))
                if e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) =>
            {
                string_values(e)
            }
            (None, item) => match (holders.get(&ident), item) {
                (Some(holder), _) => format!("What `{holder}` holds."),
                (None, Item::Struct(s)) => field_list(s),
                (None, _) => continue,
            },
        };
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        attrs.retain(|a| !a.path().is_ident("doc"));
        attrs.insert(0, parse_quote!(#[doc = #doc]));
    }
}

/// The schema's description without an upstream section banner: a leading run of upper-case
/// words (`NEW APIs`, `NEW NOTIFICATIONS`, `DEPRECATED APIs below`) that heads a group of
/// methods in upstream's source, not this method. `None` when nothing else is left.
pub(crate) fn strip_banner(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_banner_word =
        |w: &str| w == "APIs" || (w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()));
    let mut cut = words.iter().take_while(|w| is_banner_word(w)).count();
    if cut >= 2 {
        if words
            .get(cut)
            .is_some_and(|w| *w == "below" || *w == "above")
        {
            cut += 1;
        }
    } else {
        cut = 0;
    }
    let rest = if cut == 0 {
        text.trim().to_owned()
    } else {
        words[cut..].join(" ")
    };
    (!rest.is_empty()).then_some(rest)
}

/// What a message type is for: its doc, and how its fields name their owner.
struct Role {
    /// "Params of the `thread/start` request."
    doc: String,
    /// "the `thread/start` request's params"
    owner: String,
}

/// What each message type is for: "Params of `thread/start`", "Response of `model/list`", ...
fn roles(tables: &MethodTables) -> BTreeMap<String, Role> {
    let mut roles = BTreeMap::new();
    for direction in Direction::ALL {
        for method in tables.methods(direction) {
            let kind = match direction {
                Direction::ClientRequest | Direction::ServerRequest => "request",
                Direction::ClientNotification | Direction::ServerNotification => "notification",
            };
            let name = &method.name;
            if let Some(params) = &method.params {
                roles.entry(params.clone()).or_insert_with(|| Role {
                    doc: format!("Params of the `{name}` {kind}."),
                    owner: format!("the `{name}` {kind}'s params"),
                });
            }
            if let Some(Response::Typed(response)) = &method.response {
                roles.entry(response.clone()).or_insert_with(|| Role {
                    doc: format!("The answer to the `{name}` request."),
                    owner: format!("the answer to `{name}`"),
                });
            }
        }
    }
    roles
}

/// The first field (in file order) that holds each type: `Owner.field`, or
/// `Enum::Variant.field` for a field of an enum variant.
fn holders(file: &syn::File) -> BTreeMap<String, String> {
    let mut holders = BTreeMap::new();
    let mut note = |owner: String, fields: &Fields| {
        for (at, field) in fields.iter().enumerate() {
            let name = field.ident.as_ref().map_or_else(
                || at.to_string(),
                |i| syn::ext::IdentExt::unraw(i).to_string(),
            );
            let ty = &field.ty;
            for used in quote::quote!(#ty).into_iter().filter_map(|t| match t {
                proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
                _ => None,
            }) {
                holders
                    .entry(used)
                    .or_insert_with(|| format!("{owner}.{name}"));
            }
        }
    };
    for item in &file.items {
        match item {
            Item::Struct(s) => note(s.ident.to_string(), &s.fields),
            Item::Enum(e) => {
                for v in &e.variants {
                    note(format!("{}::{}", e.ident, v.ident), &v.fields);
                }
            }
            _ => {}
        }
    }
    holders
}

/// "An object with `a`, `b` and `c`." for a struct no other type holds.
fn field_list(s: &syn::ItemStruct) -> String {
    let names: Vec<String> = s
        .fields
        .iter()
        .filter_map(|f| {
            let ident = f.ident.as_ref()?;
            let wire = crate::codegen::polish::serde_value(&f.attrs, "rename")
                .unwrap_or_else(|| syn::ext::IdentExt::unraw(ident).to_string());
            Some(format!("`{wire}`"))
        })
        .collect();
    match names.split_last() {
        None => "An object of the protocol, without fields.".to_owned(),
        Some((only, [])) => format!("An object with {only}."),
        Some((last, rest)) => format!("An object with {} and {last}.", rest.join(", ")),
    }
}

/// "One of `"a"`, `"b"` or `"c"`." for a string enum, from its wire values.
fn string_values(e: &syn::ItemEnum) -> String {
    let values: Vec<String> = e
        .variants
        .iter()
        .map(|v| {
            let wire = crate::codegen::polish::serde_value(&v.attrs, "rename")
                .unwrap_or_else(|| v.ident.to_string());
            format!("`\"{wire}\"`")
        })
        .collect();
    match values.split_last() {
        None => "A string value of the protocol.".to_owned(),
        Some((only, [])) => format!("Always {only}."),
        Some((last, rest)) => format!("One of {} or {last}.", rest.join(", ")),
    }
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
        assert!(
            out.contains("An object of the protocol, without fields."),
            "not a message, held by nothing: {out}"
        );
        assert!(out.contains("# [doc (hidden)] pub mock_field"), "{out}");
        assert!(!out.contains("# [doc (hidden)] pub model"), "{out}");
        assert!(
            out.contains("The `model` of the `thread/start` request's params."),
            "{out}"
        );
    }

    #[test]
    fn upstream_banners_are_cut_and_real_text_stays() {
        assert_eq!(strip_banner("NEW APIs"), None);
        assert_eq!(strip_banner("NEW NOTIFICATIONS"), None);
        assert_eq!(
            strip_banner("DEPRECATED APIs below Request to approve a patch.").as_deref(),
            Some("Request to approve a patch.")
        );
        assert_eq!(
            strip_banner("NEW APIs Sent when approval is requested.").as_deref(),
            Some("Sent when approval is requested.")
        );
        assert_eq!(
            strip_banner("EXPERIMENTAL - app metadata.").as_deref(),
            Some("EXPERIMENTAL - app metadata."),
            "one upper-case word is a word, not a banner"
        );
        assert_eq!(
            strip_banner("  Lists models. ").as_deref(),
            Some("Lists models.")
        );
    }

    #[test]
    fn string_enums_and_held_types_get_a_sentence() {
        let tables = MethodTables {
            by_direction: BTreeMap::new(),
        };
        let mut file: syn::File = syn::parse_quote! {
            #[doc = "`Mode`"]
            pub enum Mode { #[serde(rename = "on")] On, #[serde(rename = "off")] Off }
            #[doc = "`Range`"]
            pub struct Range { pub start: u8 }
            pub struct Search { pub range: ::std::option::Option<Range> }
        };
        describe(&mut file, &tables);
        let out = file.to_token_stream().to_string();
        assert!(out.contains(r#"One of `\"on\"` or `\"off\"`."#), "{out}");
        assert!(out.contains("What `Search.range` holds."), "{out}");
        assert!(out.contains("The `start` of `Range`."), "{out}");
    }
}
