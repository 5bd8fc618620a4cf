//! `record-fixtures`: drives the real app-server through scripted sessions, with the test kit's
//! scripted model provider on loopback (as strict about requests as the real API), and writes
//! every message of each session to a `.jsonl` fixture.
//!
//! The session itself is plain blocking std (a pipe and a reader thread): every byte of the
//! transcript is exactly what the server wrote, with no SDK in between.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use codex_sdk_testkit::validation::Refusal;
use codex_sdk_testkit::{Reply, ScriptedProvider, SseScript};
use serde_json::{Value, json};

/// How long any single wait on the server may take before the session fails.
const WAIT: Duration = Duration::from_secs(60);

/// Records every session into `out`.
pub(crate) fn run(codex: &Path, out: &Path) -> Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    record(codex, out, "basic", "never", basic)?;
    record(
        codex,
        out,
        "command_approval",
        "on-request",
        command_approval,
    )?;
    record(codex, out, "errors", "never", errors)?;
    Ok(())
}

fn record(
    codex: &Path,
    out: &Path,
    name: &str,
    approval_policy: &str,
    script: fn(&mut Session) -> Result<()>,
) -> Result<()> {
    eprintln!("recording {name}");
    let mut session = Session::start(codex, approval_policy)?;
    let result = script(&mut session);
    // A request the real API would refuse makes the fixture a lie about a real session.
    let refusals = session.provider.refusals();
    let lines = session.finish();
    result.with_context(|| format!("session {name}"))?;
    refused(name, &refusals)?;
    let path = out.join(format!("{name}.jsonl"));
    std::fs::write(&path, lines?.join("\n") + "\n")
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// An error naming the first request of session `name` that the provider refused, if any.
fn refused(name: &str, refusals: &[Refusal]) -> Result<()> {
    match refusals.first() {
        None => Ok(()),
        Some(refusal) => bail!(
            "session {name}: the scripted provider refused a request as the real API would: \
             {}: {} ({})",
            refusal.param,
            refusal.message,
            refusal.code
        ),
    }
}

fn basic(s: &mut Session) -> Result<()> {
    s.handshake()?;
    s.request("model/list", json!({}))?;
    let thread = s.request("thread/start", json!({}))?;
    let thread_id = thread_id_of(&thread)?;
    s.provider
        .push(SseScript::new().streamed_message(["Hello", ", ", "world", ", from", " codex"]));
    s.turn(&thread_id, "Say hello", "accept")?;
    s.request(
        "thread/read",
        json!({"threadId": thread_id, "includeTurns": true}),
    )?;
    s.request("thread/list", json!({}))?;
    s.provider.push(
        SseScript::new()
            .reasoning("Thinking about the answer")
            .streamed_message(["Forty", "-two"]),
    );
    s.turn(&thread_id, "And the answer?", "accept")?;
    Ok(())
}

fn command_approval(s: &mut Session) -> Result<()> {
    s.handshake()?;
    let thread = s.request("thread/start", json!({}))?;
    let thread_id = thread_id_of(&thread)?;
    s.provider
        .push(SseScript::new().exec_command("call_1", "echo approved > approved.txt"));
    s.provider
        .push(SseScript::new().streamed_message(["Done", "."]));
    s.turn(&thread_id, "Write approved.txt", "accept")?;
    if !s.workspace.join("approved.txt").is_file() {
        bail!("the accepted command did not run: approved.txt is missing");
    }
    s.provider
        .push(SseScript::new().exec_command("call_2", "echo declined > declined.txt"));
    s.provider
        .push(SseScript::new().streamed_message(["Not", " done."]));
    s.turn(&thread_id, "Write declined.txt", "decline")?;
    if s.workspace.join("declined.txt").exists() {
        bail!("the declined command ran: declined.txt exists");
    }
    Ok(())
}

fn errors(s: &mut Session) -> Result<()> {
    s.handshake()?;
    let thread = s.request("thread/start", json!({}))?;
    let thread_id = thread_id_of(&thread)?;
    s.provider.push(Reply::server_error("scripted failure"));
    s.turn(&thread_id, "This will fail", "accept")?;
    s.request(
        "thread/read",
        json!({"threadId": "00000000-0000-0000-0000-000000000000"}),
    )?;
    s.request("unknown/method", json!({}))?;
    Ok(())
}

fn thread_id_of(response: &Value) -> Result<String> {
    response
        .pointer("/result/thread/id")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .with_context(|| format!("thread/start answered without a thread id: {response}"))
}

/// A running app-server with its scripted provider and the transcript of everything said.
struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr: Arc<Mutex<Vec<String>>>,
    provider: ScriptedProvider,
    // The provider's server runs on this runtime's worker thread; kept for the session.
    _runtime: tokio::runtime::Runtime,
    transcript: Vec<String>,
    next_id: u64,
    home: PathBuf,
    workspace: PathBuf,
}

