//! What a user's first build costs: the same minimal app on codex-driver and on each Rust
//! peer, built from an empty target directory, debug and release, in rounds whose order
//! rotates (so a slow spell of the machine falls on every app alike); plus codex-protocol
//! alone. Medians of the rounds.

use std::fmt::Write as _;
use std::path::Path;

use crate::apps::{self, Build, MinimalApp, Profile};
use crate::report::{Target, median};

/// One clean build.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct BuildRun {
    pub(crate) round: usize,
    /// The app, or `None` for codex-protocol alone.
    pub(crate) app: Option<MinimalApp>,
    pub(crate) profile: Profile,
    pub(crate) build: Build,
    /// The executable's size, for an app.
    pub(crate) binary_bytes: Option<u64>,
}

/// Every clean build of the section, in the order run.
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct BuildCost {
    pub(crate) runs: Vec<BuildRun>,
}

/// Runs `rounds` rounds of clean builds in `scratch` (emptied before each build).
pub(crate) fn measure(rounds: usize, scratch: &Path) -> Result<BuildCost, String> {
    for app in MinimalApp::ALL {
        apps::fetch(app)?;
    }
    let mut cost = BuildCost::default();
    // Each round builds every app in both profiles and codex-protocol; the next round starts
    // one place further on, and the profiles swap.
    let mut steps: Vec<(Option<MinimalApp>, Profile)> = Vec::new();
    for app in MinimalApp::ALL {
        steps.push((Some(app), Profile::Debug));
        steps.push((Some(app), Profile::Release));
    }
    steps.push((None, Profile::Debug));
    for round in 0..rounds {
        let mut order = steps.clone();
        order.rotate_left(round * 3 % steps.len());
        for (app, profile) in order {
            let what = app.map_or("codex-protocol", MinimalApp::dir_name);
            eprintln!("build: round {}/{rounds}, {what}, {profile:?}", round + 1);
            let _ = std::fs::remove_dir_all(scratch);
            let build = match app {
                Some(app) => apps::build(app, profile, scratch)?,
                None => apps::build_protocol(scratch)?,
            };
            let binary_bytes = app
                .and_then(|app| std::fs::metadata(app.binary(scratch, profile)).ok())
                .map(|meta| meta.len());
            cost.runs.push(BuildRun {
                round,
                app,
                profile,
                build,
                binary_bytes,
            });
        }
    }
    let _ = std::fs::remove_dir_all(scratch);
    Ok(cost)
}

/// The medians of one app's (or codex-protocol's) builds with one profile.
struct Medians {
    wall_s: f64,
    cpu_s: f64,
    crates: usize,
    binary_mb: Option<f64>,
    walls: Vec<f64>,
}

impl BuildCost {
    fn medians(&self, app: Option<MinimalApp>, profile: Profile) -> Option<Medians> {
        let runs: Vec<&BuildRun> = self
            .runs
            .iter()
            .filter(|run| run.app == app && run.profile == profile)
            .collect();
        if runs.is_empty() {
            return None;
        }
        #[allow(clippy::cast_precision_loss)]
        let sizes: Vec<f64> = runs
            .iter()
            .filter_map(|run| run.binary_bytes)
            .map(|bytes| bytes as f64 / 1e6)
            .collect();
        Some(Medians {
            wall_s: median(runs.iter().map(|run| run.build.wall_s).collect()),
            cpu_s: median(runs.iter().map(|run| run.build.cpu_s).collect()),
            crates: runs.iter().map(|run| run.build.crates).max().unwrap_or(0),
            binary_mb: (!sizes.is_empty()).then(|| median(sizes)),
            walls: runs.iter().map(|run| run.build.wall_s).collect(),
        })
    }

