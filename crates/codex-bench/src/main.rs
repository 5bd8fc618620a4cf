//! `codex-bench`: the benchmarks behind `cargo xtask bench`. Decoding throughput, the client's
//! cost end to end against the real app-server (codex-sdk, a bare Rust client and the Python
//! SDK, in one run), short turns and a long turn with the clients side by side, scale, and
//! codegen. Prints a table and writes JSON.
#![allow(clippy::print_stdout)]

mod apps;
mod build_cost;
mod clients;
mod decode;
mod lockstep;
mod measure;
mod pace;
mod peers;
mod python;
mod report;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use codex_sdk_testkit::{CodexHome, Reply, ScriptedProvider, SseScript, codex_bin, last_user_text};

use crate::clients::ClientReport;
use crate::pace::Pace;
use crate::report::{ClientSummary, Report};

#[derive(Parser)]
#[command(name = "codex-bench", about = "Benchmarks of the Codex Rust SDK")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Everything: decode, end to end, scale, short and long turns side by side, codegen.
    All {
        /// Repetitions of each comparison (medians are reported).
        #[arg(long, default_value_t = 5)]
        reps: usize,
        /// Where to write the JSON results: `target/bench/results.json` for a full run,
        /// `target/bench/results-partial.json` with `--only`, so a partial run does not
        /// overwrite the last full one.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Skip the codegen timing.
        #[arg(long)]
        skip_codegen: bool,
        /// Rounds of the clean builds (`build`; medians are reported).
        #[arg(long, default_value_t = 3)]
        build_rounds: usize,
        /// Only these sections (comma-separated), e.g. `--only decode,long`.
        #[arg(long, value_enum, value_delimiter = ',')]
        only: Vec<Section>,
    },
    /// One client run (used by `all`, in a process of its own); prints a JSON report.
    Client {
        /// Which client.
        #[arg(long, value_enum)]
        kind: ClientKind,
        /// The codex binary.
        #[arg(long)]
        codex: PathBuf,
        /// Short turns to run.
        #[arg(long, default_value_t = 20)]
        turns: usize,
        /// Take steps (a short turn, the long turn) from stdin instead, in lockstep with other
        /// clients (see `Pace::Lockstep`).
        #[arg(long)]
        lockstep: bool,
        /// Deltas of the long turn (0: none).
        #[arg(long, default_value_t = 5_000)]
        deltas: usize,
        /// Threads at once (the `scale` kind).
        #[arg(long, default_value_t = 32)]
        threads: usize,
    },
    /// Builds one of the minimal apps (`apps/NAME`, release) and runs it once against the real
    /// app-server and the scripted model; prints its report.
    App {
        /// The app: codex-driver, codex-app-server-sdk or codex-codes.
        name: String,
        /// Short turns to run.
        #[arg(long, default_value_t = 20)]
        turns: usize,
        /// Deltas of the long turn (0: none).
        #[arg(long, default_value_t = 5_000)]
        deltas: usize,
    },
}

/// The parts of a full run.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Section {
    /// Decoding throughput: typed, `Value`, `IgnoredAny`.
    Decode,
    /// Start-up, short turns and a 5,000-delta turn: codex-sdk, bare, Python, one after another.
    EndToEnd,
    /// 32 threads at once, one 5,000-delta turn.
    Scale,
    /// Short turns: codex-sdk on both runtimes, the bare client and a control, taken in turn.
    Short,
    /// One 100,000-delta turn: the same clients, side by side in time slices.
    Long,
    /// Instructions of a 20,000-delta turn, under callgrind.
    Instructions,
    /// The minimal app on codex-driver and on each Rust peer: CPU and peak memory at 5,000
    /// and 100,000 deltas.
    Peers,
    /// A user's first build: the minimal app on each Rust SDK and codex-protocol alone, from
    /// an empty target dir, debug and release.
    Build,
    /// `cargo xtask generate-types`.
    Codegen,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClientKind {
    /// codex-sdk.
    Sdk,
    /// The bare line-by-line client.
    Bare,
    /// codex-sdk, many threads at once.
    Scale,
}

