//! What a turn's events add up to while it runs: the items it completed, the items still
//! streaming with their text so far, usage and how it ended, all within the turn's byte
//! bound. A partial result (a turn that timed out, failed, was interrupted or lost its
//! server) is built from it, unfinished items included.

use codex_protocol::{ServerNotification, ThreadItem, wire};

use crate::events::{TextKind, text_delta};
use crate::turn_result::{TurnResult, final_response};

/// The bound would be crossed: the event was not folded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

/// The folded state of one turn (see the module docs).
#[derive(Debug)]
pub(crate) struct TurnCollector {
    result: TurnResult,
    /// Items started (or streamed into) and not completed yet, in the order first seen.
    open: Vec<OpenItem>,
    /// The index in `open` the last delta went to: consecutive deltas go to one item, so
    /// this spares the search.
    last_open: usize,
    /// Bytes held: completed items (their lines on the wire), open items (the line that
    /// opened each text, then the text streamed since).
    held: usize,
    limit: usize,
}

/// An item not completed yet.
#[derive(Debug)]
struct OpenItem {
    id: String,
    /// The item as its `item/started` gave it; `None` when only deltas came.
    started: Option<ThreadItem>,
    /// The size of the `item/started` line.
    started_bytes: usize,
    texts: Vec<Streamed>,
    /// What the texts hold: the line of each one's first delta, then the text after it.
    text_bytes: usize,
}

impl OpenItem {
    /// What this item adds to [`TurnCollector::held`].
    fn bytes(&self) -> usize {
        self.started_bytes + self.text_bytes
    }
}

/// The text streamed into one field of an open item.
#[derive(Debug)]
struct Streamed {
    kind: TextKind,
    text: String,
    /// For indexed texts (reasoning content and summary parts): `(index, byte offset)` of
    /// each run of deltas with one index, pushed only when the index changes.
    parts: Vec<(i64, usize)>,
}

impl TurnCollector {
    /// An empty turn `turn_id` that may hold at most `limit` bytes.
    pub(crate) fn new(turn_id: &str, limit: usize) -> Self {
        TurnCollector {
            result: TurnResult::empty(turn_id),
            open: Vec::new(),
            last_open: 0,
            held: 0,
            limit,
        }
    }

    /// The bound, in bytes.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// The completed items, usage and (once ended) status: without the open items.
    pub(crate) fn result(&self) -> &TurnResult {
        &self.result
    }

    /// Takes the result, leaving an empty one.
    /// Takes `turn`, the server's record of the turn, as the turn's result (with the usage
    /// seen so far): nothing is open any more.
    pub(crate) fn adopt(&mut self, turn: &codex_protocol::Turn) {
        let usage = self.result.usage.take();
        self.result = TurnResult::from(turn.clone());
        self.result.usage = usage;
        self.open.clear();
    }

    pub(crate) fn take_result(&mut self) -> TurnResult {
        std::mem::replace(&mut self.result, TurnResult::empty(""))
    }

    /// The text streamed so far into `item_id`'s `kind`, while the item is open.
    pub(crate) fn text(&self, item_id: &str, kind: TextKind) -> Option<&str> {
        let open = self.open.iter().find(|open| open.id == item_id)?;
        let streamed = open.texts.iter().find(|text| text.kind == kind)?;
        Some(&streamed.text)
    }

    /// The result so far with every open item rebuilt from what streamed into it, after the
    /// completed ones, and the final answer so far.
    pub(crate) fn partial(&self) -> TurnResult {
        let mut result = self.result.clone();
        for open in &self.open {
            rebuild(open, &mut result.items);
        }
        result.final_response = final_response(&result.items);
        result
    }

