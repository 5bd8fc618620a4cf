//! Rewrites the schema into shapes typify turns into good Rust, without changing what decodes.
//!
//! The app-server schema comes from schemars on the server side; typify reads it back poorly in a
//! few places. Each pass here is general (it looks at shapes, not at type names) and keeps every
//! message the server can send decodable:
//! - a union's own `properties` are merged into each member, so the members carry the
//!   discriminator and typify emits a serde-tagged enum instead of an untagged one;
//! - an object that says "these fields, plus one of these field groups" becomes one object whose
//!   alternative fields are all optional (the doc names the alternatives);
//! - an `anyOf` of several non-null shapes is the output of an untagged serde enum: it becomes a
//!   `oneOf` (typify would otherwise make a struct of optional flattened parts), without the
//!   open "any string or object" member that stands for a catch-all: every generated enum gets
//!   its own catch-all variant;
//! - an untitled object member of an untagged union is named after the field only it requires,
//!   so its variant gets a real name;
//! - a bare `{type: object}` message payload becomes a closed empty object, so it is a struct;
//! - a string property named like a secret (a credential such as `apiKey` or `accessToken`, a
//!   pairing code, the answers to the server's questions), or a list or map of such strings,
//!   refers to [`SECRET_DEFINITION`] instead, and so do the values of maps named like environment
//!   variables or headers (`env`, `headers`); the generator maps it to `codex_protocol::Secret`,
//!   whose `Debug` never prints the value, so no log or error shows a key.
//!
//! Unknown fields are accepted everywhere: the type polish removes typify's
//! `deny_unknown_fields`, whatever the schema says.

use serde_json::{Map, Value};

use crate::codegen::naming::pascal_case;

/// The definition the generator adds for credential strings (mapped to `crate::Secret`).
pub(crate) const SECRET_DEFINITION: &str = "SecretString";

/// Property names whose string values are secrets, whatever holds them (a string, a list of
/// strings, a map of strings). Names, not shapes: a key looks like any other string. Compared
/// after lower-casing and dropping `-` and `_`.
const SECRET_PROPERTIES: &[&str] = &[
    // Credentials.
    "apikey",
    "accesstoken",
    "refreshtoken",
    "idtoken",
    "sessiontoken",
    "secretaccesskey",
    "authbearertoken",
    "bearertoken",
    "clientprivatekey",
    "password",
    "token",
    // Pairing codes: whoever has one can pair a client with this machine (remote control).
    "pairingcode",
    "manualpairingcode",
    // What a person answers to the server's questions: a question may be marked secret
    // (`isSecret`), and an answer does not say which question it was for, so every answer is
    // treated as one.
    "answer",
    "answers",
];

/// Property names of maps whose values are secrets: environment variables and HTTP headers
/// carry keys and tokens (`OPENAI_API_KEY=...`, `Authorization: Bearer ...`). Only maps: a
/// string named `environment` is the name of one, not its variables.
const SECRET_MAP_PROPERTIES: &[&str] = &["env", "environment", "envvars", "headers", "httpheaders"];

/// Normalises the definition `name` in place.
pub(crate) fn normalize(name: &str, schema: &mut Value) {
    close_empty_message(name, schema);
    walk(schema);
}

/// `name` lower-cased, without `-` and `_`.
fn property_key(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Points the strings of secret properties at [`SECRET_DEFINITION`], keeping their docs: a
/// property named like a secret ([`SECRET_PROPERTIES`]) in any of the shapes
/// [`secret_strings`] knows, and the values of a map named like environment variables or
/// headers ([`SECRET_MAP_PROPERTIES`]).
fn mark_secrets(obj: &mut Map<String, Value>) {
    let Some(Value::Object(properties)) = obj.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        let key = property_key(name);
        if SECRET_PROPERTIES.contains(&key.as_str()) {
            secret_strings(property);
        } else if SECRET_MAP_PROPERTIES.contains(&key.as_str())
            && let Some(Value::Object(values)) = property.get_mut("additionalProperties")
        {
            let mut values = Value::Object(std::mem::take(values));
            secret_strings(&mut values);
            property["additionalProperties"] = values;
        }
    }
}

