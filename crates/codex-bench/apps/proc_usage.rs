//! What this process cost, read from `/proc/self` with std alone: shared by the bench's own
//! clients and the peer apps (`apps/*`, included with `#[path]`), so every client is measured
//! by the same code.

/// User and system CPU seconds of this process (all its threads, its children excluded), and
/// the times a thread gave up the CPU to wait, summed over the threads alive at the end.
pub(crate) fn cpu_and_switches() -> (f64, f64, u64) {
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
    // Clock ticks are 100 per second on Linux.
    #[allow(clippy::cast_precision_loss)]
    (user as f64 / 100.0, system as f64 / 100.0, switches)
}

/// User and system CPU time of this process, in clock ticks.
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
