//! The folded view of a turn (`TurnStream::next_event`) on the real server: items, streamed
//! text with its running total, usage, and the result at the end from the same stream.

mod support;

use codex_sdk::protocol::{ThreadItem, TurnStatus};
use codex_sdk::{TextKind, TurnEvent};
use codex_sdk_testkit::SseScript;
use support::TestCodex;

#[tokio::test]
async fn a_streamed_turn_folds_into_items_text_usage_and_its_result() {
    let harness = TestCodex::start().await;
    harness
        .provider
        .push(SseScript::new().streamed_message(["one ", "two ", "three"]));
    let thread = harness.thread().await;
    let mut turn = thread.turn("count").await.expect("turn/start");
    let mut events = turn.stream();

    let mut seen = Vec::new();
    let mut running_totals = Vec::new();
    let mut completed = None;
    while let Some(event) = events.next_event().await {
        let event = event.expect("event");
        match &event {
            TurnEvent::ItemStarted(ThreadItem::AgentMessage { .. }) => seen.push("started"),
            TurnEvent::TextDelta {
                item_id,
                kind: TextKind::AgentMessage,
                delta,
            } => {
                seen.push("delta");
                let total = events
                    .item_text(item_id, TextKind::AgentMessage)
                    .expect("the text so far");
                assert!(total.ends_with(delta.as_str()), "{total:?} / {delta:?}");
                running_totals.push(total.to_owned());
                assert_eq!(event.agent_message_delta(), Some(delta.as_str()));
            }
            TurnEvent::ItemCompleted(ThreadItem::AgentMessage { id, text, .. }) => {
                seen.push("completed");
                assert_eq!(text, "one two three");
                assert_eq!(
                    events.item_text(id, TextKind::AgentMessage),
                    None,
                    "a completed item's text is in the item"
                );
            }
            TurnEvent::Usage(usage) => {
                seen.push("usage");
                assert_eq!(usage.last.total_tokens, 15);
            }
            TurnEvent::Completed(result) => completed = Some(result.clone()),
            _ => {}
        }
        if !matches!(event, TurnEvent::TextDelta { .. }) {
            assert_eq!(event.agent_message_delta(), None, "{event:?}");
        }
    }
    assert_eq!(running_totals, ["one ", "one two ", "one two three"]);
    let first = |what| seen.iter().position(|s| *s == what).expect(what);
    assert!(first("started") < first("delta") && first("delta") < first("completed"));
    assert!(seen.contains(&"usage"), "{seen:?}");

    let completed = completed.expect("Completed is the last event");
    assert_eq!(completed.status, TurnStatus::Completed);
    assert_eq!(completed.final_response.as_deref(), Some("one two three"));
    assert!(completed.started_at.is_some() && completed.completed_at.is_some());

    // Every event was read: the result comes back without a second read.
    let result = events.collect_result().await.expect("the result");
    assert_eq!(result.final_response.as_deref(), Some("one two three"));
    assert_eq!(result.items.len(), completed.items.len());
    harness.close().await;
}
