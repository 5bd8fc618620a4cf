//! The blocking [`Thread`]: a conversation's turns, run to their end or started for their events.

use std::sync::Arc;

use codex_protocol::{ThreadGoal, ThreadReadResponse};
use serde::de::DeserializeOwned;
use tokio::runtime::Runtime;

use super::TurnHandle;
use super::json_turn::JsonTurn;
use crate::TurnOptions;
use crate::error::Result;
use crate::input::Input;
use crate::turn_result::TurnResult;

/// A blocking [`crate::Thread`].
#[derive(Debug, Clone)]
pub struct Thread {
    inner: crate::Thread,
    runtime: Arc<Runtime>,
}

impl Thread {
    pub(super) fn new(inner: crate::Thread, runtime: Arc<Runtime>) -> Self {
        Thread { inner, runtime }
    }

    /// The thread's id.
    pub fn id(&self) -> &str {
        self.inner.id()
    }

    /// Runs a turn to its end.
    ///
    /// # Errors
    /// As [`crate::Thread::run`].
    pub fn run(&self, input: impl Into<Input>) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run(input))
    }

    /// Runs a turn to its end with `options`.
    ///
    /// # Errors
    /// As [`crate::Thread::run`].
    pub fn run_with(&self, input: impl Into<Input>, options: TurnOptions) -> Result<TurnResult> {
        self.runtime.block_on(self.inner.run_with(input, options))
    }

    /// Runs a turn whose answer must parse as a `T`.
    ///
    /// # Errors
    /// As [`crate::Thread::run_json`].
    pub fn run_json<T>(&self, input: impl Into<Input>) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.runtime.block_on(self.inner.run_json(input))
    }

    /// Starts a turn and returns its handle.
    ///
    /// # Errors
    /// As [`crate::Thread::turn`].
    pub fn turn(&self, input: impl Into<Input>) -> Result<TurnHandle> {
        let inner = self.runtime.block_on(self.inner.turn(input))?;
        Ok(TurnHandle::new(inner, Arc::clone(&self.runtime)))
    }

    /// A turn of this thread as the server stores it.
    ///
    /// # Errors
    /// As [`crate::Thread::read_turn`].
    pub fn read_turn(&self, turn_id: &str) -> Result<crate::TurnResult> {
        self.runtime.block_on(self.inner.read_turn(turn_id))
    }

    /// The thread's metadata, with its turns when `include_turns` is set.
    ///
    /// # Errors
    /// As [`crate::Thread::read`].
    pub fn read(&self, include_turns: bool) -> Result<ThreadReadResponse> {
        self.runtime.block_on(self.inner.read(include_turns))
    }

    /// Names the thread.
    ///
    /// # Errors
    /// As [`crate::Thread::set_name`].
    pub fn set_name(&self, name: impl Into<String>) -> Result<()> {
        self.runtime.block_on(self.inner.set_name(name))
    }

    /// Runs a turn with `options` and parses its answer as a `T`.
    ///
    /// # Errors
    /// As [`crate::Thread::run_json_with`].
    pub fn run_json_with<T>(&self, input: impl Into<Input>, options: TurnOptions) -> Result<T>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.runtime
            .block_on(self.inner.run_json_with(input, options))
    }

    /// Starts a turn whose answer must be a `T` and returns its handle (see
    /// [`crate::Thread::turn_json`]).
    ///
    /// # Errors
    /// As [`crate::Thread::turn_json`].
    pub fn turn_json<T>(&self, input: impl Into<Input>) -> Result<JsonTurn<T>>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        self.turn_json_with(input, TurnOptions::new())
    }

    /// [`Thread::turn_json`] with other turn options too.
    ///
    /// # Errors
    /// As [`crate::Thread::turn_json`].
    pub fn turn_json_with<T>(
        &self,
        input: impl Into<Input>,
        options: TurnOptions,
    ) -> Result<JsonTurn<T>>
    where
        T: DeserializeOwned + schemars::JsonSchema,
    {
        let turn = self
            .runtime
            .block_on(self.inner.turn_json_with::<T>(input, options))?;
        let handle = TurnHandle::new(turn.into_handle(), Arc::clone(&self.runtime));
        Ok(JsonTurn::new(handle))
    }

    /// Sets the thread's goal and follows it to its end (see [`crate::Thread::run_goal`]).
    ///
    /// # Errors
    /// As [`crate::Thread::run_goal`].
    pub fn run_goal(&self, objective: impl Into<String>) -> Result<crate::GoalRun> {
        self.runtime.block_on(self.inner.run_goal(objective))
    }

    /// [`Thread::run_goal`] within a budget (see [`crate::Thread::run_goal_with`]).
    ///
    /// # Errors
    /// As [`crate::Thread::run_goal`].
    pub fn run_goal_with(
        &self,
        objective: impl Into<String>,
        budget: crate::GoalBudget,
    ) -> Result<crate::GoalRun> {
        self.runtime
            .block_on(self.inner.run_goal_with(objective, budget))
    }

    /// Starts a turn with `options` and returns its handle.
    ///
    /// # Errors
    /// As [`crate::Thread::turn_with`].
    pub fn turn_with(&self, input: impl Into<Input>, options: TurnOptions) -> Result<TurnHandle> {
        let inner = self
            .runtime
            .block_on(self.inner.turn_with(input, options))?;
        Ok(TurnHandle::new(inner, Arc::clone(&self.runtime)))
    }

    /// Starts compacting the thread's history.
    ///
    /// # Errors
    /// As [`crate::Thread::compact`].
    pub fn compact(&self) -> Result<()> {
        self.runtime.block_on(self.inner.compact())
    }

    /// The thread's goal, if it has one.
    ///
    /// # Errors
    /// As [`crate::Thread::goal`].
    pub fn goal(&self) -> Result<Option<ThreadGoal>> {
        self.runtime.block_on(self.inner.goal())
    }

    /// Sets the thread's goal and makes it active.
    ///
    /// # Errors
    /// As [`crate::Thread::set_goal`].
    pub fn set_goal(&self, objective: impl Into<String>) -> Result<ThreadGoal> {
        self.runtime.block_on(self.inner.set_goal(objective))
    }

    /// Removes the thread's goal.
    ///
    /// # Errors
    /// As [`crate::Thread::clear_goal`].
    pub fn clear_goal(&self) -> Result<()> {
        self.runtime.block_on(self.inner.clear_goal())
    }
}
