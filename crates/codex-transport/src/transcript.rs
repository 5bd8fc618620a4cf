//! JSON-RPC transcripts: every message of a connection, both ways, in a file, for bug
//! reports and for tests (the fake server of `test_util` replays one as the server side).
//!
//! The format, version 1, is JSON Lines: a header line
//! `{"transcript":"codex-jsonrpc","version":1}`, then one line per message in the order the
//! client wrote or read it, `{"dir":"sent","message":{...}}` (client to server) or
//! `{"dir":"received","message":{...}}`. Secrets are redacted before anything is written:
//! the value of every member whose name says it holds one (`apiKey`, `accessToken`,
//! `refreshToken`, `idToken`, `token`, `password`, `secret`, `authorization`, in any case)
//! becomes `"[REDACTED]"`.

use std::io::Write;
use std::path::Path;
use std::sync::mpsc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::options::Direction;

/// The header line's `transcript` member.
pub const FORMAT: &str = "codex-jsonrpc";
/// The version of the format written and read here.
pub const VERSION: u32 = 1;

/// Member names whose values are never written.
const SECRET_NAMES: [&str; 8] = [
    "apikey",
    "accesstoken",
    "refreshtoken",
    "idtoken",
    "token",
    "password",
    "secret",
    "authorization",
];

/// One message of a transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TranscriptEntry {
    /// `sent` (client to server) or `received`.
    pub dir: String,
    /// The message, redacted.
    pub message: Value,
}

impl TranscriptEntry {
    /// Whether the client sent it.
    pub fn is_sent(&self) -> bool {
        self.dir == "sent"
    }
}

/// Reads a transcript's messages.
///
/// # Errors
/// When the header is missing or of another format or version, or a line does not parse
/// (saying which).
pub fn parse(text: &str) -> Result<Vec<TranscriptEntry>, String> {
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let header: Value = lines
        .next()
        .and_then(|line| serde_json::from_str(line).ok())
        .ok_or("a transcript starts with its header line")?;
    if header["transcript"] != FORMAT || header["version"] != VERSION {
        return Err(format!(
            "not a {FORMAT} version {VERSION} transcript: its header is {header}"
        ));
    }
    lines
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line)
                .map_err(|err| format!("line {} of the transcript: {err}", n + 2))
        })
        .collect()
}

/// `message` with the value of every secret member replaced.
pub fn redacted(message: Value) -> Value {
    match message {
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .map(|(name, value)| {
                    let lower = name.to_ascii_lowercase().replace(['_', '-'], "");
                    if SECRET_NAMES.contains(&lower.as_str()) && !value.is_null() {
                        (name, Value::String("[REDACTED]".to_owned()))
                    } else {
                        (name, redacted(value))
                    }
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(redacted).collect()),
        other => other,
    }
}

/// Writes a transcript from a thread of its own, so that the connection never waits on the
/// file (the lines wait in memory until the thread has written them). Hand it to [`ConnectionOptions::message_tap`](crate::ConnectionOptions::message_tap)
/// with [`TranscriptWriter::tap`].
#[derive(Debug, Clone)]
pub struct TranscriptWriter {
    lines: mpsc::Sender<(Direction, String)>,
}

impl TranscriptWriter {
    /// Creates (or empties) the file at `path` and writes its header.
    ///
    /// # Errors
    /// When the file cannot be created or written.
    pub fn create(path: &Path) -> std::io::Result<Self> {
        let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
        writeln!(
            file,
            "{}",
            serde_json::json!({"transcript": FORMAT, "version": VERSION})
        )?;
        file.flush()?;
        let (lines, received) = mpsc::channel::<(Direction, String)>();
        std::thread::Builder::new()
            .name("codex-transcript".to_owned())
            .spawn(move || {
                // Ends when every tap is gone (the connection closed).
                while let Ok((direction, line)) = received.recv() {
                    let message =
                        serde_json::from_str(&line).map_or_else(|_| Value::String(line), redacted);
                    let dir = match direction {
                        Direction::Sent => "sent",
                        Direction::Received => "received",
                    };
                    let entry = TranscriptEntry {
                        dir: dir.to_owned(),
                        message,
                    };
                    let written = serde_json::to_string(&entry)
                        .map_err(std::io::Error::other)
                        .and_then(|text| writeln!(file, "{text}"));
                    // Flushed at once: a bug report must hold the last message before a crash.
                    if written.and_then(|()| file.flush()).is_err() {
                        return;
                    }
                }
            })?;
        Ok(TranscriptWriter { lines })
    }

    /// The tap that sends each message to the file.
    pub fn tap(&self) -> impl Fn(Direction, &str) + Send + Sync + 'static {
        let lines = self.lines.clone();
        move |direction, line| {
            // The writer thread stopped (the file failed): the connection goes on.
            let _ = lines.send((direction, line.to_owned()));
        }
    }
}
