//! The server's stdout, read by a thread of its own with blocking reads, coalesced while the
//! server streams: one wake-up of the connection per batch of lines instead of per line.
//!
//! Read through the async runtime, every line the server writes wakes the reactor (an
//! `epoll_wait` that returns), then the connection task (a `read`), then the stream's consumer
//! (a futex, when it runs on another thread): a long turn of 100,000 deltas costs a client
//! twice what a plain blocking reader spends. A thread that sleeps between reads is woken by
//! nothing: once the server has been writing back to back for a while, the thread waits until
//! `window` after its previous read, and the next read brings every line written meanwhile.

use std::io::Read;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, ReadBuf};
use tokio::sync::mpsc;

use crate::framing::READ_CHUNK;

/// Chunks in flight between the thread and the connection: with the chunk size, a bound on
/// what the thread holds that the connection has not taken (backpressure reaches the server
/// through the pipe, as with a direct reader).
const CHUNKS_IN_FLIGHT: usize = 4;

/// How many busy reads in a row (each within the window of the one before, or bringing more
/// than one line) make the stream count as streaming.
const BUSY_READS_TO_COALESCE: u32 = 16;

/// The default coalescing window: long enough that a fast burst comes in batches of dozens
/// of lines, short enough to be invisible to anyone watching the events.
pub(crate) const DEFAULT_READ_COALESCING: Duration = Duration::from_millis(2);

/// When to hold the next read back. A read is busy when it comes within `window` of the one
/// before, or, while reads are held back, brings more than one line; after
/// [`BUSY_READS_TO_COALESCE`] busy reads in a row, each read waits until `window` after the
/// previous one. Never in the middle of a line, and never after a quiet spell: a read more
/// than two windows after the one before is not busy, so the first lines of an answer or of a
/// turn are read at once.
#[derive(Debug)]
struct Coalescing {
    window: Duration,
    busy_reads: u32,
    last_read: Option<Instant>,
}

impl Coalescing {
    fn holding_back(&self) -> bool {
        !self.window.is_zero() && self.busy_reads >= BUSY_READS_TO_COALESCE
    }

    fn hold_until(&self, between_lines: bool) -> Option<Instant> {
        if !between_lines || !self.holding_back() {
            return None;
        }
        self.last_read.map(|at| at + self.window)
    }

    /// Notes a read finished at `now`, and whether it brought more than one line end.
    fn read_done(&mut self, now: Instant, several_lines: bool) {
        let gap = self.last_read.map(|last| now.duration_since(last));
        let busy = gap.is_some_and(|gap| {
            let quick = gap < self.window;
            let quiet = gap > self.window * 2;
            !quiet && (quick || (self.holding_back() && several_lines))
        });
        self.busy_reads = if busy {
            self.busy_reads.saturating_add(1)
        } else {
            0
        };
        self.last_read = Some(now);
    }
}

/// Starts the thread reading `pipe`; the returned reader yields what it reads, in order, and
/// the end of the stream (or the read error) after the last byte.
///
/// The thread ends when the pipe ends (the server closed its stdout or exited) or when the
/// reader is dropped and its next chunk has nowhere to go.
pub(crate) fn spawn(
    pipe: impl Read + Send + 'static,
    window: Duration,
) -> std::io::Result<ThreadReader> {
    let (chunks, receiver) = mpsc::channel(CHUNKS_IN_FLIGHT);
    std::thread::Builder::new()
        .name("codex-stdout".to_owned())
        .spawn(move || read_loop(pipe, window, &chunks))?;
    Ok(ThreadReader {
        chunks: receiver,
        chunk: Vec::new(),
        taken: 0,
    })
}

fn read_loop(
    mut pipe: impl Read,
    window: Duration,
    chunks: &mpsc::Sender<std::io::Result<Vec<u8>>>,
) {
    let mut coalescing = Coalescing {
        window,
        busy_reads: 0,
        last_read: None,
    };
    let mut between_lines = true;
    let mut buffer = vec![0; READ_CHUNK];
    loop {
        if let Some(at) = coalescing.hold_until(between_lines) {
            let now = Instant::now();
            if at > now {
                std::thread::sleep(at - now);
            }
        }
        match pipe.read(&mut buffer) {
            Ok(0) => return,
            Ok(bytes) => {
                let chunk = buffer[..bytes].to_vec();
                between_lines = chunk.last() == Some(&b'\n');
                // Whether there is a second line end is all that counts: no need to count them.
                let several_lines = memchr::memchr_iter(b'\n', &chunk).nth(1).is_some();
                coalescing.read_done(Instant::now(), several_lines);
                if chunks.blocking_send(Ok(chunk)).is_err() {
                    return;
                }
            }
            // Read again: the hold above has passed already.
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => {
                let _ = chunks.blocking_send(Err(err));
                return;
            }
        }
    }
}

