//! The reading half of a WebSocket: whole messages out of the server's frames, read straight
//! from the socket into one buffer.
//!
//! A message is one JSON-RPC message however it is laid out: pretty-printed over many lines,
//! or split into fragments. A text frame that holds several JSON values one after another
//! (one per line, as on stdio) gives each as a message of its own. A message over the limit is
//! dropped as it arrives, keeping only its head, so memory stays bounded.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;

use serde_json::value::RawValue;
use tokio::io::{AsyncRead, AsyncReadExt};

use super::frame::{self, CLOSE, CONTINUATION, Header, PING, Parsed};
use super::writer::Link;
use crate::framing::{HEAD_BYTES, READ_CHUNK, Received};

/// The data frame whose payload is being read.
#[derive(Debug, Clone, Copy)]
struct DataFrame {
    /// The last frame of its message.
    fin: bool,
    /// Payload bytes not read yet.
    remaining: u64,
}

/// Whether the WebSocket has ended, and whether the connection was told why.
#[derive(Debug)]
enum End {
    Open,
    /// Ended for this reason, not yet reported.
    Ended(String),
    Reported,
}

/// What one step over the buffer gave.
enum Step {
    Yield(Received),
    /// Go on with the buffer.
    Continue,
    /// The buffer holds no more that can be used: read from the socket.
    Read,
    End,
}

/// The reading half of a WebSocket.
///
/// Cancellation-safe as [`LineReader`](crate::framing::LineReader) is: every byte read lives
/// in `self`, and the only await point is a `read_buf`.
pub(crate) struct MessageReader {
    stream: Box<dyn AsyncRead + Send + Unpin>,
    buf: Vec<u8>,
    /// Start of the unread part of `buf`.
    start: usize,
    max_message_bytes: usize,
    frame: Option<DataFrame>,
    /// A message's first frame was read, its last one not yet.
    in_message: bool,
    /// The payload so far of a message that came in several frames or reads.
    message: Vec<u8>,
    /// The message being read went over the limit: its bytes are dropped.
    discarding: bool,
    /// The first bytes of the message being dropped.
    head: Vec<u8>,
    /// Further messages of a frame that held several.
    queued: VecDeque<String>,
    end: End,
    link: Arc<Link>,
}

impl MessageReader {
    /// Reads messages from `stream`, starting with the bytes in `buffered` (what came with the
    /// handshake's answer), refusing messages longer than `max_message_bytes`.
    pub(crate) fn new(
        stream: Box<dyn AsyncRead + Send + Unpin>,
        buffered: Vec<u8>,
        max_message_bytes: usize,
        link: Arc<Link>,
    ) -> Self {
        MessageReader {
            stream,
            buf: buffered,
            start: 0,
            max_message_bytes,
            frame: None,
            in_message: false,
            message: Vec::new(),
            discarding: false,
            head: Vec::new(),
            queued: VecDeque::new(),
            end: End::Open,
            link,
        }
    }

    /// The longest message accepted.
    pub(crate) fn max_message_bytes(&self) -> usize {
        self.max_message_bytes
    }

    /// Sets the longest message accepted from now on.
    pub(crate) fn set_max_message_bytes(&mut self, bytes: usize) {
        self.max_message_bytes = bytes;
    }

    /// The next message. Pings are answered and the server's close is echoed on the way
    /// (through the sending half).
    ///
    /// # Errors
    /// Once, when the WebSocket ends, with why (the server's close and its code, a broken
    /// frame, the stream's end); the end of the stream after that.
    pub(crate) async fn next_message(&mut self) -> io::Result<Received> {
        loop {
            if let Some(message) = self.queued.pop_front() {
                return Ok(Received::Message(message));
            }
            match self.step() {
                Step::Yield(received) => return Ok(received),
                Step::Continue => {}
                Step::Read => self.read().await,
                Step::End => {
                    return match std::mem::replace(&mut self.end, End::Reported) {
                        End::Ended(why) => Err(io::Error::other(why)),
                        End::Open | End::Reported => Ok(Received::Eof),
                    };
                }
            }
        }
    }

