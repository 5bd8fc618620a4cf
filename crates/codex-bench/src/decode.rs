//! Decode throughput: a corpus of server notifications decoded into the typed envelope,
//! into `serde_json::Value`, and skipped with `IgnoredAny` (the floor), in one run.

use std::path::Path;
use std::time::{Duration, Instant};

use codex_protocol::ServerNotificationMessage;
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use crate::measure::median;

/// One decoder's figures.
#[derive(Debug, serde::Serialize)]
pub(crate) struct DecodeResult {
    pub(crate) decoder: &'static str,
    pub(crate) messages_per_sec: f64,
    pub(crate) mb_per_sec: f64,
    pub(crate) median_round: Duration,
}

/// The corpus: every notification of the recorded fixtures, then a long turn of deltas,
/// command output deltas and large items, built from the recorded shapes.
pub(crate) fn corpus(fixtures: &Path) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(fixtures)
        .map_err(|e| format!("reading {}: {e}", fixtures.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        for line in text.lines() {
            let Ok(record) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let message = &record["message"];
            if record["from"] == "server"
                && message.get("method").is_some()
                && message.get("id").is_none()
            {
                lines.push(message.to_string());
            }
        }
    }
    let ids = json!({"threadId": "01a2101c-cdde-7152-a173-219669b25325", "turnId": "01a2101c-ce02-7782-8ebf-c7a731fad810"});
    let with_ids = |extra: Value| {
        let mut params = ids.clone();
        if let (Value::Object(params), Value::Object(extra)) = (&mut params, extra) {
            params.extend(extra);
        }
        params
    };
    for i in 0..20_000 {
        let params = with_ids(json!({"itemId": "msg_1", "delta": format!("word{i} ")}));
        lines.push(json!({"method": "item/agentMessage/delta", "params": params, "emittedAtMs": 1_795_566_653_024_i64}).to_string());
    }
    let chunk = "drwxr-xr-x  2 user group 4096 Nov 26 11:00 some-directory-name\n".repeat(3);
    for _ in 0..5_000 {
        let params = with_ids(json!({"itemId": "call_1", "delta": chunk}));
        lines.push(json!({"method": "item/commandExecution/outputDelta", "params": params, "emittedAtMs": 1_795_566_653_024_i64}).to_string());
    }
    let big_text = "All work and no play makes a large agent message. ".repeat(20_000);
    for i in 0..20 {
        let item = json!({"type": "agentMessage", "id": format!("msg_{i}"), "text": big_text, "phase": null,
            "memoryCitation": null, "delivery": null, "questions": null, "moderation": null,
            "startedAtMs": 1_795_566_653_024_i64, "completedAtMs": 1_795_566_653_024_i64});
        let params = with_ids(
            json!({"item": item, "completedAtMs": 1_795_566_653_024_i64, "contentTokenCount": null}),
        );
        lines.push(json!({"method": "item/completed", "params": params, "emittedAtMs": 1_795_566_653_024_i64}).to_string());
    }
    // Every line must decode, or the comparison is unfair.
    for line in &lines {
        serde_json::from_str::<ServerNotificationMessage>(line)
            .map_err(|e| format!("corpus line does not decode: {e}: {line:.200}"))?;
    }
    Ok(lines)
}

fn time_rounds(lines: &[String], rounds: usize, decode: impl Fn(&str) -> bool) -> Duration {
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        let mut ok = 0usize;
        for line in lines {
            ok += usize::from(decode(line));
        }
        samples.push(started.elapsed());
        assert_eq!(ok, lines.len(), "every line decodes");
    }
    median(&mut samples)
}

/// Decodes one line; `true` when it decoded.
type Decoder = fn(&str) -> bool;

/// Decodes the corpus `rounds` times with each decoder, interleaved round by round so machine
/// noise hits all three alike.
pub(crate) fn run(lines: &[String], rounds: usize) -> Vec<DecodeResult> {
    let bytes: usize = lines.iter().map(String::len).sum();
    let decoders: [(&'static str, Decoder); 3] = [
        ("typed ServerNotificationMessage", |l| {
            serde_json::from_str::<ServerNotificationMessage>(l).is_ok()
        }),
        ("serde_json::Value", |l| {
            serde_json::from_str::<Value>(l).is_ok()
        }),
        ("IgnoredAny (floor)", |l| {
            serde_json::from_str::<IgnoredAny>(l).is_ok()
        }),
    ];
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); decoders.len()];
    for _ in 0..rounds {
        for (i, (_, decode)) in decoders.iter().enumerate() {
            samples[i].push(time_rounds(lines, 1, decode));
        }
    }
    decoders
        .iter()
        .zip(samples.iter_mut())
        .map(|((name, _), samples)| {
            let median_round = median(samples);
            let secs = median_round.as_secs_f64().max(f64::MIN_POSITIVE);
            #[allow(clippy::cast_precision_loss)]
            let (count, size) = (lines.len() as f64, bytes as f64);
            DecodeResult {
                decoder: name,
                messages_per_sec: count / secs,
                mb_per_sec: size / secs / 1e6,
                median_round,
            }
        })
        .collect()
}
