//! Dynamic tools: Rust async functions the model can call, registered on a thread.
//!
//! The server sends `item/tool/call` when the model calls one; the SDK runs the function and
//! answers with its output (or its error, with `success: false`). Registering tools on
//! `thread/start` is part of the experimental API: build the [`Codex`](crate::Codex) with
//! `experimental_api(true)`.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use codex_protocol::{
    DynamicToolCallOutputContentItem, DynamicToolCallParams, DynamicToolCallResponse,
    DynamicToolSpec,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

type ToolFuture = Pin<Box<dyn Future<Output = Result<String, String>> + Send>>;
type ToolFn = Arc<dyn Fn(Value) -> ToolFuture + Send + Sync>;

/// A tool the model can call: a name, a description, the JSON schema of its arguments, and
/// the async function that runs it.
#[derive(Clone)]
pub struct Tool {
    name: String,
    description: String,
    schema: Value,
    run: ToolFn,
}

impl std::fmt::Debug for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tool")
            .field("name", &self.name)
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl Tool {
    /// A tool whose arguments are an `A`, described to the model by `A`'s JSON schema.
    /// `run` returns the text the model sees, or an error message (also shown to the model,
    /// as a failed call). Arguments that do not parse as `A` fail the call the same way.
    ///
    /// ```
    /// use codex_sdk::Tool;
    ///
    /// #[derive(serde::Deserialize, schemars::JsonSchema)]
    /// struct Weather { city: String }
    ///
    /// let tool = Tool::new("weather", "Today's weather in a city", |args: Weather| async move {
    ///     Ok::<_, String>(format!("Sunny in {}", args.city))
    /// });
    /// ```
    pub fn new<A, F, Fut, E>(
        name: impl Into<String>,
        description: impl Into<String>,
        run: F,
    ) -> Tool
    where
        A: DeserializeOwned + schemars::JsonSchema + Send + 'static,
        F: Fn(A) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<String, E>> + Send + 'static,
        E: std::fmt::Display,
    {
        let name = name.into();
        let tool_name = name.clone();
        let run = Arc::new(run);
        let erased: ToolFn = Arc::new(move |arguments: Value| {
            let run = Arc::clone(&run);
            let tool_name = tool_name.clone();
            Box::pin(async move {
                let args: A = serde_json::from_value(arguments).map_err(|err| {
                    format!("the arguments of `{tool_name}` do not fit its schema: {err}")
                })?;
                run(args).await.map_err(|err| err.to_string())
            })
        });
        Tool {
            name,
            description: description.into(),
            schema: schema_of::<A>(),
            run: erased,
        }
    }

    /// The tool's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The JSON schema of the tool's arguments.
    pub fn schema(&self) -> &Value {
        &self.schema
    }

    pub(crate) fn spec(&self) -> DynamicToolSpec {
        DynamicToolSpec::Function {
            defer_loading: None,
            description: self.description.clone(),
            input_schema: self.schema.clone(),
            name: self.name.clone(),
        }
    }
}

/// `T`'s JSON schema as the model is given it (tool arguments, output schemas): without the
/// `$schema` and `title` metadata, since the model needs the shape only.
pub(crate) fn schema_of<T: schemars::JsonSchema>() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    if let Value::Object(map) = &mut schema {
        map.remove("$schema");
        map.remove("title");
    }
    schema
}

/// The message a panic was started with, when it is a string.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// The tools of every thread of one connection.
#[derive(Default)]
pub(crate) struct ToolRegistry {
    by_thread: Mutex<HashMap<String, HashMap<String, Tool>>>,
}

impl ToolRegistry {
    pub(crate) fn register(&self, thread_id: &str, tools: &[Tool]) {
        let mut by_thread = self
            .by_thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = by_thread.entry(thread_id.to_owned()).or_default();
        for tool in tools {
            entry.insert(tool.name.clone(), tool.clone());
        }
    }

    fn find(&self, thread_id: &str, name: &str) -> Option<Tool> {
        let by_thread = self
            .by_thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        by_thread
            .get(thread_id)
            .and_then(|tools| tools.get(name))
            .cloned()
    }

    /// Runs the tool a call names and makes the answer; an unknown tool, and a tool that
    /// panics, make a failed call (the model is told, and the turn goes on).
    pub(crate) async fn call(&self, params: DynamicToolCallParams) -> DynamicToolCallResponse {
        let outcome = match self.find(&params.thread_id, &params.tool) {
            Some(tool) => {
                let name = params.tool.clone();
                let run =
                    std::panic::AssertUnwindSafe(async move { (tool.run)(params.arguments).await });
                match futures_util::FutureExt::catch_unwind(run).await {
                    Ok(outcome) => outcome,
                    Err(panic) => {
                        let message = panic_message(panic.as_ref());
                        tracing::error!(tool = %name, "a tool panicked: {message}");
                        Err(format!("the tool `{name}` failed: it panicked ({message})"))
                    }
                }
            }
            None => Err(format!(
                "no tool named `{}` is registered on this thread",
                params.tool
            )),
        };
        let (text, success) = match outcome {
            Ok(text) => (text, true),
            Err(text) => (text, false),
        };
        DynamicToolCallResponse::new(
            vec![DynamicToolCallOutputContentItem::InputText { text }],
            success,
        )
    }
}