    /// Whether the next [`next_message`](Self::next_message) returns without reading from
    /// the socket: a whole message (not a blank one) or the end is buffered.
    pub(crate) fn has_whole_message(&self) -> bool {
        if !self.queued.is_empty() || !matches!(self.end, End::Open) {
            return true;
        }
        let unread = &self.buf[self.start..];
        let mut at = 0;
        if let Some(frame) = self.frame {
            if ((unread.len()) as u64) < frame.remaining {
                return false;
            }
            // Bounded by the buffer's length just checked.
            at = frame.remaining as usize;
            if frame.fin {
                return true;
            }
        }
        loop {
            let (header, size) = match frame::parse_header(&unread[at..]) {
                Parsed::Incomplete => return false,
                Parsed::Broken(_) => return true,
                Parsed::Header(header, size) => (header, size),
            };
            let payload_at = at + size;
            if ((unread.len() - payload_at) as u64) < header.len {
                return false;
            }
            at = payload_at + header.len as usize;
            if header.opcode == CLOSE {
                return true;
            }
            let whole = !header.is_control() && header.fin;
            // A blank message is skipped: it does not count (a JSON message starts at once).
            let blank = || {
                header.opcode != CONTINUATION
                    && unread[payload_at..at].iter().all(u8::is_ascii_whitespace)
            };
            if whole && !blank() {
                return true;
            }
        }
    }

    /// Takes what the buffer allows: a frame's header, a control frame, payload bytes.
    fn step(&mut self) -> Step {
        if !matches!(self.end, End::Open) {
            return Step::End;
        }
        if let Some(frame) = self.frame {
            return self.take_payload(frame);
        }
        let unread = &self.buf[self.start..];
        let (header, size) = match frame::parse_header(unread) {
            Parsed::Incomplete => return Step::Read,
            Parsed::Broken(why) => return self.finish(why),
            Parsed::Header(header, size) => (header, size),
        };
        if header.is_control() {
            // At most 125 bytes, whole in its frame.
            let total = size + header.len as usize;
            if unread.len() < total {
                return Step::Read;
            }
            let payload_at = self.start + size;
            self.start += total;
            return self.control(header, payload_at);
        }
        let starts = header.opcode != CONTINUATION;
        if starts && self.in_message {
            return self.finish("the server began a message inside a fragmented one".into());
        }
        if !starts && !self.in_message {
            return self.finish("the server sent a continuation outside a message".into());
        }
        let buffered = (unread.len() - size) as u64;
        // The usual message: one frame, already read whole. Taken straight from the buffer.
        if starts
            && header.fin
            && header.len <= buffered
            && header.len <= self.max_message_bytes as u64
        {
            let from = self.start + size;
            let to = from + header.len as usize;
            self.start = to;
            return match std::str::from_utf8(&self.buf[from..to]) {
                Ok(text) => self.messages_of(text.to_owned()),
                Err(_) => Step::Yield(Received::NotUtf8),
            };
        }
        self.start += size;
        self.in_message = true;
        let so_far = self.message.len() as u64;
        if !self.discarding && so_far.saturating_add(header.len) > self.max_message_bytes as u64 {
            self.discarding = true;
            self.head = std::mem::take(&mut self.message);
            self.head.truncate(HEAD_BYTES);
        }
        self.frame = Some(DataFrame {
            fin: header.fin,
            remaining: header.len,
        });
        Step::Continue
    }

    /// Takes the buffered part of a data frame's payload.
    fn take_payload(&mut self, mut frame: DataFrame) -> Step {
        let available = &self.buf[self.start..];
        let take = usize::try_from(frame.remaining)
            .unwrap_or(usize::MAX)
            .min(available.len());
        if take == 0 && frame.remaining > 0 {
            return Step::Read;
        }
        let bytes = &available[..take];
        if self.discarding {
            let room = HEAD_BYTES.saturating_sub(self.head.len());
            self.head.extend_from_slice(&bytes[..room.min(take)]);
        } else {
            self.message.extend_from_slice(bytes);
        }
        self.start += take;
        frame.remaining -= take as u64;
        if frame.remaining > 0 {
            self.frame = Some(frame);
            return Step::Read;
        }
        self.frame = None;
        if !frame.fin {
            return Step::Continue;
        }
        self.in_message = false;
        if std::mem::take(&mut self.discarding) {
            let head = std::mem::take(&mut self.head);
            return Step::Yield(Received::TooLong(
                String::from_utf8_lossy(&head).into_owned(),
            ));
        }
        match String::from_utf8(std::mem::take(&mut self.message)) {
            Ok(text) => self.messages_of(text),
            Err(_) => Step::Yield(Received::NotUtf8),
        }
    }

