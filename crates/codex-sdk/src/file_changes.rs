//! The changes of each `fileChange` item the server announced, kept until the item completes,
//! so that a file-change approval (which names only the item) can be decided on its paths.
//!
//! The server sends `item/started` with the item's changes just before
//! `item/fileChange/requestApproval`; the connection shows the dispatcher every notification
//! before it reads the next line, so the changes are known when the request arrives.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use codex_protocol::{FileUpdateChange, ServerNotification, ThreadItem};

/// How many items' changes are kept: a server that never completes its items cannot grow the
/// ledger past this; the oldest are forgotten first (and their approvals then declined).
const CAPACITY: usize = 64;

/// The changes of one announced item.
#[derive(Debug, Clone)]
pub(crate) struct Announced {
    thread_id: String,
    item_id: String,
    changes: Arc<[FileUpdateChange]>,
}

/// The `fileChange` items announced on a connection and not yet completed.
#[derive(Debug, Default)]
pub(crate) struct FileChangeLedger {
    items: Mutex<VecDeque<Announced>>,
}

impl FileChangeLedger {
    /// Records the changes of a `fileChange` item that starts, and forgets one that completes.
    pub(crate) fn observe(&self, notification: &ServerNotification) {
        match notification {
            ServerNotification::ItemStarted(started) => {
                if let ThreadItem::FileChange { id, changes, .. } = &started.item {
                    let mut items = self.lock();
                    items.retain(|a| !(a.item_id == *id && a.thread_id == started.thread_id));
                    if items.len() >= CAPACITY {
                        items.pop_front();
                    }
                    items.push_back(Announced {
                        thread_id: started.thread_id.clone(),
                        item_id: id.clone(),
                        changes: changes.clone().into(),
                    });
                }
            }
            ServerNotification::ItemCompleted(completed) => {
                if let ThreadItem::FileChange { id, .. } = &completed.item {
                    self.lock()
                        .retain(|a| !(a.item_id == *id && a.thread_id == completed.thread_id));
                }
            }
            _ => {}
        }
    }

    /// The changes announced for `item_id` of `thread_id`.
    pub(crate) fn find(&self, thread_id: &str, item_id: &str) -> Option<Announced> {
        self.lock()
            .iter()
            .find(|a| a.item_id == item_id && a.thread_id == thread_id)
            .cloned()
    }

    fn lock(&self) -> MutexGuard<'_, VecDeque<Announced>> {
        self.items.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

tokio::task_local! {
    /// The changes of the file-change approval whose handler runs in this task.
    static CURRENT: Option<Announced>;
}

/// Runs `answer` (a handler's answer to a file-change approval) with `announced` as the
/// changes [`announced`] finds.
pub(crate) fn with_announced<F: Future>(
    announced: Option<Announced>,
    answer: F,
) -> impl Future<Output = F::Output> {
    CURRENT.scope(announced, answer)
}

/// The changes announced for `item_id` of `thread_id`, inside the handler of that approval.
pub(crate) fn announced(thread_id: &str, item_id: &str) -> Option<Arc<[FileUpdateChange]>> {
    CURRENT
        .try_with(|current| {
            current
                .as_ref()
                .filter(|a| a.item_id == item_id && a.thread_id == thread_id)
                .map(|a| Arc::clone(&a.changes))
        })
        .ok()
        .flatten()
}