    /// Folds one event of the turn in; `wire_bytes` is the size of its line. `Err` when it
    /// would take the turn past its bound: then nothing of it is kept.
    pub(crate) fn absorb(
        &mut self,
        notification: &ServerNotification,
        wire_bytes: usize,
    ) -> Result<(), Overflow> {
        if let Some(d) = text_delta(notification) {
            return self.delta(d.item_id, d.kind, d.index, d.delta, wire_bytes);
        }
        match notification {
            ServerNotification::ItemStarted(started) => self.started(&started.item, wire_bytes),
            ServerNotification::ItemCompleted(done) => self.completed(&done.item, wire_bytes),
            ServerNotification::ThreadTokenUsageUpdated(usage) => {
                self.result.usage = Some(usage.token_usage.clone());
                Ok(())
            }
            ServerNotification::TurnCompleted(done) => {
                let result = &mut self.result;
                result.status = done.turn.status.clone();
                result.error = done.turn.error.clone();
                result.duration_ms = done.turn.duration_ms;
                result.started_at = done.turn.started_at;
                result.completed_at = done.turn.completed_at;
                // Items the turn never completed stay, as far as they streamed.
                for open in std::mem::take(&mut self.open) {
                    rebuild(&open, &mut result.items);
                }
                result.final_response = final_response(&result.items);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The hot path: one delta appended to its item's text.
    fn delta(
        &mut self,
        item_id: &str,
        kind: TextKind,
        index: Option<i64>,
        delta: &str,
        wire_bytes: usize,
    ) -> Result<(), Overflow> {
        let found = match self.open.get(self.last_open) {
            Some(open) if open.id == item_id => Some(self.last_open),
            _ => self.open.iter().rposition(|open| open.id == item_id),
        };
        let text = found.and_then(|at| {
            self.open[at]
                .texts
                .iter()
                .position(|text| text.kind == kind)
                .map(|position| (at, position))
        });
        let Some((at, position)) = text else {
            // The first delta of this text: it costs the line it came in (its id and
            // bookkeeping), at least its text.
            let cost = wire_bytes.max(delta.len());
            self.replace(0, cost)?;
            let streamed = Streamed {
                kind,
                text: delta.to_owned(),
                parts: index.map(|index| (index, 0)).into_iter().collect(),
            };
            let at = found.unwrap_or_else(|| {
                self.open.push(OpenItem {
                    id: item_id.to_owned(),
                    started: None,
                    started_bytes: 0,
                    texts: Vec::new(),
                    text_bytes: 0,
                });
                self.open.len() - 1
            });
            let open = &mut self.open[at];
            open.texts.push(streamed);
            open.text_bytes += cost;
            self.last_open = at;
            return Ok(());
        };
        self.replace(0, delta.len())?;
        self.last_open = at;
        let open = &mut self.open[at];
        open.text_bytes += delta.len();
        let streamed = &mut open.texts[position];
        if let Some(index) = index
            && streamed.parts.last().is_none_or(|(last, _)| *last != index)
        {
            streamed.parts.push((index, streamed.text.len()));
        }
        streamed.text.push_str(delta);
        Ok(())
    }

    fn started(&mut self, item: &ThreadItem, wire_bytes: usize) -> Result<(), Overflow> {
        let id = item.id().unwrap_or_default();
        let found = self.open.iter().rposition(|open| open.id == id);
        // Started again, or after its first deltas: the newer item counts, the texts stay.
        let replaced = found.map_or(0, |at| self.open[at].started_bytes);
        self.replace(replaced, wire_bytes)?;
        match found {
            Some(at) => {
                let open = &mut self.open[at];
                open.started = Some(item.clone());
                open.started_bytes = wire_bytes;
            }
            None => self.open.push(OpenItem {
                id: id.to_owned(),
                started: Some(item.clone()),
                started_bytes: wire_bytes,
                texts: Vec::new(),
                text_bytes: 0,
            }),
        }
        Ok(())
    }

    /// Counts `added` bytes instead of `freed` ones, if the total stays within the bound.
    fn replace(&mut self, freed: usize, added: usize) -> Result<(), Overflow> {
        let kept = self.held.saturating_sub(freed);
        match kept.checked_add(added) {
            Some(total) if total <= self.limit => {
                self.held = total;
                Ok(())
            }
            _ => Err(Overflow),
        }
    }

    fn completed(&mut self, item: &ThreadItem, wire_bytes: usize) -> Result<(), Overflow> {
        let id = item.id().unwrap_or_default();
        let found = self.open.iter().rposition(|open| open.id == id);
        let freed = found.map_or(0, |at| self.open[at].bytes());
        self.replace(freed, wire_bytes)?;
        // The completed item is authoritative: what streamed into it goes.
        if let Some(at) = found {
            self.open.remove(at);
        }
        self.result.items.push(item.clone());
        Ok(())
    }
}

/// Appends `open` to `items`, rebuilt the way its completed item would look as far as it
/// streamed: its started item (or one made up for its kind when only deltas came) with each
/// streamed text in its field. A text whose kind the item has no field for becomes an item
/// of its own: nothing that streamed is left out.
fn rebuild(open: &OpenItem, items: &mut Vec<ThreadItem>) {
    let first = items.len();
    if let Some(item) = &open.started {
        items.push(item.clone());
    }
    for streamed in &open.texts {
        let fitted = items[first..].iter_mut().any(|item| fill(item, streamed));
        if !fitted {
            let mut item = made_up(&open.id, streamed.kind);
            fill(&mut item, streamed);
            items.push(item);
        }
    }
}

/// Puts `streamed` into the field of `item` it belongs to; false when `item` has none.
fn fill(item: &mut ThreadItem, streamed: &Streamed) -> bool {
    match (item, streamed.kind) {
        (ThreadItem::AgentMessage { text, .. }, TextKind::AgentMessage)
        | (ThreadItem::Plan { text, .. }, TextKind::Plan) => text.clone_from(&streamed.text),
        (ThreadItem::Reasoning { content, .. }, TextKind::Reasoning) => {
            *content = streamed.parts();
        }
        (ThreadItem::Reasoning { summary, .. }, TextKind::ReasoningSummary) => {
            *summary = streamed.parts();
        }
        (
            ThreadItem::CommandExecution {
                aggregated_output, ..
            },
            TextKind::CommandOutput,
        ) => *aggregated_output = Some(streamed.text.clone()),
        // An item this SDK could not decode, of the kind the text belongs to: its field
        // set by its wire name.
        (ThreadItem::Unrecognized(serde_json::Value::Object(fields)), kind)
            if fields.get("type").and_then(|t| t.as_str()) == Some(kind.item_type()) =>
        {
            let value = match kind {
                TextKind::Reasoning | TextKind::ReasoningSummary => {
                    serde_json::Value::from(streamed.parts())
                }
                _ => serde_json::Value::from(streamed.text.clone()),
            };
            fields.insert(kind.field().to_owned(), value);
        }
        _ => return false,
    }
    true
}

/// An item of the type `kind` streams into, with only its id: for deltas that came without
/// an `item/started`. Decoded from JSON so the schema's defaults fill the other fields; kept
/// as raw JSON if the pinned types want more.
fn made_up(id: &str, kind: TextKind) -> ThreadItem {
    let mut value = serde_json::json!({"type": kind.item_type(), "id": id});
    match kind {
        TextKind::AgentMessage | TextKind::Plan => value["text"] = "".into(),
        TextKind::Reasoning | TextKind::ReasoningSummary => {
            value["content"] = serde_json::json!([]);
            value["summary"] = serde_json::json!([]);
        }
        TextKind::CommandOutput => {
            value["command"] = "".into();
            value["cwd"] = "".into();
            value["commandActions"] = serde_json::json!([]);
            value["source"] = "agent".into();
            value["status"] = "inProgress".into();
        }
        // A kind without a typed field (a file change's output, or one a newer pin adds):
        // raw JSON, whose field `fill` sets by name.
        _ => {}
    }
    // From its text, not from the `Value`, and through codex-protocol's decoder: the item's
    // types are compiled there for the text deserializer already, and decoding them here (from
    // a `Value` or from text) would compile them all again.
    wire::decode_thread_item(&value.to_string()).unwrap_or(ThreadItem::Unrecognized(value))
}

impl Streamed {
    /// An indexed text as its parts, one per run of deltas with one index.
    fn parts(&self) -> Vec<String> {
        if self.parts.len() <= 1 {
            return vec![self.text.clone()];
        }
        let ends = self.parts.iter().skip(1).map(|(_, at)| *at);
        let starts = self.parts.iter().map(|(_, at)| *at);
        starts
            .zip(ends.chain([self.text.len()]))
            .map(|(start, end)| self.text.get(start..end).unwrap_or_default().to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn notification(method: &str, params: serde_json::Value) -> ServerNotification {
        let text = params.to_string();
        ServerNotification::decode(method, &mut serde_json::Deserializer::from_str(&text))
            .unwrap_or_else(|err| panic!("{method}: {err}"))
    }

    fn delta(method: &str, item: &str, text: &str, index: i64) -> ServerNotification {
        notification(
            method,
            json!({"threadId": "t", "turnId": "u", "itemId": item, "delta": text,
                "contentIndex": index, "summaryIndex": index}),
        )
    }

    #[test]
    fn an_item_made_up_for_each_kind_is_the_kinds_own_variant() {
        for kind in [
            TextKind::AgentMessage,
            TextKind::Reasoning,
            TextKind::ReasoningSummary,
            TextKind::Plan,
            TextKind::CommandOutput,
        ] {
            let mut item = made_up("i", kind);
            let streamed = Streamed {
                kind,
                text: "abc".into(),
                parts: Vec::new(),
            };
            assert!(fill(&mut item, &streamed), "{kind:?}: {item:?}");
            assert!(
                !matches!(item, ThreadItem::Unrecognized(_)),
                "{kind:?} decodes: {item:?}"
            );
        }
    }

    #[test]
    fn deltas_without_a_start_become_items_with_their_text_in_parts() {
        let mut collector = TurnCollector::new("u", 1 << 20);
        for (text, index) in [("a", 0), ("b", 0), ("c", 1)] {
            let event = delta("item/reasoning/summaryTextDelta", "r", text, index);
            collector.absorb(&event, 0).expect("fits");
        }
        let event = delta("item/agentMessage/delta", "m", "hi", 0);
        collector.absorb(&event, 0).expect("fits");
        let partial = collector.partial();
        assert!(
            matches!(&partial.items[0], ThreadItem::Reasoning { summary, .. } if summary == &["ab", "c"]),
            "{:?}",
            partial.items
        );
        assert_eq!(partial.final_response.as_deref(), Some("hi"));
        assert_eq!(collector.text("r", TextKind::ReasoningSummary), Some("abc"));
    }

    #[test]
    fn a_text_without_a_typed_field_is_kept_in_the_partial_result() {
        let mut collector = TurnCollector::new("u", 1 << 20);
        let event = delta("item/fileChange/outputDelta", "f", "patched", 0);
        collector.absorb(&event, 0).expect("fits");
        assert_eq!(
            collector.text("f", TextKind::FileChangeOutput),
            Some("patched")
        );
        let partial = collector.partial();
        assert!(
            matches!(&partial.items[..], [ThreadItem::Unrecognized(v)]
                if v["type"] == "fileChange" && v["output"] == "patched"),
            "{:?}",
            partial.items
        );
    }

    #[test]
    fn the_bound_counts_lines_and_text_and_frees_what_completes() {
        let mut collector = TurnCollector::new("u", 100);
        let first = delta("item/agentMessage/delta", "m", "0123456789", 0);
        collector.absorb(&first, 40).expect("the opening line: 40");
        let more = delta("item/agentMessage/delta", "m", &"x".repeat(60), 0);
        collector.absorb(&more, 90).expect("then the text: 100");
        let one = delta("item/agentMessage/delta", "m", "y", 0);
        assert_eq!(collector.absorb(&one, 50), Err(Overflow));
        assert_eq!(
            collector.text("m", TextKind::AgentMessage).map(str::len),
            Some(70),
            "nothing of the refused delta is kept"
        );
        let item = json!({"type": "agentMessage", "id": "m", "text": "done"});
        let done = notification(
            "item/completed",
            json!({"threadId": "t", "turnId": "u", "item": item, "completedAtMs": 1}),
        );
        collector
            .absorb(&done, 30)
            .expect("the item's text is freed");
        collector.absorb(&first, 70).expect("30 + 70");
        assert_eq!(collector.absorb(&one, 0), Err(Overflow));
    }
}
