//! The client's side of the WebSocket opening handshake (RFC 6455 section 4): an HTTP/1.1
//! upgrade request, and the checks of the server's `101 Switching Protocols`.
//!
//! It is done here rather than by a WebSocket library so that the request, which carries the
//! bearer token, is never handed to code that logs it.

use ring::rand::{SecureRandom, SystemRandom};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use super::base64;
use super::token::{BearerToken, TokenKind};
use super::unauthorized::{self, Unauthorized};
use super::url::WsUrl;

/// The most a server's handshake answer may take (its status line and headers).
const MAX_RESPONSE_HEAD: usize = 16 * 1024;
/// What RFC 6455 appends to the key before hashing it into `Sec-WebSocket-Accept`.
const ACCEPT_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// Why a handshake failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The server refused the token (HTTP 401), for [`Error::Unauthorized`](crate::Error::Unauthorized).
    Unauthorized(Unauthorized),
    /// Anything else, in words for [`Error::Connect`](crate::Error::Connect).
    Failed(String),
}

impl From<String> for Refusal {
    fn from(reason: String) -> Self {
        Refusal::Failed(reason)
    }
}

/// Sends the upgrade request and reads the answer up to the first frame, which stays in
/// `stream`'s buffer.
pub(crate) async fn handshake<S>(
    stream: &mut S,
    url: &WsUrl,
    token: Option<(&BearerToken, TokenKind)>,
    random: &SystemRandom,
) -> Result<(), Refusal>
where
    S: AsyncBufRead + AsyncWrite + Unpin,
{
    let mut nonce = [0u8; 16];
    random
        .fill(&mut nonce)
        .map_err(|_| "the system's random source failed".to_owned())?;
    let key = base64::standard(&nonce);
    let request = request(url, &key, token.map(|(token, _)| token))?;
    let sent = async {
        stream.write_all(&request).await?;
        stream.flush().await
    };
    sent.await
        .map_err(|err| format!("sending the WebSocket handshake failed: {err}"))?;
    let head = read_head(stream).await?;
    if status_of(&head).map(|(status, _)| status) == Some(401) {
        let length = header(&head, "content-length").and_then(|v| v.parse().ok());
        let server_says = unauthorized::read_reason(stream, length.unwrap_or(0)).await;
        return Err(Refusal::Unauthorized(unauthorized::sort(
            &server_says,
            token.map(|(_, kind)| kind),
        )));
    }
    Ok(check_response(&head, &key)?)
}

/// The upgrade request. The token is checked for what may stand in a header line (a line
/// break would let it add headers of its own); the error never shows it.
fn request(url: &WsUrl, key: &str, token: Option<&BearerToken>) -> Result<Vec<u8>, String> {
    let mut request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n",
        url.target, url.host_header
    )
    .into_bytes();
    if let Some(token) = token {
        let token = token.expose();
        if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(
                "the bearer token is empty or has characters other than visible ASCII \
                        (a space or a line break, say: a token file's trailing newline?)"
                    .to_owned(),
            );
        }
        request.extend_from_slice(b"Authorization: Bearer ");
        request.extend_from_slice(token.as_bytes());
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"\r\n");
    Ok(request)
}

/// Reads the answer's status line and headers, and no byte past them.
async fn read_head<S: AsyncBufRead + Unpin>(stream: &mut S) -> Result<String, String> {
    let mut head = Vec::new();
    loop {
        let available = stream
            .fill_buf()
            .await
            .map_err(|err| format!("reading the WebSocket handshake failed: {err}"))?;
        if available.is_empty() {
            return Err(
                "the server closed the connection during the WebSocket handshake".to_owned(),
            );
        }
        let (before, read) = (head.len(), available.len());
        head.extend_from_slice(available);
        // The end may straddle two reads: look from three bytes back.
        let from = before.saturating_sub(3);
        if let Some(at) = head[from..].windows(4).position(|w| w == b"\r\n\r\n") {
            let end = from + at + 4;
            stream.consume(end - before);
            head.truncate(end);
            break;
        }
        stream.consume(read);
        if head.len() > MAX_RESPONSE_HEAD {
            return Err(format!(
                "the server's handshake answer is over {MAX_RESPONSE_HEAD} bytes: is this a \
                 WebSocket server?"
            ));
        }
    }
    String::from_utf8(head).map_err(|_| {
        "the server's handshake answer is not text: is this a WebSocket server?".into()
    })
}

