//! The benchmark's results: medians per client, ratios against the floor, and the table.

use std::fmt::Write as _;

use crate::build_cost::BuildCost;
use crate::clients::ClientReport;
use crate::decode::DecodeResult;
use crate::peers::PeerRun;

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

/// The median of `values` (zero when empty).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
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

/// The clients of the paired comparisons (short turns, and the long turn).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) enum PairedClient {
    /// codex-sdk on tokio's default multi-thread runtime.
    SdkMultiThread,
    /// codex-sdk on a current-thread runtime.
    SdkCurrentThread,
    /// The bare line client (the floor).
    Bare,
    /// codex-sdk on the multi-thread runtime with a subscriber that records every span (at
    /// every level) and does nothing else: what tracing costs the client.
    SdkTraced,
    /// The bare line client again, measured like the others: its ratio to [`PairedClient::Bare`]
    /// is what the comparison reads when two clients are the same, the resolution of the run.
    BareControl,
}

impl PairedClient {
    /// Every client, in the order tables show them.
    pub(crate) const ALL: [PairedClient; 5] = [
        PairedClient::SdkMultiThread,
        PairedClient::SdkCurrentThread,
        PairedClient::SdkTraced,
        PairedClient::Bare,
        PairedClient::BareControl,
    ];

    fn label(self) -> &'static str {
        match self {
            PairedClient::SdkMultiThread => "codex-sdk, multi-thread runtime",
            PairedClient::SdkCurrentThread => "codex-sdk, current-thread runtime",
            PairedClient::SdkTraced => "codex-sdk, multi-thread runtime, spans recorded",
            PairedClient::Bare => "bare line client",
            PairedClient::BareControl => "bare line client again (control)",
        }
    }

    /// The `client` subcommand's `--kind`, and the runtime flavor of an sdk client.
    pub(crate) fn kind_and_runtime(self) -> (&'static str, &'static str) {
        match self {
            PairedClient::SdkMultiThread => ("sdk", "multi"),
            PairedClient::SdkCurrentThread => ("sdk", "current"),
            PairedClient::SdkTraced => ("sdk", "traced"),
            PairedClient::Bare | PairedClient::BareControl => ("bare", "multi"),
        }
    }
}

/// One client run of a paired comparison.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct PairedRun {
    /// The repetition: the clients of one repetition run side by side (see `lockstep`).
    pub(crate) rep: usize,
    pub(crate) client: PairedClient,
    pub(crate) report: ClientReport,
}

/// One client's medians in the long-turn comparison.
struct LongTurnSummary {
    /// Each run's wall time, in the order run (one per run).
    walls: Vec<f64>,
    wall_s: f64,
    cpu_s: f64,
    system_s: f64,
    voluntary_switches: f64,
    peak_rss_mb: f64,
}

/// The median over the repetitions of `measure(client) / measure(bare)`, each ratio taken
/// within one repetition: the clients of a repetition run side by side, so a slow spell of
/// the machine weighs on both sides of a ratio rather than on one client's median.
fn paired_ratio(
    runs: &[PairedRun],
    client: PairedClient,
    measure: impl Fn(&ClientReport) -> f64,
) -> Option<f64> {
    paired_ratio_to(runs, client, PairedClient::Bare, measure)
}

/// [`paired_ratio`] against `baseline` instead of the bare client.
fn paired_ratio_to(
    runs: &[PairedRun],
    client: PairedClient,
    baseline: PairedClient,
    measure: impl Fn(&ClientReport) -> f64,
) -> Option<f64> {
    let of = |rep: usize, who: PairedClient| {
        runs.iter()
            .find(|run| run.rep == rep && run.client == who)
            .map(|run| measure(&run.report))
    };
    let ratios: Vec<f64> = runs
        .iter()
        .filter(|run| run.client == client)
        .filter_map(|run| Some(measure(&run.report) / of(run.rep, baseline)?.max(1e-9)))
        .collect();
    (!ratios.is_empty()).then(|| median(ratios))
}

/// The control's paired ratio, to show beside a measured one: what the same comparison reads
/// between two runs of the same client.
fn control(runs: &[PairedRun], measure: impl Fn(&ClientReport) -> f64) -> String {
    paired_ratio(runs, PairedClient::BareControl, measure)
        .map_or_else(String::new, |ratio| format!("; control {ratio:.3}x"))
}

/// The median of one run's short-turn latencies, in milliseconds.
fn median_turn_ms(report: &ClientReport) -> f64 {
    median(report.turn_latencies_ms.clone())
}

