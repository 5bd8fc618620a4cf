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

/// How far a goal may go ([`Thread::run_goal_with`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GoalBudget {
    /// The goal's token budget, kept by the server: past it, the goal ends `BudgetLimited`.
    pub tokens: Option<i64>,
    /// The most turns the run lets the server take for the goal: once that many completed
    /// with the goal still active, the run pauses the goal and ends with
    /// [`Error::GoalTurnLimit`].
    pub turns: Option<usize>,
}

impl GoalBudget {
    /// A token budget, kept by the server.
    #[must_use]
    pub fn tokens(mut self, tokens: i64) -> Self {
        self.tokens = Some(tokens);
        self
    }

    /// A limit on the turns of the run.
    #[must_use]
    pub fn turns(mut self, turns: usize) -> Self {
        self.turns = Some(turns);
        self
    }
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
    /// use codex_sdk::GoalBudget;
    ///
    /// let budget = GoalBudget::default().tokens(200_000).turns(20);
    /// let run = thread.run_goal_with("Make every test pass", budget).await?;
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
        self.run_goal_with(objective, GoalBudget::default()).await
    }

    /// [`Thread::run_goal`] within `budget`: tokens (kept by the server: past them, the goal
    /// ends `BudgetLimited`) and turns (kept by the run).
    ///
    /// # Errors
    /// [`Error::GoalTurnLimit`], with the run so far, when the turn limit is reached with the
    /// goal still active (it is paused); as [`Thread::run_goal`] otherwise.
    pub async fn run_goal_with(
        &self,
        objective: impl Into<String>,
        budget: GoalBudget,
    ) -> Result<GoalRun> {
        // Subscribed first: the first turn starts as soon as the goal is set.
        let mut events = self
            .codex
            .subscribe(NotificationFilter::thread(self.id().to_owned()))
            .await?;
        let mut params = ThreadGoalSetParams::new(self.id().to_owned())
            .with_objective(objective)
            .with_status(ThreadGoalStatus::Active);
        if let Some(tokens) = budget.tokens {
            params = params.with_token_budget(tokens);
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
                    // Not idle while the server waits on this client (an approval, a tool).
                    Err(_) if self.codex.inner.in_flight.waiting_on_client(self.id()) => continue,
                    Err(_) => return Err(self.goal_went_idle(running, idle).await),
                },
                None => events.next().await,
            };
            let message = match next {
                Some(Ok(message)) => message,
                Some(Err(err)) => return Err(err.into()),
                // A subscription's last item is the error that closed it; this is after it.
                None => {
                    let cause = "the thread's events ended before the goal did".to_owned();
                    let reason = codex_transport::CloseReason {
                        cause,
                        ..Default::default()
                    };
                    return Err(Error::Closed(std::sync::Arc::new(reason)));
                }
            };
            match message.notification {
                ServerNotification::TurnStarted(started) => running = Some(started.turn.id),
                ServerNotification::TurnCompleted(done) => {
                    running = None;
                    turns.push(TurnResult::from(done.turn));
                    if budget.turns.is_some_and(|limit| turns.len() >= limit)
                        && goal.status == ThreadGoalStatus::Active
                    {
                        let goal = Box::new(self.pause_goal().await.unwrap_or(goal));
                        return Err(Error::GoalTurnLimit { goal, turns });
                    }
                }
                ServerNotification::ThreadGoalUpdated(updated) => goal = updated.goal,
                _ => {}
            }
        }
        Ok(GoalRun { goal, turns })
    }

    /// Pauses the goal, so that the server runs no more turns for it; the goal as paused.
    async fn pause_goal(&self) -> Option<ThreadGoal> {
        let pause =
            ThreadGoalSetParams::new(self.id().to_owned()).with_status(ThreadGoalStatus::Paused);
        match self.codex.request::<requests::ThreadGoalSet>(pause).await {
            Ok(paused) => Some(paused.goal),
            Err(err) => {
                tracing::warn!(thread = %self.id(), "could not pause the goal: {err}");
                None
            }
        }
    }

    /// Pauses the goal and says the run went idle.
    async fn goal_went_idle(&self, running: Option<String>, idle: std::time::Duration) -> Error {
        self.pause_goal().await;
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