impl Session {
    fn start(codex: &Path, approval_policy: &str) -> Result<Self> {
        let root = std::env::temp_dir().join(format!("codex-fixtures-{}", std::process::id()));
        let home = root.join("codex-home");
        let workspace = root.join("workspace");
        if root.exists() {
            std::fs::remove_dir_all(&root)
                .with_context(|| format!("clearing {}", root.display()))?;
        }
        std::fs::create_dir_all(&home)?;
        std::fs::create_dir_all(&workspace)?;
        let runtime = provider_runtime()?;
        let provider = runtime.block_on(ScriptedProvider::start());
        std::fs::write(
            home.join("config.toml"),
            provider.config_toml(approval_policy),
        )?;
        let mut child = Command::new(codex)
            .arg("app-server")
            .env("CODEX_HOME", &home)
            .current_dir(&workspace)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {} app-server", codex.display()))?;
        let stdout = child.stdout.take().context("no stdout")?;
        let stderr_pipe = child.stderr.take().context("no stderr")?;
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr_pipe).lines().map_while(Result::ok) {
                if let Ok(mut sink) = sink.lock() {
                    sink.push(line);
                }
            }
        });
        Ok(Self {
            stdin: child.stdin.take(),
            child,
            lines,
            stderr,
            provider,
            _runtime: runtime,
            transcript: Vec::new(),
            next_id: 0,
            home,
            workspace,
        })
    }

    fn remember(&mut self, from: &str, message: &Value) {
        let line = json!({"from": from, "message": message}).to_string();
        // Temp paths differ on every run: stable placeholders keep re-recorded diffs small.
        let line = line
            .replace(&self.workspace.display().to_string(), "/tmp/workspace")
            .replace(&self.home.display().to_string(), "/tmp/codex-home");
        self.transcript.push(line);
    }

    fn send(&mut self, message: Value) -> Result<()> {
        self.remember("client", &message);
        let stdin = self.stdin.as_mut().context("stdin already closed")?;
        writeln!(stdin, "{message}").context("writing to the server")?;
        stdin.flush().context("writing to the server")
    }

    /// The next message from the server.
    fn receive(&mut self) -> Result<Value> {
        let line = match self.lines.recv_timeout(WAIT) {
            Ok(line) => line,
            Err(RecvTimeoutError::Timeout) => {
                bail!("the server said nothing for {WAIT:?}{}", self.stderr_tail())
            }
            Err(RecvTimeoutError::Disconnected) => {
                bail!("the server closed stdout{}", self.stderr_tail())
            }
        };
        let message: Value = serde_json::from_str(&line)
            .with_context(|| format!("the server sent a line that is not JSON: {line}"))?;
        self.remember("server", &message);
        Ok(message)
    }

    fn stderr_tail(&self) -> String {
        let lines = self.stderr.lock().map(|l| l.clone()).unwrap_or_default();
        let tail = lines
            .iter()
            .rev()
            .take(10)
            .rev()
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        format!("; stderr:\n{tail}")
    }

    /// Sends a request and reads until its answer (a result or an error).
    fn request(&mut self, method: &str, params: Value) -> Result<Value> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"id": id, "method": method, "params": params}))?;
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            let message = self.receive()?;
            if message.get("method").is_none() && message.get("id") == Some(&json!(id)) {
                return Ok(message);
            }
        }
        bail!("no answer to {method}")
    }

    fn handshake(&mut self) -> Result<()> {
        let client_info = json!({"name": "codex-rs-fixtures", "title": "Codex Rust SDK fixtures", "version": "0.1.0"});
        self.request(
            "initialize",
            json!({"clientInfo": client_info, "capabilities": {"experimentalApi": false}}),
        )?;
        self.send(json!({"method": "initialized"}))
    }

    /// Starts a turn and reads until `turn/completed`, answering approvals with `decision`.
    fn turn(&mut self, thread_id: &str, text: &str, decision: &str) -> Result<()> {
        let input = json!([{"type": "text", "text": text}]);
        let answer = self.request("turn/start", json!({"threadId": thread_id, "input": input}))?;
        if answer.get("error").is_some() {
            bail!("turn/start failed: {answer}");
        }
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            let message = self.receive()?;
            let method = message
                .get("method")
                .and_then(Value::as_str)
                .unwrap_or_default();
            match (method, message.get("id")) {
                ("turn/completed", None) => return Ok(()),
                (method, Some(id)) if method.ends_with("requestApproval") => {
                    let id = id.clone();
                    self.send(json!({"id": id, "result": {"decision": decision}}))?;
                }
                (method, Some(_)) if !method.is_empty() => {
                    bail!("unexpected server request {message}")
                }
                _ => {}
            }
        }
        bail!("the turn did not complete")
    }

    /// Closes stdin, waits for the server to exit (killing it after a grace period), and
    /// returns the transcript.
    fn finish(mut self) -> Result<Vec<String>> {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if self.child.try_wait()?.is_some() {
                break;
            }
            if Instant::now() > deadline {
                self.child.kill()?;
                self.child.wait()?;
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // Whatever the server said before it exited belongs to the session too.
        while let Ok(line) = self.lines.try_recv() {
            if let Ok(message) = serde_json::from_str::<Value>(&line) {
                self.remember("server", &message);
            }
        }
        Ok(std::mem::take(&mut self.transcript))
    }
}

/// A runtime for the scripted provider, whose worker thread serves it while the session
/// blocks on the server's pipes.
pub(crate) fn provider_runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .context("starting a runtime for the scripted model provider")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_request_fails_the_recording_and_says_why() {
        assert!(refused("basic", &[]).is_ok());
        let refusal = Refusal {
            param: "text.format.schema".to_owned(),
            code: "invalid_json_schema",
            message: "'$schema' is not permitted".to_owned(),
        };
        let err = refused("basic", &[refusal]).expect_err("a refusal fails the session");
        let said = err.to_string();
        assert!(
            said.contains("session basic") && said.contains("text.format.schema"),
            "{said}"
        );
    }
}