/// Checks an answer that is not a 401 (see [`unauthorized`]) for a valid switch to a
/// WebSocket.
fn check_response(head: &str, key: &str) -> Result<(), String> {
    let Some((status, phrase)) = status_of(head) else {
        return Err("the server did not answer in HTTP: is this a WebSocket server?".to_owned());
    };
    if status != 101 {
        return Err(format!(
            "the server answered HTTP {status} {phrase} instead of switching to a WebSocket: is \
             this the app-server, and does a proxy in front of it pass WebSocket upgrades on?"
        ));
    }
    let header = |name: &str| header(head, name);
    let upgrade_ok = header("upgrade").is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    let connection_ok = header("connection").is_some_and(|v| {
        v.split(',')
            .any(|token| token.trim().eq_ignore_ascii_case("upgrade"))
    });
    if !upgrade_ok || !connection_ok {
        return Err("the server's 101 answer does not upgrade to a WebSocket".to_owned());
    }
    if header("sec-websocket-accept") != Some(accept_for(key).as_str()) {
        return Err(
            "the server's Sec-WebSocket-Accept does not match the key sent: is a proxy \
             rewriting the handshake?"
                .to_owned(),
        );
    }
    // Nothing was offered, so nothing may be chosen: frames would not mean what they say.
    for offered_none in ["sec-websocket-extensions", "sec-websocket-protocol"] {
        if header(offered_none).is_some() {
            return Err(format!(
                "the server chose a `{offered_none}` the client did not offer"
            ));
        }
    }
    Ok(())
}

/// The status code and (printable, at most 80 characters) reason phrase of an HTTP/1.x
/// answer's head; `None` when it is not one.
fn status_of(head: &str) -> Option<(u16, String)> {
    let status_line = head.split("\r\n").next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    if !parts.next().unwrap_or_default().starts_with("HTTP/1.") {
        return None;
    }
    let status = parts.next()?.parse::<u16>().ok()?;
    let phrase = parts
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(80)
        .collect();
    Some((status, phrase))
}

/// The value of header `name` (any case) in an answer's head.
fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.split("\r\n").skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// `Sec-WebSocket-Accept` for `key`: base64 of the SHA-1 of the key and the GUID.
fn accept_for(key: &str) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
        format!("{key}{ACCEPT_GUID}").as_bytes(),
    );
    base64::standard(digest.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_matches_the_rfc_6455_example() {
        assert_eq!(
            accept_for("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }

    #[tokio::test]
    async fn a_401_is_a_refusal_of_the_token_with_the_servers_reason() {
        let url = WsUrl::parse("ws://127.0.0.1:1").expect("parses");
        let token = BearerToken::new("t");
        for (sent, refusal) in [
            (
                Some((&token, TokenKind::Signed)),
                crate::TokenRefusal::Expired,
            ),
            (None, crate::TokenRefusal::Missing),
        ] {
            let (client, mut server) = tokio::io::duplex(4096);
            let answer = tokio::spawn(async move {
                let mut request = [0u8; 1024];
                let _ = tokio::io::AsyncReadExt::read(&mut server, &mut request).await;
                let answer = "HTTP/1.1 401 Unauthorized\r\ncontent-length: 21\r\n\r\n\
                              expired websocket jwt";
                server.write_all(answer.as_bytes()).await.expect("written");
                server
            });
            let mut client = tokio::io::BufReader::new(client);
            let refused = handshake(&mut client, &url, sent, &SystemRandom::new()).await;
            let Err(Refusal::Unauthorized(refused)) = refused else {
                panic!("not a refusal of the token: {refused:?}");
            };
            assert_eq!(refused.refusal, refusal);
            assert_eq!(refused.server_says, "expired websocket jwt");
            drop(answer.await);
        }
    }

    #[test]
    fn a_token_that_could_break_the_request_is_refused_without_showing_it() {
        let url = WsUrl::parse("ws://127.0.0.1:1").expect("parses");
        for token in ["SECRET\r\nX-Evil: 1", "SECRET ", ""] {
            let token = BearerToken::new(token);
            let err = request(&url, "k", Some(&token)).expect_err("refused");
            assert!(!err.contains("SECRET"), "{err}");
        }
    }

    #[test]
    fn answers_that_are_not_an_upgrade_are_refused() {
        let key = "dGhlIHNhbXBsZSBub25jZQ==";
        let ok = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: \
                  Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
        assert_eq!(check_response(ok, key), Ok(()));
        let wrong_accept = ok.replace("s3pP", "AAAA");
        assert!(
            check_response(&wrong_accept, key)
                .expect_err("refused")
                .contains("Sec-WebSocket-Accept")
        );
        let extension = ok.replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: x\r\n\r\n");
        assert!(check_response(&extension, key).is_err());
        let plain_http = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        assert!(
            check_response(plain_http, key)
                .expect_err("refused")
                .contains("HTTP 200 OK")
        );
        assert!(check_response("SSH-2.0-x\r\n\r\n", key).is_err());
    }
}
