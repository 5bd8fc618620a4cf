//! `record-fixtures`: drives the real app-server through scripted sessions, with a scripted model
//! provider on loopback, and writes every message of each session to a `.jsonl` fixture.
//!
//! Std-only on purpose (blocking sockets and threads): this is a maintainer tool, and it must
//! not pull an async runtime into every `cargo xtask` build.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
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

/// The `config.toml` that points an app-server at the scripted provider on `port`.
pub(crate) fn provider_config(port: u16, approval_policy: &str) -> String {
    format!(
        "model = \"mock-model\"\nmodel_provider = \"mock\"\napproval_policy = \"{approval_policy}\"\n\
         sandbox_mode = \"read-only\"\n\n[model_providers.mock]\nname = \"mock\"\n\
         base_url = \"http://127.0.0.1:{port}/v1\"\nwire_api = \"responses\"\n\
         request_max_retries = 0\nstream_max_retries = 0\n"
    )
}

/// One scripted answer of the model provider to a `POST /v1/responses`.
pub(crate) enum Reply {
    /// A `text/event-stream` body of `(event, data)` pairs.
    Events(Vec<(&'static str, Value)>),
    /// A bare HTTP status with a short body.
    Status(u16),
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
    let lines = session.finish();
    result.with_context(|| format!("session {name}"))?;
    let path = out.join(format!("{name}.jsonl"));
    std::fs::write(&path, lines?.join("\n") + "\n")
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn basic(s: &mut Session) -> Result<()> {
    s.handshake()?;
    s.request("model/list", json!({}))?;
    let thread = s.request("thread/start", json!({}))?;
    let thread_id = thread_id_of(&thread)?;
    s.provider_push(message_reply(
        "msg_1",
        &["Hello", ", ", "world", ", from", " codex"],
    ));
    s.turn(&thread_id, "Say hello", "accept")?;
    s.request(
        "thread/read",
        json!({"threadId": thread_id, "includeTurns": true}),
    )?;
    s.request("thread/list", json!({}))?;
    let mut events = vec![reasoning_item("rs_1", "Thinking about the answer")];
    if let Reply::Events(message) = message_reply("msg_2", &["Forty", "-two"]) {
        events.extend(message.into_iter().skip(1));
    }
    s.provider_push(Reply::Events([vec![created("resp_rs")], events].concat()));
    s.turn(&thread_id, "And the answer?", "accept")?;
    Ok(())
}

fn command_approval(s: &mut Session) -> Result<()> {
    s.handshake()?;
    let thread = s.request("thread/start", json!({}))?;
    let thread_id = thread_id_of(&thread)?;
    s.provider_push(exec_reply("call_1", "echo approved > approved.txt"));
    s.provider_push(message_reply("msg_1", &["Done", "."]));
    s.turn(&thread_id, "Write approved.txt", "accept")?;
    if !s.workspace.join("approved.txt").is_file() {
        bail!("the accepted command did not run: approved.txt is missing");
    }
    s.provider_push(exec_reply("call_2", "echo declined > declined.txt"));
    s.provider_push(message_reply("msg_2", &["Not", " done."]));
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
    s.provider_push(Reply::Status(500));
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

fn created(id: &str) -> (&'static str, Value) {
    (
        "response.created",
        json!({"type": "response.created", "response": {"id": id}}),
    )
}

fn completed(id: &str) -> (&'static str, Value) {
    let usage = json!({
        "input_tokens": 12, "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": 5, "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 17,
    });
    (
        "response.completed",
        json!({"type": "response.completed", "response": {"id": id, "usage": usage}}),
    )
}

/// An assistant message streamed as one delta per piece.
pub(crate) fn message_reply(item_id: &str, pieces: &[&str]) -> Reply {
    let response_id = format!("resp_{item_id}");
    let mut events = vec![created(&response_id)];
    events.push((
        "response.output_item.added",
        json!({"type": "response.output_item.added", "output_index": 0, "item":
            {"type": "message", "role": "assistant", "id": item_id, "content": []}}),
    ));
    for piece in pieces {
        events.push((
            "response.output_text.delta",
            json!({"type": "response.output_text.delta", "item_id": item_id, "output_index": 0,
                   "content_index": 0, "delta": piece}),
        ));
    }
    events.push((
        "response.output_item.done",
        json!({"type": "response.output_item.done", "output_index": 0, "item":
            {"type": "message", "role": "assistant", "id": item_id,
             "content": [{"type": "output_text", "text": pieces.concat()}]}}),
    ));
    events.push(completed(&response_id));
    Reply::Events(events)
}

/// A reasoning item with a summary, as the first output of a response.
fn reasoning_item(item_id: &str, summary: &str) -> (&'static str, Value) {
    (
        "response.output_item.done",
        json!({"type": "response.output_item.done", "output_index": 0, "item":
            {"type": "reasoning", "id": item_id, "summary": [{"type": "summary_text", "text": summary}]}}),
    )
}

/// A call of the `exec_command` tool that asks to run outside the sandbox (so it needs approval).
fn exec_reply(call_id: &str, cmd: &str) -> Reply {
    let arguments = json!({"cmd": cmd, "sandbox_permissions": "require_escalated",
                           "justification": "the test asks for it"})
    .to_string();
    let response_id = format!("resp_{call_id}");
    Reply::Events(vec![
        created(&response_id),
        (
            "response.output_item.done",
            json!({"type": "response.output_item.done", "output_index": 0, "item":
                {"type": "function_call", "name": "exec_command", "call_id": call_id,
                 "id": format!("fc_{call_id}"), "arguments": arguments}}),
        ),
        completed(&response_id),
    ])
}

/// A running app-server with its scripted provider and the transcript of everything said.
struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr: Arc<Mutex<Vec<String>>>,
    replies: Arc<Mutex<VecDeque<Reply>>>,
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
        let replies = Arc::new(Mutex::new(VecDeque::new()));
        let port = serve_provider(Arc::clone(&replies))?;
        let config = provider_config(port, approval_policy);
        std::fs::write(home.join("config.toml"), config)?;
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
            replies,
            transcript: Vec::new(),
            next_id: 0,
            home,
            workspace,
        })
    }

