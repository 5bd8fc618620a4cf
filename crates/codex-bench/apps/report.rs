//! The arguments every app of the build bench takes and the report it prints, with std alone
//! (included by each app with `#[path]`), so the apps differ only in the SDK they drive.
//!
//! An app is run as `APP --codex PATH --turns N --deltas D`, with `CODEX_HOME` set up by the
//! bench (a scripted model provider, approvals `never`). It starts the server, starts a
//! thread, runs N turns with the prompts `short 0`, `short 1`, ... (each answered `ok`), then
//! one turn with the prompt `long D` (answered with D streamed deltas, counted), and prints one
//! line of JSON in the shape of the bench's `ClientReport`.

use std::time::Duration;

/// What the bench asks an app to do.
pub(crate) struct Args {
    /// The codex binary to start as `codex app-server`.
    pub(crate) codex: std::path::PathBuf,
    /// Short turns to run.
    pub(crate) turns: usize,
    /// Deltas of the long turn (0: no long turn).
    pub(crate) deltas: usize,
}

impl Args {
    /// Reads `--codex PATH --turns N --deltas D` from the command line; exits with a message
    /// on anything else.
    pub(crate) fn from_env() -> Args {
        let mut args = Args {
            codex: "codex".into(),
            turns: 20,
            deltas: 5_000,
        };
        let mut words = std::env::args().skip(1);
        while let Some(flag) = words.next() {
            let value = words.next().unwrap_or_default();
            let number = || {
                value.parse().unwrap_or_else(|_| {
                    eprintln!("{flag} takes a number, not {value:?}");
                    std::process::exit(2)
                })
            };
            match flag.as_str() {
                "--codex" => args.codex = value.clone().into(),
                "--turns" => args.turns = number(),
                "--deltas" => args.deltas = number(),
                _ => {
                    eprintln!("usage: APP --codex PATH --turns N --deltas D");
                    std::process::exit(2)
                }
            }
        }
        args
    }
}

/// The prompt of short turn `i`.
pub(crate) fn short_prompt(i: usize) -> String {
    format!("short {i}")
}

/// The prompt of the long turn of `deltas` deltas.
pub(crate) fn long_prompt(deltas: usize) -> String {
    format!("long {deltas}")
}

/// Prints the run's report (one line of JSON) to stdout.
pub(crate) fn print(
    client: &str,
    startup: Duration,
    latencies: &[Duration],
    long: Duration,
    deltas: usize,
) {
    let (user_s, system_s, switches) = crate::proc_usage::cpu_and_switches();
    let rss = crate::proc_usage::peak_rss_kib().unwrap_or_default();
    let latencies: Vec<String> = latencies
        .iter()
        .map(|d| format!("{}", d.as_secs_f64() * 1e3))
        .collect();
    let cpu_s = user_s + system_s;
    println!(
        "{{\"client\":\"{client}\",\"startup_s\":{},\"turn_latencies_ms\":[{}],\
         \"long_turn_s\":{},\"deltas\":{deltas},\"cpu_s\":{cpu_s},\"peak_rss_kib\":{rss},\
         \"usage\":{{\"user_s\":{user_s},\"system_s\":{system_s},\"voluntary_switches\":{switches}}}}}",
        startup.as_secs_f64(),
        latencies.join(","),
        long.as_secs_f64(),
    );
}
