//! Cursor-paged list methods as one stream over every page (`thread/list`, `model/list`, ...):
//! the generated `rpc()` methods and `Codex::thread_list` share it.

use codex_protocol::Request;
use futures_core::Stream;

use std::collections::HashSet;

use crate::error::{Error, Result};

/// A list request that pages with a cursor: `cursor` in the params, `data` and `nextCursor` in
/// the response. Implemented by the generated code for every such method of the schema.
pub trait Paged: Request<Params: Clone + Send + Sync, Response: Send> + 'static {
    /// What one page lists.
    type Item: Send + 'static;
    /// Asks for the page after `cursor`.
    fn set_cursor(params: &mut Self::Params, cursor: Option<String>);
    /// A page's items and the cursor of the next page (`None` on the last).
    fn into_page(response: Self::Response) -> (Vec<Self::Item>, Option<String>);
}

/// What pages are asked of: the client (`Codex`), which sends each request on the connection
/// in use at the time.
pub(crate) trait PageSource: Send + 'static {
    /// Sends request `M` and waits for its answer.
    fn ask<M: Paged>(
        &self,
        params: M::Params,
    ) -> impl std::future::Future<Output = Result<M::Response>> + Send;
}

/// Every item of every page of `M`, starting at `params`: the next page is asked for when the
/// current one is used up (on the connection in use then, so a reconnect between pages does
/// not end the list); an error is the stream's last item. A cursor the server already
/// gave ends the stream with [`Error::RepeatedCursor`]: following it would go round for ever.
pub(crate) fn all_pages<M: Paged>(
    codex: impl PageSource,
    params: M::Params,
) -> impl Stream<Item = Result<M::Item>> + Send + 'static {
    struct Pages<M: Paged, S> {
        codex: S,
        params: M::Params,
        page: std::vec::IntoIter<M::Item>,
        done: bool,
        /// The cursors the server gave so far.
        seen: HashSet<String>,
        /// A repeated cursor, reported once the page that gave it is used up.
        repeated: Option<String>,
    }
    let start = Pages::<M, _> {
        codex,
        params,
        page: Vec::new().into_iter(),
        done: false,
        seen: HashSet::new(),
        repeated: None,
    };
    Box::pin(futures_util::stream::unfold(
        start,
        |mut state| async move {
            loop {
                if let Some(item) = state.page.next() {
                    return Some((Ok(item), state));
                }
                if let Some(cursor) = state.repeated.take() {
                    let error = Error::RepeatedCursor {
                        method: M::METHOD.to_owned(),
                        cursor,
                    };
                    return Some((Err(error), state));
                }
                if state.done {
                    return None;
                }
                match state.codex.ask::<M>(state.params.clone()).await {
                    Ok(response) => {
                        let (items, next) = M::into_page(response);
                        // An empty page ends the list even with a cursor: a server that kept
                        // answering empty pages would otherwise be asked forever.
                        state.done = next.is_none() || items.is_empty();
                        if let Some(cursor) = &next
                            && !state.done
                            && !state.seen.insert(cursor.clone())
                        {
                            state.done = true;
                            state.repeated = next.clone();
                        }
                        M::set_cursor(&mut state.params, next);
                        state.page = items.into_iter();
                    }
                    Err(err) => {
                        state.done = true;
                        return Some((Err(err), state));
                    }
                }
            }
        },
    ))
}