    /// Answers a ping, notes the server's close; a pong needs nothing.
    fn control(&mut self, header: Header, payload_at: usize) -> Step {
        let payload = &self.buf[payload_at..payload_at + header.len as usize];
        match header.opcode {
            PING => self.link.ping(payload),
            CLOSE => {
                self.link.server_closed(payload);
                let why = format!(
                    "the server closed the WebSocket ({})",
                    frame::describe_close(payload)
                );
                return self.finish(why);
            }
            _ => {}
        }
        Step::Continue
    }

    /// The message or messages in one WebSocket message's text.
    fn messages_of(&mut self, text: String) -> Step {
        // The usual message is one compact JSON value: no line break before its end.
        let content = text.trim_end_matches(|c: char| c.is_ascii_whitespace());
        if content.is_empty() {
            return Step::Continue;
        }
        if memchr::memchr(b'\n', content.as_bytes()).is_none() {
            return Step::Yield(Received::Message(text));
        }
        // Pretty-printed (one value over many lines), or several values one after another.
        let mut values = Vec::new();
        for value in serde_json::Deserializer::from_str(&text).into_iter::<&RawValue>() {
            match value {
                Ok(value) => values.push(value.get().to_owned()),
                // Not JSON: line by line, as on stdio, so each line fails (or passes) alone.
                Err(_) => {
                    values = text
                        .lines()
                        .filter(|line| !line.trim().is_empty())
                        .map(str::to_owned)
                        .collect();
                    break;
                }
            }
        }
        if values.len() == 1 {
            // One value: the text as the server sent it.
            return Step::Yield(Received::Message(text));
        }
        self.queued.extend(values);
        match self.queued.pop_front() {
            Some(first) => Step::Yield(Received::Message(first)),
            None => Step::Continue,
        }
    }

    /// Ends the WebSocket for `why`: nothing more is read.
    fn finish(&mut self, why: String) -> Step {
        tracing::debug!("the WebSocket to the app-server ended: {why}");
        self.end = End::Ended(why);
        self.link.reading_done();
        Step::End
    }

    /// Reads more of the socket (or notes its end).
    async fn read(&mut self) {
        self.make_room();
        match self.stream.read_buf(&mut self.buf).await {
            Ok(0) => {
                let inside = self.frame.is_some() || self.in_message || self.start < self.buf.len();
                self.finish(if inside {
                    "the WebSocket ended inside a frame".to_owned()
                } else {
                    "the server ended the connection without closing the WebSocket".to_owned()
                });
            }
            Ok(_) => {}
            Err(err) => {
                self.finish(format!("reading from the WebSocket failed: {err}"));
            }
        }
    }

    /// Drops consumed bytes from the front when that saves growing, and reserves a read chunk.
    fn make_room(&mut self) {
        if self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        } else if self.start > 0 && self.buf.capacity() - self.buf.len() < READ_CHUNK {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.reserve(READ_CHUNK);
    }
}

impl Drop for MessageReader {
    /// The sending half waits for the server's answer to its close only while someone reads.
    fn drop(&mut self) {
        self.link.reading_done();
    }
}

