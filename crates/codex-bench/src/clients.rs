//! The clients the end-to-end benchmark runs, each in a process of its own so its CPU time
//! and memory are its own: codex-sdk, and a bare line-by-line JSON client (the floor).
//! Each does the standard run and prints one JSON report on stdout.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use codex_sdk::protocol::ServerNotification;
use codex_sdk::{Codex, ThreadStartOptions};
use serde_json::{Value, json};

use crate::measure::{Usage, own_usage, peak_rss_kib};
use crate::pace::{Pace, Step};

/// What one client run measured.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct ClientReport {
    pub(crate) client: String,
    pub(crate) startup_s: f64,
    pub(crate) turn_latencies_ms: Vec<f64>,
    /// The long turn's wall time; side by side, the sum of its slices (the orchestrator's
    /// measure replaces the client's, which counts the time it was stopped).
    pub(crate) long_turn_s: f64,
    pub(crate) deltas: usize,
    pub(crate) cpu_s: f64,
    pub(crate) peak_rss_kib: u64,
    /// CPU time split, and context switches (absent from the Python client's report).
    #[serde(default)]
    pub(crate) usage: Usage,
}

/// The text of the long turn's prompt: the provider streams `deltas` deltas for it.
pub(crate) fn long_prompt(deltas: usize) -> String {
    format!("long {deltas}")
}

fn finish(
    client: &str,
    startup: Duration,
    latencies: &[Duration],
    long: Duration,
    deltas: usize,
) -> ClientReport {
    let usage = own_usage();
    ClientReport {
        client: client.to_owned(),
        startup_s: startup.as_secs_f64(),
        turn_latencies_ms: latencies.iter().map(|d| d.as_secs_f64() * 1e3).collect(),
        long_turn_s: long.as_secs_f64(),
        deltas,
        cpu_s: usage.user_s + usage.system_s,
        peak_rss_kib: peak_rss_kib().unwrap_or_default(),
        usage,
    }
}

/// The standard run through codex-sdk.
pub(crate) async fn sdk(
    codex_bin: &Path,
    pace: Pace,
    deltas: usize,
) -> Result<ClientReport, String> {
    let started = Instant::now();
    let codex = Codex::builder()
        .binary(codex_bin)
        .start()
        .await
        .map_err(|e| e.to_string())?;
    let startup = started.elapsed();
    let thread = codex
        .thread_start(ThreadStartOptions::new())
        .await
        .map_err(|e| e.to_string())?;
    pace.ready()?;
    let mut latencies = Vec::new();
    let mut long = None;
    loop {
        match pace
            .next_async(latencies.len(), long.is_some(), deltas)
            .await?
        {
            Step::Short => {
                let started = Instant::now();
                thread
                    .run(format!("short {}", latencies.len()))
                    .await
                    .map_err(|e| e.to_string())?;
                let latency = started.elapsed();
                latencies.push(latency);
                pace.short_done(latency)?;
            }
            Step::Long => {
                let started = Instant::now();
                let received = sdk_long_turn(&thread, deltas).await?;
                long = Some((started.elapsed(), received));
                pace.long_done()?;
            }
            Step::End => break,
        }
    }
    let (long, received) = long.unwrap_or_default();
    codex.close().await;
    Ok(finish("codex-sdk", startup, &latencies, long, received))
}

/// One long turn of `deltas` deltas through codex-sdk's event stream; the deltas received.
async fn sdk_long_turn(thread: &codex_sdk::Thread, deltas: usize) -> Result<usize, String> {
    let mut turn = thread
        .turn(long_prompt(deltas))
        .await
        .map_err(|e| e.to_string())?;
    let mut events = turn.stream();
    let mut received = 0;
    while let Some(event) = events.next().await {
        if let ServerNotification::ItemAgentMessageDelta(_) = event.map_err(|e| e.to_string())? {
            received += 1;
        }
    }
    Ok(received)
}