/// Rewrites the strings of `schema` as [`SECRET_DEFINITION`]: a string, a nullable string, and
/// the items of a list or the values of a map that are (nullable) strings. Anything else (a
/// flag, a number, an object with fields) is left as it is.
fn secret_strings(schema: &mut Value) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let types: Vec<String> = match obj.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => return,
    };
    let types: Vec<&str> = types.iter().map(String::as_str).collect();
    let inner = match types.as_slice() {
        ["array"] | ["array", "null"] | ["null", "array"] => "items",
        ["object"] | ["object", "null"] | ["null", "object"] => "additionalProperties",
        _ => "",
    };
    if let Some(inner) = obj.get_mut(inner) {
        secret_strings(inner);
        return;
    }
    let secret = serde_json::json!({"$ref": format!("#/definitions/{SECRET_DEFINITION}")});
    let mut replacement = match types.as_slice() {
        ["string"] => secret,
        ["string", "null"] | ["null", "string"] => {
            serde_json::json!({"anyOf": [secret, {"type": "null"}]})
        }
        _ => return,
    };
    for kept in ["description", "default"] {
        if let (Some(value), Some(out)) = (obj.get(kept), replacement.as_object_mut()) {
            out.insert(kept.to_owned(), value.clone());
        }
    }
    *schema = replacement;
}

/// A message payload (`*Params`, `*Response`, `*Notification`) declared as a bare `{type: object}`
/// is an empty struct on the server: give it `properties: {}` so typify emits a struct, not a map.
fn close_empty_message(name: &str, schema: &mut Value) {
    let is_message = ["Params", "Response", "Notification"]
        .iter()
        .any(|s| name.ends_with(s));
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let bare_object = obj.get("type").and_then(Value::as_str) == Some("object")
        && obj
            .keys()
            .all(|k| matches!(k.as_str(), "type" | "title" | "description"));
    if is_message && bare_object {
        obj.insert("properties".into(), Value::Object(Map::new()));
        obj.insert("additionalProperties".into(), Value::Bool(false));
    }
}

fn walk(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            mark_secrets(obj);
            any_of_to_one_of(obj);
            merge_union_properties(obj);
            fold_alternative_fields(obj);
            name_untitled_members(obj);
            obj.values_mut().for_each(walk);
        }
        Value::Array(items) => items.iter_mut().for_each(walk),
        _ => {}
    }
}

/// `{properties: P, required: R, oneOf: [M..]}` becomes `{oneOf: [M + P + R ..]}` when every
/// member is an object: the shared fields then sit beside each member's discriminator.
fn merge_union_properties(obj: &mut Map<String, Value>) {
    let Some(union_key) = ["oneOf", "anyOf"]
        .into_iter()
        .find(|k| obj.contains_key(*k))
    else {
        return;
    };
    if !obj.contains_key("properties") {
        return;
    }
    let all_objects = obj[union_key]
        .as_array()
        .is_some_and(|members| members.iter().all(is_plain_object));
    // A member without its own discriminator cannot absorb the fields (the alternative-field
    // groups handled by `fold_alternative_fields` look like that).
    if !all_objects || !members_have_string_discriminator(&obj[union_key]) {
        return;
    }
    let shared = obj
        .remove("properties")
        .and_then(into_object)
        .unwrap_or_default();
    let shared_required = obj
        .remove("required")
        .and_then(into_array)
        .unwrap_or_default();
    obj.remove("type");
    if let Some(Value::Array(members)) = obj.get_mut(union_key) {
        for member in members {
            let Value::Object(member) = member else {
                continue;
            };
            let props = member
                .entry("properties")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(props) = props {
                for (name, schema) in &shared {
                    props.entry(name.clone()).or_insert_with(|| schema.clone());
                }
            }
            let required = member
                .entry("required")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(required) = required {
                for name in &shared_required {
                    if !required.contains(name) {
                        required.push(name.clone());
                    }
                }
            }
        }
    }
}

