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
    /// `whole corpus`, or the segment's name.
    pub(crate) segment: &'static str,
    pub(crate) messages_per_sec: f64,
    pub(crate) mb_per_sec: f64,
    pub(crate) median_round: Duration,
}

/// One part of the corpus: lines of one kind.
pub(crate) struct Segment {
    pub(crate) name: &'static str,
    pub(crate) lines: Vec<String>,
}

impl Segment {
    fn bytes(&self) -> usize {
        self.lines.iter().map(String::len).sum()
    }
}

/// A line of a recorded fixture: who sent the message, and its text.
#[derive(serde::Deserialize)]
struct Recorded<'a> {
    from: &'a str,
    #[serde(borrow)]
    message: &'a serde_json::value::RawValue,
}

/// How many times the recorded notifications appear in their segment.
const RECORDED_REPEATS: usize = 40;

/// The ids the built segments' notifications carry.
const THREAD: &str = "01a2101c-cdde-7152-a173-219669b25325";
const TURN: &str = "01a2101c-ce02-7782-8ebf-c7a731fad810";

/// The corpus, in segments: every notification of the recorded fixtures, then a long turn of
/// deltas, command output deltas and large items, built from the recorded shapes.
pub(crate) fn corpus(fixtures: &Path) -> Result<Vec<Segment>, String> {
    let mut recorded = Vec::new();
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
            // The message's own text, in the server's member order (tags first): through a
            // `Value` the members would come out sorted.
            let Ok(record) = serde_json::from_str::<Recorded<'_>>(line) else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(record.message.get()) else {
                continue;
            };
            if record.from == "server"
                && message.get("method").is_some()
                && message.get("id").is_none()
            {
                recorded.push(record.message.get().to_owned());
            }
        }
    }
    let ids = json!({"threadId": THREAD, "turnId": TURN});
    let with_ids = |extra: Value| {
        let mut params = ids.clone();
        if let (Value::Object(params), Value::Object(extra)) = (&mut params, extra) {
            params.extend(extra);
        }
        params
    };
    let deltas = (0..20_000)
        .map(|i| {
            let params = with_ids(json!({"itemId": "msg_1", "delta": format!("word{i} ")}));
            json!({"method": "item/agentMessage/delta", "params": params, "emittedAtMs": 1_795_566_653_024_i64}).to_string()
        })
        .collect();
    let chunk = "drwxr-xr-x  2 user group 4096 Nov 26 11:00 some-directory-name\n".repeat(3);
    let output = (0..5_000)
        .map(|_| {
            let params = with_ids(json!({"itemId": "call_1", "delta": chunk}));
            json!({"method": "item/commandExecution/outputDelta", "params": params, "emittedAtMs": 1_795_566_653_024_i64}).to_string()
        })
        .collect();
    let big_text = "All work and no play makes a large agent message. ".repeat(20_000);
    // Written out, with `type` first as the server writes it (`json!` would sort it last).
    let large = (0..20)
        .map(|i| {
            let item = format!(
                r#"{{"type":"agentMessage","id":"msg_{i}","text":"{big_text}","phase":null,"memoryCitation":null,"delivery":null,"questions":null,"moderation":null,"startedAtMs":1795566653024,"completedAtMs":1795566653024}}"#
            );
            format!(
                r#"{{"method":"item/completed","params":{{"threadId":"{THREAD}","turnId":"{TURN}","item":{item},"completedAtMs":1795566653024,"contentTokenCount":null}},"emittedAtMs":1795566653024}}"#
            )
        })
        .collect();
    let segments = vec![
        Segment {
            name: "recorded notifications",
            // The fixtures hold 89 notifications (about 30 KB): timed in one pass, a round
            // would last a tenth of a millisecond and measure cold caches and the clock more
            // than decoding. Forty times over, a pass is about as long as the other
            // segments'.
            lines: std::iter::repeat_n(recorded, RECORDED_REPEATS)
                .flatten()
                .collect(),
        },
        Segment {
            name: "agent message deltas",
            lines: deltas,
        },
        Segment {
            name: "command output deltas",
            lines: output,
        },
        Segment {
            name: "large completed items (1 MB)",
            lines: large,
        },
    ];
    // Every line must decode, or the comparison is unfair.
    for line in segments.iter().flat_map(|s| &s.lines) {
        serde_json::from_str::<ServerNotificationMessage>(line)
            .map_err(|e| format!("corpus line does not decode: {e}: {line:.200}"))?;
    }
    Ok(segments)
}

/// The time one pass of `decode` over `lines` takes.
fn time_pass(lines: &[String], decode: Decoder) -> Duration {
    let started = Instant::now();
    let mut ok = 0usize;
    for line in lines {
        ok += usize::from(decode(line));
    }
    let elapsed = started.elapsed();
    assert_eq!(ok, lines.len(), "every line decodes");
    elapsed
}

/// Decodes one line; `true` when it decoded.
type Decoder = fn(&str) -> bool;

/// The decoders compared: the typed reader of the connection first (the codec's
/// `Incoming::parse`, which decodes a notification into the typed envelope), `Value` second
/// (the ratio is theirs).
const DECODERS: [(&str, Decoder); 3] = [
    ("typed Incoming::parse", |l| {
        matches!(
            codex_protocol::wire::Incoming::parse(l),
            Ok(codex_protocol::wire::Incoming::Notification(_))
        )
    }),
    ("serde_json::Value", |l| {
        serde_json::from_str::<Value>(l).is_ok()
    }),
    ("IgnoredAny (floor)", |l| {
        serde_json::from_str::<IgnoredAny>(l).is_ok()
    }),
];

/// Decodes the corpus `rounds` times with each decoder, interleaved segment by segment and
/// round by round so machine noise hits all three alike. One result per decoder for the whole
/// corpus (the sum of the segments' medians), and one per decoder and segment.
pub(crate) fn run(segments: &[Segment], rounds: usize) -> Vec<DecodeResult> {
    // samples[segment][decoder]
    let mut samples = vec![vec![Vec::with_capacity(rounds); DECODERS.len()]; segments.len()];
    for _ in 0..rounds {
        for (s, segment) in segments.iter().enumerate() {
            for (d, (_, decode)) in DECODERS.iter().enumerate() {
                samples[s][d].push(time_pass(&segment.lines, *decode));
            }
        }
    }
    let result = |decoder: &'static str,
                  segment: &'static str,
                  count: usize,
                  bytes: usize,
                  time: Duration| {
        let secs = time.as_secs_f64().max(f64::MIN_POSITIVE);
        #[allow(clippy::cast_precision_loss)]
        let (count, size) = (count as f64, bytes as f64);
        DecodeResult {
            decoder,
            segment,
            messages_per_sec: count / secs,
            mb_per_sec: size / secs / 1e6,
            median_round: time,
        }
    };
    let mut results = Vec::new();
    for (d, (decoder, _)) in DECODERS.iter().enumerate() {
        let total: Duration = samples.iter_mut().map(|per| median(&mut per[d])).sum();
        let count = segments.iter().map(|s| s.lines.len()).sum();
        let bytes = segments.iter().map(Segment::bytes).sum();
        results.push(result(decoder, "whole corpus", count, bytes, total));
    }
    for (s, segment) in segments.iter().enumerate() {
        for (d, (decoder, _)) in DECODERS.iter().enumerate() {
            let time = median(&mut samples[s][d]);
            results.push(result(
                decoder,
                segment.name,
                segment.lines.len(),
                segment.bytes(),
                time,
            ));
        }
    }
    results
}
