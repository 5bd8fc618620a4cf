//! `CodexBuilder` reaches every setting of the lower builders through its hooks: the
//! connection's options (the line limit `Error::LineTooLong` names, on a fake server) and the
//! spawned server's command (on the real server).

mod support;

use codex_sdk::{Codex, Error};
use serde_json::json;
use support::fake_server::start;

/// A `model/list` answer of one model whose description makes the line about `bytes` long.
fn long_model_list(bytes: usize) -> serde_json::Value {
    json!({"data": [{"id": "m", "model": "m", "displayName": "m", "description": "x".repeat(bytes),
        "hidden": false, "isDefault": true, "defaultReasoningEffort": "medium",
        "supportedReasoningEfforts": [], "inputModalities": ["text"]}], "nextCursor": null})
}

#[tokio::test]
async fn the_line_limit_set_on_the_builder_bounds_the_servers_answers() {
    let answer = long_model_list(8 * 1024);
    // Under a 4 KiB limit the answer is dropped, and the error names the builder's setting.
    let small = Codex::builder().connection_options(|options| options.max_line_bytes(4096));
    let (codex, mut server) = start(small).await;
    let call = tokio::spawn(async move { codex.models().await });
    let request = server.receive_method("model/list").await;
    server.answer(&request, answer.clone()).await;
    let err = call.await.expect("task").expect_err("over the limit");
    assert!(matches!(err, Error::LineTooLong { limit: 4096 }), "{err:?}");
    assert!(
        err.to_string()
            .contains("CodexBuilder::connection_options(|o| o.max_line_bytes("),
        "{err}"
    );

    // Under a 64 KiB limit the same answer gets through.
    let large = Codex::builder().connection_options(|options| options.max_line_bytes(64 * 1024));
    let (codex, mut server) = start(large).await;
    let call = tokio::spawn(async move { codex.models().await });
    let request = server.receive_method("model/list").await;
    server.answer(&request, answer).await;
    let models = call.await.expect("task").expect("under the limit");
    assert_eq!(models.len(), 1);
    assert_eq!(models[0].description.len(), 8 * 1024);
}

#[tokio::test]
async fn the_command_hook_reaches_the_spawned_servers_command() {
    let home = codex_sdk_testkit::CodexHome::new();
    // An argument the builder has no setter for, added through the hook: the real server
    // refuses it at start-up, and says so on the stderr the error carries.
    let err = codex_sdk_testkit::builder(&home)
        .command(|command| command.arg("--no-such-flag-from-the-hook"))
        .start()
        .await
        .expect_err("an unknown argument");
    assert!(matches!(&err, Error::Closed(_)), "{err:?}");
    assert!(
        err.to_string().contains("--no-such-flag-from-the-hook"),
        "{err}"
    );
    // Without the hook the same builder starts.
    let codex = codex_sdk_testkit::builder(&home)
        .start()
        .await
        .expect("start");
    codex.close().await;
}