fn main() -> Result<(), String> {
    match Cli::parse().command {
        Cmd::All {
            reps,
            out,
            skip_codegen,
            build_rounds,
            only,
        } => {
            let out = out.unwrap_or_else(|| {
                let name = if only.is_empty() {
                    "results.json"
                } else {
                    "results-partial.json"
                };
                Path::new("target/bench").join(name)
            });
            let wanted = |section: Section| {
                (only.is_empty() || only.contains(&section))
                    && !(skip_codegen && section == Section::Codegen)
            };
            run_all(reps, build_rounds, &out, wanted)
        }
        Cmd::App {
            name,
            turns,
            deltas,
        } => run_app(&apps::MinimalApp::named(&name)?, turns, deltas),
        Cmd::Client {
            kind,
            codex,
            turns,
            lockstep,
            deltas,
            threads,
        } => {
            let pace = if lockstep {
                Pace::Lockstep
            } else {
                Pace::Turns(turns)
            };
            let report = match kind {
                ClientKind::Bare => clients::bare(&codex, pace, deltas)?,
                ClientKind::Sdk | ClientKind::Scale => {
                    // `CODEX_BENCH_RUNTIME=current` runs the client on a single-threaded runtime;
                    // `traced` on the multi-thread one, with every span recorded by a
                    // subscriber that does nothing else.
                    let flavor = std::env::var("CODEX_BENCH_RUNTIME").unwrap_or_default();
                    if flavor == "traced" {
                        tracing::subscriber::set_global_default(tracing_subscriber::registry())
                            .map_err(|e| e.to_string())?;
                    }
                    let runtime = match flavor.as_str() {
                        "current" => tokio::runtime::Builder::new_current_thread()
                            .enable_all()
                            .build(),
                        _ => tokio::runtime::Runtime::new(),
                    }
                    .map_err(|e| e.to_string())?;
                    let run = async {
                        match kind {
                            ClientKind::Scale => clients::sdk_scale(&codex, threads, turns)
                                .await
                                .map_err(|e| e.to_string()),
                            _ => clients::sdk(&codex, pace, deltas).await,
                        }
                    };
                    runtime.block_on(run)?
                }
            };
            println!(
                "{}",
                serde_json::to_string(&report).map_err(|e| e.to_string())?
            );
            Ok(())
        }
    }
}

/// The `app` subcommand: builds `app` (release) and runs it once on a scripted provider.
fn run_app(app: &apps::MinimalApp, turns: usize, deltas: usize) -> Result<(), String> {
    let target = workspace_root().join("target/bench/apps");
    apps::build(*app, apps::Profile::Release, &target)?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let provider = runtime.block_on(ScriptedProvider::start());
    scripted_model(&provider);
    let home = CodexHome::with_provider(&provider, "never");
    let args = apps::run_args(&codex_bin(), turns, deltas);
    let report = apps::run(&home, &app.binary(&target, apps::Profile::Release), &args)?;
    println!(
        "{}",
        serde_json::to_string(&report).map_err(|e| e.to_string())?
    );
    Ok(())
}

pub(crate) fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A model that answers `long N` with N streamed deltas and anything else with a short message.
fn scripted_model(provider: &ScriptedProvider) {
    provider.respond_with(|body| {
        let text = last_user_text(body).unwrap_or_default();
        match text
            .strip_prefix("long ")
            .and_then(|n| n.parse::<usize>().ok())
        {
            Some(deltas) => Reply::Stream(
                SseScript::new().streamed_message((0..deltas).map(|i| format!("d{i} "))),
            ),
            None => Reply::message("ok"),
        }
    });
}

/// The short turns each client runs per repetition of the short-turn comparison.
const SHORT_TURNS: usize = 40;

/// The deltas of the long turn the streaming targets are measured on.
const LONG_TURN_DELTAS: usize = 100_000;

/// The `client` subcommand's arguments for a client of `kind` on the `codex` binary.
pub(crate) fn client_args(kind: &str, codex: &Path) -> Vec<String> {
    ["--kind", kind, "--codex", &codex.display().to_string()]
        .map(String::from)
        .to_vec()
}

/// [`client_args`] for a run of one turn of `deltas` deltas and nothing else.
fn one_turn_args(kind: &str, codex: &Path, deltas: usize) -> Vec<String> {
    let mut args = client_args(kind, codex);
    args.extend(["--turns", "0", "--deltas", &deltas.to_string()].map(String::from));
    args
}

