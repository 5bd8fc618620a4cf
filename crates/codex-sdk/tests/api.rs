//! Smaller parts of the API on an in-memory server: what each sends, and that a login wait
//! under the caller's own timeout leaves the login in hand to cancel.

mod support;

use std::time::Duration;

use codex_sdk::Codex;
use serde_json::json;
use support::fake_server::start;

#[tokio::test]
async fn models_with_hidden_asks_for_them_and_follows_every_page() {
    let (codex, mut server) = start(Codex::builder()).await;
    let call = tokio::spawn(async move { codex.models_with(true).await });
    let model = |id: &str| {
        json!({"id": id, "model": id, "displayName": id, "description": "", "hidden": true,
               "isDefault": false, "defaultReasoningEffort": "medium",
               "supportedReasoningEfforts": [], "inputModalities": ["text"]})
    };
    let first = server.receive_method("model/list").await;
    assert_eq!(first["params"]["includeHidden"], true, "{first}");
    server
        .answer(
            &first,
            json!({"data": [model("a")], "nextCursor": "page-2"}),
        )
        .await;
    let second = server.receive_method("model/list").await;
    assert_eq!(second["params"]["cursor"], "page-2", "{second}");
    assert_eq!(second["params"]["includeHidden"], true, "{second}");
    server
        .answer(&second, json!({"data": [model("b")], "nextCursor": null}))
        .await;
    let models = call.await.expect("task").expect("model/list");
    let ids: Vec<_> = models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[tokio::test]
async fn account_refresh_asks_the_server_to_refresh_the_token() {
    let (codex, mut server) = start(Codex::builder()).await;
    let call = tokio::spawn(async move { codex.account_refresh().await });
    let request = server.receive_method("account/read").await;
    assert_eq!(request["params"]["refreshToken"], true, "{request}");
    server
        .answer(
            &request,
            json!({"account": null, "requiresOpenaiAuth": true}),
        )
        .await;
    let account = call.await.expect("task").expect("account/read");
    assert!(account.account.is_none());
}

#[tokio::test]
async fn a_login_wait_that_times_out_leaves_the_login_to_cancel() {
    let (codex, mut server) = start(Codex::builder()).await;
    let login = tokio::spawn(async move { codex.login_chatgpt().await });
    let request = server.receive_method("account/login/start").await;
    server
        .answer(
            &request,
            json!({"type": "chatgpt", "loginId": "login-1", "authUrl": "https://auth.example/x"}),
        )
        .await;
    let mut login = login.await.expect("task").expect("login/start");
    // The caller's own deadline runs out: the handle is still there.
    let waited = tokio::time::timeout(Duration::from_millis(50), login.wait()).await;
    assert!(waited.is_err(), "no completion was sent: {waited:?}");
    let cancel = tokio::spawn(async move { login.cancel().await });
    let request = server.receive_method("account/login/cancel").await;
    assert_eq!(request["params"]["loginId"], "login-1", "{request}");
    server.answer(&request, json!({"status": "canceled"})).await;
    cancel.await.expect("task").expect("cancel");
}
