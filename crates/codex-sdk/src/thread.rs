//! `Thread`: one conversation, and the turns run in it.

use codex_protocol::{ServerNotificationMethod, notifications};
use codex_protocol::{
    ThreadCompactStartParams, ThreadGoal, ThreadGoalClearParams, ThreadGoalGetParams,
    ThreadGoalSetParams, ThreadGoalStatus, ThreadReadParams, ThreadReadResponse,
    ThreadSetNameParams, requests,
};
use std::sync::{Arc, OnceLock};

use codex_transport::NotificationFilter;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::TurnOptions;
use crate::approval::ApprovalMode;
use crate::boxed::Boxed;
use crate::client::Codex;
use crate::error::{Error, Result};
use crate::input::Input;
use crate::link::SentApprovals;
use crate::turn::TurnHandle;
use crate::turn_result::TurnResult;

/// A thread of a [`Codex`] connection. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Thread {
    pub(crate) codex: Codex,
    id: String,
    /// The approval mode every turn sends when its options set none: for handles made
    /// without a request ([`Codex::thread`]), whose stored policy the client never saw.
    turn_mode: Option<ApprovalMode>,
    /// The model the server answered the thread's start, resume or fork with (for the turn
    /// spans); `None` for a handle made without a request.
    model: Option<String>,
}

impl Thread {
    /// A thread the client just started, resumed or forked (with its approval mode).
    pub(crate) fn new(codex: Codex, id: String) -> Self {
        Thread {
            codex,
            id,
            turn_mode: None,
            model: None,
        }
    }

    /// The same handle, knowing the thread's model.
    pub(crate) fn with_model(mut self, model: String) -> Self {
        self.model = Some(model);
        self
    }

    /// A handle on a thread loaded elsewhere: its turns send `turn_mode`.
    pub(crate) fn bound(codex: Codex, id: String, turn_mode: Option<ApprovalMode>) -> Self {
        Thread {
            codex,
            id,
            turn_mode,
            model: None,
        }
    }

    /// The thread's id (keep it to resume the thread later).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Runs a turn to its end with the thread's settings.
    ///
    /// # Errors
    /// [`Error::TurnFailed`] when the turn fails (the model provider failed, say), with the
    /// server's error and the partial result; [`Error::Closed`] when the server goes away.
    pub async fn run(&self, input: impl Into<Input>) -> Result<TurnResult> {
        self.run_with(input, TurnOptions::new()).await
    }

    /// Runs a turn to its end with `options` (model, effort, output schema, ...).
    ///
    /// # Errors
    /// As [`Thread::run`].
    pub async fn run_with(
        &self,
        input: impl Into<Input>,
        options: TurnOptions,
    ) -> Result<TurnResult> {
        self.turn_with(input, options).await?.run().await
    }

    /// Starts a turn and returns at once with its handle: stream its events, steer it,
    /// interrupt it, or wait for its result.
    ///
    /// # Errors
    /// The server's error when it refuses to start the turn.
    pub async fn turn(&self, input: impl Into<Input>) -> Result<TurnHandle> {
        self.turn_with(input, TurnOptions::new()).await
    }

    /// Starts a turn with `options`.
    ///
    /// # Errors
    /// As [`Thread::turn`]; [`Error::InvalidInput`] for an empty input.
    pub async fn turn_with(
        &self,
        input: impl Into<Input>,
        options: TurnOptions,
    ) -> Result<TurnHandle> {
        self.start_turn(input.into(), options).await
    }

