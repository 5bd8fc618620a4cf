//! Rate-limit updates ([`Codex::rate_limit_updates`]) on the real app-server: it reads the
//! model provider's rate-limit headers of each model call and tells the client.

mod support;

use codex_sdk_testkit::{CodexHome, ScriptedProvider, SseScript};
use futures_util::StreamExt;

#[tokio::test]
async fn the_providers_rate_limit_headers_reach_the_client_as_updates() {
    let provider = ScriptedProvider::start().await;
    let home = CodexHome::with_provider(&provider, "never");
    let codex = support::builder(&home).start().await.expect("start");
    let mut updates = codex.rate_limit_updates().await.expect("subscribe");
    provider.push(
        SseScript::new()
            .message("hi")
            .header("x-codex-primary-used-percent", "42")
            .header("x-codex-primary-window-minutes", "300")
            .header("x-codex-primary-reset-at", "1800000000"),
    );
    let thread = codex.thread_start(None).await.expect("thread/start");
    thread.run("hello").await.expect("run");
    let update = tokio::time::timeout(support::PATIENCE, updates.next())
        .await
        .expect("an update in time")
        .expect("an update");
    let primary = update.primary.expect("the primary window");
    assert_eq!(primary.used_percent, 42);
    assert_eq!(primary.window_duration_mins, Some(300));
    assert_eq!(primary.resets_at, Some(1_800_000_000));
    codex.close().await;
    assert!(
        updates.next().await.is_none(),
        "the stream ends with the connection"
    );
}