/// The async end of the reading thread.
#[derive(Debug)]
pub(crate) struct ThreadReader {
    chunks: mpsc::Receiver<std::io::Result<Vec<u8>>>,
    /// The chunk being handed out, and how much of it has been.
    chunk: Vec<u8>,
    taken: usize,
}

impl AsyncRead for ThreadReader {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        while this.taken == this.chunk.len() {
            match std::task::ready!(this.chunks.poll_recv(cx)) {
                Some(Ok(chunk)) => {
                    this.chunk = chunk;
                    this.taken = 0;
                }
                Some(Err(err)) => return Poll::Ready(Err(err)),
                // The end of the stream: a read of nothing.
                None => return Poll::Ready(Ok(())),
            }
        }
        let n = buf.remaining().min(this.chunk.len() - this.taken);
        buf.put_slice(&this.chunk[this.taken..this.taken + n]);
        this.taken += n;
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    /// Longer than any of these tests takes; a wait past it is a failure, not a hang.
    const PATIENCE: Duration = Duration::from_secs(10);

    fn coalescing() -> Coalescing {
        Coalescing {
            window: Duration::from_millis(2),
            busy_reads: 0,
            last_read: None,
        }
    }

    #[test]
    fn only_a_stream_busy_for_a_while_is_held_back_and_only_between_lines() {
        let mut c = coalescing();
        let mut now = Instant::now();
        // The first read has nothing to be quick after; each of the next ones comes 0.1 ms
        // after the one before.
        for _ in 0..=BUSY_READS_TO_COALESCE {
            assert_eq!(c.hold_until(true), None, "not busy long enough yet");
            now += Duration::from_micros(100);
            c.read_done(now, false);
        }
        assert_eq!(c.hold_until(true), Some(now + c.window));
        assert_eq!(
            c.hold_until(false),
            None,
            "a line in progress is read at once"
        );
        // Held back, the read brings several lines: still streaming.
        now += c.window;
        c.read_done(now, true);
        assert_eq!(c.hold_until(true), Some(now + c.window));
        // One line after a whole window: the burst is over, the next read is immediate.
        now += c.window;
        c.read_done(now, false);
        assert_eq!(c.hold_until(true), None);
    }

    #[test]
    fn a_quiet_spell_ends_the_holding_back_whatever_the_read_brings() {
        let mut c = coalescing();
        let mut now = Instant::now();
        for _ in 0..=BUSY_READS_TO_COALESCE {
            now += Duration::from_micros(100);
            c.read_done(now, true);
        }
        assert!(c.hold_until(true).is_some());
        // The next turn starts 50 ms later; its first read brings several lines at once.
        now += Duration::from_millis(50);
        c.read_done(now, true);
        assert_eq!(
            c.hold_until(true),
            None,
            "the turn's next lines are read at once"
        );
    }

    #[test]
    fn a_zero_window_never_holds_back() {
        let mut c = Coalescing {
            window: Duration::ZERO,
            ..coalescing()
        };
        let now = Instant::now();
        for _ in 0..100 {
            c.read_done(now, true);
        }
        assert_eq!(c.hold_until(true), None);
    }

    #[tokio::test]
    async fn every_byte_arrives_in_order_then_the_end() {
        let (pipe, mut writer) = std::io::pipe().expect("pipe");
        let mut reader = spawn(pipe, DEFAULT_READ_COALESCING).expect("reader thread");
        let lines: Vec<String> = (0..2_000).map(|i| format!("{{\"n\":{i}}}\n")).collect();
        let expected = lines.concat();
        let writing = std::thread::spawn(move || {
            use std::io::Write;
            for line in lines {
                writer.write_all(line.as_bytes()).expect("write");
            }
            // Dropping the writer ends the pipe.
        });
        let mut got = String::new();
        tokio::time::timeout(PATIENCE, reader.read_to_string(&mut got))
            .await
            .expect("the end of the stream, in time")
            .expect("read");
        writing.join().expect("writer thread");
        assert_eq!(got.len(), expected.len());
        assert!(got == expected, "the bytes came out of order or changed");
    }

    #[tokio::test]
    async fn the_thread_ends_when_the_reader_is_dropped() {
        let (pipe, mut writer) = std::io::pipe().expect("pipe");
        let reader = spawn(pipe, Duration::ZERO).expect("reader thread");
        drop(reader);
        // The thread reads what comes, finds nowhere to send it and ends, closing its end of
        // the pipe: writing then fails instead of blocking on a full pipe forever. The writes
        // run on a thread of their own, so a thread that does not end fails the test in time
        // rather than hanging it.
        let (outcome, writes_failed) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::Write;
            let chunk = vec![b'x'; 64 * 1024];
            let failed = (0..1_000).any(|_| writer.write_all(&chunk).is_err());
            let _ = outcome.send(failed);
        });
        let failed = writes_failed
            .recv_timeout(PATIENCE)
            .expect("writing blocked: the pipe is no longer read, but its read end is still open");
        assert!(
            failed,
            "the pipe is still read after the reader was dropped"
        );
    }
}