/// Runs this binary's `client` subcommand in a new process with `home` as `CODEX_HOME`.
fn run_client(home: &CodexHome, args: &[String]) -> Result<ClientReport, String> {
    let output = client_command(home, args, "multi")
        .output()
        .map_err(|e| format!("running a client: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "a client run failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    if std::env::var_os("CODEX_BENCH_VERBOSE").is_some() {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("a client's report: {e}"))
}

/// This binary's `client` subcommand with `args`, `home` as `CODEX_HOME`, the sdk client on
/// a `runtime` of that flavor (`multi` or `current`).
pub(crate) fn client_command(home: &CodexHome, args: &[String], runtime: &str) -> Command {
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("codex-bench"));
    // `CODEX_BENCH_WRAP="strace -c -f"` (say) runs each client under that command, to
    // profile it; its report goes to stderr (shown with `CODEX_BENCH_VERBOSE`).
    let wrap = std::env::var("CODEX_BENCH_WRAP").unwrap_or_default();
    let mut command = match wrap.split_whitespace().collect::<Vec<_>>().split_first() {
        Some((program, args)) => {
            let mut command = Command::new(program);
            command.args(args).arg(exe);
            command
        }
        None => Command::new(exe),
    };
    command
        .arg("client")
        .args(args)
        .env("CODEX_BENCH_RUNTIME", runtime)
        .env("CODEX_HOME", home.home())
        .current_dir(home.workspace());
    command
}

/// The instructions a client executes for one turn of `deltas` deltas, counted by callgrind
/// (the same count for the same binary and input, however busy the machine is); `None`
/// when valgrind is not installed.
fn count_instructions(
    home: &CodexHome,
    kind: &str,
    codex: &Path,
    deltas: usize,
) -> Result<Option<u64>, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(exe)
        .arg("client")
        .args(one_turn_args(kind, codex, deltas))
        .env("CODEX_HOME", home.home())
        .current_dir(home.workspace())
        .output();
    let Ok(output) = output else { return Ok(None) };
    if !output.status.success() {
        return Err(format!(
            "a client under callgrind failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let refs = stderr
        .lines()
        .find_map(|l| l.split_once("I   refs:"))
        .map(|(_, n)| n.trim().replace(',', ""));
    Ok(refs.and_then(|n| n.parse().ok()))
}

/// Decodes the bench corpus `rounds` times with each decoder into `report`.
fn decode_section(report: &mut Report, rounds: usize) -> Result<(), String> {
    eprintln!("decode: building the corpus");
    let corpus = decode::corpus(&workspace_root().join("crates/codex-protocol/tests/fixtures"))?;
    let lines = || corpus.iter().flat_map(|segment| &segment.lines);
    report.decode_corpus_messages = lines().count();
    #[allow(clippy::cast_precision_loss)]
    let megabytes = lines().map(String::len).sum::<usize>() as f64 / 1e6;
    report.decode_corpus_mb = megabytes;
    report.decode = decode::run(&corpus, rounds);
    Ok(())
}

fn run_all(
    reps: usize,
    build_rounds: usize,
    out: &Path,
    wanted: impl Fn(Section) -> bool,
) -> Result<(), String> {
    let root = workspace_root();
    let bench_dir = root.join("target/bench");
    std::fs::create_dir_all(&bench_dir).map_err(|e| e.to_string())?;
    let mut report = Report::default();

    if wanted(Section::Decode) {
        decode_section(&mut report, 7)?;
    }

    let against_the_server = [
        Section::EndToEnd,
        Section::Scale,
        Section::Short,
        Section::Long,
        Section::Instructions,
        Section::Peers,
    ];
    if against_the_server.into_iter().any(&wanted) {
        server_sections(&mut report, &codex_bin(), reps, &wanted)?;
    }
    if wanted(Section::Build) {
        report.build = Some(build_cost::measure(
            build_rounds,
            &bench_dir.join("clean-build"),
        )?);
    }
    if wanted(Section::Codegen) {
        eprintln!("codegen: generate-types");
        report.generate_types_s = Some(time_command(&root, &["xtask", "generate-types"], 1)?);
    }

    print!("{}", report.table());
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    let out = if out.is_absolute() {
        out.to_owned()
    } else {
        root.join(out)
    };
    std::fs::write(&out, json).map_err(|e| format!("writing {}: {e}", out.display()))?;
    eprintln!("results written to {}", out.display());
    Ok(())
}

/// The sections run against the real app-server, on one scripted provider and `CODEX_HOME`.
fn server_sections(
    report: &mut Report,
    codex: &Path,
    reps: usize,
    wanted: &impl Fn(Section) -> bool,
) -> Result<(), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.spawn(lockstep::end_clients_on_interrupt());
    let provider = runtime.block_on(ScriptedProvider::start());
    scripted_model(&provider);
    let home = CodexHome::with_provider(&provider, "never");
    // The first server on a fresh CODEX_HOME sets it up (state database, ...): an untimed run
    // pays for that so no client does.
    run_client(&home, &client_args("bare", codex))?;
    if wanted(Section::EndToEnd) {
        end_to_end(report, &home, codex, reps)?;
    }
    if wanted(Section::Scale) {
        eprintln!("scale: 32 threads at once, and a 5,000-delta turn");
        let mut scale_args = client_args("scale", codex);
        scale_args.extend(["--threads", "32", "--turns", "5"].map(String::from));
        report.scale_32_threads = Some(run_client(&home, &scale_args)?);
        report.sdk_5k_only = Some(run_client(&home, &one_turn_args("sdk", codex, 5_000))?);
    }
    if wanted(Section::Short) {
        report.short = lockstep::short_turns(&home, codex, reps, SHORT_TURNS)?;
    }
    if wanted(Section::Long) {
        report.long = lockstep::long_turns(&home, codex, reps, LONG_TURN_DELTAS)?;
    }
    if wanted(Section::Instructions) {
        eprintln!(
            "instructions: a 20,000-delta turn under callgrind, codex-sdk and the bare client"
        );
        report.instructions_20k_sdk = count_instructions(&home, "sdk", codex, 20_000)?;
        report.instructions_20k_bare = count_instructions(&home, "bare", codex, 20_000)?;
    }
    if wanted(Section::Peers) {
        let target = workspace_root().join("target/bench/apps");
        report.peers = peers::measure(&home, codex, reps, &target)?;
    }
    Ok(())
}

/// The orders of the end-to-end clients (0 codex-sdk, 1 bare, 2 Python), one per repetition.
const ORDERS: [[usize; 3]; 6] = [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
    [1, 0, 2],
];

/// The standard run of each client (`reps` times, one after another): codex-sdk, the bare
/// client and, when it can be installed, the Python SDK.
fn end_to_end(
    report: &mut Report,
    home: &CodexHome,
    codex: &Path,
    reps: usize,
) -> Result<(), String> {
    let bench_dir = workspace_root().join("target/bench");
    let python = python::ensure_python(&bench_dir);
    if let Err(why) = &python {
        eprintln!("python client skipped: {why}");
        report.python_skipped = Some(why.clone());
    }
    let mut runs: Vec<ClientReport> = Vec::new();
    for rep in 0..reps {
        eprintln!("end to end: repetition {}/{reps}", rep + 1);
        // The six orders in turn: every client runs first, second and last equally often,
        // and after each other client. Run one after another, the first of a repetition
        // reads about 4% slower than the same client in another place (the bare client in
        // two places, ten repetitions), more than the differences measured here.
        for client in ORDERS[rep % ORDERS.len()] {
            match client {
                0 => runs.push(run_client(home, &client_args("sdk", codex))?),
                1 => runs.push(run_client(home, &client_args("bare", codex))?),
                _ => {
                    if let Ok(python) = &python {
                        runs.push(python::run(
                            python,
                            &bench_dir,
                            codex,
                            20,
                            5_000,
                            &[("CODEX_HOME", &home.home())],
                        )?);
                    }
                }
            }
        }
    }
    report.clients = ClientSummary::from_runs(&runs);
    report.end_to_end_runs = runs;
    Ok(())
}

/// Times `cargo ARGS` after `warmups` untimed runs (a warm-up builds what the timed run uses).
fn time_command(root: &Path, args: &[&str], warmups: usize) -> Result<f64, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let run = || -> Result<Duration, String> {
        let started = Instant::now();
        let status = Command::new(&cargo)
            .args(args)
            .current_dir(root)
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("`cargo {}` failed", args.join(" ")));
        }
        Ok(started.elapsed())
    };
    for _ in 0..warmups {
        run()?;
    }
    Ok(run()?.as_secs_f64())
}
