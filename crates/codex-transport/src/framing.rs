//! Newline-delimited JSON framing over any byte stream: one message per line.

use tokio::io::{AsyncRead, AsyncReadExt};

/// The default longest line accepted from the server: large items (a big file diff, a long
/// command output) fit with room to spare, while a runaway line cannot take unbounded memory.
pub const DEFAULT_MAX_LINE_BYTES: usize = 64 * 1024 * 1024;

/// How much of an oversized line is kept to say what it was.
pub(crate) const HEAD_BYTES: usize = 256;

/// How much to ask the stream for at a time.
pub(crate) const READ_CHUNK: usize = 64 * 1024;

/// Drops the consumed `buf[..*start]` from the front when that saves growing (all of it when
/// everything was read), and reserves a read chunk: the buffer policy of both readers.
pub(crate) fn make_room(buf: &mut Vec<u8>, start: &mut usize) {
    if *start == buf.len() {
        buf.clear();
        *start = 0;
    } else if *start > 0 && buf.capacity() - buf.len() < READ_CHUNK {
        buf.drain(..*start);
        *start = 0;
    }
    buf.reserve(READ_CHUNK);
}

/// What reading the next message gave: from a byte stream, a message is one line; from a
/// WebSocket, one message of the WebSocket (or each of several JSON values it holds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Received {
    /// One message; from a line, without its `\n` or `\r\n`; never blank.
    Message(String),
    /// A message longer than the limit was skipped (its bytes were dropped as they came); its
    /// first bytes are kept, to tell what it was (`{"id":7,"result":...` says whose answer).
    TooLong(String),
    /// A message that is not UTF-8 was skipped.
    NotUtf8,
    /// The stream ended.
    Eof,
}

impl Received {
    /// A skipped message, told by its first bytes.
    pub(crate) fn too_long(head: &[u8]) -> Self {
        Received::TooLong(String::from_utf8_lossy(head).into_owned())
    }
}

/// Splits a byte stream into lines.
///
/// Cancellation-safe: everything read so far lives in `self`, and the only await point is a
/// `read_buf`, which either appends bytes or does nothing. A caller that drops
/// `next_line()` (in a `select!`, say) loses nothing: the partial line is still here for the
/// next call.
#[derive(Debug)]
pub(crate) struct LineReader<R> {
    reader: R,
    buf: Vec<u8>,
    /// Start of the unread part of `buf`: lines are taken from the front without moving the
    /// rest; the buffer is compacted only before it has to grow.
    start: usize,
    /// Bytes of `buf[start..]` already known to hold no `\n`.
    scanned: usize,
    max_line_bytes: usize,
    /// Inside a line that went over the limit: drop bytes up to the next `\n`.
    discarding: bool,
    /// The first bytes of the line being discarded.
    head: Vec<u8>,
}

impl<R: AsyncRead + Unpin> LineReader<R> {
    /// Reads lines from `reader`, refusing lines longer than `max_line_bytes`.
    pub(crate) fn new(reader: R, max_line_bytes: usize) -> Self {
        LineReader {
            reader,
            buf: Vec::new(),
            start: 0,
            scanned: 0,
            max_line_bytes,
            discarding: false,
            head: Vec::new(),
        }
    }

    /// Sets the longest line accepted from now on.
    pub(crate) fn set_max_line_bytes(&mut self, bytes: usize) {
        self.max_line_bytes = bytes;
    }

    /// Whether a whole line (or the end of an oversized one) is buffered: the next
    /// [`next_line`](Self::next_line) then returns without waiting for the stream. What the
    /// search covers is remembered, so `next_line` does not scan those bytes again.
    pub(crate) fn has_whole_line(&mut self) -> bool {
        let unread = &self.buf[self.start..];
        match memchr::memchr(b'\n', &unread[self.scanned..]) {
            Some(pos) => {
                self.scanned += pos;
                true
            }
            None => {
                self.scanned = unread.len();
                false
            }
        }
    }

    /// The next non-blank line. `\r` before `\n` is stripped; blank lines are skipped; a last
    /// line without `\n` at the end of the stream still counts.
    ///
    /// # Errors
    /// Fails only when reading the stream fails.
    pub(crate) async fn next_line(&mut self) -> std::io::Result<Received> {
        loop {
            let unread = &self.buf[self.start..];
            if let Some(pos) = memchr::memchr(b'\n', &unread[self.scanned..]) {
                let end = self.start + self.scanned + pos;
                if let Some(event) = self.end_line(end, end + 1) {
                    return Ok(event);
                }
                continue;
            }
            self.scanned = unread.len();
            if self.scanned > self.max_line_bytes || (self.discarding && self.scanned > 0) {
                // Keep nothing of an oversized line but its head: memory stays bounded.
                if !self.discarding {
                    self.head = unread[..HEAD_BYTES.min(unread.len())].to_vec();
                }
                self.discarding = true;
                self.buf.clear();
                self.start = 0;
                self.scanned = 0;
            }
            make_room(&mut self.buf, &mut self.start);
            if self.reader.read_buf(&mut self.buf).await? == 0 {
                let end = self.buf.len();
                return Ok(self.end_line(end, end).unwrap_or(Received::Eof));
            }
        }
    }

