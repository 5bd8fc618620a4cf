//! `ScriptedProvider::tool_output`: what the real app-server sends back to the model for a
//! command it ran, an `apply_patch` and a dynamic tool call.

use codex_sdk::{Tool, ToolOutput};
use codex_sdk_testkit::{Reply, ServerApprovalPolicy, SseScript, TestCodex, tool_output_in};
use serde_json::{Value, json};

/// A valid 1x1 PNG: codex decodes images before it sends them.
const PNG: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

#[tokio::test]
async fn the_outputs_of_a_command_a_patch_and_a_dynamic_tool_are_read_back() {
    let harness = TestCodex::start_with(ServerApprovalPolicy::OnRequest, |b| {
        b.experimental_api(true)
            .approval_handler(codex_sdk::DangerouslyAcceptAll)
    })
    .await;
    let shout = Tool::new("shout", "Shouts a word", |args: Value| async move {
        ToolOutput::text(args["word"].as_str().unwrap_or_default().to_uppercase())
    });
    let draw = Tool::new("draw", "Draws a picture", |_args: Value| async move {
        ToolOutput::text("a dot").and_image(PNG)
    });
    let provider = &harness.provider;
    assert_eq!(provider.tool_output("call-echo"), None, "no request yet");
    provider.push(SseScript::new().exec_command("call-echo", "echo hello-from-the-shell"));
    provider.push(SseScript::new().apply_patch(
        "call-patch",
        "*** Begin Patch\n*** Add File: hello.txt\n+hi\n*** End Patch",
    ));
    provider.push(SseScript::new().function_call("call-shout", "shout", &json!({"word": "quiet"})));
    provider.push(SseScript::new().function_call("call-draw", "draw", &json!({})));
    provider.push(Reply::message("done"));
    let thread = harness
        .codex
        .thread_start_with_tools(codex_sdk::ThreadStartOptions::new(), vec![shout, draw])
        .await
        .expect("thread/start");
    let result = thread.run("go").await.expect("run");
    assert_eq!(result.final_response.as_deref(), Some("done"));

    // The command ran: its output (after the server's header: exit code, wall time) went back.
    let echo = provider
        .tool_output("call-echo")
        .expect("the command's output");
    assert!(
        echo.contains("exited with code 0") && echo.contains("Output:\nhello-from-the-shell\n"),
        "{echo}"
    );
    let patch = provider
        .tool_output("call-patch")
        .expect("the patch's output");
    assert!(
        patch.contains("Success.") && patch.contains("A hello.txt"),
        "{patch}"
    );
    assert!(harness.workspace().join("hello.txt").is_file());
    assert_eq!(provider.tool_output("call-shout").as_deref(), Some("QUIET"));

    // Text and an image: the text reads back, the value holds both content items.
    assert_eq!(provider.tool_output("call-draw").as_deref(), Some("a dot"));
    let drawn = provider
        .tool_output_value("call-draw")
        .expect("the drawing's output");
    let kinds: Vec<&str> = drawn
        .as_array()
        .expect("content items")
        .iter()
        .filter_map(|item| item["type"].as_str())
        .collect();
    assert_eq!(kinds, ["input_text", "input_image"], "{drawn}");

    // Only the answer to that call: not the call itself, nor another id.
    assert_eq!(provider.tool_output("call-nobody-made"), None);
    let last = provider.last_request().expect("a request");
    assert_eq!(tool_output_in(&last, "call-shout"), Some(json!("QUIET")));
    assert_eq!(tool_output_in(&json!({"input": []}), "call-shout"), None);
    harness.close().await;
}
