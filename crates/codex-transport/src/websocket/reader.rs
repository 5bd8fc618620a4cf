//! The reading half of a WebSocket: whole messages out of the server's frames, read straight
//! from the socket into one buffer.
//!
//! A message is one JSON-RPC message however it is laid out: pretty-printed over many lines,
//! or split into fragments. A text frame that holds several JSON values one after another
//! (one per line, as on stdio) gives each as a message of its own. A message over the limit is
//! dropped as it arrives, keeping only its head, so memory stays bounded.

use std::collections::VecDeque;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use serde_json::value::RawValue;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::time::{Instant, Sleep};

use super::frame::{self, CLOSE, CONTINUATION, Header, PING, Parsed};
use super::writer::Link;
use crate::framing::{self, HEAD_BYTES, Received};

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
    /// Takes the WebSocket as broken when the server goes silent: the writer pings (see
    /// `WebSocketOptions::keepalive`), so a live server always has something to say.
    silence: Option<SilenceWatch>,
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
            silence: None,
        }
    }

    /// Takes the WebSocket as broken when a whole period of `limit` passes without a byte.
    pub(crate) fn silence_limit(mut self, limit: Option<Duration>) -> Self {
        self.silence = limit.map(|limit| SilenceWatch {
            limit,
            timer: None,
            heard: false,
        });
        self
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
            if (unread.len() as u64) < frame.remaining {
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
            return Step::Yield(Received::too_long(&std::mem::take(&mut self.head)));
        }
        let message = std::mem::take(&mut self.message);
        self.messages_of(message)
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

    /// The message or messages in one WebSocket message's payload.
    fn messages_of(&mut self, payload: Vec<u8>) -> Step {
        let Ok(text) = String::from_utf8(payload) else {
            return Step::Yield(Received::NotUtf8);
        };
        // The usual message is one compact JSON value: no line break before its end.
        let content = text.trim_end_matches(|c: char| c.is_ascii_whitespace());
        if content.is_empty() {
            return Step::Continue;
        }
        if memchr::memchr(b'\n', content.as_bytes()).is_none() {
            return Step::Yield(Received::Message(text));
        }
        // Pretty-printed (one value over many lines), or several values one after another.
        let values = serde_json::Deserializer::from_str(&text)
            .into_iter::<&RawValue>()
            .map(|value| value.map(|value| value.get().to_owned()))
            .collect::<Result<Vec<_>, _>>();
        let values = values.unwrap_or_else(|_| {
            // Not JSON: line by line, as on stdio, so each line fails (or passes) alone.
            text.lines()
                .filter(|line| !line.trim().is_empty())
                .map(str::to_owned)
                .collect()
        });
        if values.len() == 1 {
            // One value: the text as the server sent it.
            return Step::Yield(Received::Message(text));
        }
        // `next_message` hands out the queue before it steps again.
        self.queued.extend(values);
        Step::Continue
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
        framing::make_room(&mut self.buf, &mut self.start);
        let read = self.stream.read_buf(&mut self.buf);
        let read = match &mut self.silence {
            None => read.await,
            // `read_buf` is cancellation-safe: a read cut short by the watch loses no byte.
            Some(watch) => tokio::select! {
                biased;
                read = read => {
                    watch.heard = true;
                    read
                }
                limit = watch.silent_period() => {
                    self.finish(format!(
                        "the server sent nothing for more than {limit:?}, not even an answer \
                         to a ping: the connection is taken as broken \
                         (`WebSocketOptions::keepalive`)"
                    ));
                    return;
                }
            },
        };
        let why = match read {
            Ok(0) if self.frame.is_some() || self.in_message || self.start < self.buf.len() => {
                "the WebSocket ended inside a frame".to_owned()
            }
            Ok(0) => "the server ended the connection without closing the WebSocket".to_owned(),
            Ok(_) => return,
            Err(err) => format!("reading from the WebSocket failed: {err}"),
        };
        self.finish(why);
    }
}

/// Watches for a period of silence with one timer, restarted only when it fires: not moved
/// for every read (a timer per read would cost more than the read), so silence is noticed
/// between one and two periods after the last byte.
struct SilenceWatch {
    limit: Duration,
    timer: Option<Pin<Box<Sleep>>>,
    /// Bytes came since the timer was last started.
    heard: bool,
}

impl SilenceWatch {
    /// Resolves, with the period, once a whole period passed without a byte.
    async fn silent_period(&mut self) -> Duration {
        let limit = self.limit;
        loop {
            let timer = self
                .timer
                .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
            timer.as_mut().await;
            if !std::mem::take(&mut self.heard) {
                return limit;
            }
            timer.as_mut().reset(Instant::now() + limit);
        }
    }
}

impl Drop for MessageReader {
    /// The sending half waits for the server's answer to its close only while someone reads.
    fn drop(&mut self) {
        self.link.reading_done();
    }
}
#[cfg(test)]
mod tests;
