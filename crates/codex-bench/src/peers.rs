//! The minimal app on codex-driver and on each Rust peer, run against the real app-server:
//! the standard run (20 short turns and a 5,000-delta turn) and one 100,000-delta turn,
//! `reps` times each in an order that rotates, for the client's CPU and peak memory.

use std::fmt::Write as _;
use std::path::Path;

use codex_sdk_testkit::CodexHome;

use crate::apps::{self, MinimalApp, Profile};
use crate::clients::ClientReport;
use crate::report::{Target, median};

/// The two runs each app makes: (short turns, deltas of the long turn).
pub(crate) const SIZES: [(usize, usize); 2] = [(20, 5_000), (0, 100_000)];

/// One app run.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct PeerRun {
    pub(crate) app: MinimalApp,
    pub(crate) deltas: usize,
    pub(crate) report: ClientReport,
}

/// Builds the apps (release) into `target_dir` and runs each `reps` times at both sizes.
pub(crate) fn measure(
    home: &CodexHome,
    codex: &Path,
    reps: usize,
    target_dir: &Path,
) -> Result<Vec<PeerRun>, String> {
    for app in MinimalApp::ALL {
        eprintln!("peers: building the {} app (release)", app.dir_name());
        apps::build(app, Profile::Release, target_dir)?;
    }
    let mut runs = Vec::new();
    for rep in 0..reps {
        eprintln!("peers: repetition {}/{reps}", rep + 1);
        let mut order = MinimalApp::ALL;
        order.rotate_left(rep % MinimalApp::ALL.len());
        for (turns, deltas) in SIZES {
            for app in order {
                let args = apps::run_args(codex, turns, deltas);
                let report = apps::run(home, &app.binary(target_dir, Profile::Release), &args)?;
                if report.deltas != deltas {
                    return Err(format!(
                        "the {} app counted {} deltas of {deltas}",
                        app.dir_name(),
                        report.deltas
                    ));
                }
                runs.push(PeerRun {
                    app,
                    deltas,
                    report,
                });
            }
        }
    }
    Ok(runs)
}

/// One app's medians at one size.
struct Summary {
    cpu_s: f64,
    peak_rss_mib: f64,
    median_turn_ms: f64,
    long_turn_s: f64,
}

fn summary(runs: &[PeerRun], app: MinimalApp, deltas: usize) -> Option<Summary> {
    let mine: Vec<&ClientReport> = runs
        .iter()
        .filter(|run| run.app == app && run.deltas == deltas)
        .map(|run| &run.report)
        .collect();
    if mine.is_empty() {
        return None;
    }
    #[allow(clippy::cast_precision_loss)]
    Some(Summary {
        cpu_s: median(mine.iter().map(|r| r.cpu_s).collect()),
        peak_rss_mib: mine.iter().map(|r| r.peak_rss_kib).max().unwrap_or(0) as f64 / 1024.0,
        median_turn_ms: median(
            mine.iter()
                .flat_map(|r| r.turn_latencies_ms.iter().copied())
                .collect(),
        ),
        long_turn_s: median(mine.iter().map(|r| r.long_turn_s).collect()),
    })
}

/// The goals against the peers: peak memory no more than the leanest peer's, client CPU the
/// lowest, at both sizes.
pub(crate) fn targets(runs: &[PeerRun]) -> Vec<Target> {
    let mut targets = Vec::new();
    for (_, deltas) in SIZES {
        let Some(ours) = summary(runs, MinimalApp::CodexDriver, deltas) else {
            continue;
        };
        let peers: Vec<(MinimalApp, Summary)> = [MinimalApp::AppServerSdk, MinimalApp::CodexCodes]
            .into_iter()
            .filter_map(|app| Some((app, summary(runs, app, deltas)?)))
            .collect();
        let leanest = peers
            .iter()
            .min_by(|a, b| a.1.peak_rss_mib.total_cmp(&b.1.peak_rss_mib));
        if let Some((peer, leanest)) = leanest {
            targets.push(Target {
                name: if deltas == 5_000 {
                    "peak RSS, minimal app, 5,000-delta run"
                } else {
                    "peak RSS, minimal app, 100,000-delta turn"
                },
                goal: "no more than the leanest Rust peer's",
                measured: format!(
                    "{:.1} MiB against {:.1} MiB ({})",
                    ours.peak_rss_mib,
                    leanest.peak_rss_mib,
                    peer.label()
                ),
                met: ours.peak_rss_mib <= leanest.peak_rss_mib,
            });
        }
        let thriftiest = peers.iter().min_by(|a, b| a.1.cpu_s.total_cmp(&b.1.cpu_s));
        if let Some((peer, thriftiest)) = thriftiest {
            targets.push(Target {
                name: if deltas == 5_000 {
                    "client CPU, minimal app, 5,000-delta run"
                } else {
                    "client CPU, minimal app, 100,000-delta turn"
                },
                goal: "the lowest of the Rust SDKs",
                measured: format!(
                    "{:.3} s against {:.3} s ({})",
                    ours.cpu_s,
                    thriftiest.cpu_s,
                    peer.label()
                ),
                met: ours.cpu_s <= thriftiest.cpu_s,
            });
        }
    }
    targets
}

/// The runs as a markdown table.
pub(crate) fn table(runs: &[PeerRun], out: &mut String) {
    let reps = runs
        .iter()
        .filter(|run| run.app == MinimalApp::CodexDriver)
        .count()
        / SIZES.len();
    let _ = writeln!(
        out,
        "\n### The minimal app on each Rust SDK (release, medians of {reps} runs, one after another)\n\n| app | run | client CPU | peak RSS | median short turn | long turn |\n|---|---|---:|---:|---:|---:|"
    );
    for (turns, deltas) in SIZES {
        for app in MinimalApp::ALL {
            let Some(s) = summary(runs, app, deltas) else {
                continue;
            };
            let turn = if turns == 0 {
                String::new()
            } else {
                format!("{:.1} ms", s.median_turn_ms)
            };
            let _ = writeln!(
                out,
                "| {} | {turns} short turns, {deltas} deltas | {:.3} s | {:.1} MiB | {turn} | {:.2} s |",
                app.label(),
                s.cpu_s,
                s.peak_rss_mib,
                s.long_turn_s,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::Usage;

    fn run(app: MinimalApp, deltas: usize, cpu_s: f64, peak_rss_kib: u64) -> PeerRun {
        PeerRun {
            app,
            deltas,
            report: ClientReport {
                client: app.dir_name().to_owned(),
                startup_s: 0.1,
                turn_latencies_ms: vec![40.0],
                long_turn_s: 1.0,
                deltas,
                cpu_s,
                peak_rss_kib,
                usage: Usage::default(),
            },
        }
    }

    #[test]
    fn memory_is_held_to_the_leanest_peer_and_cpu_to_the_thriftiest() {
        let runs = vec![
            run(MinimalApp::CodexDriver, 5_000, 0.02, 9_000),
            run(MinimalApp::AppServerSdk, 5_000, 0.05, 6_000),
            run(MinimalApp::CodexCodes, 5_000, 0.01, 5_120),
        ];
        let targets = targets(&runs);
        assert_eq!(targets.len(), 2, "no target for a size that was not run");
        assert_eq!(
            targets[0].measured,
            "8.8 MiB against 5.0 MiB (codex-codes 0.166.4)"
        );
        assert!(!targets[0].met);
        // codex-codes used less CPU: ours is not the lowest.
        assert!(
            targets[1].measured.contains("against 0.010 s (codex-codes"),
            "{}",
            targets[1].measured
        );
        assert!(!targets[1].met);
    }
}
