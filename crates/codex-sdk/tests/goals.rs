//! Goal runs on the real app-server ([`Thread::run_goal`]): the server runs turn after turn
//! for an active goal by itself; the run follows them and ends with the goal's end, whether
//! the model marks it complete or the server stops it at its token budget.

mod support;

use codex_sdk::protocol::ThreadGoalStatus;
use codex_sdk::{Error, GoalBudget};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, SseScript};
use serde_json::json;

async fn client(provider: &ScriptedProvider) -> (CodexHome, codex_sdk::Codex) {
    let home = CodexHome::with_provider(provider, "never");
    let codex = support::builder(&home)
        .experimental_api(true)
        .start()
        .await
        .expect("start");
    (home, codex)
}

#[tokio::test]
async fn a_goal_runs_turn_after_turn_until_the_model_marks_it_complete() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = client(&provider).await;
    let thread = codex.thread_start(None).await.expect("thread/start");
    // Two turns of work, then the model marks the goal complete and answers.
    provider.push(Reply::message("drafted the first line"));
    provider.push(Reply::message("drafted the second line"));
    provider.push(SseScript::new().function_call(
        "call-done",
        "update_goal",
        &json!({"status": "complete"}),
    ));
    provider.push(Reply::message("the haiku is written"));
    let run = thread
        .run_goal("write a haiku")
        .await
        .expect("the goal runs");
    assert_eq!(
        run.goal.status,
        ThreadGoalStatus::Complete,
        "{:?}",
        run.goal
    );
    assert_eq!(run.turns.len(), 3, "{:?}", run.turns);
    assert_eq!(run.final_response(), Some("the haiku is written"));
    assert!(run.goal.tokens_used > 0);
    // Nothing runs on after the run returned: the model was asked exactly that much.
    assert_eq!(provider.requests().len(), 4);
    codex.close().await;
}

#[tokio::test]
async fn a_goal_stops_at_its_token_budget() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = client(&provider).await;
    let thread = codex.thread_start(None).await.expect("thread/start");
    // The scripted model uses 15 tokens a call and never finishes: the budget stops it.
    for n in 0..10 {
        provider.push(Reply::message(&format!("still working ({n})")));
    }
    let run = thread
        .run_goal_with("count forever", GoalBudget::default().tokens(40))
        .await
        .expect("the goal runs");
    assert_eq!(
        run.goal.status,
        ThreadGoalStatus::BudgetLimited,
        "{:?}",
        run.goal
    );
    assert!(run.goal.tokens_used >= 40, "{:?}", run.goal);
    assert!(
        run.turns.len() < 10,
        "the budget stopped it: {} turns",
        run.turns.len()
    );
    codex.close().await;
}

#[tokio::test]
async fn a_goal_run_stops_at_its_turn_limit_and_pauses_the_goal() {
    let provider = ScriptedProvider::start().await;
    let (_home, codex) = client(&provider).await;
    let thread = codex.thread_start(None).await.expect("thread/start");
    for n in 0..10 {
        provider.push(Reply::message(&format!("step {n}")));
    }
    let err = thread
        .run_goal_with("count forever", GoalBudget::default().turns(2))
        .await
        .expect_err("the turn limit ends it");
    let Error::GoalTurnLimit { goal, turns } = &err else {
        panic!("expected GoalTurnLimit, got {err:?}")
    };
    assert_eq!(turns.len(), 2, "{turns:?}");
    assert_eq!(turns[1].final_response.as_deref(), Some("step 1"));
    assert_eq!(goal.status, ThreadGoalStatus::Paused, "{goal:?}");
    // The server keeps it paused.
    let goal = thread
        .goal()
        .await
        .expect("thread/goal/get")
        .expect("a goal");
    assert_eq!(goal.status, ThreadGoalStatus::Paused);
    codex.close().await;
}
