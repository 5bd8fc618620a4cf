//! The official Python SDK (`openai-codex` 0.163.0) as a third client: installed in a virtual
//! environment under `target/bench/`, pointed at the same codex binary, doing the same run.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::clients::ClientReport;

/// The Python SDK release the benchmark compares with.
const PYTHON_SDK: &str = "openai-codex==0.163.0";

/// The standard run in Python; prints the same JSON report as the Rust clients.
const CLIENT_SCRIPT: &str = r#"
import json, resource, sys, time
from openai_codex import Codex, CodexConfig

codex_bin, turns, deltas = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
started = time.perf_counter()
codex = Codex(CodexConfig(codex_bin=codex_bin))
startup = time.perf_counter() - started
thread = codex.thread_start()
latencies = []
for i in range(turns):
    t = time.perf_counter()
    thread.run(f"short {i}")
    latencies.append((time.perf_counter() - t) * 1e3)
received = 0
t = time.perf_counter()
if deltas:
    for event in thread.turn(f"long {deltas}").stream():
        if event.method == "item/agentMessage/delta":
            received += 1
long_s = time.perf_counter() - t
codex.close()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"client": "python openai-codex 0.163.0", "startup_s": startup,
    "turn_latencies_ms": latencies, "long_turn_s": long_s, "deltas": received,
    "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_kib": usage.ru_maxrss}))
"#;

/// A Python with the SDK installed, or why there is none.
pub(crate) fn ensure_python(bench_dir: &Path) -> Result<PathBuf, String> {
    let venv = bench_dir.join("venv");
    let python = venv.join("bin/python");
    let has_sdk = |python: &Path| {
        Command::new(python)
            .args(["-c", "import openai_codex"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if python.is_file() && has_sdk(&python) {
        return Ok(python);
    }
    let created = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status();
    if !created.is_ok_and(|s| s.success()) {
        return Err("python3 with venv is not available".into());
    }
    let installed = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", PYTHON_SDK])
        .status();
    if !installed.is_ok_and(|s| s.success()) || !has_sdk(&python) {
        return Err(format!(
            "`pip install {PYTHON_SDK}` failed (is PyPI reachable?)"
        ));
    }
    Ok(python)
}

/// Runs the Python client once.
pub(crate) fn run(
    python: &Path,
    bench_dir: &Path,
    codex_bin: &Path,
    turns: usize,
    deltas: usize,
    envs: &[(&str, &Path)],
) -> Result<ClientReport, String> {
    let script = bench_dir.join("python_client.py");
    std::fs::write(&script, CLIENT_SCRIPT)
        .map_err(|e| format!("writing {}: {e}", script.display()))?;
    let mut command = Command::new(python);
    command
        .arg(&script)
        .arg(codex_bin)
        .arg(turns.to_string())
        .arg(deltas.to_string());
    for (key, value) in envs {
        command.env(key, value);
    }
    let output = command
        .output()
        .map_err(|e| format!("running python: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the Python client failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("the Python client's report: {e}"))
}
