//! Retrying an operation while the server says it is overloaded, with exponential backoff and
//! jitter (the official Python SDK's policy and defaults).

use std::future::Future;
use std::time::Duration;

use crate::error::Result;

/// How [`retry_on_overload`] retries. The defaults are the Python SDK's: 3 attempts, 0.25 s
/// first delay, doubling up to 2 s, ±20 % jitter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (at least 1).
    pub max_attempts: u32,
    /// The delay after the first failure.
    pub initial_delay: Duration,
    /// The longest delay.
    pub max_delay: Duration,
    /// How much each delay may vary, as a fraction of it (0.2 = ±20 %).
    pub jitter_ratio: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(2),
            jitter_ratio: 0.2,
        }
    }
}

impl RetryPolicy {
    /// The delay after failed attempt number `attempt` (1-based), before jitter.
    pub fn base_delay(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(30);
        self.initial_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay)
    }

    /// The delay after failed attempt `attempt`, with random jitter.
    pub(crate) fn next_delay(&self, attempt: u32) -> Duration {
        self.jittered_delay(attempt, random_unit())
    }

    /// The delay after failed attempt `attempt`, jittered by `unit` in `[-1, 1]`. Saturates:
    /// a delay past [`Duration::MAX`] (a policy of `Duration::MAX` jittered upwards) is
    /// `Duration::MAX`; a ratio that is not a number means no jitter.
    fn jittered_delay(&self, attempt: u32, unit: f64) -> Duration {
        let base = self.base_delay(attempt).as_secs_f64();
        let ratio = if self.jitter_ratio.is_nan() {
            0.0
        } else {
            self.jitter_ratio.clamp(0.0, 1.0)
        };
        let unit = if unit.is_nan() {
            0.0
        } else {
            unit.clamp(-1.0, 1.0)
        };
        let secs = (base + base * ratio * unit).max(0.0);
        Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX)
    }
}

/// Runs `op` until it succeeds, fails with an error that is not
/// [retryable](crate::Error::is_retryable), or has been tried `policy.max_attempts` times; waits
/// with exponential backoff and jitter between attempts.
///
/// ```no_run
/// # async fn demo(codex: &codex_sdk::Codex) -> codex_sdk::Result<()> {
/// use codex_sdk::{RetryPolicy, retry_on_overload};
///
/// let thread = retry_on_overload(RetryPolicy::default(), || codex.thread_start(None)).await?;
/// # Ok(()) }
/// ```
///
/// # Errors
/// The last error of `op`.
pub async fn retry_on_overload<T, F, Fut>(policy: RetryPolicy, mut op: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let max_attempts = policy.max_attempts.max(1);
    let mut attempt = 0;
    loop {
        attempt += 1;
        match op().await {
            Ok(value) => return Ok(value),
            Err(err) if attempt >= max_attempts || !err.is_retryable() => return Err(err),
            Err(err) => {
                let delay = policy.next_delay(attempt);
                tracing::debug!(attempt, ?delay, "the server is busy ({err}); retrying");
                tokio::time::sleep(delay).await;
            }
        }
    }
}

/// A number in `[-1, 1]`, random enough for jitter: std's hasher is seeded randomly per
/// process, and the counter makes each call different.
fn random_unit() -> f64 {
    use std::hash::{BuildHasher, RandomState};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let bits = RandomState::new().hash_one(COUNTER.fetch_add(1, Ordering::Relaxed));
    // 53 random bits make a uniform float in [0, 1).
    #[allow(clippy::cast_precision_loss)]
    let unit = (bits >> 11) as f64 / (1u64 << 53) as f64;
    unit * 2.0 - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_maximum_within_the_jitter() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.base_delay(1), Duration::from_millis(250));
        assert_eq!(policy.base_delay(2), Duration::from_millis(500));
        assert_eq!(policy.base_delay(5), Duration::from_secs(2));
        assert_eq!(policy.jittered_delay(1, -1.0), Duration::from_millis(200));
        assert_eq!(policy.jittered_delay(1, 1.0), Duration::from_millis(300));
        let longest = RetryPolicy {
            initial_delay: Duration::MAX,
            max_delay: Duration::MAX,
            ..policy
        };
        assert_eq!(longest.jittered_delay(3, 1.0), Duration::MAX);
        assert_eq!(longest.jittered_delay(3, 0.0), Duration::MAX);
        let nan = RetryPolicy {
            jitter_ratio: f64::NAN,
            ..policy
        };
        assert_eq!(nan.jittered_delay(1, 1.0), Duration::from_millis(250));
        for _ in 0..100 {
            let unit = random_unit();
            assert!((-1.0..=1.0).contains(&unit));
        }
    }
}