    /// Ends the line at `buf[start..end]` (`\r` before its end stripped), the next one
    /// starting at `next`: the line, or `None` when it is blank.
    fn end_line(&mut self, end: usize, next: usize) -> Option<Received> {
        let mut line = &self.buf[self.start..end];
        self.start = next;
        self.scanned = 0;
        if std::mem::take(&mut self.discarding) {
            return Some(Received::too_long(&std::mem::take(&mut self.head)));
        }
        // A whole line can arrive in one read: check its length here too.
        if line.len() > self.max_line_bytes {
            return Some(Received::too_long(&line[..HEAD_BYTES.min(line.len())]));
        }
        if let [rest @ .., b'\r'] = line {
            line = rest;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        Some(match std::str::from_utf8(line) {
            Ok(text) => Received::Message(text.to_owned()),
            Err(_) => Received::NotUtf8,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn read_all(input: &[u8], max: usize) -> Vec<Received> {
        let mut reader = LineReader::new(input, max);
        let mut events = Vec::new();
        loop {
            match reader.next_line().await {
                Ok(Received::Eof) => return events,
                Ok(event) => events.push(event),
                Err(err) => panic!("reading a slice cannot fail: {err}"),
            }
        }
    }

    fn line(text: &str) -> Received {
        Received::Message(text.to_owned())
    }

    #[tokio::test]
    async fn splits_lines_strips_cr_and_skips_blanks() {
        let events = read_all(b"{\"a\":1}\r\n\n  \r\n{\"b\":2}\n{\"c\":3}", 100).await;
        assert_eq!(
            events,
            vec![line("{\"a\":1}"), line("{\"b\":2}"), line("{\"c\":3}")]
        );
    }

    #[tokio::test]
    async fn an_oversized_line_is_skipped_and_reading_goes_on() {
        let long = "x".repeat(50);
        let input = format!("short\n{long}\nafter\n{long}");
        let events = read_all(input.as_bytes(), 10).await;
        let skipped = Received::TooLong(long.clone());
        assert_eq!(
            events,
            vec![line("short"), skipped.clone(), line("after"), skipped]
        );
    }

    #[tokio::test]
    async fn a_line_too_long_across_reads_keeps_its_head_only() {
        let (mut tx, rx) = tokio::io::duplex(64);
        let mut reader = LineReader::new(rx, 1000);
        let writer = tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            let long = format!("{{\"id\":7,\"result\":\"{}\"}}\nnext\n", "y".repeat(5000));
            tx.write_all(long.as_bytes()).await.expect("write");
        });
        let Ok(Received::TooLong(head)) = reader.next_line().await else {
            panic!("expected TooLong")
        };
        assert!(head.starts_with("{\"id\":7,\"result\":\"yyy"), "{head}");
        assert!(head.len() <= HEAD_BYTES);
        assert_eq!(reader.next_line().await.expect("read"), line("next"));
        writer.await.expect("writer");
    }

    #[tokio::test]
    async fn invalid_utf8_is_reported_and_skipped() {
        let events = read_all(b"ok\n\xff\xfe\nok2\n", 100).await;
        assert_eq!(events, vec![line("ok"), Received::NotUtf8, line("ok2")]);
    }

    #[tokio::test]
    async fn a_cancelled_read_keeps_the_partial_line() {
        let (mut tx, rx) = tokio::io::duplex(64);
        let mut reader = LineReader::new(rx, 1024);
        use tokio::io::AsyncWriteExt;
        tx.write_all(b"{\"par").await.expect("write");
        // The read cannot finish: no newline yet. Cancel it by timing out.
        let cancelled =
            tokio::time::timeout(std::time::Duration::from_millis(20), reader.next_line()).await;
        assert!(cancelled.is_err(), "the read must still be waiting");
        tx.write_all(b"tial\":true}\n").await.expect("write");
        let event = reader.next_line().await.expect("read");
        assert_eq!(event, line("{\"partial\":true}"));
    }

    /// What a line reader must make of `input`, by the definition: split at `\n`, drop a
    /// `\r` before it, skip blank lines, refuse long and non-UTF-8 ones.
    fn model(input: &[u8], max: usize) -> Vec<Received> {
        let mut events = Vec::new();
        let mut parts: Vec<&[u8]> = input.split(|b| *b == b'\n').collect();
        if input.last() == Some(&b'\n') || input.is_empty() {
            parts.pop();
        }
        for part in parts {
            if part.len() > max {
                events.push(Received::TooLong(String::new()));
                continue;
            }
            let line = part.strip_suffix(b"\r").unwrap_or(part);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            events.push(match std::str::from_utf8(line) {
                Ok(text) => Received::Message(text.to_owned()),
                Err(_) => Received::NotUtf8,
            });
        }
        events
    }

    /// Oversized lines compare by kind only: the head kept is a detail.
    fn comparable(events: Vec<Received>) -> Vec<Received> {
        events
            .into_iter()
            .map(|e| match e {
                Received::TooLong(_) => Received::TooLong(String::new()),
                other => other,
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 300, failure_persistence: None, ..Default::default()
        })]
        /// Any bytes, delivered in any chunks, make the lines the definition says.
        #[test]
        fn any_input_in_any_chunks_makes_the_defined_lines(
            input in proptest::collection::vec(
                proptest::prop_oneof![Just(b'\n'), Just(b'\r'), Just(b' '), Just(0xff_u8), 0x20_u8..0x7f],
                0..400,
            ),
            max in 1usize..40,
            chunk in 1usize..50,
        ) {
            let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
            let events = runtime.block_on(async {
                let (mut tx, rx) = tokio::io::duplex(chunk);
                let bytes = input.clone();
                let writer = tokio::spawn(async move {
                    use tokio::io::AsyncWriteExt;
                    for piece in bytes.chunks(chunk) {
                        tx.write_all(piece).await.expect("write");
                    }
                });
                let mut reader = LineReader::new(rx, max);
                let mut events = Vec::new();
                loop {
                    match reader.next_line().await.expect("read") {
                        Received::Eof => break,
                        event => events.push(event),
                    }
                }
                writer.await.expect("writer");
                events
            });
            proptest::prop_assert_eq!(comparable(events), model(&input, max));
        }
    }

    use proptest::strategy::Just;
}
