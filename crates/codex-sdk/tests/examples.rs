//! Every example program, run to completion against the real app-server and the scripted
//! model provider, as a user would run it (`CODEX_BIN` and `CODEX_HOME` in its environment).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use codex_sdk::CODEX_BIN_ENV;
use codex_sdk::install::CACHE_DIR_ENV;
use codex_sdk_testkit::{
    CodexHome, OtlpReceiver, ReceivedSpan, Reply, ScriptedProvider, SseScript, codex_bin,
    last_user_text,
};
use serde_json::json;
use support::escapes;
use support::example_build::{checkout_target_dir, example_binary};

mod support;

/// Runs example `name` on a fresh home whose model is `provider`; returns its stdout.
fn run_example(
    name: &str,
    provider: &ScriptedProvider,
    approval_policy: &str,
    args: &[&str],
    stdin: &str,
) -> String {
    let home = CodexHome::with_provider(provider, approval_policy);
    run_example_in(name, &home, args, stdin)
}

/// Runs example `name` on `home`; returns its stdout.
fn run_example_in(name: &str, home: &CodexHome, args: &[&str], stdin: &str) -> String {
    let output = start_example(name, home, args, stdin, |command| {
        command.env("CODEX_BIN", codex_bin());
    });
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "example {name} failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    stdout
}

/// Runs example `name` on `home`, its environment set by `configure`, to its end.
fn start_example(
    name: &str,
    home: &CodexHome,
    args: &[&str],
    stdin: &str,
    configure: impl FnOnce(&mut Command),
) -> std::process::Output {
    let mut command = Command::new(example_binary(name));
    configure(&mut command);
    let mut child = command
        .args(args)
        .env("CODEX_HOME", home.home())
        .env_remove("OPENAI_API_KEY")
        .current_dir(home.workspace())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting the example");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writing stdin");
    wait_with_timeout(child, Duration::from_secs(120))
}

fn wait_with_timeout(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let started = std::time::Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("the example did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("the example's output")
}

/// Runs `check` with a started provider (it needs a runtime of its own).
fn with_provider(check: impl FnOnce(&ScriptedProvider)) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let provider = runtime.block_on(ScriptedProvider::start());
    check(&provider);
}

#[test]
fn quickstart() {
    with_provider(|provider| {
        provider.push(Reply::message("Hello, Rustacean!"));
        let out = run_example("quickstart", provider, "never", &[], "");
        let pinned = codex_sdk::protocol::PINNED_CODEX_VERSION;
        assert!(
            out.contains(&format!("connected to codex {pinned}")),
            "{out}"
        );
        assert!(out.contains("Hello, Rustacean!"), "{out}");
    });
}

/// With the `install-codex` feature (the test kit turns it on), a program that names no binary
/// and finds none on `PATH` uses the pinned release from the codex-sdk cache, installing it
/// there with npm when it is missing; when it cannot, the error says what to do.
#[test]
fn without_a_binary_the_pinned_release_comes_from_the_cache() {
    with_provider(|provider| {
        provider.push(Reply::message("Hello from the cache!"));
        let home = CodexHome::with_provider(provider, "never");
        let cache = codex_sdk::install::cache_dir().expect("a cache folder");
        codex_bin(); // installs the pinned release into the cache, if it is not there yet
        let no_path = home.scratch("empty-path");
        std::fs::create_dir_all(&no_path).expect("an empty PATH folder");
        // No `CODEX_BIN`, an empty `PATH`, and `cache` as the install cache.
        let without_binary = |cache: PathBuf| {
            let path = no_path.clone();
            move |command: &mut Command| {
                command
                    .env_remove(CODEX_BIN_ENV)
                    .env("PATH", path)
                    .env(CACHE_DIR_ENV, cache);
            }
        };
        let output = start_example("quickstart", &home, &[], "", without_binary(cache));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{output:?}");
        assert!(stdout.contains("Hello from the cache!"), "{stdout}");

        // An empty cache and no npm on PATH: the install fails and says how to fix it.
        let empty_cache = home.scratch("empty-cache");
        let output = start_example("quickstart", &home, &[], "", without_binary(empty_cache));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "no codex could be installed");
        assert!(
            stderr.contains("could not run npm") && stderr.contains("CODEX_BIN"),
            "the error says what to install: {stderr}"
        );
    });
}

