//! What a process costs: its own CPU time and its peak memory, read from `/proc/self`.

use std::time::Duration;

// The readers of `/proc/self`, shared with the minimal apps of `apps/`, so the bench's clients
// and the apps are measured by the same code.
#[path = "../apps/proc_usage.rs"]
mod proc_usage;

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
    let (user_s, system_s, voluntary_switches) = proc_usage::cpu_and_switches();
    Usage {
        user_s,
        system_s,
        voluntary_switches,
    }
}

/// The peak resident memory of this process, in KiB (`VmHWM`).
pub(crate) fn peak_rss_kib() -> Option<u64> {
    proc_usage::peak_rss_kib()
}

/// The median of `samples` (sorted in place); zero when empty.
pub(crate) fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}