    /// [`turn_with`](Self::turn_with) without its generic argument, its body boxed once (see
    /// `boxed`).
    fn start_turn(&self, input: Input, options: TurnOptions) -> Boxed<'_, Result<TurnHandle>> {
        Box::pin(self.start_turn_unboxed(input, options))
    }

    /// [`start_turn`](Self::start_turn)'s body.
    async fn start_turn_unboxed(&self, input: Input, options: TurnOptions) -> Result<TurnHandle> {
        let (input, tool_output) = input.into_wire()?;
        // One connection for the whole start: the one that hears the thread (after a
        // reconnect, a new one that resumed it, or resumes it now).
        let connection = self.codex.listening_connection(&self.id).await?;
        let mut params = options.into_params(input, self.id.clone());
        if tool_output.is_some() {
            params.tool_output = tool_output;
        }
        ApprovalMode::fill(
            self.turn_mode,
            &mut params.approval_policy,
            &mut params.approvals_reviewer,
        );
        self.codex.note_turn_approvals(
            &self.id,
            SentApprovals {
                policy: params.approval_policy.clone(),
                reviewer: params.approvals_reviewer.clone(),
            },
        );
        // Subscribe before asking: the turn's first events may come before the answer. The
        // turn's id is learnt from the answer, inside the connection's task before it reads
        // on, so the subscription takes this turn's events only and ends with its
        // `turn/completed`: a handle kept after the turn holds nothing more.
        let turn_id: Arc<OnceLock<String>> = Arc::default();
        let events = connection
            .subscribe(turn_filter(&self.id, &turn_id))
            .await?;
        let learn = Arc::clone(&turn_id);
        let telemetry = crate::telemetry::TurnStart::new(
            &self.id,
            params.model.as_deref().or(self.model.as_deref()),
        );
        let span = telemetry.span().clone();
        let response = connection
            .request_with_hook::<requests::TurnStart>(params, move |response| {
                let _ = learn.set(response.turn.id.clone());
                telemetry.opened(&response.turn.id);
            })
            .instrument(span)
            .await?;
        Ok(TurnHandle::new(
            self.codex.clone(),
            self.id.clone(),
            response.turn.id,
            events,
        ))
    }

    /// Runs a turn whose answer must be a `T`: `T`'s JSON schema, rewritten into the form
    /// OpenAI's strict mode accepts (every field required, `Option` fields nullable, no other
    /// fields allowed), is sent as the turn's `outputSchema`, and the final answer is parsed
    /// into `T`. See the FAQ for the Rust types that work.
    ///
    /// # Errors
    /// [`Error::UnsupportedSchema`] before anything is sent when `T` cannot be expressed in
    /// strict mode (a map, a tuple, `serde_json::Value`, a flattened enum, a root that is not a
    /// struct); [`Error::StructuredOutput`] (with the raw answer) when the answer does not
    /// parse, [`Error::NoFinalResponse`] when there is none; as [`Thread::run`] otherwise.
    pub async fn run_json<T>(&self, input: impl Into<Input>) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.run_json_with(input, TurnOptions::new()).await
    }

    /// [`Thread::run_json`] with other turn options too.
    ///
    /// # Errors
    /// As [`Thread::run_json`].
    pub async fn run_json_with<T>(&self, input: impl Into<Input>, options: TurnOptions) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.turn_json_with(input, options).await?.run().await
    }

    /// The thread's metadata, and its turns when `include_turns` is set.
    ///
    /// # Errors
    /// The server's error, e.g. no such thread.
    pub async fn read(&self, include_turns: bool) -> Result<ThreadReadResponse> {
        let params = ThreadReadParams::new(self.id.clone()).with_include_turns(include_turns);
        self.codex.request::<requests::ThreadRead>(params).await
    }

    /// A turn of this thread as the server stores it (`thread/read`): for a turn whose
    /// events this client stopped getting (its connection dropped while the turn ran on a
    /// server it joined, see [`Error::turn_may_still_run`]), read from a new connection.
    /// `status` is `InProgress` while it still runs; the server stores only completed items.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] when the thread has no turn `turn_id`; the server's error
    /// otherwise.
    pub async fn read_turn(&self, turn_id: &str) -> Result<TurnResult> {
        let read = self.read(true).await?;
        read.thread
            .turns
            .into_iter()
            .find(|turn| turn.id == turn_id)
            .map(TurnResult::from)
            .ok_or_else(|| Error::InvalidInput(format!("thread {} has no turn {turn_id}", self.id)))
    }

    /// Names the thread.
    ///
    /// # Errors
    /// The server's error.
    pub async fn set_name(&self, name: impl Into<String>) -> Result<()> {
        let params = ThreadSetNameParams::new(name, self.id.clone());
        self.codex
            .request::<requests::ThreadNameSet>(params)
            .await?;
        Ok(())
    }

    /// Starts compacting the thread's history (the server summarizes it to save context).
    ///
    /// # Errors
    /// The server's error.
    pub async fn compact(&self) -> Result<()> {
        let params = ThreadCompactStartParams::new(self.id.clone());
        self.codex
            .request::<requests::ThreadCompactStart>(params)
            .await?;
        Ok(())
    }

    /// The thread's goal, if it has one.
    ///
    /// # Errors
    /// The server's error.
    pub async fn goal(&self) -> Result<Option<ThreadGoal>> {
        let params = ThreadGoalGetParams::new(self.id.clone());
        Ok(self
            .codex
            .request::<requests::ThreadGoalGet>(params)
            .await?
            .goal)
    }

    /// Sets the thread's goal (an objective the agent pursues across turns) and makes it
    /// active.
    ///
    /// # Errors
    /// The server's error.
    pub async fn set_goal(&self, objective: impl Into<String>) -> Result<ThreadGoal> {
        let params = ThreadGoalSetParams::new(self.id.clone())
            .with_objective(objective)
            .with_status(ThreadGoalStatus::Active);
        Ok(self
            .codex
            .request::<requests::ThreadGoalSet>(params)
            .await?
            .goal)
    }

    /// Removes the thread's goal.
    ///
    /// # Errors
    /// The server's error.
    pub async fn clear_goal(&self) -> Result<()> {
        let params = ThreadGoalClearParams::new(self.id.clone());
        self.codex
            .request::<requests::ThreadGoalClear>(params)
            .await?;
        Ok(())
    }
}

/// The events of one turn of `thread_id`, whose id `turn_id` will hold: until the id is known,
/// any event of the thread (the stream drops other turns' events); then that turn's only,
/// up to its `turn/completed`.
fn turn_filter(thread_id: &str, turn_id: &Arc<OnceLock<String>>) -> NotificationFilter {
    let thread = thread_id.to_owned();
    let accept_id = Arc::clone(turn_id);
    let last_id = Arc::clone(turn_id);
    NotificationFilter::custom(move |meta| {
        meta.thread_id == Some(thread.as_str())
            && accept_id
                .get()
                .is_none_or(|id| meta.turn_id == Some(id.as_str()))
    })
    .until(move |meta| {
        meta.method == <notifications::TurnCompleted as ServerNotificationMethod>::METHOD
            && last_id
                .get()
                .is_some_and(|id| meta.turn_id == Some(id.as_str()))
    })
}