/// A `codex` planted in the program's current folder (often the agent's workspace) is never
/// run: not through a relative `CODEX_BIN`, and not through `.` or empty `PATH` entries.
#[test]
fn a_codex_in_the_current_folder_is_never_run() {
    with_provider(|provider| {
        provider.push(Reply::message("Hello from the cache!"));
        let home = CodexHome::with_provider(provider, "never");
        let marker = home.scratch("planted-codex-ran");
        let planted = home.workspace().join("codex");
        std::fs::write(
            &planted,
            format!("#!/bin/sh\ntouch '{}'\nexit 1\n", marker.display()),
        )
        .expect("planting a codex");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
        }
        let cache = codex_sdk::install::cache_dir().expect("a cache folder");
        codex_bin(); // installs the pinned release into the cache, if it is not there yet

        let output = start_example("quickstart", &home, &[], "", |command| {
            command.env(CODEX_BIN_ENV, "./codex");
        });
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "a relative CODEX_BIN is refused");
        assert!(stderr.contains("absolute path"), "it says why: {stderr}");
        assert!(!marker.exists(), "the planted codex did not run");

        let output = start_example("quickstart", &home, &[], "", |command| {
            command
                .env_remove(CODEX_BIN_ENV)
                .env("PATH", ".::")
                .env(CACHE_DIR_ENV, cache);
        });
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{output:?}");
        assert!(stdout.contains("Hello from the cache!"), "{stdout}");
        assert!(!marker.exists(), "the planted codex did not run");
    });
}

#[test]
fn streaming() {
    with_provider(|provider| {
        provider.push(SseScript::new().streamed_message(["one ", "two ", "three"]));
        let out = run_example("streaming", provider, "never", &[], "");
        assert!(out.contains("one two three\n"), "{out}");
        assert!(out.contains("[turn Completed]"), "{out}");
        assert!(out.contains("[tokens: "), "the usage line: {out}");
    });
}

#[test]
fn existing_thread() {
    with_provider(|provider| {
        provider.push(Reply::message("Noted."));
        provider.push(Reply::message("You asked me to remember 42."));
        let out = run_example("existing_thread", provider, "never", &[], "");
        assert!(out.contains("first client: Noted."), "{out}");
        assert!(out.contains("You asked me to remember 42."), "{out}");
        let history = provider.requests()[1].to_string();
        assert!(
            history.contains("Remember this number: 42."),
            "the resumed thread carries its history"
        );
    });
}

#[test]
fn thread_lifecycle() {
    with_provider(|provider| {
        provider.push(Reply::message("Shelly."));
        let out = run_example("thread_lifecycle", provider, "never", &[], "");
        assert!(
            out.contains("thread Some(\"turtle names\") has 1 turn(s)"),
            "{out}"
        );
        assert!(out.contains("forked into"), "{out}");
        assert!(out.contains("unarchived"), "{out}");
        assert!(out.matches("listed: ").count() >= 2, "{out}");
    });
}

#[test]
fn image_and_text() {
    with_provider(|provider| {
        provider.push(Reply::message("It is a single pixel."));
        let out = run_example("image_and_text", provider, "never", &[], "");
        assert!(out.contains("It is a single pixel."), "{out}");
        assert!(
            provider.requests()[0].to_string().contains("input_image"),
            "the image reaches the model"
        );
    });
}

#[test]
fn local_image() {
    with_provider(|provider| {
        provider.push(Reply::message("A tiny image."));
        let out = run_example("local_image", provider, "never", &[], "");
        assert!(out.contains(": A tiny image."), "{out}");
        assert!(
            provider.requests()[0].to_string().contains("input_image"),
            "the file reaches the model"
        );
    });
}

#[test]
fn structured_output() {
    with_provider(|provider| {
        provider.push(Reply::message(
            r#"{"name":"France","capital":"Paris","population_millions":68.4}"#,
        ));
        let out = run_example("structured_output", provider, "never", &[], "");
        assert!(
            out.contains("France (capital Paris): 68.4 million people"),
            "{out}"
        );
    });
}

