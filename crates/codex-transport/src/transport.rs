//! `Transport`: the two halves of a byte stream to the server, and the process behind it.

use tokio::io::{AsyncRead, AsyncWrite};

use crate::child_process::ChildProcess;
use crate::process_group::ProcessGroup;

/// The two halves of a byte stream to the server, and the process behind it when there is one.
pub struct Transport {
    pub(crate) reader: Box<dyn AsyncRead + Send + Unpin>,
    pub(crate) writer: Box<dyn AsyncWrite + Send + Unpin>,
    pub(crate) process: Option<ChildProcess>,
}

impl Transport {
    /// A transport over any pair of byte streams (a socket's halves, a duplex pipe in tests).
    pub fn from_io(
        reader: impl AsyncRead + Send + Unpin + 'static,
        writer: impl AsyncWrite + Send + Unpin + 'static,
    ) -> Self {
        Transport {
            reader: Box::new(reader),
            writer: Box::new(writer),
            process: None,
        }
    }

    /// An in-memory transport and the server's end of it, for tests: whatever is written to
    /// the returned stream reaches the connection as if the server sent it, and the other way
    /// round. `buffer` is the byte capacity of each direction.
    pub fn in_memory(buffer: usize) -> (Transport, tokio::io::DuplexStream) {
        let (client, server) = tokio::io::duplex(buffer);
        let (reader, writer) = tokio::io::split(client);
        (Transport::from_io(reader, writer), server)
    }

    /// The id of the server process behind this transport, if it started one.
    pub fn process_id(&self) -> Option<u32> {
        self.process.as_ref().and_then(ChildProcess::id)
    }

    /// The server's process group, if the transport started a server.
    pub(crate) fn process_group(&self) -> Option<ProcessGroup> {
        self.process.as_ref().and_then(ChildProcess::group)
    }
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("process", &self.process)
            .finish_non_exhaustive()
    }
}
