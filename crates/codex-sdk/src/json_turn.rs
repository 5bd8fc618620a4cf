//! A structured turn that streams: [`JsonTurn`] starts like any turn, its events stream like
//! any turn's, and it ends with the typed answer (`Thread::turn_json`; `run_json` is it run
//! to the end).

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::TurnOptions;
use crate::error::{Error, Result};
use crate::input::Input;
use crate::thread::Thread;
use crate::turn::{TurnHandle, TurnStream};
use crate::turn_result::TurnResult;

/// The output schema a structured turn of `T` sends: `T`'s JSON schema rewritten into the
/// form OpenAI's strict mode accepts (every field required, `Option` fields nullable, no
/// other fields allowed, only the keywords strict mode knows). For a turn of your own with
/// [`TurnOptions::output_schema`](crate::TurnOptions::output_schema); `run_json` and
/// `turn_json` send exactly this.
///
/// ```
/// #[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
/// #[schemars(crate = "codex_sdk::schemars")]
/// struct Verdict {
///     approve: bool,
///     reason: Option<String>,
/// }
///
/// let schema = codex_sdk::strict_output_schema::<Verdict>().unwrap();
/// assert_eq!(schema["additionalProperties"], false);
/// assert_eq!(schema["required"], serde_json::json!(["approve", "reason"]));
/// ```
///
/// # Errors
/// [`Error::UnsupportedSchema`], naming the field and what to use instead, when `T` cannot be
/// expressed in strict mode (a map, a tuple, `serde_json::Value`, a flattened enum, a root
/// that is not a struct).
pub fn strict_output_schema<T: schemars::JsonSchema>() -> Result<Value> {
    crate::strict::strict_schema(crate::tools::schema_of::<T>()).map_err(|err| {
        Error::UnsupportedSchema {
            type_name: std::any::type_name::<T>().to_owned(),
            path: err.path,
            reason: err.reason,
        }
    })
}

impl Thread {
    /// Starts a turn whose answer must be a `T`, as [`Thread::run_json`] runs it, and returns
    /// its handle: stream its events, then take the parsed answer.
    ///
    /// ```no_run
    /// # async fn demo(thread: codex_sdk::Thread) -> codex_sdk::Result<()> {
    /// use codex_sdk::{TextKind, TurnEvent};
    ///
    /// #[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
    /// #[schemars(crate = "codex_sdk::schemars")]
    /// struct Review {
    ///     verdict: String,
    ///     issues: Vec<String>,
    /// }
    ///
    /// let mut turn = thread.turn_json::<Review>("Review src/lib.rs").await?;
    /// let mut events = turn.stream();
    /// while let Some(event) = events.next_event().await {
    ///     if let TurnEvent::TextDelta { kind: TextKind::ReasoningSummary, delta, .. } = event? {
    ///         eprint!("{delta}");
    ///     }
    /// }
    /// let review: Review = events.answer().await?;
    /// println!("{}: {} issues", review.verdict, review.issues.len());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnsupportedSchema`] before anything is sent when `T` cannot be expressed in
    /// strict mode; as [`Thread::turn`] otherwise.
    pub async fn turn_json<T>(&self, input: impl Into<Input>) -> Result<JsonTurn<T>>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.turn_json_with(input, TurnOptions::new()).await
    }

    /// [`Thread::turn_json`] with other turn options too.
    ///
    /// # Errors
    /// As [`Thread::turn_json`].
    pub async fn turn_json_with<T>(
        &self,
        input: impl Into<Input>,
        options: TurnOptions,
    ) -> Result<JsonTurn<T>>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        let schema = strict_output_schema::<T>()?;
        let handle = self.turn_with(input, options.output_schema(schema)).await?;
        Ok(JsonTurn::new(handle))
    }
}

/// Parses a structured turn's final answer into `T`.
pub(crate) fn parse_answer<T: DeserializeOwned>(result: TurnResult) -> Result<T> {
    let raw = result.final_response.ok_or(Error::NoFinalResponse)?;
    serde_json::from_str(&raw).map_err(|source| Error::StructuredOutput {
        raw,
        source: source.into(),
    })
}

/// A running turn whose answer is a `T` ([`Thread::turn_json`](crate::Thread::turn_json)).
/// It is a [`TurnHandle`] (its id, `steer`, `interrupt` are there) whose
/// [`stream`](JsonTurn::stream) and [`run`](JsonTurn::run) end with the parsed `T`.
#[derive(Debug)]
pub struct JsonTurn<T> {
    handle: TurnHandle,
    answer: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> JsonTurn<T> {
    pub(crate) fn new(handle: TurnHandle) -> Self {
        JsonTurn {
            handle,
            answer: PhantomData,
        }
    }

    /// The turn's events (see [`TurnHandle::stream`]); read them, then take the answer with
    /// [`JsonTurnStream::answer`].
    pub fn stream(&mut self) -> JsonTurnStream<T> {
        JsonTurnStream {
            events: self.handle.stream(),
            answer: PhantomData,
        }
    }

    /// Waits for the turn to end and parses its answer.
    ///
    /// # Errors
    /// As [`Thread::run_json`](crate::Thread::run_json).
    pub async fn run(mut self) -> Result<T> {
        self.stream().answer().await
    }

    /// The plain handle, for its settings that take it by value (limits, interrupt on drop).
    pub fn into_handle(self) -> TurnHandle {
        self.handle
    }
}

impl<T> Deref for JsonTurn<T> {
    type Target = TurnHandle;

    fn deref(&self) -> &TurnHandle {
        &self.handle
    }
}

/// The events of a [`JsonTurn`]: a [`TurnStream`] (`next`, `next_event`, `item_text`,
/// `partial_result` are there) that ends with the parsed answer.
#[derive(Debug)]
pub struct JsonTurnStream<T> {
    events: TurnStream,
    answer: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> JsonTurnStream<T> {
    /// Reads what is left of the turn and parses its final answer into `T`: after a loop that
    /// saw every event, without a second read.
    ///
    /// # Errors
    /// [`Error::StructuredOutput`] (with the raw answer) when the answer does not parse,
    /// [`Error::NoFinalResponse`] when there is none; as [`TurnStream::collect_result`]
    /// otherwise.
    pub async fn answer(self) -> Result<T> {
        parse_answer(self.events.collect_result().await?)
    }
}

impl<T> Deref for JsonTurnStream<T> {
    type Target = TurnStream;

    fn deref(&self) -> &TurnStream {
        &self.events
    }
}

impl<T> DerefMut for JsonTurnStream<T> {
    fn deref_mut(&mut self) -> &mut TurnStream {
        &mut self.events
    }
}