#[test]
fn approvals() {
    with_provider(|provider| {
        let home = CodexHome::with_provider(provider, "on-request");
        let workspace = home.workspace();
        escapes::plant(&workspace);
        provider.push(SseScript::new().exec_command("call-ls", "ls"));
        let spellings = escapes::spellings();
        for (n, command) in spellings.iter().enumerate() {
            provider.push(SseScript::new().exec_command(&format!("call-{n}"), command));
        }
        let patch =
            |path: &str| format!("*** Begin Patch\n*** Add File: {path}\n+hi\n*** End Patch");
        provider.push(SseScript::new().apply_patch("patch-1", &patch("hello.txt")));
        provider.push(SseScript::new().apply_patch("patch-2", &patch("../outside.txt")));
        provider.push(Reply::message("I created hello.txt."));
        let out = run_example_in("approvals", &home, &[], "");
        assert!(
            out.contains("approval asked for `/bin/bash -lc ls`"),
            "{out}"
        );
        assert!(
            out.lines()
                .any(|l| l.contains("-lc ls`") && l.ends_with(": accept")),
            "{out}"
        );
        assert_eq!(
            out.lines()
                .filter(|l| l.starts_with("approval asked for"))
                .count(),
            spellings.len() + 1,
            "every command was asked about: {out}"
        );
        assert_eq!(
            out.lines().filter(|l| l.ends_with(": accept")).count(),
            1,
            "only `ls` is accepted: {out}"
        );
        assert_eq!(escapes::damage(&workspace), Vec::<String>::new(), "{out}");
        assert!(
            workspace.join("hello.txt").exists(),
            "a change inside is accepted"
        );
        assert!(
            !workspace
                .parent()
                .expect("parent")
                .join("outside.txt")
                .exists(),
            "a change outside is declined"
        );
        assert!(out.contains("I created hello.txt."), "{out}");
    });
}

#[test]
fn remote() {
    with_provider(|provider| {
        provider.push(Reply::message("hello from afar"));
        let home = CodexHome::with_provider(provider, "never");
        let secret = home.scratch("ws-secret");
        std::fs::write(&secret, "a shared secret of at least thirty-two bytes\n").expect("secret");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let url = format!("ws://127.0.0.1:{port}");
        let secret = secret.display().to_string();
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let _server = runtime.block_on(async {
            home.listening_server(&[
                "--listen",
                &url,
                "--ws-auth",
                "signed-bearer-token",
                "--ws-shared-secret-file",
                &secret,
                "--ws-audience",
                "codex-app-server",
            ])
        });
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server never listened on {url}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let out = run_example_in("remote", &home, &[&url, &secret, "codex-app-server"], "");
        assert!(
            out.contains(&format!(
                "joined codex {}",
                codex_sdk::protocol::PINNED_CODEX_VERSION
            )) && out.contains("hello from afar"),
            "{out}"
        );
        let out = run_example_in("remote", &home, &[&url, &secret, "someone-else"], "");
        assert!(
            out.contains("refused (WrongAudience)") && out.contains("--ws-audience"),
            "{out}"
        );
    });
}

#[test]
fn dynamic_tools() {
    with_provider(|provider| {
        provider.push(SseScript::new().function_call(
            "call-1",
            "convert_temperature",
            &json!({"degrees": 21.0}),
        ));
        provider.push(Reply::message("21 °C is 69.8 °F."));
        let out = run_example("dynamic_tools", provider, "never", &[], "");
        assert!(out.contains("tool called with 21 °C"), "{out}");
        assert!(
            provider.requests()[1].to_string().contains("69.8 °F"),
            "the tool output goes to the model"
        );
    });
}

#[test]
fn error_handling() {
    with_provider(|provider| {
        provider.push(Reply::server_error("the model is down"));
        let out = run_example("error_handling", provider, "never", &[], "");
        assert!(out.contains("the turn failed: "), "{out}");
    });
}

#[test]
fn chat() {
    with_provider(|provider| {
        provider.respond_with(|body| {
            Reply::message(&format!(
                "you said: {}",
                last_user_text(body).unwrap_or_default()
            ))
        });
        let out = run_example("chat", provider, "never", &[], "hello\nhow are you\n\n");
        assert!(out.contains("you said: hello"), "{out}");
        assert!(out.contains("you said: how are you"), "{out}");
    });
}

