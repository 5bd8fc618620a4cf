//! The streamed-text kinds of codex-sdk (`TextKind`, folded into `TurnEvent::TextDelta`), read
//! from the schema: every server notification whose params have the delta shape (`threadId`,
//! `turnId`, `itemId` and `delta`, all required strings) streams text into an item, so a delta
//! notification a new pin adds becomes a `TextKind` on the next `generate-types`, with no hand
//! edit.
//!
//! The method names the item and the text (`item/<item type>/<text>Delta`); the item's field
//! the text fills is the params' index field (`contentIndex` -> `content`), else the item's
//! field named by the text (`output` -> `aggregatedOutput`), else `text` for a bare `delta`.

use std::collections::BTreeMap;

use anyhow::{Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::codegen::methods::experimental_cfg;
use crate::codegen::naming::pascal_case;
use crate::codegen::tables::{Direction, Method, MethodTables};

/// The params members of the delta shape: all required, all strings.
const DELTA_SHAPE: [&str; 4] = ["threadId", "turnId", "itemId", "delta"];

/// Names the SDK published before the kinds were generated, kept so no public name changes;
/// every other kind is named by the rule ([`kind_name`]).
const KEPT_NAMES: &[(&str, &str)] = &[("item/commandExecution/outputDelta", "CommandOutput")];

/// One kind of streamed text.
pub(crate) struct TextDeltaKind<'a> {
    /// The notification.
    pub(crate) method: &'a Method,
    /// The `TextKind` variant.
    pub(crate) variant: String,
    /// The wire `type` of the item the text streams into.
    pub(crate) item_type: String,
    /// The wire name of the item's field the text fills.
    pub(crate) field: String,
    /// The Rust name of the params' index field (`content_index`), for indexed texts.
    pub(crate) index: Option<String>,
}

/// Every delta-shaped server notification of the schema, in schema order.
///
/// # Errors
/// When a delta notification does not name its item (`item/<type>/...`) or two get one name.
pub(crate) fn read<'a>(
    tables: &'a MethodTables,
    definitions: &BTreeMap<String, Value>,
) -> Result<Vec<TextDeltaKind<'a>>> {
    let items = item_fields(definitions);
    let mut kinds: Vec<TextDeltaKind<'a>> = Vec::new();
    for method in tables.methods(Direction::ServerNotification) {
        let Some(params) = method.params.as_deref().and_then(|p| definitions.get(p)) else {
            continue;
        };
        if !has_delta_shape(params) {
            continue;
        }
        let mut segments = method.name.split('/');
        let (Some("item"), Some(item_type), Some(text), None) = (
            segments.next(),
            segments.next(),
            segments.next(),
            segments.next(),
        ) else {
            bail!(
                "{} has the delta shape but does not name its item as `item/<type>/<text>Delta`: \
                 say in xtask/src/codegen/text_deltas.rs which item it streams into",
                method.name
            );
        };
        // `outputDelta` -> `output`, a bare `delta` -> ``.
        let text = text
            .strip_suffix("Delta")
            .unwrap_or(text.strip_prefix("delta").unwrap_or(text));
        let index = index_field(params);
        let fields = items.get(item_type).map(Vec::as_slice).unwrap_or_default();
        let field = match &index {
            Some(index) => index.trim_end_matches("Index").to_owned(),
            None if text.is_empty() => "text".to_owned(),
            None => fields
                .iter()
                .find(|f| *f == text || f.ends_with(&pascal_case(text)))
                .cloned()
                .unwrap_or_else(|| text.to_owned()),
        };
        let variant = kind_name(&method.name, item_type, text);
        if kinds.iter().any(|k| k.variant == variant) {
            bail!("two delta notifications are both named `TextKind::{variant}`");
        }
        kinds.push(TextDeltaKind {
            method,
            variant,
            item_type: item_type.to_owned(),
            field,
            index: index.map(|i| crate::codegen::naming::snake_case(&i)),
        });
    }
    Ok(kinds)
}

/// `item/agentMessage/delta` -> `AgentMessage`, `item/reasoning/summaryTextDelta` ->
/// `ReasoningSummary`, `item/fileChange/outputDelta` -> `FileChangeOutput` (a trailing `Text`
/// says nothing), unless [`KEPT_NAMES`] keeps an older name.
fn kind_name(method: &str, item_type: &str, text: &str) -> String {
    if let Some((_, kept)) = KEPT_NAMES.iter().find(|(m, _)| *m == method) {
        return (*kept).to_owned();
    }
    let text = text
        .strip_suffix("Text")
        .unwrap_or(text.strip_prefix("text").unwrap_or(text));
    format!("{}{}", pascal_case(item_type), pascal_case(text))
}

