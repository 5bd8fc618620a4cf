//! Reads the method tables (who calls what, with which params and response) out of the schema.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::codegen::input::{Bundle, SchemaInput};
use crate::codegen::naming::{pascal_case, snake_case};

/// Which side sends a method, and whether it expects an answer.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Direction {
    /// Client -> server, answered by the server.
    ClientRequest,
    /// Client -> server, not answered.
    ClientNotification,
    /// Server -> client, not answered.
    ServerNotification,
    /// Server -> client, answered by the client.
    ServerRequest,
}

impl Direction {
    /// Every direction, in the order of the generated code.
    pub(crate) const ALL: [Direction; 4] = [
        Direction::ClientRequest,
        Direction::ClientNotification,
        Direction::ServerNotification,
        Direction::ServerRequest,
    ];

    /// The schema definition that lists this direction's methods.
    pub(crate) fn root_definition(self) -> &'static str {
        match self {
            Direction::ClientRequest => "ClientRequest",
            Direction::ClientNotification => "ClientNotification",
            Direction::ServerNotification => "ServerNotification",
            Direction::ServerRequest => "ServerRequest",
        }
    }

    /// Whether the receiver answers with a response.
    pub(crate) fn has_response(self) -> bool {
        matches!(self, Direction::ClientRequest | Direction::ServerRequest)
    }
}

/// One method of the protocol.
pub(crate) struct Method {
    /// The wire name, e.g. `thread/start`.
    pub(crate) name: String,
    /// The marker type name, e.g. `ThreadStart`.
    pub(crate) marker: String,
    /// The params type, or `None` when the method takes no params.
    pub(crate) params: Option<String>,
    /// The response, for requests.
    pub(crate) response: Option<Response>,
    /// Only in the `--experimental` schema.
    pub(crate) experimental: bool,
    /// The schema's description of the method.
    pub(crate) doc: Option<String>,
    /// Where the params carry the thread id, if they do.
    pub(crate) thread_id: Option<FieldPath>,
    /// Where the params carry the turn id, if they do.
    pub(crate) turn_id: Option<FieldPath>,
}

/// What a request is answered with.
pub(crate) enum Response {
    /// A type of the schema.
    Typed(String),
    /// Raw JSON: the schema defines no response for the method (0.171.0's
    /// `modelProvider/default/set`, say), so the answer is kept as it comes.
    Untyped,
}

/// A string field reachable from the params, e.g. `turn.id`.
pub(crate) struct FieldPath {
    /// Rust field names from the params down to the string.
    pub(crate) fields: Vec<String>,
    /// Whether the last field is an `Option<String>`.
    pub(crate) optional: bool,
}

/// Every method of every direction, in schema order.
pub(crate) struct MethodTables {
    /// Methods by direction.
    pub(crate) by_direction: BTreeMap<Direction, Vec<Method>>,
}

impl MethodTables {
    /// The methods of one direction.
    pub(crate) fn methods(&self, direction: Direction) -> &[Method] {
        self.by_direction
            .get(&direction)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

/// Builds the tables from the experimental bundle, marking what the stable bundle lacks.
///
/// # Errors
/// A request whose response type neither `FooParams -> FooResponse` nor
/// `schema/response-types.json` names is answered with raw JSON ([`Response::Untyped`]).
///
/// # Errors
/// When `schema/response-types.json` names a type the schema lacks (a stale rename).
pub(crate) fn read(input: &SchemaInput) -> Result<MethodTables> {
    let mut by_direction = BTreeMap::new();
    for direction in Direction::ALL {
        let stable = method_names(&input.stable, direction)?;
        let mut methods = Vec::new();
        for member in members(&input.experimental, direction)? {
            let name = wire_name(member)?;
            let params = member
                .pointer("/properties/params/$ref")
                .and_then(Value::as_str)
                .map(|r| r.trim_start_matches("#/definitions/").to_owned());
            let response = if direction.has_response() {
                Some(response_type(input, &name, params.as_deref())?)
            } else {
                None
            };
            let defs = &input.experimental.definitions;
            let params_def = params.as_deref().and_then(|p| defs.get(p));
            let thread_id = params_def.and_then(|d| string_field(d, "threadId"));
            let turn_id = params_def
                .and_then(|d| string_field(d, "turnId").or_else(|| nested_turn_id(d, defs)));
            methods.push(Method {
                thread_id,
                turn_id,
                marker: pascal_case(&name),
                experimental: !stable.contains(&name),
                doc: member
                    .get("description")
                    .and_then(Value::as_str)
                    .and_then(crate::codegen::docs::strip_banner),
                name,
                params,
                response,
            });
        }
        by_direction.insert(direction, methods);
    }
    Ok(MethodTables { by_direction })
}

/// The access path of the string property `name` of an object schema, if it has one.
///
/// Unions (`oneOf`/`anyOf`) become enums, not structs, so they have no field to read.
fn string_field(object: &Value, name: &str) -> Option<FieldPath> {
    if object.get("oneOf").is_some() || object.get("anyOf").is_some() {
        return None;
    }
    let schema = object.get("properties")?.get(name)?;
    let required = object
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|n| n == name));
    let optional = match schema.get("type")? {
        Value::String(t) if t == "string" => !required,
        Value::Array(types) if types.contains(&Value::from("string")) && types.len() == 2 => true,
        _ => return None,
    };
    Some(FieldPath {
        fields: vec![snake_case(name)],
        optional,
    })
}

/// `turn.id` for params that carry a whole required `turn` object (`turn/started`).
fn nested_turn_id(object: &Value, defs: &BTreeMap<String, Value>) -> Option<FieldPath> {
    let required = object
        .get("required")?
        .as_array()?
        .iter()
        .any(|n| n == "turn");
    let target = object.pointer("/properties/turn/$ref")?.as_str()?;
    let turn = defs.get(target.trim_start_matches("#/definitions/"))?;
    let id = string_field(turn, "id")?;
    (required && !id.optional).then(|| FieldPath {
        fields: vec!["turn".to_owned(), "id".to_owned()],
        optional: false,
    })
}

fn members(bundle: &Bundle, direction: Direction) -> Result<&Vec<Value>> {
    let root = direction.root_definition();
    bundle
        .definitions
        .get(root)
        .and_then(|d| d.get("oneOf"))
        .and_then(Value::as_array)
        .with_context(|| format!("definition {root} has no oneOf list of methods"))
}

fn method_names(bundle: &Bundle, direction: Direction) -> Result<Vec<String>> {
    members(bundle, direction)?.iter().map(wire_name).collect()
}

fn wire_name(member: &Value) -> Result<String> {
    member
        .pointer("/properties/method/enum/0")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .with_context(|| format!("a method entry has no `method` enum: {member}"))
}

fn response_type(input: &SchemaInput, method: &str, params: Option<&str>) -> Result<Response> {
    let defs = &input.experimental.definitions;
    if let Some(name) = input.response_types.get(method) {
        if !defs.contains_key(name) {
            bail!("schema/response-types.json maps {method} to {name}, which the schema lacks");
        }
        return Ok(Response::Typed(name.clone()));
    }
    let by_convention = params
        .and_then(|p| p.strip_suffix("Params"))
        .map(|b| format!("{b}Response"));
    Ok(match by_convention {
        Some(name) if defs.contains_key(&name) => Response::Typed(name),
        _ => Response::Untyped,
    })
}