/// `threads` threads each running `turns` short turns at once on one connection; returns the
/// wall time in the report's `long_turn_s`.
pub(crate) async fn sdk_scale(
    codex_bin: &Path,
    threads: usize,
    turns: usize,
) -> Result<ClientReport, codex_sdk::Error> {
    let started = Instant::now();
    let codex = Codex::builder().binary(codex_bin).start().await?;
    let startup = started.elapsed();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for t in 0..threads {
        let codex = codex.clone();
        tasks.push(tokio::spawn(async move {
            let thread = codex.thread_start(ThreadStartOptions::new()).await?;
            for i in 0..turns {
                thread.run(format!("thread {t} turn {i}")).await?;
            }
            Ok::<_, codex_sdk::Error>(())
        }));
    }
    for task in tasks {
        task.await.map_err(|e| {
            codex_sdk::Error::InvalidInput(format!("a thread's task failed: {e}"))
        })??;
    }
    let wall = started.elapsed();
    codex.close().await;
    Ok(finish("codex-sdk (scale)", startup, &[], wall, 0))
}

/// A bare client: one `serde_json::Value` per line, no routing, no types. The floor.
pub(crate) fn bare(codex_bin: &Path, pace: Pace, deltas: usize) -> Result<ClientReport, String> {
    let started = Instant::now();
    let mut child = Command::new(codex_bin)
        .arg("app-server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting codex: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let mut lines = BufReader::new(child.stdout.take().ok_or("no stdout")?).lines();
    let mut next_id = 0u64;
    let mut request = |stdin: &mut std::process::ChildStdin,
                       method: &str,
                       params: Value|
     -> Result<u64, String> {
        next_id += 1;
        writeln!(
            stdin,
            "{}",
            json!({"id": next_id, "method": method, "params": params})
        )
        .map_err(|e| e.to_string())?;
        Ok(next_id)
    };
    let mut wait_for = |pred: &mut dyn FnMut(&Value) -> bool| -> Result<Value, String> {
        for line in lines.by_ref() {
            let message: Value = serde_json::from_str(&line.map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
            if pred(&message) {
                return Ok(message);
            }
        }
        Err("the server closed its output".into())
    };
    let init = request(
        &mut stdin,
        "initialize",
        json!({"clientInfo": {"name": "bare", "title": null, "version": "0"}}),
    )?;
    wait_for(&mut |m| m["id"] == init)?;
    writeln!(stdin, "{}", json!({"method": "initialized"})).map_err(|e| e.to_string())?;
    let startup = started.elapsed();
    let start = request(&mut stdin, "thread/start", json!({}))?;
    let thread = wait_for(&mut |m| m["id"] == start)?;
    let thread_id = thread["result"]["thread"]["id"].clone();
    let mut run_turn = |text: String, deltas: &mut usize| -> Result<(), String> {
        request(
            &mut stdin,
            "turn/start",
            json!({"threadId": thread_id, "input": [{"type": "text", "text": text}]}),
        )?;
        wait_for(&mut |m| {
            if m["method"] == "item/agentMessage/delta" {
                *deltas += 1;
            }
            m["method"] == "turn/completed"
        })?;
        Ok(())
    };
    pace.ready()?;
    let mut latencies = Vec::new();
    let mut long = None;
    loop {
        match pace.next(latencies.len(), long.is_some(), deltas)? {
            Step::Short => {
                let started = Instant::now();
                run_turn(format!("short {}", latencies.len()), &mut 0)?;
                let latency = started.elapsed();
                latencies.push(latency);
                pace.short_done(latency)?;
            }
            Step::Long => {
                let started = Instant::now();
                let mut received = 0;
                run_turn(long_prompt(deltas), &mut received)?;
                long = Some((started.elapsed(), received));
                pace.long_done()?;
            }
            Step::End => break,
        }
    }
    let (long, received) = long.unwrap_or_default();
    drop(stdin);
    let _ = child.wait();
    Ok(finish(
        "bare line client",
        startup,
        &latencies,
        long,
        received,
    ))
}
