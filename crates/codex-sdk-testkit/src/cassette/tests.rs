//! The cassette provider on its own: what a replay compares, and what it says.

use super::*;

fn responses_request(prompt: &str) -> Value {
    json!({
        "model": "mock-model",
        "instructions": "codex's own, which change across versions",
        "prompt_cache_key": "a thread id",
        "input": [
            {"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "permissions"}]},
            {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "<environment_context>/tmp/x</environment_context>"}]},
            {"type": "message", "role": "user", "content": [{"type": "input_text", "text": prompt}]}
        ],
        "tools": [],
    })
}

/// A cassette of one `/v1/responses` exchange for `prompt`, recorded with codex `version`.
/// A provider replaying the cassette at `path`, with the default options.
async fn replaying(path: &Path) -> CassetteProvider {
    CassetteProvider::start(path, CassetteMode::Replay, None, CassetteOptions::new())
        .await
        .expect("the cassette")
}

fn cassette(folder: &Path, prompt: &str, version: &str) -> PathBuf {
    let mut cassette = Cassette::new(vec![Interaction {
        request: RecordedRequest {
            method: "POST".into(),
            path: "responses".into(),
            body: Some(responses_request(prompt)),
        },
        response: RecordedResponse {
            status: 200,
            content_type: Some("text/event-stream".into()),
            events: Some(vec![]),
            body: None,
        },
    }]);
    cassette.codex_version = version.to_owned();
    let path = folder.join("one.json");
    cassette.write(&path).expect("written");
    path
}

async fn post(provider: &CassetteProvider, body: &Value) -> (u16, String) {
    let upstream = Upstream::new(provider.base_url()).expect("a URL");
    let answer = upstream
        .send(&Method::POST, "responses", Bytes::from(body.to_string()))
        .await
        .expect("an answer");
    (
        answer.status,
        String::from_utf8_lossy(&answer.body).into_owned(),
    )
}

#[tokio::test]
async fn what_varies_between_runs_is_not_compared() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = cassette(
        folder.path(),
        "fix the bug",
        codex_sdk::protocol::PINNED_CODEX_VERSION,
    );
    let provider = replaying(&path).await;
    let mut body = responses_request("fix the bug");
    body["instructions"] = json!("other instructions");
    body["prompt_cache_key"] = json!("another thread");
    body["input"][0]["content"][0]["text"] = json!("other permissions");
    body["input"][1]["content"][0]["text"] =
        json!("<environment_context>/tmp/y</environment_context>");
    let (status, answer) = post(&provider, &body).await;
    assert_eq!(status, 200, "{answer}");
    provider.finish().expect("matched, none left");
}

#[tokio::test]
async fn a_mismatch_on_another_codex_version_says_so() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = cassette(folder.path(), "fix the bug", "0.100.0");
    let provider = replaying(&path).await;
    let (status, answer) = post(&provider, &responses_request("fix the other bug")).await;
    assert_eq!(status, 400);
    assert!(answer.contains("/input/0/text/0"), "{answer}");
    let mismatch = provider.mismatches()[0].to_string();
    assert!(
        mismatch.contains("recorded with codex 0.100.0"),
        "{mismatch}"
    );
    let left = provider.finish().expect_err("a mismatch").to_string();
    assert!(left.contains("does not match"), "{left}");
}

#[tokio::test]
async fn an_ignored_member_is_not_compared_and_the_real_rules_still_apply() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = cassette(
        folder.path(),
        "fix the bug",
        codex_sdk::protocol::PINNED_CODEX_VERSION,
    );
    let options = CassetteOptions::new().ignore("/input/0");
    let provider = CassetteProvider::start(&path, CassetteMode::Replay, None, options)
        .await
        .expect("the cassette");
    let mut refused = responses_request("anything");
    refused["text"] = json!({"format": {"type": "json_schema", "name": "x", "strict": true,
        "schema": {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}}});
    let (status, answer) = post(&provider, &refused).await;
    assert_eq!(status, 400, "the API's rules apply on replay: {answer}");
    assert!(answer.contains("$schema"), "{answer}");
    let (status, answer) = post(&provider, &responses_request("anything")).await;
    assert_eq!(status, 200, "the prompt is ignored: {answer}");
}

#[test]
fn modes_are_named_and_an_upstreams_key_never_shows() {
    assert_eq!(CassetteMode::parse(None), Ok(CassetteMode::Replay));
    assert_eq!(
        CassetteMode::parse(Some("record")),
        Ok(CassetteMode::Record)
    );
    assert_eq!(
        CassetteMode::parse(Some("record-missing")),
        Ok(CassetteMode::RecordMissing)
    );
    let wrong = CassetteMode::parse(Some("rec"))
        .expect_err("no mode")
        .to_string();
    assert!(
        wrong.contains("record-missing") && wrong.contains("\"rec\""),
        "{wrong}"
    );
    let upstream = Upstream::new("https://api.example.com/v1").expect("a URL");
    let shown = format!("{:?}", upstream.api_key("sk-secret-value"));
    assert!(!shown.contains("sk-secret-value"), "{shown}");
    assert!(Upstream::new("ftp://x").is_err());
}

#[tokio::test]
async fn a_schemas_required_list_is_a_set() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = cassette(
        folder.path(),
        "fix the bug",
        codex_sdk::protocol::PINNED_CODEX_VERSION,
    );
    let mut cassette = Cassette::read(&path).expect("the cassette");
    let schema = json!({"format": {"type": "json_schema", "name": "v", "strict": true, "schema": {
        "type": "object", "additionalProperties": false,
        "properties": {"b": {"type": "string"}, "a": {"type": "string"}}, "required": ["b", "a"]}}});
    let request = cassette.interactions[0]
        .request
        .body
        .as_mut()
        .expect("a body");
    request["text"] = schema.clone();
    cassette.write(&path).expect("written");
    let provider = replaying(&path).await;
    let mut body = responses_request("fix the bug");
    body["text"] = schema;
    body["text"]["format"]["schema"]["required"] = json!(["a", "b"]);
    let (status, answer) = post(&provider, &body).await;
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test]
async fn an_upstream_that_never_answers_is_given_up_on() {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let port = silent.local_addr().expect("an address").port();
    // Takes the connection and says nothing.
    let _held = tokio::spawn(async move { silent.accept().await.map(|(stream, _)| stream) });
    let upstream = Upstream::new(&format!("http://127.0.0.1:{port}/v1"))
        .expect("a URL")
        .timeout(std::time::Duration::from_millis(300));
    let failed = upstream
        .send(&Method::POST, "responses", Bytes::from_static(b"{}"))
        .await
        .err()
        .expect("no answer");
    assert!(failed.contains("did not answer within"), "{failed}");
}

#[tokio::test]
async fn recorded_requests_never_sent_fail_the_finish() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = cassette(
        folder.path(),
        "fix the bug",
        codex_sdk::protocol::PINNED_CODEX_VERSION,
    );
    let provider = replaying(&path).await;
    let left = provider.finish().expect_err("one request left").to_string();
    assert!(
        left.contains("1 of the 1 recorded requests were never sent"),
        "{left}"
    );
}