#[test]
fn turn_options() {
    with_provider(|provider| {
        provider.push(Reply::message(r#"{"greeting":"Bonjour!"}"#));
        let out = run_example("turn_options", provider, "never", &[], "");
        assert!(out.contains("Bonjour!"), "{out}");
        let body = &provider.requests()[0];
        assert_eq!(body["reasoning"]["effort"], "low", "{}", body["reasoning"]);
        assert!(
            body.to_string().contains("\"greeting\""),
            "the output schema is sent"
        );
    });
}

#[test]
fn model_selection() {
    with_provider(|provider| {
        provider.push(Reply::message("I am a scripted model."));
        let out = run_example("model_selection", provider, "never", &[], "");
        let chosen = out
            .lines()
            .find_map(|l| l.strip_prefix("using "))
            .expect("a chosen model")
            .to_owned();
        assert_eq!(
            provider.requests()[0]["model"],
            chosen.as_str(),
            "the thread uses the chosen model"
        );
        assert!(out.contains("I am a scripted model."), "{out}");
    });
}

#[test]
fn turn_controls() {
    with_provider(|provider| {
        let slow = || {
            SseScript::new()
                .streamed_message((0..100).map(|i| format!("{i} ")))
                .delay_each(Duration::from_millis(20))
        };
        provider.push(slow());
        provider.push(Reply::message("A story about a cat."));
        provider.push(slow());
        let out = run_example("turn_controls", provider, "never", &[], "");
        assert!(
            out.contains("steered turn: Completed: A story about a cat."),
            "{out}"
        );
        assert!(out.contains("interrupted turn: Interrupted"), "{out}");
    });
}

#[test]
fn login_and_account() {
    with_provider(|provider| {
        let out = run_example("login_and_account", provider, "never", &[], "");
        assert!(out.contains("not logged in"), "{out}");
    });
}

/// The tracing example's span, the SDK's and the server's reach the collector in one trace.
#[test]
fn tracing() {
    with_provider(|provider| {
        provider.push(Reply::message("A repository of tests."));
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let receiver = runtime.block_on(OtlpReceiver::start());
        let home = CodexHome::with_provider(provider, "never");
        let output = start_example("tracing", &home, &[], "", |command| {
            command
                .env("CODEX_BIN", codex_bin())
                .env("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint());
        });
        let out = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && out.contains("A repository of tests."),
            "{out}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let trace_id = out
            .lines()
            .find_map(|line| line.strip_prefix("trace "))
            .expect("the example prints its trace id")
            .to_owned();
        let in_trace = |spans: &[ReceivedSpan], name: &str| {
            spans
                .iter()
                .find(|s| s.name == name && s.trace_id == trace_id)
                .cloned()
        };
        let spans = runtime
            .block_on(receiver.wait_for_spans(support::PATIENCE, |spans| {
                ["summarize repository", "invoke_agent codex", "turn/start"]
                    .iter()
                    .all(|name| in_trace(spans, name).is_some())
            }))
            .unwrap_or_else(|spans| panic!("not every span came: {spans:#?}"));
        let app = in_trace(&spans, "summarize repository").expect("the app's span");
        let turn = in_trace(&spans, "invoke_agent codex").expect("the turn's span");
        assert_eq!(turn.parent_span_id, Some(app.span_id));
        let server = in_trace(&spans, "turn/start").expect("the server's turn/start");
        assert_ne!(server.service_name.as_deref(), Some("tracing-example"));
    });
}

/// A target dir shared by two checkouts gives each its own examples build from the moment
/// the second one comes (cargo would take one checkout's build for the other's).
#[test]
fn a_target_dir_shared_by_two_checkouts_gets_a_build_of_each_checkouts_own() {
    let scratch = tempfile::tempdir().expect("a scratch folder");
    let target = scratch.path().join("target");
    let (first, second) = (scratch.path().join("a"), scratch.path().join("b"));
    let dir_for = |checkout: &std::path::Path| {
        checkout_target_dir(&target, checkout).expect("the marker folder is writable")
    };
    assert_eq!(
        dir_for(&first),
        target,
        "one checkout: the target dir itself"
    );
    assert_eq!(dir_for(&first), target, "the same checkout again");
    let second_dir = dir_for(&second);
    let first_dir = dir_for(&first);
    assert!(second_dir.starts_with(&target) && first_dir.starts_with(&target));
    assert_ne!(
        second_dir, target,
        "the second checkout builds in a folder of its own"
    );
    assert_ne!(
        first_dir, target,
        "so does the first, once the second has come"
    );
    assert_ne!(first_dir, second_dir);
}