    /// The section's goals, each with its standing.
    pub(crate) fn targets(&self) -> Vec<Target> {
        let mut targets = Vec::new();
        let peers = [MinimalApp::AppServerSdk, MinimalApp::CodexCodes];
        let ours = |profile| self.medians(Some(MinimalApp::CodexDriver), profile);
        let peer_medians = |profile| -> Vec<(MinimalApp, Medians)> {
            peers
                .into_iter()
                .filter_map(|app| Some((app, self.medians(Some(app), profile)?)))
                .collect()
        };
        if let Some(ours) = ours(Profile::Debug) {
            let fastest = peer_medians(Profile::Debug)
                .into_iter()
                .min_by(|a, b| a.1.wall_s.total_cmp(&b.1.wall_s));
            if let Some((peer, fastest)) = fastest {
                targets.push(Target {
                    name: "minimal app, clean debug build",
                    goal: "no slower than the fastest Rust peer",
                    measured: format!(
                        "{:.1} s against {:.1} s ({})",
                        ours.wall_s,
                        fastest.wall_s,
                        peer.label()
                    ),
                    met: ours.wall_s <= fastest.wall_s,
                });
            }
        }
        if let Some(ours) = ours(Profile::Release).and_then(|m| m.binary_mb) {
            let largest = peer_medians(Profile::Release)
                .into_iter()
                .filter_map(|(app, m)| Some((app, m.binary_mb?)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((peer, largest)) = largest {
                targets.push(Target {
                    name: "minimal app, release binary",
                    goal: "no larger than the largest Rust peer's",
                    measured: format!("{ours:.1} MB against {largest:.1} MB ({})", peer.label()),
                    met: ours <= largest,
                });
            }
        }
        if let Some(protocol) = self.medians(None, Profile::Debug) {
            targets.push(Target {
                name: "codex-protocol, clean debug build",
                goal: "under 20 s",
                measured: format!("{:.1} s", protocol.wall_s),
                met: protocol.wall_s < 20.0,
            });
        }
        targets
    }

    /// The builds as a markdown table.
    pub(crate) fn table(&self, out: &mut String) {
        let rounds = self.runs.iter().map(|run| run.round + 1).max().unwrap_or(0);
        let _ = writeln!(
            out,
            "\n### A user's first build (from an empty target dir, median of {rounds} rounds)\n\n| build | profile | wall | each round | CPU | crates compiled | binary |\n|---|---|---:|---|---:|---:|---:|"
        );
        let rows = MinimalApp::ALL.into_iter().map(Some).chain([None]);
        for app in rows {
            for profile in [Profile::Debug, Profile::Release] {
                let Some(m) = self.medians(app, profile) else {
                    continue;
                };
                let walls: Vec<String> = m.walls.iter().map(|w| format!("{w:.1}")).collect();
                let binary = m
                    .binary_mb
                    .map_or_else(String::new, |mb| format!("{mb:.1} MB"));
                let _ = writeln!(
                    out,
                    "| {} | {profile:?} | {:.1} s | {} | {:.1} s | {} | {binary} |",
                    app.map_or("codex-protocol alone (`cargo build -p`)", MinimalApp::label),
                    m.wall_s,
                    walls.join(", "),
                    m.cpu_s,
                    m.crates,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(round: usize, app: Option<MinimalApp>, profile: Profile, wall_s: f64) -> BuildRun {
        BuildRun {
            round,
            app,
            profile,
            build: Build {
                wall_s,
                cpu_s: wall_s,
                crates: 10,
            },
            binary_bytes: (profile == Profile::Release).then_some((wall_s * 1e6) as u64),
        }
    }

    #[test]
    fn the_goals_compare_medians_with_the_fastest_and_the_largest_peer() {
        let mut cost = BuildCost::default();
        for (round, (ours, peer_a, peer_b)) in
            [(30.0, 40.0, 25.0), (31.0, 41.0, 26.0), (90.0, 39.0, 27.0)]
                .into_iter()
                .enumerate()
        {
            for profile in [Profile::Debug, Profile::Release] {
                cost.runs
                    .push(run(round, Some(MinimalApp::CodexDriver), profile, ours));
                cost.runs
                    .push(run(round, Some(MinimalApp::AppServerSdk), profile, peer_a));
                cost.runs
                    .push(run(round, Some(MinimalApp::CodexCodes), profile, peer_b));
            }
            cost.runs.push(run(round, None, Profile::Debug, 19.0));
        }
        let targets = cost.targets();
        let build = &targets[0];
        // Medians: ours 31 s (the 90 s round is an outlier), the fastest peer's 26 s.
        assert_eq!(
            build.measured,
            "31.0 s against 26.0 s (codex-codes 0.166.4)"
        );
        assert!(!build.met);
        let binary = &targets[1];
        // Ours 31 MB against the largest peer's 40 MB (codex-app-server-sdk).
        assert!(
            binary
                .measured
                .contains("against 40.0 MB (codex-app-server-sdk 0.5.1)"),
            "{}",
            binary.measured
        );
        assert!(binary.met);
        assert!(targets[2].met, "codex-protocol in 19 s is under 20 s");
    }
}
