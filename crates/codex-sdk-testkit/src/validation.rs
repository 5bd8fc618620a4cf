//! What the real Responses API refuses, checked on each request the app-server sends the
//! scripted provider: strict JSON schemas (structured output and strict tools) and the shapes
//! of the input items the SDK builds. A refusal is answered as the real API answers it, with
//! HTTP 400 and an `error` object, so a test that sends what the real API refuses fails.
//!
//! The rules are OpenAI's published rules for Structured Outputs in strict mode, written
//! independently of the SDK's own rewrite: a fake that shared its code would share its bugs.

use serde_json::Value;

/// Why the real API would refuse a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The request member at fault, e.g. `text.format.schema`.
    pub param: String,
    /// The error code (`invalid_json_schema`, `invalid_value`).
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
}

/// Keywords a strict schema may use, grouped as the published rules list them: the ones that
/// shape the schema, then the constraints of strings, numbers and arrays.
const STRICT_KEYWORDS: [&[&str]; 4] = [
    // What a value is, what it may be, how an object or array is made, and references.
    &[
        "type",
        "description",
        "title",
        "enum",
        "const",
        "anyOf",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "$defs",
        "definitions",
        "$ref",
    ],
    &["pattern", "format"],
    &[
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
    ],
    &["minItems", "maxItems"],
];