/// One target of the bench, and where this run stands against it.
pub(crate) struct Target {
    pub(crate) name: &'static str,
    pub(crate) goal: &'static str,
    pub(crate) measured: String,
    pub(crate) met: bool,
}

/// Everything one `codex-bench all` measured.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct Report {
    pub(crate) decode_corpus_messages: usize,
    pub(crate) decode_corpus_mb: f64,
    pub(crate) decode: Vec<DecodeResult>,
    pub(crate) clients: Vec<ClientSummary>,
    /// Every end-to-end run, in the order run (the summaries above are their medians).
    pub(crate) end_to_end_runs: Vec<ClientReport>,
    pub(crate) python_skipped: Option<String>,
    pub(crate) scale_32_threads: Option<ClientReport>,
    pub(crate) sdk_5k_only: Option<ClientReport>,
    /// The short-turn comparison, every run.
    pub(crate) short: Vec<PairedRun>,
    /// The long-turn comparison, every run.
    pub(crate) long: Vec<PairedRun>,
    pub(crate) instructions_20k_sdk: Option<u64>,
    pub(crate) instructions_20k_bare: Option<u64>,
    /// The minimal app on each Rust SDK, every run.
    pub(crate) peers: Vec<PeerRun>,
    /// Clean builds of the minimal apps and of codex-protocol.
    pub(crate) build: Option<BuildCost>,
    pub(crate) generate_types_s: Option<f64>,
}

impl Report {
    fn client(&self, prefix: &str) -> Option<&ClientSummary> {
        self.clients.iter().find(|c| c.client.starts_with(prefix))
    }

    /// Each short-turn run's median latency of `client`, in the order run.
    fn short_turn_medians(&self, client: PairedClient) -> Vec<f64> {
        self.short
            .iter()
            .filter(|run| run.client == client)
            .map(|run| median_turn_ms(&run.report))
            .collect()
    }

    fn long_summary(&self, client: PairedClient) -> Option<LongTurnSummary> {
        let runs: Vec<&ClientReport> = self
            .long
            .iter()
            .filter(|run| run.client == client)
            .map(|run| &run.report)
            .collect();
        if runs.is_empty() {
            return None;
        }
        #[allow(clippy::cast_precision_loss)]
        let peak = runs
            .iter()
            .map(|r| r.peak_rss_kib)
            .max()
            .unwrap_or_default() as f64;
        Some(LongTurnSummary {
            walls: runs.iter().map(|r| r.long_turn_s).collect(),
            wall_s: median(runs.iter().map(|r| r.long_turn_s).collect()),
            cpu_s: median(runs.iter().map(|r| r.cpu_s).collect()),
            system_s: median(runs.iter().map(|r| r.usage.system_s).collect()),
            voluntary_switches: median(
                runs.iter()
                    .map(|r| r.usage.voluntary_switches as f64)
                    .collect(),
            ),
            peak_rss_mb: peak * 1024.0 / 1e6,
        })
    }

