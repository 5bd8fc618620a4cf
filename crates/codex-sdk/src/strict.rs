//! Output schemas in the form OpenAI's Structured Outputs accept in strict mode (codex sends a
//! turn's `outputSchema` with `strict: true`): every property required (an `Option` is nullable
//! already), `additionalProperties: false` on every object, only the keywords strict mode
//! supports, `$ref`s kept valid. What strict mode cannot express is refused here, before
//! anything is sent, with the path of the field and what to use instead.

use serde_json::{Map, Value};

/// Why a type's schema cannot be used in strict mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnsupportedSchema {
    /// Where in the schema, as a JSON pointer (`/properties/tags`, `/$defs/Inner/...`).
    pub(crate) path: String,
    /// What strict mode cannot express there, and what to use instead.
    pub(crate) reason: String,
}

/// Keywords strict mode accepts and this rewrite keeps; every other one is dropped (they are
/// annotations or constraints the model cannot be held to, such as `default` or
/// `format: uint8`).
const KEPT: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "$ref",
    "$defs",
    "definitions",
    "description",
    "pattern",
    "multipleOf",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
];

/// The string formats strict mode supports.
const FORMATS: &[&str] = &[
    "date-time",
    "time",
    "date",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "uuid",
];

/// Rewrites `schema` (an object schema, as schemars makes for a struct) into strict form.
///
/// # Errors
/// [`UnsupportedSchema`] for what strict mode cannot express: a root that is not an object, a
/// map (`HashMap`), a tuple, an open object, `allOf`, or "any value".
pub(crate) fn strict_schema(mut schema: Value) -> Result<Value, UnsupportedSchema> {
    let root_is_object = schema.get("type").and_then(Value::as_str) == Some("object");
    if !root_is_object {
        return Err(unsupported(
            "",
            "the root of an output schema must be a struct (a JSON object): wrap enums, lists and \
             plain values in a struct with one field",
        ));
    }
    rewrite(&mut schema, "")?;
    Ok(schema)
}

fn unsupported(path: &str, reason: &str) -> UnsupportedSchema {
    UnsupportedSchema {
        path: if path.is_empty() {
            "/".to_owned()
        } else {
            path.to_owned()
        },
        reason: reason.to_owned(),
    }
}

fn rewrite(node: &mut Value, path: &str) -> Result<(), UnsupportedSchema> {
    let obj = match node {
        Value::Object(obj) => obj,
        Value::Bool(true) => {
            return Err(unsupported(
                path,
                "any JSON value (`serde_json::Value`) has no schema strict mode accepts: use a \
                 concrete type",
            ));
        }
        _ => return Ok(()),
    };
    if obj.contains_key("prefixItems") {
        return Err(unsupported(
            path,
            "tuples are not supported in strict mode: use a struct",
        ));
    }
    if let Some(all_of) = obj.remove("allOf") {
        match all_of {
            Value::Array(mut parts) if parts.len() == 1 => {
                if let Some(Value::Object(part)) = parts.pop() {
                    for (key, value) in part {
                        obj.entry(key).or_insert(value);
                    }
                }
            }
            _ => {
                return Err(unsupported(
                    path,
                    "`allOf` (a flattened enum or map) is not supported in strict mode: make it a \
                     named field instead of `#[serde(flatten)]`",
                ));
            }
        }
    }
    if let Some(one_of) = obj.remove("oneOf") {
        // Strict mode knows `anyOf` only; for the schemas serde types make, the members never
        // overlap, so the meaning is the same.
        obj.insert("anyOf".to_owned(), one_of);
    }
    if obj.contains_key("$ref") {
        // A `$ref` stands alone in strict mode.
        obj.retain(|key, _| key == "$ref");
        return Ok(());
    }
    if let Some(Value::String(format)) = obj.get("format")
        && FORMATS.contains(&format.as_str())
    {
        // Kept below.
    } else {
        obj.remove("format");
    }
    obj.retain(|key, _| KEPT.contains(&key.as_str()) || key == "format");
    if let Some(Value::Object(properties)) = obj.get_mut("properties") {
        for (name, property) in properties.iter_mut() {
            rewrite(property, &format!("{path}/properties/{name}"))?;
        }
    }
    if let Some(items) = obj.get_mut("items") {
        rewrite(items, &format!("{path}/items"))?;
    }
    if let Some(Value::Array(members)) = obj.get_mut("anyOf") {
        for (i, member) in members.iter_mut().enumerate() {
            rewrite(member, &format!("{path}/anyOf/{i}"))?;
        }
    }
    for defs in ["$defs", "definitions"] {
        if let Some(Value::Object(definitions)) = obj.get_mut(defs) {
            for (name, definition) in definitions.iter_mut() {
                rewrite(definition, &format!("{path}/{defs}/{name}"))?;
            }
        }
    }
    // Last, so that the properties made nullable here were checked as they were written.
    if is_object(obj) {
        close_object(obj, path)?;
    }
    Ok(())
}

