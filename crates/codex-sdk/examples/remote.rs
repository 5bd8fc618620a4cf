//! Remote: join an app-server that is already running, behind `--ws-auth signed-bearer-token`,
//! with a token the SDK mints from the shared secret for each connection (a reconnect after a
//! drop mints a fresh one); run one turn.
//!
//! The server side, on the machine it runs on:
//! `codex app-server --listen ws://127.0.0.1:4500 --ws-auth signed-bearer-token
//! --ws-shared-secret-file /run/secrets/codex-ws --ws-audience codex-app-server`
//! (for another machine, put a TLS reverse proxy in front of it and use its `wss://` URL).
//!
//! Run with `cargo run -p codex-driver --example remote -- ws://127.0.0.1:4500
//! /run/secrets/codex-ws codex-app-server`.
#![allow(clippy::print_stdout)]

use std::time::Duration;

use codex_sdk::transport::{Error as TransportError, SignedBearerToken, WebSocketOptions};
use codex_sdk::{Codex, ReconnectPolicy};

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(secret_file), Some(audience)) = (args.next(), args.next(), args.next())
    else {
        return Err(codex_sdk::Error::InvalidInput(
            "usage: remote URL SECRET_FILE AUDIENCE".into(),
        ));
    };

    let token = SignedBearerToken::from_secret_file(secret_file)
        .audience(audience)
        .subject("remote-example")
        .lifetime(Duration::from_secs(60));
    let connected = Codex::builder()
        .connect_websocket_with(url, WebSocketOptions::new().signed_bearer_token(token))
        // A dropped connection is followed by a new one, and the threads resumed on it.
        .reconnect(ReconnectPolicy::new())
        .start()
        .await;
    let codex = match connected {
        Ok(codex) => codex,
        // A refused token says which claim the server did not accept, and what to change.
        Err(codex_sdk::Error::Transport(TransportError::Unauthorized {
            refusal, hint, ..
        })) => {
            println!("refused ({refusal:?}): {hint}");
            return Ok(());
        }
        Err(other) => return Err(other),
    };
    println!("joined codex {}", codex.server_version().unwrap_or("?"));

    let thread = codex.thread_start(None).await?;
    let result = thread.run("Say hello from a remote server.").await?;
    println!(
        "{}",
        result.final_response.as_deref().unwrap_or("(no answer)")
    );
    codex.close().await;
    Ok(())
}