/// Whether the params object requires the four string members of [`DELTA_SHAPE`].
fn has_delta_shape(params: &Value) -> bool {
    let required = params.get("required").and_then(Value::as_array);
    DELTA_SHAPE.iter().all(|name| {
        let is_string =
            params.pointer(&format!("/properties/{name}/type")) == Some(&Value::from("string"));
        is_string && required.is_some_and(|r| r.iter().any(|n| n == name))
    })
}

/// The params' required integer member named `<field>Index`, if any.
fn index_field(params: &Value) -> Option<String> {
    let properties = params.get("properties")?.as_object()?;
    properties
        .iter()
        .find(|(name, schema)| {
            name.ends_with("Index") && schema.get("type") == Some(&Value::from("integer"))
        })
        .map(|(name, _)| name.clone())
}

/// The property names of each `ThreadItem` variant, by its wire `type`.
fn item_fields(definitions: &BTreeMap<String, Value>) -> BTreeMap<String, Vec<String>> {
    let members = definitions
        .get("ThreadItem")
        .and_then(|d| d.get("oneOf"))
        .and_then(Value::as_array);
    members
        .into_iter()
        .flatten()
        .filter_map(|member| {
            let tag = member.pointer("/properties/type/enum/0")?.as_str()?;
            let fields = member.get("properties")?.as_object()?.keys().cloned();
            Some((tag.to_owned(), fields.collect()))
        })
        .collect()
}