/// `{properties: P, anyOf: [{properties: A}, {properties: B}]}` (fields plus one of several
/// field groups) becomes `{properties: P + A? + B?}`.
fn fold_alternative_fields(obj: &mut Map<String, Value>) {
    let Some(union_key) = ["anyOf", "oneOf"]
        .into_iter()
        .find(|k| obj.contains_key(*k))
    else {
        return;
    };
    if !obj.contains_key("properties") {
        return;
    }
    let Some(groups) = obj[union_key].as_array() else {
        return;
    };
    if !groups.iter().all(is_plain_object) || members_have_string_discriminator(&obj[union_key]) {
        return;
    }
    let alternatives: Vec<(String, Value)> = groups
        .iter()
        .filter_map(|g| g.get("properties").and_then(Value::as_object))
        .flat_map(|props| props.iter().map(|(k, v)| (k.clone(), v.clone())))
        .collect();
    let names: Vec<String> = {
        let mut names: Vec<String> = alternatives.iter().map(|(k, _)| format!("`{k}`")).collect();
        names.dedup();
        names
    };
    obj.remove(union_key);
    let Some(Value::Object(props)) = obj.get_mut("properties") else {
        return;
    };
    for (name, mut schema) in alternatives {
        if props.contains_key(&name) {
            continue;
        }
        if let Value::Object(s) = &mut schema {
            let note = format!("One of {} is set.", names.join(", "));
            let doc = match s.get("description").and_then(Value::as_str) {
                Some(d) => format!("{d}\n\n{note}"),
                None => note,
            };
            s.insert("description".into(), Value::String(doc));
        }
        props.insert(name, schema);
    }
}

/// `anyOf: [A, B, ..]` with two or more non-null members becomes `oneOf: [A, B, ..]`.
fn any_of_to_one_of(obj: &mut Map<String, Value>) {
    let Some(Value::Array(members)) = obj.get("anyOf") else {
        return;
    };
    let non_null = members.iter().filter(|m| !is_null_schema(m)).count();
    if non_null < 2 {
        return;
    }
    let Some(Value::Array(mut members)) = obj.remove("anyOf") else {
        return;
    };
    if members.len() > 2 {
        members.retain(|m| !is_open_catch_all(m));
    }
    obj.insert("oneOf".into(), Value::Array(members));
}

