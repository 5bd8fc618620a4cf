//! Subscriptions to server notifications: a filter, and a bounded stream of what passed it.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use codex_protocol::ServerNotificationMessage;
use tokio::sync::{OwnedSemaphorePermit, mpsc};

use crate::error::Error;
use crate::shared::Shared;

/// What the filter of a subscription sees of each notification.
#[derive(Debug, Clone, Copy)]
pub struct NotificationMeta<'a> {
    /// The method, e.g. `item/completed`.
    pub method: &'a str,
    /// The thread the notification is about, when it names one.
    pub thread_id: Option<&'a str>,
    /// The turn the notification is about, when it names one.
    pub turn_id: Option<&'a str>,
}

/// Which notifications a subscription receives, and (optionally) which one is its last.
#[derive(Clone)]
pub struct NotificationFilter {
    kind: FilterKind,
    last: Option<Predicate>,
}

type Predicate = Arc<dyn Fn(&NotificationMeta<'_>) -> bool + Send + Sync>;

#[derive(Clone)]
enum FilterKind {
    All,
    Thread(String),
    Custom(Predicate),
}

impl NotificationFilter {
    /// Every notification.
    pub fn all() -> Self {
        NotificationFilter::of(FilterKind::All)
    }

    fn of(kind: FilterKind) -> Self {
        NotificationFilter { kind, last: None }
    }

    /// The notifications about one thread (those whose params carry that `threadId`).
    pub fn thread(thread_id: impl Into<String>) -> Self {
        NotificationFilter::of(FilterKind::Thread(thread_id.into()))
    }

    /// The notifications for which `accept` returns true.
    ///
    /// `accept` runs in the connection's task for every notification: keep it quick. A panic
    /// in it ends this subscription with [`Error::Panic`]; the connection lives on.
    pub fn custom(accept: impl Fn(&NotificationMeta<'_>) -> bool + Send + Sync + 'static) -> Self {
        NotificationFilter::of(FilterKind::Custom(Arc::new(accept)))
    }

    /// Ends the subscription after the first accepted notification for which `last` returns
    /// true: the stream yields it, then ends, and the connection keeps nothing more for it.
    /// E.g. a turn's events end with its `turn/completed`.
    #[must_use]
    pub fn until(
        mut self,
        last: impl Fn(&NotificationMeta<'_>) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.last = Some(Arc::new(last));
        self
    }

    /// Whether the notification goes to this subscription, and whether it is its last.
    /// `Err` with the panic's message when a predicate of the user's panicked.
    pub(crate) fn verdict(&self, meta: &NotificationMeta<'_>) -> Result<Verdict, String> {
        let accepted = match &self.kind {
            FilterKind::All => true,
            FilterKind::Thread(id) => meta.thread_id == Some(id.as_str()),
            FilterKind::Custom(accept) => crate::panic::call(|| accept(meta))?,
        };
        if !accepted {
            return Ok(Verdict::Skip);
        }
        Ok(match &self.last {
            Some(last) if crate::panic::call(|| last(meta))? => Verdict::Last,
            _ => Verdict::Deliver,
        })
    }
}

/// What a filter says of one notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Not for this subscription.
    Skip,
    /// For this subscription, which goes on.
    Deliver,
    /// For this subscription, and its last.
    Last,
}

impl std::fmt::Debug for NotificationFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            FilterKind::All => f.write_str("NotificationFilter::all()"),
            FilterKind::Thread(id) => write!(f, "NotificationFilter::thread({id:?})"),
            FilterKind::Custom(_) => f.write_str("NotificationFilter::custom(..)"),
        }?;
        if self.last.is_some() {
            f.write_str(".until(..)")?;
        }
        Ok(())
    }
}

/// One item of a subscription.
///
/// `Err(Error::Decode { .. })` is one notification whose params did not match its method's
/// type (the raw JSON, and the thread and turn ids it names, are in the error); the stream
/// goes on after it. `Err(Error::Closed(..))`
/// is the last item: the connection closed, and the stream ends after it. `Err(Error::Panic
/// { .. })` is the last item too: the filter of the subscription panicked.
pub type NotificationItem = Result<ServerNotificationMessage, Error>;

/// One item on its way to a stream, with the share of the connection's buffer budget it holds
/// until it is read.
#[derive(Debug)]
pub(crate) struct Delivery {
    pub(crate) item: NotificationItem,
    /// The subscription ends with this item.
    pub(crate) last: bool,
    /// The item's size on the wire, in bytes (0 for an item the server did not send).
    pub(crate) bytes: usize,
    pub(crate) _permit: Option<OwnedSemaphorePermit>,
}

/// Items for one stream, sent together: the connection hands a stream everything it read for
/// it in one go, so a consumer is woken once per batch rather than once per notification.
pub(crate) type Batch = Vec<Delivery>;

/// The notifications that passed a subscription's filter, in the order the server sent them.
///
/// Unread items count against the connection's buffer budget
/// ([`ConnectionOptions::buffer_bytes`](crate::ConnectionOptions::buffer_bytes), shared by all
/// streams): while it is spent, the connection stops reading from the server (backpressure),
/// so nothing is dropped and memory stays bounded. Keep polling a subscription you hold, or
/// drop it: a stream left unread long enough to hold the whole budget stops every other
/// stream and request of the connection (and says so in a `tracing` warning). A filter with
/// [`until`](NotificationFilter::until) ends by itself, and then holds nothing.
pub struct NotificationStream {
    receiver: mpsc::UnboundedReceiver<Batch>,
    /// The rest of the batch being read.
    batch: std::vec::IntoIter<Delivery>,
    shared: Arc<Shared>,
    finished: bool,
    /// The wire size of the item last returned.
    last_bytes: usize,
}

impl NotificationStream {
    pub(crate) fn new(receiver: mpsc::UnboundedReceiver<Batch>, shared: Arc<Shared>) -> Self {
        NotificationStream {
            receiver,
            batch: Vec::new().into_iter(),
            shared,
            finished: false,
            last_bytes: 0,
        }
    }

    /// The size on the wire, in bytes, of the line the item last returned came in (0 for an
    /// item the server did not send, such as `Closed`): what a consumer that keeps items can
    /// count against a bound of its own.
    pub fn last_item_bytes(&self) -> usize {
        self.last_bytes
    }

    /// The next notification; `None` after the stream has ended.
    pub async fn next(&mut self) -> Option<NotificationItem> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<NotificationItem>> {
        loop {
            if self.finished {
                return Poll::Ready(None);
            }
            // Dropping the delivery gives its bytes back to the budget.
            if let Some(delivery) = self.batch.next() {
                self.last_bytes = delivery.bytes;
                if delivery.last {
                    self.finished = true;
                    self.receiver.close();
                }
                return Poll::Ready(Some(delivery.item));
            }
            match std::task::ready!(self.receiver.poll_recv(cx)) {
                Some(batch) => self.batch = batch.into_iter(),
                None => {
                    // The connection dropped its sender: it closed. Say why, once.
                    self.finished = true;
                    self.last_bytes = 0;
                    return Poll::Ready(Some(Err(self.shared.closed_error())));
                }
            }
        }
    }
}

impl futures_core::Stream for NotificationStream {
    type Item = NotificationItem;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

impl std::fmt::Debug for NotificationStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotificationStream")
            .field("finished", &self.finished)
            .finish()
    }
}