/// The generated `text_deltas.rs` of codex-sdk: `TextKind` and the reading of a delta.
pub(crate) fn generate(kinds: &[TextDeltaKind<'_>]) -> Result<TokenStream> {
    if kinds.is_empty() {
        bail!("the schema has no delta notification: `TurnEvent::TextDelta` would never come");
    }
    let mut variants = Vec::new();
    let mut item_types = Vec::new();
    let mut fields = Vec::new();
    let mut methods = Vec::new();
    let mut borrowed = Vec::new();
    let mut owned = Vec::new();
    for kind in kinds {
        let variant = format_ident!("{}", kind.variant);
        let marker = format_ident!("{}", kind.method.marker);
        let cfg = experimental_cfg(kind.method);
        let (wire, item_type, field) = (&kind.method.name, &kind.item_type, &kind.field);
        let mut doc = format!("Text of the `{item_type}` item's `{field}` (`{wire}`).");
        if let Some(text) = &kind.method.doc {
            doc.push_str("\n\n");
            doc.push_str(&text.replace('[', "\\[").replace(']', "\\]"));
        }
        variants.push(quote!(#[doc = #doc] #cfg #variant,));
        item_types.push(quote!(#cfg Self::#variant => #item_type,));
        fields.push(quote!(#cfg Self::#variant => #field,));
        methods.push(quote!(#cfg Self::#variant => #wire,));
        let index = match &kind.index {
            Some(index) => {
                let index = format_ident!("{index}");
                quote!(Some(d.#index))
            }
            None => quote!(None),
        };
        borrowed.push(quote! {
            #cfg
            ServerNotification::#marker(d) => TextDelta {
                kind: TextKind::#variant, item_id: &d.item_id, delta: &d.delta, index: #index,
            },
        });
        owned.push(quote! {
            #cfg
            ServerNotification::#marker(d) => {
                let d = *d;
                Ok((TextKind::#variant, d.item_id, d.delta))
            }
        });
    }
    let kind_doc = format!(
        "Which streamed text a [`TurnEvent::TextDelta`](crate::TurnEvent::TextDelta) adds to: \
         one kind per notification of the pinned schema whose params have the delta shape \
         ({}).",
        DELTA_SHAPE.map(|n| format!("`{n}`")).join(", ")
    );
    Ok(quote! {
        use codex_protocol::ServerNotification;

        #[doc = #kind_doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum TextKind {
            #(#variants)*
        }

        impl TextKind {
            /// The notification that streams this text.
            pub fn method(self) -> &'static str {
                match self { #(#methods)* }
            }

            /// The wire name (`type`) of the item this text streams into.
            pub(crate) fn item_type(self) -> &'static str {
                match self { #(#item_types)* }
            }

            /// The wire name of the item's field this text fills.
            pub(crate) fn field(self) -> &'static str {
                match self { #(#fields)* }
            }
        }

        /// One delta of streamed text, borrowed from its notification.
        #[derive(Debug, Clone, Copy)]
        pub(crate) struct TextDelta<'a> {
            /// Which text.
            pub(crate) kind: TextKind,
            /// The item the text streams into.
            pub(crate) item_id: &'a str,
            /// The new piece.
            pub(crate) delta: &'a str,
            /// The part of an indexed text (reasoning content and summary) it belongs to.
            pub(crate) index: Option<i64>,
        }

        /// The delta `notification` carries, if it is a delta notification.
        pub(crate) fn text_delta(notification: &ServerNotification) -> Option<TextDelta<'_>> {
            Some(match notification {
                #(#borrowed)*
                _ => return None,
            })
        }

        /// `(kind, item id, delta)` of a delta notification, moved out of it; any other
        /// notification back as it came.
        pub(crate) fn into_text_delta(
            notification: ServerNotification,
        ) -> ::std::result::Result<(TextKind, String, String), ServerNotification> {
            match notification {
                #(#owned)*
                other => Err(other),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pinned schema's delta notifications, with the names and fields they get.
    #[test]
    fn the_generated_kinds_are_the_delta_notifications_of_the_schema() {
        let input = crate::codegen::input::read(&crate::workspace_root()).expect("schema/");
        let tables = crate::codegen::tables::read(&input).expect("the tables");
        let defs = &input.experimental.definitions;
        let kinds = read(&tables, defs).expect("the kinds");
        let got: Vec<(&str, &str, &str, &str)> = kinds
            .iter()
            .map(|k| {
                let name = k.method.name.as_str();
                (
                    name,
                    k.variant.as_str(),
                    k.item_type.as_str(),
                    k.field.as_str(),
                )
            })
            .collect();
        // What the schema says, read independently: every server notification whose params
        // require the four strings.
        let expected: Vec<&str> = tables
            .methods(Direction::ServerNotification)
            .iter()
            .filter(|m| {
                let Some(p) = m.params.as_deref().and_then(|p| defs.get(p)) else {
                    return false;
                };
                let props = &p["properties"];
                let required: Vec<&str> = p["required"]
                    .as_array()
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                ["threadId", "turnId", "itemId", "delta"]
                    .iter()
                    .all(|n| props[*n]["type"] == "string" && required.contains(n))
            })
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(got.iter().map(|k| k.0).collect::<Vec<_>>(), expected);
        for known in [
            (
                "item/agentMessage/delta",
                "AgentMessage",
                "agentMessage",
                "text",
            ),
            ("item/plan/delta", "Plan", "plan", "text"),
            (
                "item/reasoning/textDelta",
                "Reasoning",
                "reasoning",
                "content",
            ),
            (
                "item/reasoning/summaryTextDelta",
                "ReasoningSummary",
                "reasoning",
                "summary",
            ),
            (
                "item/commandExecution/outputDelta",
                "CommandOutput",
                "commandExecution",
                "aggregatedOutput",
            ),
            (
                "item/fileChange/outputDelta",
                "FileChangeOutput",
                "fileChange",
                "output",
            ),
        ] {
            assert!(got.contains(&known), "{known:?} in {got:?}");
        }
    }

    #[test]
    fn only_params_that_require_the_four_strings_have_the_delta_shape() {
        let shaped = serde_json::json!({
            "properties": {"threadId": {"type": "string"}, "turnId": {"type": "string"},
                "itemId": {"type": "string"}, "delta": {"type": "string"}},
            "required": ["threadId", "turnId", "itemId", "delta"]
        });
        assert!(has_delta_shape(&shaped));
        let mut no_turn = shaped.clone();
        no_turn["required"] = serde_json::json!(["threadId", "itemId", "delta"]);
        assert!(
            !has_delta_shape(&no_turn),
            "a realtime transcript is no turn's text"
        );
        let mut bytes = shaped;
        bytes["properties"]["delta"] = serde_json::json!({"type": "integer"});
        assert!(!has_delta_shape(&bytes));
        assert_eq!(
            kind_name("item/fileChange/outputDelta", "fileChange", "output"),
            "FileChangeOutput"
        );
        assert_eq!(
            kind_name(
                "item/reasoning/summaryTextDelta",
                "reasoning",
                "summaryText"
            ),
            "ReasoningSummary"
        );
        assert_eq!(
            kind_name("item/reasoning/textDelta", "reasoning", "text"),
            "Reasoning"
        );
        assert_eq!(kind_name("item/plan/delta", "plan", ""), "Plan");
    }
}