/// Gives each untitled object member of a union without a discriminator the title
/// `<field>` after a field only that member requires (`ResourceContent`'s `text` and `blob`).
fn name_untitled_members(obj: &mut Map<String, Value>) {
    let Some(Value::Array(members)) = obj.get("oneOf") else {
        return;
    };
    if !members.iter().all(is_plain_object) || members_have_string_discriminator(&obj["oneOf"]) {
        return;
    }
    let required_of = |m: &Value| -> Vec<String> {
        m.get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let all_required: Vec<Vec<String>> = members.iter().map(required_of).collect();
    let titles: Vec<Option<String>> = all_required
        .iter()
        .enumerate()
        .map(|(i, mine)| {
            mine.iter()
                .find(|field| {
                    all_required
                        .iter()
                        .enumerate()
                        .all(|(j, other)| i == j || !other.contains(field))
                })
                .map(|field| pascal_case(field))
        })
        .collect();
    let Some(Value::Array(members)) = obj.get_mut("oneOf") else {
        return;
    };
    for (member, title) in members.iter_mut().zip(titles) {
        let Value::Object(m) = member else { continue };
        let has_usable_title = m
            .get("title")
            .and_then(Value::as_str)
            .is_some_and(is_rust_identifier);
        if let (false, Some(title)) = (has_usable_title, title) {
            m.insert("title".into(), Value::String(title));
        }
    }
}

fn is_null_schema(member: &Value) -> bool {
    member.get("type").and_then(Value::as_str) == Some("null")
}

/// `{"type": [.., "string", .., "object", ..]}` with nothing else: a member that accepts anything
/// the known members do not (an untagged serde catch-all on the server).
fn is_open_catch_all(member: &Value) -> bool {
    let Some(obj) = member.as_object() else {
        return false;
    };
    let types = obj.get("type").and_then(Value::as_array);
    obj.len() == 1 && types.is_some_and(|t| t.len() > 1 && t.contains(&Value::from("object")))
}

fn is_rust_identifier(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !s.is_empty()
}

fn is_plain_object(member: &Value) -> bool {
    member.get("type").and_then(Value::as_str) == Some("object") && member.get("$ref").is_none()
}

/// Whether every member has a property whose schema is a one-value string enum, with the same
/// property name in all members (a discriminated union such as `type` or `method`).
fn members_have_string_discriminator(members: &Value) -> bool {
    let Some(members) = members.as_array() else {
        return false;
    };
    let Some(first) = members.first() else {
        return false;
    };
    let candidates = one_value_string_properties(first);
    candidates.iter().any(|name| {
        members
            .iter()
            .all(|m| one_value_string_properties(m).contains(name))
    })
}

/// Names of the properties of `member` whose schema is `{type: string, enum: [one value]}`.
pub(crate) fn one_value_string_properties(member: &Value) -> Vec<String> {
    let Some(props) = member.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    props
        .iter()
        .filter(|(_, s)| {
            s.get("type").and_then(Value::as_str) == Some("string")
                && s.get("enum")
                    .and_then(Value::as_array)
                    .is_some_and(|e| e.len() == 1)
        })
        .map(|(name, _)| name.clone())
        .collect()
}

fn into_object(value: Value) -> Option<Map<String, Value>> {
    match value {
        Value::Object(obj) => Some(obj),
        _ => None,
    }
}

fn into_array(value: Value) -> Option<Vec<Value>> {
    match value {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn normalized(name: &str, mut schema: Value) -> Value {
        normalize(name, &mut schema);
        schema
    }

    #[test]
    fn a_bare_object_message_becomes_a_closed_empty_struct() {
        let out = normalized("FooParams", json!({"type": "object", "title": "FooParams"}));
        assert_eq!(out["properties"], json!({}));
        assert_eq!(out["additionalProperties"], json!(false));
        let other = normalized("Metadata", json!({"type": "object"}));
        assert!(
            other.get("properties").is_none(),
            "only message payloads: {other}"
        );
    }

    #[test]
    fn a_unions_own_properties_join_each_tagged_member() {
        let out = normalized(
            "Item",
            json!({
                "properties": {"startedAtMs": {"type": "integer"}},
                "required": ["startedAtMs"],
                "oneOf": [
                    {"type": "object", "properties": {"type": {"type": "string", "enum": ["a"]}}, "required": ["type"]},
                    {"type": "object", "properties": {"type": {"type": "string", "enum": ["b"]}}, "required": ["type"]}
                ]
            }),
        );
        assert!(out.get("properties").is_none(), "{out}");
        for member in out["oneOf"].as_array().expect("members") {
            assert!(
                member["properties"].get("startedAtMs").is_some(),
                "{member}"
            );
            assert!(
                member["required"]
                    .as_array()
                    .expect("required")
                    .contains(&json!("startedAtMs"))
            );
        }
    }

    #[test]
    fn fields_plus_one_of_several_field_groups_become_optional_fields() {
        let out = normalized(
            "Image",
            json!({
                "type": "object",
                "properties": {"id": {"type": "string"}},
                "anyOf": [
                    {"type": "object", "properties": {"fileId": {"type": "string"}}, "required": ["fileId"]},
                    {"type": "object", "properties": {"result": {"type": "string"}}, "required": ["result"]}
                ]
            }),
        );
        assert!(
            out.get("anyOf").is_none() && out.get("oneOf").is_none(),
            "{out}"
        );
        let doc = out["properties"]["fileId"]["description"]
            .as_str()
            .expect("a doc");
        assert!(doc.contains("One of `fileId`, `result` is set."), "{doc}");
        assert!(out["properties"].get("result").is_some());
    }

    #[test]
    fn any_of_with_several_shapes_becomes_one_of_without_the_open_catch_all() {
        let out = normalized(
            "Value",
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": ["string", "object"]}]}),
        );
        assert_eq!(
            out["oneOf"],
            json!([{"type": "string"}, {"type": "integer"}])
        );
        let nullable = normalized(
            "Opt",
            json!({"anyOf": [{"type": "string"}, {"type": "null"}]}),
        );
        assert!(
            nullable.get("anyOf").is_some(),
            "a nullable stays anyOf: {nullable}"
        );
    }

    #[test]
    fn untitled_members_are_named_after_the_field_only_they_require() {
        let out = normalized(
            "ResourceContent",
            json!({"oneOf": [
                {"type": "object", "properties": {"uri": {"type": "string"}, "text": {"type": "string"}}, "required": ["uri", "text"]},
                {"type": "object", "properties": {"uri": {"type": "string"}, "blob": {"type": "string"}}, "required": ["uri", "blob"]}
            ]}),
        );
        assert_eq!(out["oneOf"][0]["title"], "Text");
        assert_eq!(out["oneOf"][1]["title"], "Blob");
    }

    #[test]
    fn credential_strings_become_secrets_and_other_fields_do_not() {
        let out = normalized(
            "LoginParams",
            json!({"type": "object", "properties": {
                "apiKey": {"type": "string", "description": "the key"},
                "sessionToken": {"type": ["string", "null"]},
                "refreshToken": {"type": ["boolean", "null"]},
                "tokenBudget": {"type": "integer"},
                "name": {"type": "string"}
            }}),
        );
        let secret = json!({"$ref": "#/definitions/SecretString", "description": "the key"});
        assert_eq!(out["properties"]["apiKey"], secret);
        assert_eq!(
            out["properties"]["sessionToken"],
            json!({"anyOf": [{"$ref": "#/definitions/SecretString"}, {"type": "null"}]})
        );
        assert_eq!(
            out["properties"]["refreshToken"],
            json!({"type": ["boolean", "null"]}),
            "a flag, not a token"
        );
        assert_eq!(out["properties"]["tokenBudget"], json!({"type": "integer"}));
        assert_eq!(out["properties"]["name"], json!({"type": "string"}));
    }

    #[test]
    fn secret_lists_and_maps_and_environment_values_become_secrets() {
        let secret = json!({"$ref": "#/definitions/SecretString"});
        let nullable = json!({"anyOf": [{"$ref": "#/definitions/SecretString"}, {"type": "null"}]});
        let out = normalized(
            "SpawnParams",
            json!({"type": "object", "properties": {
                "env": {"type": ["object", "null"], "additionalProperties": {"type": ["string", "null"]}},
                "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                "environment": {"type": ["string", "null"]},
                "answers": {"type": "array", "items": {"type": "string"}},
                "pairingCode": {"type": "string"},
                "manualCode": {"type": "boolean"},
                "command": {"type": "array", "items": {"type": "string"}}
            }}),
        );
        let props = &out["properties"];
        assert_eq!(props["env"]["additionalProperties"], nullable);
        assert_eq!(props["headers"]["additionalProperties"], secret);
        assert_eq!(
            props["environment"],
            json!({"type": ["string", "null"]}),
            "a string named environment names one: only maps hold variables"
        );
        assert_eq!(props["answers"]["items"], secret);
        assert_eq!(props["pairingCode"], secret);
        assert_eq!(props["manualCode"], json!({"type": "boolean"}));
        assert_eq!(props["command"]["items"], json!({"type": "string"}));
        // Answers that are objects (a map of question ids to answers) are left to their type.
        let out = normalized(
            "InputResponse",
            json!({"type": "object", "properties": {
                "answers": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Answer"}}
            }}),
        );
        assert_eq!(
            out["properties"]["answers"]["additionalProperties"],
            json!({"$ref": "#/definitions/Answer"})
        );
    }
}
