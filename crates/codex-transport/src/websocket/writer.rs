//! The sending half of a WebSocket: each message of the connection as one masked text frame,
//! the pongs and the close answer the reading half asks for, and at the end the closing
//! handshake (our close, the server's answer, bounded) and the stream's own shutdown.

use std::io;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use ring::rand::{SecureRandom, SystemRandom};
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::{Notify, mpsc};

use super::frame::{self, CLOSE, PING, PONG, TEXT};

/// How long the end of a WebSocket may take at each step: the server's answer to our close,
/// then the stream's shutdown (TLS's `close_notify`).
pub(crate) const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// Frames queued in the buffer before it is written: a burst of messages goes out in one write.
const WRITE_BATCH_BYTES: usize = 256 * 1024;

/// A buffer that grew past this for one big message is let go once written.
const KEEP_BUFFER_BYTES: usize = 1024 * 1024;

/// What the reading half tells the sending half: a ping to answer, the server's close to
/// echo, and that reading ended (no answer to our close is coming after that).
#[derive(Debug, Default)]
pub(crate) struct Link {
    state: Mutex<LinkState>,
    /// Wakes the sending half; it then looks at `state`.
    wake: Notify,
}

#[derive(Debug, Default)]
struct LinkState {
    /// The payload of the latest ping not yet answered (RFC 6455 section 5.5.3 allows
    /// answering only the latest).
    ping: Option<Vec<u8>>,
    /// The status code of the server's close, to echo.
    close: Option<Vec<u8>>,
    /// The reading half has seen the server's close or the end of the stream, or is gone.
    reading_done: bool,
}

impl Link {
    fn state(&self) -> MutexGuard<'_, LinkState> {
        // Plain fields set in one step each: a panic elsewhere cannot leave them half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The server sent a ping with `payload`.
    pub(crate) fn ping(&self, payload: &[u8]) {
        self.state().ping = Some(payload.to_vec());
        self.wake.notify_one();
    }

    /// The server sent a close with `payload`: it is echoed (its status code, RFC 6455
    /// section 5.5.1), and nothing more will be read.
    pub(crate) fn server_closed(&self, payload: &[u8]) {
        {
            let mut state = self.state();
            state.close = Some(payload[..payload.len().min(2)].to_vec());
            state.reading_done = true;
        }
        self.wake.notify_one();
    }

    /// Nothing more will be read: the stream ended, broke, or its reader is gone.
    pub(crate) fn reading_done(&self) {
        self.state().reading_done = true;
        self.wake.notify_one();
    }

    /// Waits until nothing more will be read.
    async fn until_reading_done(&self) {
        // `notify_one` keeps a permit when nobody waits: a wake between the check and the
        // wait is not lost.
        while !self.state().reading_done {
            self.wake.notified().await;
        }
    }
}

/// Masking keys from the system's random source, fetched 64 at a time rather than with one
/// system call per frame.
struct Masks {
    random: SystemRandom,
    pool: [[u8; 4]; 64],
    /// Keys of `pool` handed out.
    used: usize,
}

impl Masks {
    fn next(&mut self) -> io::Result<[u8; 4]> {
        if self.used == self.pool.len() {
            self.random
                .fill(self.pool.as_flattened_mut())
                .map_err(|_| io::Error::other("the system's random source failed"))?;
            self.used = 0;
        }
        self.used += 1;
        Ok(self.pool[self.used - 1])
    }
}

/// The sending half of a WebSocket, run as the connection's writer task.
pub(crate) struct MessageWriter {
    out: Box<dyn AsyncWrite + Send + Unpin>,
    masks: Masks,
    link: Arc<Link>,
    /// Frames encoded and not yet written.
    buffer: Vec<u8>,
    /// A close was sent: no frame may follow it.
    closing: bool,
    /// How often to ping the server (`WebSocketOptions::keepalive`).
    keepalive: Option<Duration>,
}

impl MessageWriter {
    pub(crate) fn new(
        out: Box<dyn AsyncWrite + Send + Unpin>,
        random: SystemRandom,
        link: Arc<Link>,
    ) -> Self {
        MessageWriter {
            out,
            masks: Masks {
                random,
                pool: [[0; 4]; 64],
                used: 64,
            },
            link,
            buffer: Vec::new(),
            closing: false,
            keepalive: None,
        }
    }

    /// Pings the server every `interval`.
    pub(crate) fn keepalive(mut self, interval: Option<Duration>) -> Self {
        self.keepalive = interval;
        self
    }