    fn provider_push(&self, reply: Reply) {
        if let Ok(mut replies) = self.replies.lock() {
            replies.push_back(reply);
        }
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

/// Serves the scripted provider on a free loopback port; returns the port.
pub(crate) fn serve_provider(replies: Arc<Mutex<VecDeque<Reply>>>) -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("binding the scripted provider")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            let replies = Arc::clone(&replies);
            std::thread::spawn(move || {
                if let Err(err) = answer(stream, &replies) {
                    eprintln!("scripted provider: {err:#}");
                }
            });
        }
    });
    Ok(port)
}

/// Answers one HTTP/1.1 request and closes the connection.
fn answer(stream: TcpStream, replies: &Mutex<VecDeque<Reply>>) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut content_length = 0;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header)?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            content_length = value.trim().parse().context("bad content-length")?;
        }
    }
    let mut body = vec![0; content_length];
    reader.read_exact(&mut body)?;
    let mut stream = stream;
    let (status, content_type, body) =
        if request_line.starts_with("GET") && request_line.contains("/models") {
            (200, "application/json", json!({"models": []}).to_string())
        } else if request_line.starts_with("POST") && request_line.contains("/responses") {
            match replies.lock().ok().and_then(|mut r| r.pop_front()) {
                Some(Reply::Events(events)) => {
                    let body = events
                        .iter()
                        .map(|(event, data)| format!("event: {event}\ndata: {data}\n\n"))
                        .collect::<String>();
                    (200, "text/event-stream", body)
                }
                Some(Reply::Status(status)) => (
                    status,
                    "application/json",
                    json!({"error": {"message": "scripted failure"}}).to_string(),
                ),
                None => (
                    500,
                    "application/json",
                    json!({"error": {"message": "no scripted reply left"}}).to_string(),
                ),
            }
        } else {
            (404, "text/plain", String::from("not found"))
        };
    write!(
        stream,
        "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()?;
    Ok(())
}
