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

type ToolFuture = Pin<Box<dyn Future<Output = Result<ToolOutput, String>> + Send>>;
type ToolFn = Arc<dyn Fn(Value, ToolCall) -> ToolFuture + Send + Sync>;

/// Which call a tool is answering: the call, thread and turn it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ToolCall {
    /// The model's id of this call.
    pub call_id: String,
    /// The thread the call was made in.
    pub thread_id: String,
    /// The turn the call was made in.
    pub turn_id: String,
    /// The tool's name.
    pub tool: String,
    /// The tool's namespace, when it has one.
    pub namespace: Option<String>,
}

/// What a tool gives the model: text and images, in order.
#[derive(Debug, Clone, Default)]
pub struct ToolOutput {
    items: Vec<DynamicToolCallOutputContentItem>,
}

impl ToolOutput {
    /// An output of one text.
    pub fn text(text: impl Into<String>) -> Self {
        Self::default().and_text(text)
    }

    /// An output of one image, given by URL (`https://...` or a `data:image/png;base64,...`
    /// URL).
    pub fn image(url: impl Into<String>) -> Self {
        Self::default().and_image(url)
    }

    /// Adds a text after what the output holds.
    #[must_use]
    pub fn and_text(mut self, text: impl Into<String>) -> Self {
        self.items
            .push(DynamicToolCallOutputContentItem::InputText { text: text.into() });
        self
    }

    /// Adds an image after what the output holds.
    #[must_use]
    pub fn and_image(mut self, url: impl Into<String>) -> Self {
        self.items
            .push(DynamicToolCallOutputContentItem::InputImage {
                image_url: url.into(),
            });
        self
    }

    /// The content items, as the protocol sends them.
    pub fn items(&self) -> &[DynamicToolCallOutputContentItem] {
        &self.items
    }
}

impl From<String> for ToolOutput {
    fn from(text: String) -> Self {
        ToolOutput::text(text)
    }
}

impl From<&str> for ToolOutput {
    fn from(text: &str) -> Self {
        ToolOutput::text(text)
    }
}

/// What a tool function may return: an output (`String`, `&str`, [`ToolOutput`]) for a call
/// that succeeded, or a `Result` whose error message is shown to the model as a failed call.
pub trait IntoToolResult {
    /// The output, or the error message of a failed call.
    fn into_tool_result(self) -> Result<ToolOutput, String>;
}

impl IntoToolResult for String {
    fn into_tool_result(self) -> Result<ToolOutput, String> {
        Ok(self.into())
    }
}

impl IntoToolResult for &str {
    fn into_tool_result(self) -> Result<ToolOutput, String> {
        Ok(self.into())
    }
}

impl IntoToolResult for ToolOutput {
    fn into_tool_result(self) -> Result<ToolOutput, String> {
        Ok(self)
    }
}

impl<T: Into<ToolOutput>, E: std::fmt::Display> IntoToolResult for Result<T, E> {
    fn into_tool_result(self) -> Result<ToolOutput, String> {
        self.map(Into::into).map_err(|err| err.to_string())
    }
}

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
    /// `run` returns what the model sees: a `String` or a [`ToolOutput`] (text and images), or
    /// a `Result` whose error is shown to the model as a failed call. Arguments that do not
    /// parse as `A` fail the call the same way.
    ///
    /// ```
    /// use codex_sdk::Tool;
    ///
    /// #[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
    /// #[schemars(crate = "codex_sdk::schemars")]
    /// struct Weather { city: String }
    ///
    /// let tool = Tool::new("weather", "Today's weather in a city", |args: Weather| async move {
    ///     format!("Sunny in {}", args.city)
    /// });
    /// ```
    pub fn new<A, F, Fut>(name: impl Into<String>, description: impl Into<String>, run: F) -> Tool
    where
        A: DeserializeOwned + schemars::JsonSchema + Send + 'static,
        F: Fn(A) -> Fut + Send + Sync + 'static,
        Fut: Future<Output: IntoToolResult> + Send + 'static,
    {
        Tool::with_call(name, description, move |args: A, _call: ToolCall| run(args))
    }

    /// Like [`Tool::new`], and `run` also gets the [`ToolCall`]: the call's id, thread and
    /// turn.
    ///
    /// ```
    /// use codex_sdk::{Tool, ToolCall, ToolOutput};
    ///
    /// #[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
    /// #[schemars(crate = "codex_sdk::schemars")]
    /// struct Chart { series: Vec<f64> }
    ///
    /// let tool = Tool::with_call("chart", "Draws a chart", |args: Chart, call: ToolCall| async move {
    ///     ToolOutput::text(format!("{} points for turn {}", args.series.len(), call.turn_id))
    ///         .and_image("data:image/png;base64,iVBORw0KGgo=")
    /// });
    /// ```
    pub fn with_call<A, F, Fut>(
        name: impl Into<String>,
        description: impl Into<String>,
        run: F,
    ) -> Tool
    where
        A: DeserializeOwned + schemars::JsonSchema + Send + 'static,
        F: Fn(A, ToolCall) -> Fut + Send + Sync + 'static,
        Fut: Future<Output: IntoToolResult> + Send + 'static,
    {
        let name = name.into();
        let tool_name = name.clone();
        let run = Arc::new(run);
        let erased: ToolFn = Arc::new(move |arguments: Value, call: ToolCall| {
            let run = Arc::clone(&run);
            let tool_name = tool_name.clone();
            Box::pin(async move {
                let args: A = serde_json::from_value(arguments).map_err(|err| {
                    format!("the arguments of `{tool_name}` do not fit its schema: {err}")
                })?;
                run(args, call).await.into_tool_result()
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
    /// The map, even after a panic elsewhere poisoned the lock (no tool runs under it, so the
    /// map is never left half-changed).
    fn tools(&self) -> std::sync::MutexGuard<'_, HashMap<String, HashMap<String, Tool>>> {
        self.by_thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn register(&self, thread_id: &str, tools: &[Tool]) {
        let mut by_thread = self.tools();
        let entry = by_thread.entry(thread_id.to_owned()).or_default();
        for tool in tools {
            entry.insert(tool.name.clone(), tool.clone());
        }
    }

    /// The tools registered on `thread_id`.
    pub(crate) fn of(&self, thread_id: &str) -> Vec<Tool> {
        let by_thread = self.tools();
        by_thread
            .get(thread_id)
            .map(|tools| tools.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Forgets the tools of `thread_id` (archived: no turn will call them).
    pub(crate) fn forget(&self, thread_id: &str) {
        self.tools().remove(thread_id);
    }

    /// Forgets every tool (the client closed).
    pub(crate) fn clear(&self) {
        self.tools().clear();
    }

    fn find(&self, thread_id: &str, name: &str) -> Option<Tool> {
        let by_thread = self.tools();
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
                let call = ToolCall {
                    call_id: params.call_id,
                    thread_id: params.thread_id,
                    turn_id: params.turn_id,
                    tool: params.tool,
                    namespace: params.namespace,
                };
                let arguments = params.arguments;
                let run =
                    std::panic::AssertUnwindSafe(async move { (tool.run)(arguments, call).await });
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
        match outcome {
            Ok(output) => DynamicToolCallResponse::new(output.items, true),
            Err(message) => DynamicToolCallResponse::new(
                vec![DynamicToolCallOutputContentItem::InputText { text: message }],
                false,
            ),
        }
    }
}
