//! Maintainer commands of the workspace, run as `cargo xtask <command>`.

mod checkout;
mod codegen;
mod codex_install;
mod demo;
mod pin_binaries;
mod recorder;
mod schema_diff;
mod update_schema;

/// The pin and schema reader, under the name the commands beside the generator use.
use codegen::input as schema_input;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Maintainer commands of the codex Rust SDK"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the quickstart example against the real app-server: with your Codex login if you
    /// have one, otherwise offline against a scripted model provider.
    Demo,
    /// Run the benchmarks (release build): decoding, end to end against the real app-server
    /// next to a bare client and the Python SDK, scale, codegen. Prints a table, writes JSON.
    Bench {
        /// Repetitions of each end-to-end client run.
        #[arg(long, default_value_t = 5)]
        reps: usize,
        /// Skip the codegen timings.
        #[arg(long)]
        skip_codegen: bool,
        /// Only these sections, comma-separated: decode, end-to-end, scale, long,
        /// instructions, codegen.
        #[arg(long)]
        only: Option<String>,
    },
    /// Regenerate every generated surface from schema/.
    GenerateTypes,
    /// Fail with a diff if the committed generated files differ from what the generator makes.
    CheckGenerated,
    /// Move to codex VERSION: record the sha256 of its binary on every platform, install it
    /// with npm, replace schema/ and its pin with its schema bundles, write the protocol
    /// changes to schema/protocol-changes.md, regenerate every generated surface, and print
    /// the changes.
    UpdateSchema {
        /// The codex CLI version, e.g. 0.169.0.
        #[arg(long)]
        codex_version: String,
    },
    /// Record again, in schema/pin.json, the sha256 of the codex binary of every platform
    /// package of the pinned and compatibility releases (fetched with `npm pack`, then
    /// deleted), fail if one differs from what is recorded, and regenerate.
    PinBinaries,
    /// What changed in the protocol between two codex versions (or two schema folders laid out
    /// as schema/), as Markdown.
    SchemaDiff {
        /// The old side: a version (exported with npm) or a folder.
        old: String,
        /// The new side: a version or a folder.
        new: String,
    },
    /// Run the property tests (framing, envelope decoding, the connection; the approval and
    /// turn layers) with random seeds for a while (`cargo test` runs a short, fixed set of the same
    /// cases).
    Fuzz {
        /// Seconds to run each property for.
        #[arg(long, default_value_t = 60)]
        time: u64,
    },
    /// Install the pinned codex with npm (into the codex-sdk cache: `CODEX_SDK_CACHE_DIR`, else
    /// the user's cache folder) and print its path.
    InstallCodex,
    /// Record real app-server traffic into the conformance fixtures of codex-protocol.
    RecordFixtures {
        /// Folder to write the `.jsonl` fixture files into.
        #[arg(long, default_value = "crates/codex-protocol/tests/fixtures")]
        out: PathBuf,
    },
}

fn main() -> Result<()> {
    let workspace = workspace_root();
    if let Some(code) = checkout::rerun_in_own_target_dir(&workspace)? {
        std::process::exit(code);
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Demo => {
            eprintln!("demo: finding codex (installed with npm on first use)");
            let codex = codex_install::ensure_codex(
                &workspace,
                &schema_input::pinned_version(&workspace)?,
            )?;
            demo::run(&workspace, &codex)
        }
        Command::Bench {
            reps,
            skip_codegen,
            only,
        } => {
            let mut command = cargo(&workspace);
            command
                .args([
                    "run",
                    "--release",
                    "--quiet",
                    "--package",
                    "codex-bench",
                    "--",
                    "all",
                    "--reps",
                ])
                .arg(reps.to_string());
            if skip_codegen {
                command.arg("--skip-codegen");
            }
            if let Some(only) = only {
                command.args(["--only", &only]);
            }
            let status = command.status()?;
            anyhow::ensure!(status.success(), "the benchmarks failed ({status})");
            Ok(())
        }
        Command::Fuzz { time } => {
            for (package, test) in [
                ("codex-driver-transport", "fuzz"),
                ("codex-driver", "approval_fuzz"),
                ("codex-driver", "turn_fuzz"),
            ] {
                let status = cargo(&workspace)
                    .args([
                        "test",
                        "--release",
                        "-p",
                        package,
                        "--test",
                        test,
                        "--",
                        "--nocapture",
                    ])
                    .env("CODEX_FUZZ_SECS", time.to_string())
                    .status()?;
                anyhow::ensure!(
                    status.success(),
                    "the fuzz run of {package} found a failure (see above)"
                );
            }
            Ok(())
        }
        Command::SchemaDiff { old, new } => {
            let side = |arg: &str| -> Result<schema_diff::Side> {
                let dir = schema_diff::side_dir(arg, |version| {
                    update_schema::export_schema(&workspace, version)
                })?;
                schema_diff::Side::read(arg, &dir)
            };
            let report = schema_diff::report(&side(&old)?, &side(&new)?);
            #[allow(clippy::print_stdout)] // The report is the command's output.
            {
                println!("{report}");
            }
            Ok(())
        }
        Command::GenerateTypes => codegen::write(&workspace),
        Command::CheckGenerated => codegen::check(&workspace),
        Command::UpdateSchema { codex_version } => update_schema::run(&workspace, &codex_version),
        Command::PinBinaries => pin_binaries::run(&workspace),
        Command::InstallCodex => {
            let codex = codex_install::ensure_codex(
                &workspace,
                &schema_input::pinned_version(&workspace)?,
            )?;
            // The path is the command's output, for scripts: `CODEX_BIN=$(cargo xtask install-codex)`.
            #[allow(clippy::print_stdout)]
            {
                println!("{}", codex.display());
            }
            Ok(())
        }
        Command::RecordFixtures { out } => {
            let codex = codex_install::ensure_codex(
                &workspace,
                &schema_input::pinned_version(&workspace)?,
            )?;
            recorder::run(&codex, &workspace.join(out))
        }
    }
}

/// `cargo` (the one running this xtask), in the workspace root.
pub(crate) fn cargo(workspace: &std::path::Path) -> std::process::Command {
    let mut command =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(workspace);
    // Without what `cargo run` set for this binary (`CARGO_MANIFEST_DIR`, `CARGO_PKG_*`,
    // ...): the build sees the environment the user's own cargo commands see, or build
    // scripts that watch one of those would rerun and their crates rebuild, now and again at
    // the user's next `cargo build`.
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        let set_by_cargo_run = key.starts_with("CARGO_PKG_")
            || [
                "CARGO_MANIFEST_DIR",
                "CARGO_MANIFEST_PATH",
                "CARGO_MANIFEST_LINKS",
                "CARGO_CRATE_NAME",
                "CARGO_BIN_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "CARGO_RUSTC_CURRENT_DIR",
                "OUT_DIR",
            ]
            .contains(&key);
        if set_by_cargo_run {
            command.env_remove(key);
        }
    }
    command
}

/// The workspace root: the parent of this crate's manifest folder, as `cargo run` (`cargo
/// xtask`) names it when it starts this binary, so that a build of another checkout sharing
/// the target dir still works on the checkout it was run from; else as it was at build time.
pub(crate) fn workspace_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.ends_with("xtask") && dir.join("Cargo.toml").is_file())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