impl std::fmt::Debug for MessageReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageReader")
            .field("max_message_bytes", &self.max_message_bytes)
            .field("end", &self.end)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    /// A frame as a server sends it (unmasked).
    fn frame(fin: bool, opcode: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![u8::from(fin) << 7 | opcode];
        match payload.len() {
            len @ 0..=125 => out.push(len as u8),
            len @ 126..=0xFFFF => {
                out.push(126);
                out.extend_from_slice(&(len as u16).to_be_bytes());
            }
            len => {
                out.push(127);
                out.extend_from_slice(&(len as u64).to_be_bytes());
            }
        }
        out.extend_from_slice(payload);
        out
    }

    fn text(payload: &str) -> Vec<u8> {
        frame(true, frame::TEXT, payload.as_bytes())
    }

    fn message(text: &str) -> Received {
        Received::Message(text.to_owned())
    }

    fn reader(stream: impl AsyncRead + Send + Unpin + 'static, max: usize) -> MessageReader {
        MessageReader::new(Box::new(stream), Vec::new(), max, Arc::default())
    }

    /// Every event until the WebSocket ends, and why it ended.
    async fn read_all(reader: &mut MessageReader) -> (Vec<Received>, String) {
        let mut events = Vec::new();
        loop {
            match reader.next_message().await {
                Ok(event) => events.push(event),
                Err(why) => return (events, why.to_string()),
            }
        }
    }

    #[tokio::test]
    async fn messages_come_whole_from_any_chunks_of_any_frames() {
        let pretty = "{\r\n  \"id\": 2,\r\n  \"result\": \"a\\nb\"\r\n}\r\n";
        let mut bytes = Vec::new();
        bytes.extend(text("{\"id\":1}"));
        bytes.extend(frame(true, frame::PING, b"hi"));
        bytes.extend(text(pretty));
        // Fragments, a ping between two of them.
        bytes.extend(frame(false, frame::TEXT, b"{\"id\""));
        bytes.extend(frame(true, frame::PING, b""));
        bytes.extend(frame(false, frame::CONTINUATION, b":3"));
        bytes.extend(frame(true, frame::CONTINUATION, b"}"));
        // Several values in one frame, one of them pretty-printed.
        bytes.extend(text("{\"id\":4}\n{\n \"id\": 5\n}\n\n{\"id\":6}\n"));
        // Lines that are not JSON: each alone, as on stdio.
        bytes.extend(text("not json\n{\"id\":7}"));
        bytes.extend(text(" \r\n "));
        bytes.extend(frame(true, frame::BINARY, b"\xff\xfe"));
        // Over the limit of 40, in one frame and in fragments; only the head is kept.
        let long = format!("{{\"id\":8,\"result\":\"{}\"}}", "x".repeat(50));
        bytes.extend(text(&long));
        bytes.extend(frame(false, frame::TEXT, &long.as_bytes()[..30]));
        bytes.extend(frame(true, frame::CONTINUATION, &long.as_bytes()[30..]));
        bytes.extend(text("{\"id\":9}"));
        bytes.extend(frame(true, frame::CLOSE, b"\x03\xe8bye"));
        let expected = vec![
            message("{\"id\":1}"),
            message(pretty),
            message("{\"id\":3}"),
            message("{\"id\":4}"),
            message("{\n \"id\": 5\n}"),
            message("{\"id\":6}"),
            message("not json"),
            message("{\"id\":7}"),
            Received::NotUtf8,
            Received::TooLong(long.clone()),
            Received::TooLong(long.clone()),
            message("{\"id\":9}"),
        ];
        for chunk in [1, 2, 3, 7, 64, bytes.len()] {
            let (mut server, client) = tokio::io::duplex(chunk);
            let sent = bytes.clone();
            let writer = tokio::spawn(async move {
                for piece in sent.chunks(chunk) {
                    server.write_all(piece).await.expect("write");
                }
                server
            });
            let mut reader = reader(client, 40);
            let (events, why) = read_all(&mut reader).await;
            assert_eq!(events, expected, "in chunks of {chunk}");
            assert_eq!(why, "the server closed the WebSocket (code 1000: bye)");
            assert_eq!(
                reader.next_message().await.expect("the end"),
                Received::Eof,
                "why is said once"
            );
            drop(writer.await.expect("writer"));
        }
    }

    #[tokio::test]
    async fn a_whole_message_is_buffered_only_when_one_is_complete() {
        let (mut server, client) = tokio::io::duplex(1 << 16);
        let mut reader = reader(client, 1000);
        let mut bytes = text("{\"id\":1}");
        bytes.extend(text("{\"id\":2}"));
        bytes.extend(frame(true, frame::PING, b""));
        bytes.extend(text("   "));
        bytes.extend(frame(false, frame::TEXT, b"{\"id\":"));
        server.write_all(&bytes).await.expect("write");
        assert_eq!(
            reader.next_message().await.expect("read"),
            message("{\"id\":1}")
        );
        assert!(reader.has_whole_message(), "the second message is buffered");
        assert_eq!(
            reader.next_message().await.expect("read"),
            message("{\"id\":2}")
        );
        assert!(
            !reader.has_whole_message(),
            "a ping, a blank message and half a message are not a message"
        );
        // A read that must wait is cancelled; nothing read is lost.
        let waited =
            tokio::time::timeout(std::time::Duration::from_millis(20), reader.next_message()).await;
        assert!(waited.is_err(), "the message is not whole yet");
        server
            .write_all(&frame(true, frame::CONTINUATION, b"3}"))
            .await
            .expect("write");
        assert_eq!(
            reader.next_message().await.expect("read"),
            message("{\"id\":3}")
        );
        drop(server);
        let (events, why) = read_all(&mut reader).await;
        assert!(events.is_empty(), "{events:?}");
        assert_eq!(
            why,
            "the server ended the connection without closing the WebSocket"
        );
    }

    #[tokio::test]
    async fn frames_that_break_the_protocol_end_the_websocket_saying_how() {
        for (bytes, says) in [
            (
                frame(true, frame::CONTINUATION, b"x"),
                "continuation outside",
            ),
            (
                [frame(false, frame::TEXT, b"{"), text("{}")].concat(),
                "began a message inside",
            ),
            (vec![0x81, 0x85, 0, 0, 0, 0], "masked"),
            (vec![0x81, 5, b'{'], "ended inside a frame"),
        ] {
            let mut reader = reader(std::io::Cursor::new(bytes), 1000);
            let (events, why) = read_all(&mut reader).await;
            assert!(events.is_empty(), "{events:?}");
            assert!(why.contains(says), "{why}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 200, failure_persistence: None, ..Default::default()
        })]
        /// Messages cut into any fragments, with pings between them, read in any chunks,
        /// come out whole, or as too long when over the limit, in order.
        #[test]
        fn any_fragments_in_any_chunks_make_the_messages_sent(
            messages in proptest::collection::vec(
                ("[ -~]{0,60}", 1usize..4, proptest::bool::ANY),
                0..12,
            ),
            max in 20usize..80,
            chunk in 1usize..40,
        ) {
            let mut bytes = Vec::new();
            let mut expected = Vec::new();
            for (id, (filler, pieces, ping)) in messages.iter().enumerate() {
                let text = serde_json::json!({"id": id, "s": filler}).to_string();
                let cut = text.len() / pieces;
                for piece in 0..*pieces {
                    let from = piece * cut;
                    let to = if piece + 1 == *pieces { text.len() } else { from + cut };
                    let opcode = if piece == 0 { frame::TEXT } else { CONTINUATION };
                    bytes.extend(frame(piece + 1 == *pieces, opcode, &text.as_bytes()[from..to]));
                    if *ping {
                        bytes.extend(frame(true, PING, b"p"));
                    }
                }
                expected.push(if text.len() > max {
                    Received::TooLong(String::new())
                } else {
                    Received::Message(text)
                });
            }
            let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
            let (events, why) = runtime.block_on(async {
                let (mut server, client) = tokio::io::duplex(chunk);
                let writer = tokio::spawn(async move {
                    for piece in bytes.chunks(chunk) {
                        server.write_all(piece).await.expect("write");
                    }
                });
                let mut reader = reader(client, max);
                let outcome = read_all(&mut reader).await;
                writer.await.expect("writer");
                outcome
            });
            let events: Vec<Received> = events
                .into_iter()
                .map(|event| match event {
                    Received::TooLong(_) => Received::TooLong(String::new()),
                    other => other,
                })
                .collect();
            proptest::prop_assert_eq!(events, expected);
            proptest::prop_assert_eq!(
                why,
                "the server ended the connection without closing the WebSocket"
            );
        }
    }
}