/// String formats a strict schema may name.
const STRICT_FORMATS: &[&str] = &[
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

/// Checks one `/v1/responses` body.
///
/// # Errors
/// The [`Refusal`] the real API would answer with.
pub fn validate_request(body: &Value) -> Result<(), Refusal> {
    let format = &body["text"]["format"];
    if format["type"] == "json_schema" && format["strict"] == true {
        let name = format["name"].as_str().unwrap_or_default();
        check_strict_schema(&format["schema"]).map_err(|(context, problem)| Refusal {
            param: "text.format.schema".to_owned(),
            code: "invalid_json_schema",
            message: format!(
                "Invalid schema for response_format '{name}': In context=({context}), {problem}"
            ),
        })?;
    }
    if let Some(tools) = body["tools"].as_array() {
        for (i, tool) in tools.iter().enumerate() {
            if tool["strict"] == true {
                let name = tool["name"].as_str().unwrap_or_default();
                check_strict_schema(&tool["parameters"]).map_err(|(context, problem)| Refusal {
                    param: format!("tools[{i}].parameters"),
                    code: "invalid_function_parameters",
                    message: format!(
                        "Invalid schema for function '{name}': In context=({context}), {problem}"
                    ),
                })?;
            }
        }
    }
    if let Some(items) = body["input"].as_array() {
        for (i, item) in items.iter().enumerate() {
            check_input_item(item).map_err(|problem| Refusal {
                param: format!("input[{i}]"),
                code: "invalid_value",
                message: problem,
            })?;
        }
    }
    Ok(())
}

/// The strict-mode rules, as `(context, problem)` for the first broken one.
fn check_strict_schema(schema: &Value) -> Result<(), (String, String)> {
    if schema["type"] != "object" || schema.get("anyOf").is_some() {
        return Err((
            String::new(),
            "schema must be a JSON Schema of 'type: \"object\"', got something else".to_owned(),
        ));
    }
    check_node(schema, &mut Vec::new())
}

fn check_node(node: &Value, context: &mut Vec<String>) -> Result<(), (String, String)> {
    let here = |context: &Vec<String>| {
        context
            .iter()
            .map(|c| format!("'{c}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(obj) = node.as_object() else {
        return Err((here(context), "a schema must be an object".to_owned()));
    };
    for key in obj.keys() {
        if !STRICT_KEYWORDS
            .iter()
            .any(|group| group.contains(&key.as_str()))
        {
            return Err((here(context), format!("'{key}' is not permitted.")));
        }
    }
    if let Some(format) = obj.get("format").and_then(Value::as_str)
        && !STRICT_FORMATS.contains(&format)
    {
        return Err((here(context), format!("'{format}' is not a valid format.")));
    }
    if obj.contains_key("$ref") && obj.keys().any(|k| k != "$ref" && k != "description") {
        return Err((
            here(context),
            "'$ref' cannot have keywords beside it.".to_owned(),
        ));
    }
    let is_object = match obj.get("type") {
        Some(Value::String(t)) => t == "object",
        Some(Value::Array(types)) => types.iter().any(|t| t == "object"),
        _ => false,
    };
    if is_object {
        if obj.get("additionalProperties") != Some(&Value::Bool(false)) {
            return Err((
                here(context),
                "'additionalProperties' is required to be supplied and to be false.".to_owned(),
            ));
        }
        let properties = obj.get("properties").and_then(Value::as_object);
        let required: Vec<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(missing) = properties
            .into_iter()
            .flat_map(|p| p.keys())
            .find(|key| !required.contains(&key.as_str()))
        {
            return Err((
                here(context),
                format!(
                    "'required' is required to be supplied and to be an array including every key in properties. Missing '{missing}'."
                ),
            ));
        }
    }
    if let Some(properties) = obj.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            context.extend(["properties".to_owned(), name.clone()]);
            check_node(property, context)?;
            context.truncate(context.len() - 2);
        }
    }
    if let Some(items) = obj.get("items") {
        context.push("items".to_owned());
        check_node(items, context)?;
        context.pop();
    }
    if let Some(members) = obj.get("anyOf").and_then(Value::as_array) {
        for (i, member) in members.iter().enumerate() {
            context.extend(["anyOf".to_owned(), i.to_string()]);
            check_node(member, context)?;
            context.truncate(context.len() - 2);
        }
    }
    for defs in ["$defs", "definitions"] {
        if let Some(definitions) = obj.get(defs).and_then(Value::as_object) {
            for (name, definition) in definitions {
                context.extend([defs.to_owned(), name.clone()]);
                check_node(definition, context)?;
                context.truncate(context.len() - 2);
            }
        }
    }
    Ok(())
}

/// The shapes of input items the SDK makes: user messages of text and images, tool outputs.
fn check_input_item(item: &Value) -> Result<(), String> {
    let kind = item["type"].as_str().unwrap_or("message");
    match kind {
        "message" => {
            let Some(content) = item["content"].as_array() else {
                return match item["content"].as_str() {
                    Some(_) => Ok(()),
                    None => Err("a message needs 'content': a string or an array".to_owned()),
                };
            };
            for part in content {
                match part["type"].as_str() {
                    Some("input_text" | "output_text") if part["text"].is_string() => {}
                    Some("input_image") => {
                        let url = part["image_url"].as_str().unwrap_or_default();
                        let ok = url.starts_with("data:image/")
                            || url.starts_with("https://")
                            || url.starts_with("http://")
                            || part["file_id"].is_string();
                        if !ok {
                            return Err(format!(
                                "Invalid 'input_image': expected an image URL or a base64 data URL, got {}",
                                part["image_url"]
                            ));
                        }
                    }
                    Some("input_file" | "refusal" | "summary_text" | "reasoning_text") => {}
                    other => {
                        return Err(format!("Invalid content part type: {other:?}"));
                    }
                }
            }
            Ok(())
        }
        "function_call_output" | "custom_tool_call_output" => {
            // An external message (the SDK's `ExternalMessage`) reaches the model as codex's
            // own call-less output, named by its tool: taken as codex sends it.
            let external = item["name"].is_string() && item.get("call_id").is_none();
            if !external && !item["call_id"].is_string() {
                return Err(format!("'{kind}' needs a 'call_id'"));
            }
            match &item["output"] {
                Value::String(_) | Value::Array(_) => Ok(()),
                other => Err(format!(
                    "'{kind}.output' must be a string or an array, got {other}"
                )),
            }
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn with_schema(schema: Value) -> Value {
        json!({"text": {"format": {"type": "json_schema", "name": "s", "strict": true, "schema": schema}}})
    }

    #[test]
    fn the_review_schema_schemars_makes_is_refused_as_the_real_api_refuses_it() {
        let review = json!({"type": "object", "properties": {
            "verdict": {"type": "string"}, "score": {"type": "integer", "format": "uint8"},
            "note": {"type": ["string", "null"]}}, "required": ["verdict", "score"]});
        let refusal = validate_request(&with_schema(review)).expect_err("refused");
        assert_eq!(refusal.param, "text.format.schema");
        assert!(
            refusal.message.contains("additionalProperties"),
            "{}",
            refusal.message
        );
    }

    #[test]
    fn a_strict_schema_passes_and_each_rule_bites() {
        let good = json!({"type": "object", "additionalProperties": false,
            "properties": {"a": {"type": ["string", "null"]}, "b": {"$ref": "#/$defs/B"}},
            "required": ["a", "b"],
            "$defs": {"B": {"type": "object", "properties": {}, "required": [], "additionalProperties": false}}});
        assert_eq!(validate_request(&with_schema(good.clone())), Ok(()));
        let mut missing = good.clone();
        missing["required"] = json!(["a"]);
        assert!(
            validate_request(&with_schema(missing))
                .expect_err("b")
                .message
                .contains("Missing 'b'")
        );
        let mut format = good.clone();
        format["properties"]["a"]["format"] = json!("uint8");
        assert!(validate_request(&with_schema(format)).is_err());
        let mut one_of = good.clone();
        one_of["properties"]["a"] = json!({"oneOf": [{"type": "string"}]});
        assert!(validate_request(&with_schema(one_of)).is_err());
        let mut nested = good;
        nested["$defs"]["B"]["additionalProperties"] = json!(true);
        assert!(validate_request(&with_schema(nested)).is_err());
        assert!(validate_request(&with_schema(json!({"type": "string"}))).is_err());
    }

    #[test]
    fn input_shapes_are_checked() {
        let image = json!({"input": [{"type": "message", "role": "user", "content": [
            {"type": "input_image", "image_url": "/tmp/not-a-url.png"}]}]});
        assert!(validate_request(&image).is_err());
        let fine = json!({"input": [{"type": "message", "role": "user", "content": [
            {"type": "input_text", "text": "hi"},
            {"type": "input_image", "image_url": "data:image/png;base64,AAAA"}]},
            {"type": "function_call_output", "call_id": "c", "output": "ok"}]});
        assert_eq!(validate_request(&fine), Ok(()));
    }
}
