//! Writing every JSON-RPC message of the client's connections to a file, both ways and
//! redacted, for a bug report or a test that replays it (`FakeServer::replay`).

use std::path::Path;

use codex_transport::transcript::TranscriptWriter;

use super::CodexBuilder;

impl CodexBuilder {
    /// Writes every message the client sends and receives to the file at `path` (created,
    /// or emptied), in order, as the transcript format of
    /// [`transport::transcript`](crate::transport::transcript) says: JSON Lines, the value of
    /// every member named for a secret (`apiKey`, `accessToken`, `token`, ...) replaced by
    /// `"[REDACTED]"`. The test kit's
    /// fake server replays such a file as the server side (`FakeServer::replay`), so that a
    /// session seen once becomes a test.
    ///
    /// # Errors
    /// When the file cannot be created.
    pub fn transcript(self, path: impl AsRef<Path>) -> std::io::Result<Self> {
        let writer = TranscriptWriter::create(path.as_ref())?;
        Ok(self.connection_options(move |options| options.message_tap(writer.tap())))
    }
}