    /// The targets of the streaming work that this run measured, each with its standing.
    fn targets(&self) -> Vec<Target> {
        let mut targets = Vec::new();
        let bare = self.long_summary(PairedClient::Bare);
        for (client, wall_name, cpu_name) in [
            (
                PairedClient::SdkMultiThread,
                "long turn, multi-thread runtime: wall",
                "long turn, multi-thread runtime: client CPU",
            ),
            (
                PairedClient::SdkCurrentThread,
                "long turn, current-thread runtime: wall",
                "long turn, current-thread runtime: client CPU",
            ),
        ] {
            if let (Some(sdk), Some(bare), Some(wall), Some(cpu)) = (
                self.long_summary(client),
                &bare,
                paired_ratio(&self.long, client, |r| r.long_turn_s),
                paired_ratio(&self.long, client, |r| r.cpu_s),
            ) {
                targets.push(Target {
                    name: wall_name,
                    goal: "within 3% of the bare client",
                    measured: format!(
                        "{wall:.3}x (medians {:.2} s / {:.2} s){}",
                        sdk.wall_s,
                        bare.wall_s,
                        control(&self.long, |r| r.long_turn_s)
                    ),
                    met: wall <= 1.03,
                });
                targets.push(Target {
                    name: cpu_name,
                    goal: "at most 1.2x the bare client",
                    measured: format!(
                        "{cpu:.2}x (medians {:.2} s / {:.2} s){}",
                        sdk.cpu_s,
                        bare.cpu_s,
                        control(&self.long, |r| r.cpu_s)
                    ),
                    met: cpu <= 1.2,
                });
            }
        }
        if let (Some(traced), Some(plain), Some(cpu)) = (
            self.long_summary(PairedClient::SdkTraced),
            self.long_summary(PairedClient::SdkMultiThread),
            paired_ratio_to(
                &self.long,
                PairedClient::SdkTraced,
                PairedClient::SdkMultiThread,
                |r| r.cpu_s,
            ),
        ) {
            targets.push(Target {
                name: "long turn, spans recorded: client CPU",
                goal: "within 1.1x of codex-sdk with tracing off",
                measured: format!(
                    "{cpu:.3}x (medians {:.2} s / {:.2} s)",
                    traced.cpu_s, plain.cpu_s
                ),
                met: cpu <= 1.1,
            });
        }
        for (client, name) in [
            (
                PairedClient::SdkMultiThread,
                "median short turn, multi-thread runtime",
            ),
            (
                PairedClient::SdkCurrentThread,
                "median short turn, current-thread runtime",
            ),
        ] {
            let medians = |who| median(self.short_turn_medians(who));
            if let Some(ratio) = paired_ratio(&self.short, client, median_turn_ms) {
                targets.push(Target {
                    name,
                    goal: "within 3% of the bare client",
                    measured: format!(
                        "{ratio:.3}x (medians {:.1} ms / {:.1} ms){}",
                        medians(client),
                        medians(PairedClient::Bare),
                        control(&self.short, median_turn_ms)
                    ),
                    met: ratio <= 1.03,
                });
            }
        }
        if let (Some(typed), Some(value)) = (self.decode.first(), self.decode.get(1)) {
            let ratio = typed.mb_per_sec / value.mb_per_sec;
            targets.push(Target {
                name: "typed decode throughput",
                goal: "at least 1.5x serde_json::Value",
                measured: format!("{ratio:.2}x"),
                met: ratio >= 1.5,
            });
        }
        let peaks: Vec<f64> = [PairedClient::SdkMultiThread, PairedClient::SdkCurrentThread]
            .into_iter()
            .filter_map(|client| self.long_summary(client))
            .map(|summary| summary.peak_rss_mb)
            .collect();
        if let Some(peak) = peaks.into_iter().reduce(f64::max) {
            targets.push(Target {
                name: "peak RSS, long turn (codex-sdk)",
                goal: "under 30 MB",
                measured: format!("{peak:.1} MB"),
                met: peak < 30.0,
            });
        }
        targets.extend(crate::peers::targets(&self.peers));
        if let Some(build) = &self.build {
            targets.extend(build.targets());
        }
        targets
    }

    /// The results as markdown tables, with the ratios the targets are stated in.
    pub(crate) fn table(&self) -> String {
        let mut out = String::new();
        let targets = self.targets();
        if !targets.is_empty() {
            let _ = writeln!(
                out,
                "\n### Targets\n\n| target | goal | this run | met |\n|---|---|---:|---|"
            );
            for t in &targets {
                let met = if t.met { "yes" } else { "**no**" };
                let _ = writeln!(out, "| {} | {} | {} | {met} |", t.name, t.goal, t.measured);
            }
            if !self.long.is_empty() || !self.short.is_empty() {
                let _ = writeln!(
                    out,
                    "\nShort- and long-turn ratios: the median of each repetition's own ratio (in a repetition the clients run side by side: they take turns at short turns, and run the long turn in 50 ms slices, one at a time). The control is a second bare client measured the same way: its ratio is what the comparison reads between two identical clients."
                );
            }
        }
        if !self.decode.is_empty() {
            self.decode_table(&mut out);
        }
        if !self.short.is_empty() {
            self.short_table(&mut out);
        }
        if !self.long.is_empty() {
            self.long_table(&mut out);
        }
        if !self.clients.is_empty() {
            self.end_to_end_table(&mut out);
        }
        if self.scale_32_threads.is_some() || self.sdk_5k_only.is_some() {
            self.scale_table(&mut out);
        }
        if !self.peers.is_empty() {
            crate::peers::table(&self.peers, &mut out);
        }
        if let Some(build) = &self.build {
            build.table(&mut out);
        }
        self.other_tables(&mut out);
        out
    }