fn is_object(obj: &Map<String, Value>) -> bool {
    match obj.get("type") {
        Some(Value::String(t)) => t == "object",
        Some(Value::Array(types)) => types.iter().any(|t| t == "object"),
        _ => obj.contains_key("properties"),
    }
}

/// Every property required, nothing else allowed.
fn close_object(obj: &mut Map<String, Value>, path: &str) -> Result<(), UnsupportedSchema> {
    let has_properties = obj
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty());
    match obj.get("additionalProperties") {
        None | Some(Value::Bool(false)) => {}
        Some(_) if !has_properties => {
            return Err(unsupported(
                path,
                "a map (`HashMap`, `BTreeMap`) has keys strict mode cannot name: use a struct, or \
                 a `Vec` of key-value structs",
            ));
        }
        Some(_) => {
            return Err(unsupported(
                path,
                "an object open to more fields (a flattened map) is not supported in strict \
                 mode: name every field",
            ));
        }
    }
    obj.insert("additionalProperties".to_owned(), Value::Bool(false));
    // Every property required. An `Option` field is already nullable in the schema, so the
    // model can still leave it out by writing `null`; a field with a serde default is not, so
    // the model must give it a value (a `null` would not parse back into it).
    // Sorted: the properties' own order depends on serde_json's `preserve_order` feature,
    // which a build may turn on or not, and the schema sent must be the same in every build
    // (a recorded cassette compares it).
    let mut names: Vec<String> = obj
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default();
    names.sort_unstable();
    let all: Vec<Value> = names.into_iter().map(Value::String).collect();
    obj.entry("properties")
        .or_insert_with(|| Value::Object(Map::new()));
    obj.insert("required".to_owned(), Value::Array(all));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_field_becomes_required_and_objects_close() {
        let schema = json!({
            "type": "object",
            "properties": {
                "verdict": {"type": "string"},
                "score": {"type": "integer", "format": "uint8", "minimum": 0, "maximum": 255},
                "note": {"type": ["string", "null"]},
                "when": {"type": "string", "format": "date-time", "default": "x"},
                "inner": {"$ref": "#/$defs/Inner", "description": "dropped beside a $ref"}
            },
            "required": ["verdict", "score"],
            "$defs": {"Inner": {"type": "object", "properties": {"x": {"type": "integer"}}, "oneOf": [{"type": "object"}]}}
        });
        let strict = strict_schema(schema).expect("strict");
        // Sorted, whatever order the properties come in (it depends on the build's features).
        assert_eq!(
            strict["required"],
            json!(["inner", "note", "score", "verdict", "when"])
        );
        assert_eq!(strict["additionalProperties"], json!(false));
        assert_eq!(
            strict["properties"]["score"],
            json!({"type": "integer", "minimum": 0, "maximum": 255})
        );
        assert_eq!(
            strict["properties"]["note"]["type"],
            json!(["string", "null"])
        );
        assert_eq!(
            strict["properties"]["when"],
            json!({"type": "string", "format": "date-time"}),
            "a field with a default is required, not nullable"
        );
        assert_eq!(
            strict["properties"]["inner"],
            json!({"$ref": "#/$defs/Inner"}),
            "a `$ref` stands alone"
        );
        let inner = &strict["$defs"]["Inner"];
        assert_eq!(inner["additionalProperties"], json!(false));
        assert!(inner.get("oneOf").is_none() && inner.get("anyOf").is_some());
    }

    #[test]
    fn maps_tuples_open_objects_and_non_object_roots_are_refused_with_their_path() {
        let map = json!({"type": "object", "properties": {"m": {"type": "object", "additionalProperties": {"type": "integer"}}}, "required": ["m"]});
        let err = strict_schema(map).expect_err("a map");
        assert_eq!(err.path, "/properties/m");
        assert!(err.reason.contains("HashMap"), "{}", err.reason);
        let tuple = json!({"type": "object", "properties": {"t": {"type": "array", "prefixItems": [{"type": "integer"}]}}});
        assert_eq!(
            strict_schema(tuple).expect_err("a tuple").path,
            "/properties/t"
        );
        let any = json!({"type": "object", "properties": {"v": true}});
        assert_eq!(
            strict_schema(any).expect_err("any value").path,
            "/properties/v"
        );
        let root = json!({"type": "string", "enum": ["a"]});
        assert_eq!(strict_schema(root).expect_err("an enum root").path, "/");
    }
}
