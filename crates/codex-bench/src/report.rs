//! The benchmark's results: medians per client, ratios against the floor, and the table.

use std::fmt::Write as _;

use crate::clients::ClientReport;
use crate::decode::DecodeResult;

/// One client's medians over its repetitions.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct ClientSummary {
    pub(crate) client: String,
    pub(crate) runs: usize,
    pub(crate) startup_s: f64,
    pub(crate) median_turn_ms: f64,
    pub(crate) long_turn_s: f64,
    pub(crate) cpu_s: f64,
    pub(crate) peak_rss_mib: f64,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}

#[allow(clippy::cast_precision_loss)]
fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

impl ClientSummary {
    /// Groups runs by client, in the order the clients first appear.
    pub(crate) fn from_runs(runs: &[ClientReport]) -> Vec<ClientSummary> {
        let mut names: Vec<&str> = Vec::new();
        for run in runs {
            if !names.contains(&run.client.as_str()) {
                names.push(&run.client);
            }
        }
        names
            .into_iter()
            .map(|name| {
                let mine: Vec<&ClientReport> = runs.iter().filter(|r| r.client == name).collect();
                ClientSummary {
                    client: name.to_owned(),
                    runs: mine.len(),
                    startup_s: median(mine.iter().map(|r| r.startup_s).collect()),
                    median_turn_ms: median(
                        mine.iter()
                            .flat_map(|r| r.turn_latencies_ms.iter().copied())
                            .collect(),
                    ),
                    long_turn_s: median(mine.iter().map(|r| r.long_turn_s).collect()),
                    cpu_s: median(mine.iter().map(|r| r.cpu_s).collect()),
                    peak_rss_mib: mine.iter().map(|r| mib(r.peak_rss_kib)).fold(0.0, f64::max),
                }
            })
            .collect()
    }
}

/// Everything one `codex-bench all` measured.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct Report {
    pub(crate) decode_corpus_messages: usize,
    pub(crate) decode_corpus_mb: f64,
    pub(crate) decode: Vec<DecodeResult>,
    pub(crate) clients: Vec<ClientSummary>,
    pub(crate) python_skipped: Option<String>,
    pub(crate) scale_32_threads: Option<ClientReport>,
    pub(crate) sdk_5k_only: Option<ClientReport>,
    pub(crate) sdk_100k_only: Option<ClientReport>,
    pub(crate) sdk_100k_current_thread: Option<ClientReport>,
    pub(crate) bare_100k_only: Option<ClientReport>,
    pub(crate) instructions_20k_sdk: Option<u64>,
    pub(crate) instructions_20k_bare: Option<u64>,
    pub(crate) generate_types_s: Option<f64>,
    pub(crate) clean_build_protocol_s: Option<f64>,
}

impl Report {
    fn client(&self, prefix: &str) -> Option<&ClientSummary> {
        self.clients.iter().find(|c| c.client.starts_with(prefix))
    }

    /// The results as markdown tables, with the ratios the targets are stated in.
    pub(crate) fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\n### Decode ({} messages, {:.1} MB)\n",
            self.decode_corpus_messages, self.decode_corpus_mb
        );
        let _ = writeln!(
            out,
            "| segment | decoder | messages/s | MB/s | typed / Value |\n|---|---|---:|---:|---:|"
        );
        for chunk in self.decode.chunks(3) {
            let ratio = match chunk {
                [typed, value, ..] => typed.mb_per_sec / value.mb_per_sec,
                _ => f64::NAN,
            };
            for (i, d) in chunk.iter().enumerate() {
                let shown_ratio = if i == 0 {
                    format!("{ratio:.2}")
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {:.0} | {:.0} | {shown_ratio} |",
                    d.segment, d.decoder, d.messages_per_sec, d.mb_per_sec
                );
            }
        }
        let _ = writeln!(
            out,
            "\n### End to end (real app-server, scripted model; medians)\n"
        );
        let _ = writeln!(
            out,
            "| client | runs | start-up | median short turn | 5,000-delta turn | client CPU, whole run | peak RSS |\n|---|---:|---:|---:|---:|---:|---:|"
        );
        for c in &self.clients {
            let _ = writeln!(
                out,
                "| {} | {} | {:.3} s | {:.1} ms | {:.3} s | {:.2} s | {:.1} MiB |",
                c.client,
                c.runs,
                c.startup_s,
                c.median_turn_ms,
                c.long_turn_s,
                c.cpu_s,
                c.peak_rss_mib
            );
        }
        if let (Some(sdk), Some(bare)) = (self.client("codex-sdk"), self.client("bare")) {
            let _ = writeln!(
                out,
                "\ncodex-sdk / bare: short turn {:.3}, 5,000-delta turn {:.3}",
                sdk.median_turn_ms / bare.median_turn_ms,
                sdk.long_turn_s / bare.long_turn_s
            );
            if let Some(python) = self.client("python") {
                let _ = writeln!(
                    out,
                    "client CPU, python / codex-sdk: {:.1}",
                    python.cpu_s / sdk.cpu_s.max(0.01)
                );
            }
        }
        if let Some(why) = &self.python_skipped {
            let _ = writeln!(out, "\n(the Python SDK was not measured: {why})");
        }
        let _ = writeln!(
            out,
            "\n### Scale\n\n| run | wall | client CPU | peak RSS |\n|---|---:|---:|---:|"
        );
        let rows = [
            (
                "32 threads x 5 turns at once (codex-sdk)",
                &self.scale_32_threads,
            ),
            ("one 5,000-delta turn (codex-sdk)", &self.sdk_5k_only),
            ("one 100,000-delta turn (codex-sdk)", &self.sdk_100k_only),
            (
                "one 100,000-delta turn (codex-sdk, current-thread runtime)",
                &self.sdk_100k_current_thread,
            ),
            ("one 100,000-delta turn (bare client)", &self.bare_100k_only),
        ];
        for (name, run) in rows {
            if let Some(run) = run {
                let _ = writeln!(
                    out,
                    "| {name} | {:.3} s | {:.2} s | {:.1} MiB |",
                    run.long_turn_s,
                    run.cpu_s,
                    mib(run.peak_rss_kib)
                );
            }
        }
        if let (Some(sdk), Some(bare)) = (self.instructions_20k_sdk, self.instructions_20k_bare) {
            #[allow(clippy::cast_precision_loss)]
            let ratio = sdk as f64 / bare as f64;
            let _ = writeln!(
                out,
                "\n### Client instructions (callgrind, one 20,000-delta turn, whole client process)\n\n| client | instructions |\n|---|---:|\n| codex-sdk | {sdk} |\n| bare line client | {bare} |\n\ncodex-sdk / bare: {ratio:.3}"
            );
        }
        if let (Some(generate), Some(build)) = (self.generate_types_s, self.clean_build_protocol_s)
        {
            let _ = writeln!(
                out,
                "\n### Codegen\n\n| step | wall |\n|---|---:|\n| `cargo xtask generate-types` | {generate:.2} s |\n| clean debug build of codex-protocol | {build:.1} s |"
            );
        }
        out
    }
}
