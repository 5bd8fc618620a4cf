//! Model cassettes on the real app-server: a session recorded through the recording proxy
//! (its upstream the scripted provider, standing in for the real API) replays offline to the
//! same results with nothing sent upstream; a changed prompt fails with a diff naming the
//! member; the cassette holds no key, no `Authorization` and no redacted pattern.

mod support;
#[path = "support/tls_proxy.rs"]
mod tls_proxy;

use std::path::Path;

use codex_sdk::{Approvals, Codex, ThreadStartOptions, Tool};
use codex_sdk_testkit::cassette::{CassetteMode, CassetteOptions, CassetteProvider, Upstream};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, SseScript, builder};
use regex::Regex;
use serde_json::json;

const KEY: &str = "sk-test-cassette-key-7f3a";
const SECRET: &str = "token-4242-abcd";

#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Lookup {
    key: String,
}

#[derive(Debug, PartialEq, serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Verdict {
    ok: bool,
    reason: String,
}

fn options() -> CassetteOptions {
    CassetteOptions::new().redact(Regex::new(r"token-\d+-[a-z]+").expect("a pattern"))
}

/// What a session produced, to compare a recording with its replay.
#[derive(Debug, PartialEq)]
struct Outcome {
    answers: Vec<Option<String>>,
    tool_calls: Vec<String>,
    verdict: Verdict,
}

/// Three turns on `provider`'s cassette: a command the handler accepts, a tool call, and a
/// structured answer; `first_prompt` opens the session.
async fn session(
    cassette: &CassetteProvider,
    first_prompt: &str,
) -> Result<Outcome, codex_sdk::Error> {
    let home = CodexHome::new();
    home.write_config(&cassette.config_toml("on-request"));
    let approvals = Approvals::new().accept_commands_if(|request| {
        request.argv() == Some(&["echo".into(), "recorded".into()][..])
    });
    let codex: Codex = builder(&home)
        .experimental_api(true)
        .approval_handler(approvals)
        .start()
        .await?;
    let calls = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&calls);
    let lookup = Tool::new("lookup", "Looks a key up", move |args: Lookup| {
        seen.lock().expect("calls").push(args.key.clone());
        async move { format!("value of {}", args.key) }
    });
    let thread = codex
        .thread_start_with_tools(ThreadStartOptions::new(), vec![lookup])
        .await?;
    let mut answers = Vec::new();
    answers.push(thread.run(first_prompt).await?.final_response);
    answers.push(thread.run("look the key up").await?.final_response);
    let verdict: Verdict = thread.run_json("judge it").await?;
    codex.close().await;
    let tool_calls = calls.lock().expect("calls").clone();
    Ok(Outcome {
        answers,
        tool_calls,
        verdict,
    })
}

