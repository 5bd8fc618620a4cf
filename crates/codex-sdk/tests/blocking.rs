//! The blocking API against the real app-server, from plain (non-async) test code.

use codex_sdk::ThreadStartOptions;
use codex_sdk::blocking::Codex;
use codex_sdk::protocol::{ServerNotification, ThreadLoadedListParams, TurnStatus};
use codex_sdk::{TextKind, TurnEvent};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, SseScript, codex_bin};

/// A blocking client on the pinned codex whose model is a scripted provider; the provider is
/// async and runs on the returned runtime, which must outlive the test.
fn start(
    configure: impl FnOnce(codex_sdk::CodexBuilder) -> codex_sdk::CodexBuilder,
) -> (Codex, ScriptedProvider, CodexHome, tokio::runtime::Runtime) {
    let provider_runtime = tokio::runtime::Runtime::new().expect("runtime");
    let provider = provider_runtime.block_on(ScriptedProvider::start());
    let home = CodexHome::with_provider(&provider, "never");
    let builder = codex_sdk::Codex::builder()
        .binary(codex_bin())
        .codex_home(home.home())
        .cwd(home.workspace());
    let codex = Codex::from_builder(configure(builder)).expect("start");
    (codex, provider, home, provider_runtime)
}

#[test]
fn the_blocking_api_runs_and_streams_turns() {
    let (codex, provider, _home, _runtime) = start(|b| b);
    assert!(codex.server_version().is_some());

    provider.push(Reply::message("blocking hello"));
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .expect("thread/start");
    let result = thread.run("hi").expect("run");
    assert_eq!(result.final_response.as_deref(), Some("blocking hello"));

    provider.push(SseScript::new().streamed_message(["a", "b", "c"]));
    let mut turn = thread.turn("stream it").expect("turn/start");
    let events: Vec<ServerNotification> = turn.stream().map(|e| e.expect("event")).collect();
    let deltas: String = events
        .iter()
        .filter_map(|e| match e {
            ServerNotification::ItemAgentMessageDelta(d) => Some(d.delta.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(deltas, "abc");
    assert!(
        matches!(events.last(), Some(ServerNotification::TurnCompleted(done)) if done.turn.status == TurnStatus::Completed)
    );

    let listed = codex.thread_list(Default::default()).expect("thread/list");
    assert!(listed.iter().any(|t| t.id == thread.id()));
    let pid = codex.as_async().connection().process_id().expect("pid");
    drop((turn, thread));
    drop(codex);
    assert!(
        !codex_sdk_testkit::process_exists(pid),
        "dropping the last handle stops the server"
    );
}

#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Answer {
    value: u32,
}

#[test]
fn the_blocking_api_has_tools_raw_requests_and_turn_options() {
    let (codex, provider, _home, _runtime) = start(|b| b.experimental_api(true));

    let tool = codex_sdk::Tool::new("double", "Doubles", |args: Answer| async move {
        (args.value * 2).to_string()
    });
    let thread = codex
        .thread_start_with_tools(ThreadStartOptions::new(), vec![tool])
        .expect("thread/start");
    provider.push(SseScript::new().function_call(
        "call-1",
        "double",
        &serde_json::json!({"value": 21}),
    ));
    provider.push(Reply::message(r#"{"value": 42}"#));
    let answer: Answer = thread
        .run_json_with("double 21", codex_sdk::TurnOptions::new())
        .expect("run_json_with");
    assert_eq!(answer.value, 42);
    let sent = provider.requests().last().cloned().expect("a request");
    assert!(
        sent.to_string().contains("\"42\""),
        "the tool's output went back: {sent}"
    );

    provider.push(Reply::message("again"));
    let result = thread
        .turn_with("hi", codex_sdk::TurnOptions::new())
        .expect("turn/start")
        .run()
        .expect("run");
    assert_eq!(result.final_response.as_deref(), Some("again"));

    let read = codex
        .request::<codex_sdk::protocol::requests::ThreadRead>(
            codex_sdk::protocol::ThreadReadParams::new(thread.id()).with_include_turns(true),
        )
        .expect("thread/read");
    assert_eq!(read.thread.turns.len(), 2);
    codex.close();
}

#[test]
fn the_blocking_api_folds_events_and_reaches_every_method() {
    let (codex, provider, _home, _runtime) = start(|b| b);
    let thread = codex.thread_start(None).expect("thread/start");

    provider.push(SseScript::new().streamed_message(["fo", "ld", "ed"]));
    let mut turn = thread.turn("stream it").expect("turn/start");
    let mut events = turn.stream();
    let mut seen = String::new();
    let mut item_id = None;
    while let Some(event) = events.next_event() {
        match event.expect("event") {
            TurnEvent::TextDelta {
                item_id: id,
                kind: TextKind::AgentMessage,
                delta,
            } => {
                seen.push_str(&delta);
                assert_eq!(
                    events.item_text(&id, TextKind::AgentMessage),
                    Some(seen.as_str()),
                    "the item's text so far"
                );
                item_id = Some(id);
            }
            TurnEvent::Completed(result) => {
                assert_eq!(result.final_response.as_deref(), Some("folded"));
            }
            _ => {}
        }
    }
    assert_eq!(seen, "folded");
    assert!(item_id.is_some());
    let result = events.collect_result().expect("the result after the loop");
    assert_eq!(result.status, TurnStatus::Completed);

    // What the blocking API has no method for: the async one, on the client's runtime.
    let loaded = codex
        .block_on(
            codex
                .as_async()
                .rpc()
                .thread()
                .loaded_list(ThreadLoadedListParams::new()),
        )
        .expect("thread/loaded/list");
    assert!(loaded.data.iter().any(|id| id == thread.id()), "{loaded:?}");
    codex.close();
}

#[test]
fn a_blocking_login_can_time_out_and_be_cancelled() {
    let (codex, _provider, _home, _runtime) = start(|b| b);
    let mut login = codex.login_chatgpt().expect("account/login/start");
    assert!(
        login.url().starts_with("https://"),
        "a browser login URL: {}",
        login.url()
    );
    assert!(login.user_code().is_none());
    let waited = login
        .wait_timeout(std::time::Duration::from_millis(200))
        .expect("a wait that times out is no error");
    assert!(waited.is_none(), "nobody logged in: {waited:?}");
    login.cancel().expect("account/login/cancel");
    let done = login
        .wait_timeout(std::time::Duration::from_secs(10))
        .expect("wait after cancel");
    assert!(
        done.as_ref().is_some_and(|done| !done.success),
        "a cancelled login completes unsuccessfully: {done:?}"
    );
    codex.close();
}

#[test]
fn the_blocking_mirrors_of_turn_settings_results_and_timed_requests_work() {
    let (codex, provider, _home, _runtime) = start(|b| b);
    assert!(
        codex.warnings().iter().all(|w| w.path.is_none()),
        "the test home's config is valid: {:?}",
        codex.warnings()
    );
    let thread = codex.thread_start(None).expect("thread/start");

    provider.push(SseScript::new().streamed_message(["mir", "ror"]));
    let mut turn = thread
        .turn("stream it")
        .expect("turn/start")
        .idle_timeout(Some(std::time::Duration::from_secs(120)))
        .deadline(None)
        .interrupt_on_drop(true);
    assert_eq!(turn.thread_id(), thread.id());
    let turn_id = turn.id().to_owned();
    let mut stream = turn.stream();
    let events: Vec<ServerNotification> = stream.by_ref().map(|e| e.expect("event")).collect();
    assert!(
        matches!(events.last(), Some(ServerNotification::TurnCompleted(_))),
        "the iterator ends with the turn's end"
    );
    assert_eq!(stream.result_so_far().status, TurnStatus::Completed);
    assert_eq!(
        stream.result_so_far().final_response.as_deref(),
        Some("mirror")
    );
    assert_eq!(stream.partial_result().id, turn_id);

    let read = codex
        .request_with_timeout::<codex_sdk::protocol::requests::ThreadRead>(
            codex_sdk::protocol::ThreadReadParams::new(thread.id()).with_include_turns(true),
            std::time::Duration::from_secs(30),
        )
        .expect("thread/read");
    assert_eq!(read.thread.turns.len(), 1);

    let resumed = codex
        .thread_resume_with_tools(thread.id(), None, Vec::new())
        .expect("thread/resume");
    assert_eq!(resumed.id(), thread.id());
    codex.close();
}
