//! How far a turn may go before the SDK stops it: time without an event, time in all, and
//! tokens ([`TurnLimits`]); the meter that reads a turn's tokens from the server's usage
//! updates, and what does not count as progress for the idle limit (the server's retries).

use std::time::Duration;

use codex_protocol::{ServerNotification, ThreadTokenUsage, TurnError};

/// How often (in events) a stream that never waits checks its turn's deadline: a clock read
/// per event would cost more than the event.
pub(crate) const DEADLINE_CHECK_EVERY: u64 = 64;

/// How far a turn may go before the SDK stops waiting, interrupts it and returns what it
/// produced so far: [`Error::TurnTimedOut`](crate::Error::TurnTimedOut) for time,
/// [`Error::TurnOverBudget`](crate::Error::TurnOverBudget) for tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnLimits {
    /// The longest time without any event of the turn: the turn times out once a whole
    /// period this long passed without one (so between one and two periods after the last
    /// event). Time spent waiting for your approval handler or a tool does not count.
    pub idle: Option<Duration>,
    /// The longest time the whole turn may take, from its start.
    pub deadline: Option<Duration>,
    /// The most tokens the turn may use, as the server counts them (`total_tokens`: input,
    /// cached input included, and output, over every model call of the turn). The server
    /// reports usage after each model call, so a turn stops at the first report past the
    /// budget: by then it has used that call's tokens too.
    pub tokens: Option<u64>,
}

impl Default for TurnLimits {
    /// 15 minutes without an event; no deadline, no token budget.
    fn default() -> Self {
        TurnLimits {
            idle: Some(Duration::from_secs(15 * 60)),
            deadline: None,
            tokens: None,
        }
    }
}

/// The tokens one turn has used, read from the thread's usage updates (which count the
/// thread's totals, earlier turns included).
#[derive(Debug, Default)]
pub(crate) struct TokenMeter {
    /// The thread's total before the turn: the first update's total less its last call.
    before_turn: Option<i64>,
}

impl TokenMeter {
    /// The tokens the turn has used when `notification` is a usage report that passes
    /// `budget`.
    pub(crate) fn passes(
        &mut self,
        budget: Option<u64>,
        notification: &ServerNotification,
    ) -> Option<u64> {
        let (Some(budget), ServerNotification::ThreadTokenUsageUpdated(update)) =
            (budget, notification)
        else {
            return None;
        };
        let used = self.used(&update.token_usage);
        (used > budget).then_some(used)
    }

    /// The tokens the turn has used once the thread's usage is `usage`.
    pub(crate) fn used(&mut self, usage: &ThreadTokenUsage) -> u64 {
        let before = *self
            .before_turn
            .get_or_insert(usage.total.total_tokens - usage.last.total_tokens);
        u64::try_from(usage.total.total_tokens - before).unwrap_or(0)
    }
}

/// The error of an `error` notification of turn `turn_id` that the server retries after (a
/// dropped model stream it reconnects), logged; `None` for anything else.
pub(crate) fn retry_chatter(
    item: Option<&codex_transport::Result<codex_protocol::ServerNotificationMessage>>,
    turn_id: &str,
) -> Option<Box<TurnError>> {
    let Some(Ok(message)) = item else {
        return None;
    };
    let ServerNotification::Error(error) = &message.notification else {
        return None;
    };
    if !error.will_retry || error.turn_id != turn_id {
        return None;
    }
    tracing::warn!(turn = %turn_id, "the server retries: {}", crate::error::failure(&error.error));
    Some(Box::new(error.error.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(total: i64, last: i64) -> ThreadTokenUsage {
        let breakdown = |tokens: i64| {
            serde_json::json!({"cacheWriteInputTokens": 0, "cachedInputTokens": 0,
                "inputTokens": tokens, "outputTokens": 0, "reasoningOutputTokens": 0,
                "totalTokens": tokens})
        };
        serde_json::from_value(
            serde_json::json!({"last": breakdown(last), "total": breakdown(total)}),
        )
        .expect("a usage")
    }

    #[test]
    fn a_turn_counts_from_the_thread_total_before_its_first_call() {
        let mut meter = TokenMeter::default();
        // The thread had used 100 before this turn; its first call used 15.
        assert_eq!(meter.used(&usage(115, 15)), 15);
        assert_eq!(meter.used(&usage(130, 15)), 30);
        // A repeated report of the same totals adds nothing.
        assert_eq!(meter.used(&usage(130, 15)), 30);
    }
}
