//! What a process costs: its own CPU time and its peak memory, read from `/proc/self`.

use std::time::Duration;

/// What the kernel counted for this process, its children excluded.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct Usage {
    pub(crate) user_s: f64,
    pub(crate) system_s: f64,
    /// Times a thread gave up the CPU to wait (each costs a wake-up later), summed over the
    /// threads alive at the end.
    pub(crate) voluntary_switches: u64,
}

/// This process's [`Usage`], from `/proc/self`.
pub(crate) fn own_usage() -> Usage {
    let (user, system) = stat_ticks().unwrap_or_default();
    let switches = std::fs::read_dir("/proc/self/task")
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("status")).ok())
        .filter_map(|status| {
            let line = status
                .lines()
                .find(|l| l.starts_with("voluntary_ctxt_switches:"))?;
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .sum();
    #[allow(clippy::cast_precision_loss)]
    Usage {
        user_s: user as f64 / 100.0,
        system_s: system as f64 / 100.0,
        voluntary_switches: switches,
    }
}

/// User and system CPU time of this process (all its threads), in clock ticks (100 per
/// second on Linux).
fn stat_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) are space-separated; utime and
    // stime are fields 14 and 15.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    Some((fields.get(11)?.parse().ok()?, fields.get(12)?.parse().ok()?))
}

/// The peak resident memory of this process, in KiB (`VmHWM`).
pub(crate) fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The median of `samples` (sorted in place); zero when empty.
pub(crate) fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}