    fn short_table(&self, out: &mut String) {
        let turns = self
            .short
            .first()
            .map_or(0, |run| run.report.turn_latencies_ms.len());
        let _ = writeln!(
            out,
            "\n### Short turns (side by side, {turns} per client and repetition, taken in turn)\n\n| client | runs | median short turn | each run's median | paired ratio to bare |\n|---|---:|---:|---|---:|"
        );
        for client in PairedClient::ALL {
            let medians = self.short_turn_medians(client);
            if medians.is_empty() {
                continue;
            }
            let ratio = paired_ratio(&self.short, client, median_turn_ms)
                .map_or_else(String::new, |r| format!("{r:.3}"));
            let _ = writeln!(
                out,
                "| {} | {} | {:.1} ms | {} | {ratio} |",
                client.label(),
                medians.len(),
                median(medians.clone()),
                medians
                    .iter()
                    .map(|m| format!("{m:.1}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
    }

    fn long_table(&self, out: &mut String) {
        let deltas = self.long.first().map_or(0, |run| run.report.deltas);
        let _ = writeln!(
            out,
            "\n### One {deltas}-delta turn (side by side, time-sliced; medians)\n\n| client | runs | wall | each run's wall | client CPU | of which system | voluntary context switches | peak RSS |\n|---|---:|---:|---|---:|---:|---:|---:|"
        );
        for client in PairedClient::ALL {
            if let Some(s) = self.long_summary(client) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {:.3} s | {} | {:.2} s | {:.2} s | {:.0} | {:.1} MB |",
                    client.label(),
                    s.walls.len(),
                    s.wall_s,
                    s.walls
                        .iter()
                        .map(|w| format!("{w:.2}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    s.cpu_s,
                    s.system_s,
                    s.voluntary_switches,
                    s.peak_rss_mb
                );
            }
        }
    }

    fn decode_table(&self, out: &mut String) {
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
    }

    fn end_to_end_table(&self, out: &mut String) {
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
    }

    fn scale_table(&self, out: &mut String) {
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
    }

    fn other_tables(&self, out: &mut String) {
        if let (Some(sdk), Some(bare)) = (self.instructions_20k_sdk, self.instructions_20k_bare) {
            #[allow(clippy::cast_precision_loss)]
            let ratio = sdk as f64 / bare as f64;
            let _ = writeln!(
                out,
                "\n### Client instructions (callgrind, one 20,000-delta turn, whole client process)\n\n| client | instructions |\n|---|---:|\n| codex-sdk | {sdk} |\n| bare line client | {bare} |\n\ncodex-sdk / bare: {ratio:.3}"
            );
        }
        if let Some(generate) = self.generate_types_s {
            let _ = writeln!(
                out,
                "\n### Codegen\n\n| step | wall |\n|---|---:|\n| `cargo xtask generate-types` | {generate:.2} s |"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rep: usize, client: PairedClient, long_turn_s: f64) -> PairedRun {
        PairedRun {
            rep,
            client,
            report: ClientReport {
                client: format!("{client:?}"),
                startup_s: 0.0,
                turn_latencies_ms: Vec::new(),
                long_turn_s,
                deltas: 0,
                cpu_s: 0.0,
                peak_rss_kib: 0,
                usage: Default::default(),
            },
        }
    }

    #[test]
    fn a_paired_ratio_is_the_median_of_each_repetitions_own_ratio() {
        // Repetition 1 is a slow spell for both clients: the ratio within it still counts 1.1,
        // where a ratio of the two medians (11 / 10) would not see the pairing at all.
        let runs = [
            run(0, PairedClient::Bare, 10.0),
            run(0, PairedClient::SdkMultiThread, 10.5),
            run(1, PairedClient::Bare, 20.0),
            run(1, PairedClient::SdkMultiThread, 22.0),
            run(2, PairedClient::Bare, 9.0),
            run(2, PairedClient::SdkMultiThread, 9.9),
        ];
        let ratio = paired_ratio(&runs, PairedClient::SdkMultiThread, |r| r.long_turn_s);
        assert!(ratio.is_some_and(|r| (r - 1.1).abs() < 1e-9), "{ratio:?}");
        assert_eq!(
            paired_ratio(&runs, PairedClient::BareControl, |r| r.long_turn_s),
            None,
            "no control runs, no ratio"
        );
    }

    #[test]
    fn a_repetition_without_the_bare_client_is_left_out() {
        let runs = [
            run(0, PairedClient::Bare, 10.0),
            run(0, PairedClient::SdkCurrentThread, 12.0),
            run(1, PairedClient::SdkCurrentThread, 1.0),
        ];
        let ratio = paired_ratio(&runs, PairedClient::SdkCurrentThread, |r| r.long_turn_s);
        assert!(ratio.is_some_and(|r| (r - 1.2).abs() < 1e-9), "{ratio:?}");
    }
}
