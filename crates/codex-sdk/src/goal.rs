//! Goal runs as one operation ([`Thread::run_goal`]): set a thread's goal, follow the turns the
//! server runs for it by itself (each continues the work while the goal is active), and
//! return when the goal leaves `active`: complete, blocked, paused, over its budget.

use codex_protocol::{
    ServerNotification, ThreadGoal, ThreadGoalSetParams, ThreadGoalStatus, requests,
};
use codex_transport::NotificationFilter;

use crate::error::{Error, Result, TurnLimit};
use crate::thread::Thread;
use crate::turn_result::TurnResult;

/// What a goal run came to ([`Thread::run_goal`]).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GoalRun {
    /// The goal as the server last reported it: its status (`Complete`, `Blocked`,
    /// `BudgetLimited`, ...), the tokens and time it used.
    pub goal: ThreadGoal,
    /// Every turn the server ran for the goal, in order, as each completed.
    pub turns: Vec<TurnResult>,
}

impl GoalRun {
    /// The last turn's final answer.
    pub fn final_response(&self) -> Option<&str> {
        self.turns.last()?.final_response.as_deref()
    }
}

impl Thread {
    /// Sets the thread's goal and follows it to its end: the server runs turn after turn
    /// for an active goal (the model marks it complete, or blocked, with its `update_goal`
    /// tool), and this returns once the goal is no longer active and no turn runs. The
    /// turns run with the thread's approval policy, answered by this client's handler.
    ///
    /// ```no_run
    /// # async fn demo(thread: codex_sdk::Thread) -> codex_sdk::Result<()> {
    /// let run = thread.run_goal_with("Make every test pass", Some(200_000)).await?;
    /// println!("{:?} after {} turns: {:?}", run.goal.status, run.turns.len(), run.final_response());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// The server's error (the goal API is experimental: build the client with
    /// `experimental_api(true)`); [`Error::TurnTimedOut`] when no event came for the
    /// client's turn idle limit (the goal is then paused, so the server stops);
    /// [`Error::Closed`] when the connection closes first.
    pub async fn run_goal(&self, objective: impl Into<String>) -> Result<GoalRun> {
        self.run_goal_with(objective, None).await
    }

    /// [`Thread::run_goal`] with a token budget for the whole goal, kept by the server: past
    /// it, the goal ends `BudgetLimited`.
    ///
    /// # Errors
    /// As [`Thread::run_goal`].
    pub async fn run_goal_with(
        &self,
        objective: impl Into<String>,
        token_budget: Option<i64>,
    ) -> Result<GoalRun> {
        // Subscribed first: the first turn starts as soon as the goal is set.
        let mut events = self
            .codex
            .subscribe(NotificationFilter::thread(self.id().to_owned()))
            .await?;
        let mut params = ThreadGoalSetParams::new(self.id().to_owned())
            .with_objective(objective)
            .with_status(ThreadGoalStatus::Active);
        if let Some(budget) = token_budget {
            params = params.with_token_budget(budget);
        }
        let mut goal = self
            .codex
            .request::<requests::ThreadGoalSet>(params)
            .await?
            .goal;
        let mut turns = Vec::new();
        let mut running: Option<String> = None;
        let idle = self.codex.inner.turn_limits.idle;
        while goal.status == ThreadGoalStatus::Active || running.is_some() {
            let next = match idle {
                Some(idle) => match tokio::time::timeout(idle, events.next()).await {
                    Ok(next) => next,
                    Err(_) => return Err(self.goal_went_idle(running, idle).await),
                },
                None => events.next().await,
            };
            let message = match next {
                Some(Ok(message)) => message,
                Some(Err(err)) => return Err(err.into()),
                None => return Err(Error::Closed(self.codex.connection().closed().await)),
            };
            match message.notification {
                ServerNotification::TurnStarted(started) => running = Some(started.turn.id),
                ServerNotification::TurnCompleted(done) => {
                    running = None;
                    turns.push(TurnResult::from(done.turn));
                }
                ServerNotification::ThreadGoalUpdated(updated) => goal = updated.goal,
                _ => {}
            }
        }
        Ok(GoalRun { goal, turns })
    }

    /// Pauses the goal (so the server runs no more turns for it) and says the run went idle.
    async fn goal_went_idle(&self, running: Option<String>, idle: std::time::Duration) -> Error {
        let pause =
            ThreadGoalSetParams::new(self.id().to_owned()).with_status(ThreadGoalStatus::Paused);
        if let Err(err) = self.codex.request::<requests::ThreadGoalSet>(pause).await {
            tracing::warn!(thread = %self.id(), "could not pause the idle goal: {err}");
        }
        let turn_id = running.unwrap_or_default();
        Error::TurnTimedOut {
            result: Box::new(TurnResult::empty(&turn_id)),
            turn_id,
            limit: TurnLimit::Idle,
            after: idle,
            retrying: None,
        }
    }
}