    /// Sends each message as one text frame until the connection stops writing or the
    /// server closes, then ends the WebSocket: our close (unless this echoed the server's),
    /// the server's answer (at most [`CLOSE_GRACE`]), then the stream's shutdown, which for
    /// TLS sends `close_notify`; that last step is taken after a failed write too.
    pub(crate) async fn run(mut self, mut messages: mpsc::Receiver<String>) {
        match self.send_messages(&mut messages).await {
            Ok(()) => {
                if !self.closing {
                    // Going away (1001): the client is done.
                    let _ = self.frame(CLOSE, &1001u16.to_be_bytes());
                    let _ = self.write_out().await;
                }
                let _ = tokio::time::timeout(CLOSE_GRACE, self.link.until_reading_done()).await;
            }
            Err(err) => tracing::debug!("writing to the WebSocket failed: {err}"),
        }
        drop(messages);
        let _ = tokio::time::timeout(CLOSE_GRACE, self.out.shutdown()).await;
    }

    /// Sends messages and control answers until the connection stops writing (its channel
    /// ends) or the server's close was echoed.
    async fn send_messages(&mut self, messages: &mut mpsc::Receiver<String>) -> io::Result<()> {
        // Without keepalive the ticker never fires (a period too long to elapse).
        let period = self
            .keepalive
            .unwrap_or(Duration::from_secs(365 * 24 * 3600));
        let mut pings = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        pings.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                // Pongs and the close answer first: they wait behind no burst of messages.
                biased;
                () = self.link.wake.notified() => {
                    self.answer_control()?;
                    self.write_out().await?;
                    if self.closing {
                        return Ok(());
                    }
                }
                message = messages.recv() => {
                    let Some(message) = message else { return Ok(()) };
                    self.frame(TEXT, message.as_bytes())?;
                    // What else is queued goes in the same write.
                    while self.buffer.len() < WRITE_BATCH_BYTES {
                        let Ok(message) = messages.try_recv() else { break };
                        self.frame(TEXT, message.as_bytes())?;
                    }
                    self.write_out().await?;
                }
                _ = pings.tick() => {
                    self.frame(PING, b"")?;
                    self.write_out().await?;
                }
            }
        }
    }

    /// Frames the pong and the close echo the reading half asked for.
    fn answer_control(&mut self) -> io::Result<()> {
        let (ping, close) = {
            let mut state = self.link.state();
            (state.ping.take(), state.close.take())
        };
        if let Some(payload) = ping {
            self.frame(PONG, &payload)?;
        }
        if let Some(status) = close {
            self.frame(CLOSE, &status)?;
        }
        Ok(())
    }

    /// Encodes one frame into the buffer, masked with a fresh random key as RFC 6455
    /// requires; nothing after a close.
    fn frame(&mut self, opcode: u8, payload: &[u8]) -> io::Result<()> {
        if self.closing {
            return Ok(());
        }
        let mask = self.masks.next()?;
        frame::encode_into(&mut self.buffer, opcode, payload, mask);
        self.closing = opcode == CLOSE;
        Ok(())
    }

    /// Writes and flushes the buffered frames.
    async fn write_out(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let written = self.out.write_all(&self.buffer).await;
        self.buffer.clear();
        if self.buffer.capacity() > KEEP_BUFFER_BYTES {
            self.buffer = Vec::new();
        }
        written?;
        self.out.flush().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    /// The first two bytes an idle writer with `keepalive` writes within `wait`, if any.
    async fn first_frame_head(keepalive: Option<Duration>, wait: Duration) -> Option<[u8; 2]> {
        let (client, mut server) = tokio::io::duplex(1 << 16);
        let writer = MessageWriter::new(Box::new(client), SystemRandom::new(), Arc::default())
            .keepalive(keepalive);
        let (_messages, receiver) = mpsc::channel(1);
        let running = tokio::spawn(writer.run(receiver));
        let mut head = [0u8; 2];
        let read = tokio::time::timeout(wait, server.read_exact(&mut head)).await;
        running.abort();
        read.ok().map(|read| {
            read.expect("a frame");
            head
        })
    }

    #[tokio::test]
    async fn an_idle_writer_pings_at_its_keepalive() {
        let head = first_frame_head(Some(Duration::from_millis(20)), Duration::from_secs(30)).await;
        // A masked ping with no payload: FIN and opcode 9, then the mask bit and length 0.
        assert_eq!(head, Some([0x80 | PING, 0x80]));
    }

    #[tokio::test]
    async fn without_keepalive_an_idle_writer_sends_nothing() {
        let head = first_frame_head(None, Duration::from_millis(300)).await;
        assert_eq!(head, None);
    }
}
