//! Delivery of notifications to subscribers: which streams a notification goes to, the
//! batches handed to each, and the shared buffer budget that holds the reader back while the
//! streams are full.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, mpsc};

use super::{ConnectionTask, Stop};
use crate::child_process::ChildProcess;
use crate::error::Error;
use crate::subscription::{
    Batch, Delivery, NotificationFilter, NotificationItem, NotificationMeta, Verdict,
};

/// After how long a reader held up by full streams says so in a warning.
const STALL_WARNING: Duration = Duration::from_secs(5);

/// Why the connection closes when the server exits while the reader waits for the streams.
const SERVER_EXITED: &str = "the server exited while the client's streams were full";

/// The most items a stream is handed at once.
const MAX_BATCH: usize = 256;

/// A subscription as the connection task sees it.
pub(super) struct Subscriber {
    pub(super) filter: NotificationFilter,
    pub(super) sender: mpsc::UnboundedSender<Batch>,
    /// Items read for the stream and not yet handed to it: they go as one batch once the
    /// reader has no whole line left (see [`ConnectionTask::flush`]).
    pub(super) pending: Batch,
}

impl Subscriber {
    /// Hands the pending items to the stream; `false` when the stream is gone.
    pub(super) fn flush(&mut self) -> bool {
        if self.pending.is_empty() {
            return !self.sender.is_closed();
        }
        self.sender.send(std::mem::take(&mut self.pending)).is_ok()
    }
}

impl ConnectionTask {
    /// Hands every stream its pending items, and forgets the streams that are gone.
    pub(super) fn flush(&mut self) {
        self.subscribers.retain_mut(Subscriber::flush);
    }

    /// Hands every stream its pending items, keeping the list as it is: for callers inside
    /// [`deliver`](Self::deliver), which holds indices into it and forgets gone streams itself.
    pub(super) fn hand_over(&mut self) {
        for subscriber in &mut self.subscribers {
            subscriber.flush();
        }
    }

    /// The subscribers a notification goes to, and whether it is their last. A filter that
    /// panics gets the panic as its last item instead.
    pub(super) fn matching(&self, meta: &NotificationMeta<'_>) -> Vec<Target> {
        self.subscribers
            .iter()
            .enumerate()
            .filter_map(|(index, subscriber)| {
                let (last, panic) = match subscriber.filter.verdict(meta) {
                    Ok(Verdict::Skip) => return None,
                    Ok(verdict) => (verdict == Verdict::Last, None),
                    Err(panic) => (true, Some(panic)),
                };
                Some(Target { index, last, panic })
            })
            .collect()
    }

    /// Sends `item`, `bytes` long on the wire, to each target subscriber. Each copy first takes
    /// `bytes` of the shared buffer budget, waiting while the budget is spent (backpressure);
    /// the stream gives the bytes back when the item is read. While it waits, commands are
    /// still carried out (requests go out, shutdown is honoured) and a server process that
    /// exits is noticed. Subscribers that ended (their last item sent, or their stream
    /// dropped) are forgotten. The last target gets `item` itself: one subscriber, no clone.
    pub(super) async fn deliver(
        &mut self,
        targets: Vec<Target>,
        item: NotificationItem,
        bytes: usize,
    ) -> Option<Stop> {
        // A line larger than the whole budget takes all of it (and waits for all of it).
        let permits = u32::try_from(bytes.clamp(1, self.shared.buffer_bytes)).unwrap_or(u32::MAX);
        let mut ended = Vec::new();
        let last = targets.len().saturating_sub(1);
        let mut item = Some(item);
        let mut stop = None;
        for (position, target) in targets.into_iter().enumerate() {
            if self.subscribers[target.index].sender.is_closed() {
                ended.push(target.index);
                continue;
            }
            if let Some(panic) = target.panic {
                let error = Error::Panic {
                    context: "the filter of a notification subscription".to_owned(),
                    message: panic,
                };
                let subscriber = &mut self.subscribers[target.index];
                subscriber.pending.push(Delivery {
                    item: Err(error),
                    last: true,
                    bytes: 0,
                    _permit: None,
                });
                subscriber.flush();
                ended.push(target.index);
                continue;
            }
            let permit = match self.take_budget(permits).await {
                Ok(permit) => permit,
                Err(why) => {
                    stop = Some(why);
                    break;
                }
            };
            let copy = if position == last {
                item.take()
            } else {
                item.clone()
            };
            let Some(copy) = copy else { break };
            let delivery = Delivery {
                item: copy,
                last: target.last,
                bytes,
                _permit: Some(permit),
            };
            let subscriber = &mut self.subscribers[target.index];
            subscriber.pending.push(delivery);
            // A stream's last item goes at once: the subscription ends here.
            if target.last || subscriber.pending.len() >= MAX_BATCH {
                let gone = !subscriber.flush();
                if gone || target.last {
                    ended.push(target.index);
                }
            }
        }
        ended.sort_unstable();
        ended.dedup();
        for index in ended.into_iter().rev() {
            self.subscribers.swap_remove(index);
        }
        stop
    }

    /// Takes `permits` bytes of the buffer budget, carrying out commands while it waits.
    pub(super) async fn take_budget(
        &mut self,
        permits: u32,
    ) -> std::result::Result<OwnedSemaphorePermit, Stop> {
        let budget = Arc::clone(&self.shared.buffer);
        if let Ok(permit) = Arc::clone(&budget).try_acquire_many_owned(permits) {
            return Ok(permit);
        }
        // The streams can only give bytes back for items they have.
        self.hand_over();
        let acquire = budget.acquire_many_owned(permits);
        tokio::pin!(acquire);
        let warning = tokio::time::sleep(STALL_WARNING);
        tokio::pin!(warning);
        let mut warned = false;
        loop {
            tokio::select! {
                permit = &mut acquire => {
                    // The semaphore is never closed, so this is always a permit.
                    return permit.map_err(|_| Stop::Closed(SERVER_EXITED.to_owned()));
                }
                () = exited(self.process.as_mut()) => return Err(Stop::Closed(SERVER_EXITED.to_owned())),
                command = self.commands.recv() => {
                    if let Some(stop) = self.handle_command(command).await {
                        return Err(stop);
                    }
                }
                () = &mut warning, if !warned => {
                    warned = true;
                    tracing::warn!(
                        unread_bytes = self.shared.buffer_bytes - self.shared.buffer.available_permits(),
                        streams = self.subscribers.len(),
                        "the connection stopped reading from the server: its notification streams are full. Read the streams you hold (turn streams, subscriptions) or drop them",
                    );
                }
            }
        }
    }
}

/// One subscriber a notification goes to.
pub(super) struct Target {
    index: usize,
    /// The notification is the subscription's last.
    last: bool,
    /// The subscription's filter panicked, with this message.
    panic: Option<String>,
}

/// Resolves when `process` has exited; never without a process.
async fn exited(process: Option<&mut ChildProcess>) {
    match process {
        Some(process) => process.exited().await,
        None => std::future::pending().await,
    }
}