fn script(upstream: &ScriptedProvider) {
    upstream.push(SseScript::new().exec_command("call-echo", "echo recorded"));
    upstream.push(Reply::message("the command ran"));
    upstream.push(SseScript::new().function_call("call-lookup", "lookup", &json!({"key": "k1"})));
    upstream.push(Reply::message("looked up"));
    upstream.push(Reply::message(r#"{"ok": true, "reason": "fine"}"#));
}

async fn record(path: &Path, upstream: &ScriptedProvider) -> Outcome {
    let proxy = Upstream::new(upstream.base_url())
        .expect("the upstream's URL")
        .api_key(KEY);
    let cassette = CassetteProvider::start(path, CassetteMode::Record, Some(proxy), options())
        .await
        .expect("the recording proxy");
    let outcome = session(
        &cassette,
        &format!("run the command, then say done ({SECRET})"),
    )
    .await
    .expect("the recorded session");
    cassette.finish().expect("writing the cassette");
    outcome
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recorded_session_replays_offline_to_the_same_results() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("session.json");
    let upstream = ScriptedProvider::start().await;
    script(&upstream);
    let recorded = record(&path, &upstream).await;
    assert_eq!(recorded.tool_calls, ["k1"]);
    assert_eq!(
        recorded.verdict,
        Verdict {
            ok: true,
            reason: "fine".into()
        }
    );
    let sent_upstream = upstream.requests().len();

    let bytes = std::fs::read(&path).expect("the cassette");
    let text = String::from_utf8_lossy(&bytes);
    for never in [KEY, SECRET, "Authorization", "authorization", "Bearer"] {
        assert!(!text.contains(never), "the cassette holds {never:?}");
    }
    assert!(
        text.contains("[REDACTED]"),
        "the prompt's token is redacted in place"
    );

    let replay = CassetteProvider::start(&path, CassetteMode::Replay, None, options())
        .await
        .expect("the cassette replays");
    let replayed = session(
        &replay,
        &format!("run the command, then say done ({SECRET})"),
    )
    .await
    .unwrap_or_else(|err| panic!("the replay: {err}\n{:?}", replay.mismatches()));
    assert_eq!(replayed, recorded, "the same results, from the cassette");
    assert_eq!(
        upstream.requests().len(),
        sent_upstream,
        "nothing went upstream"
    );
    replay.finish().expect("every request matched, none left");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_prompt_fails_with_a_diff_naming_the_member() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("session.json");
    let upstream = ScriptedProvider::start().await;
    script(&upstream);
    record(&path, &upstream).await;

    let replay = CassetteProvider::start(&path, CassetteMode::Replay, None, options())
        .await
        .expect("the cassette replays");
    let failed = session(&replay, "run the command, then say finished").await;
    let Err(err @ codex_sdk::Error::TurnFailed { .. }) = &failed else {
        panic!("the changed turn fails: {failed:?}");
    };
    let message = err.to_string();
    let mismatch = replay.mismatches().first().cloned().expect("a mismatch");
    let diff = mismatch.to_string();
    assert!(diff.contains("/input/0/text/0"), "{diff}");
    assert!(
        diff.contains("say done") && diff.contains("say finished"),
        "{diff}"
    );
    assert!(
        message.contains("does not match the cassette"),
        "the turn says why: {message}"
    );
    assert!(replay.finish().is_err(), "finish reports the mismatch");
}

#[tokio::test]
async fn replaying_a_missing_cassette_says_how_to_record_it() {
    let err = CassetteProvider::start(
        "/nonexistent/cassette.json",
        CassetteMode::Replay,
        None,
        options(),
    )
    .await
    .expect_err("no cassette");
    let text = err.to_string();
    assert!(text.contains("CODEX_CASSETTE=record"), "{text}");
}

/// Recording from a provider behind a real TLS proxy (nginx, with a test CA): the recording
/// speaks TLS to it, and the cassette replays as any other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_reaches_its_upstream_over_tls() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("tls.json");
    let upstream = ScriptedProvider::start().await;
    let port: u16 = upstream
        .base_url()
        .rsplit_once(':')
        .and_then(|(_, rest)| rest.trim_end_matches("/v1").parse().ok())
        .expect("the provider's port");
    let proxy = tls_proxy::TlsProxy::start(port);
    script(&upstream);
    let https = Upstream::new(&format!("https://localhost:{}/v1", proxy.port))
        .expect("the proxy's URL")
        .add_root_certificate_pem(&proxy.ca_pem)
        .expect("the test CA")
        .api_key(KEY);
    let cassette = CassetteProvider::start(&path, CassetteMode::Record, Some(https), options())
        .await
        .expect("the recording proxy");
    let recorded = session(&cassette, "run the command, then say done")
        .await
        .unwrap_or_else(|err| panic!("recording over TLS: {err}\n{}", proxy.error_log()));
    cassette.finish().expect("writing the cassette");
    assert_eq!(
        recorded.verdict,
        Verdict {
            ok: true,
            reason: "fine".into()
        }
    );
    let replay = CassetteProvider::start(&path, CassetteMode::Replay, None, options())
        .await
        .expect("the cassette replays");
    let replayed = session(&replay, "run the command, then say done")
        .await
        .expect("the replay");
    assert_eq!(replayed, recorded);
    replay.finish().expect("every request matched");
}
