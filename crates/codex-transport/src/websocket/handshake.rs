//! The client's side of the WebSocket opening handshake (RFC 6455 section 4): an HTTP/1.1
//! upgrade request, and the checks of the server's `101 Switching Protocols`.
//!
//! It is done here rather than by a WebSocket library so that the request, which carries the
//! bearer token, is never handed to code that logs it.

use ring::rand::{SecureRandom, SystemRandom};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use super::options::BearerToken;
use super::url::WsUrl;

/// The most a server's handshake answer may take (its status line and headers).
const MAX_RESPONSE_HEAD: usize = 16 * 1024;
/// What RFC 6455 appends to the key before hashing it into `Sec-WebSocket-Accept`.
const ACCEPT_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// Why a handshake failed, in words for [`Error::Connect`](crate::Error::Connect).
pub(crate) type Refusal = String;

/// Sends the upgrade request and reads the answer up to the first frame, which stays in
/// `stream`'s buffer.
pub(crate) async fn handshake<S>(
    stream: &mut S,
    url: &WsUrl,
    token: Option<&BearerToken>,
    random: &SystemRandom,
) -> Result<(), Refusal>
where
    S: AsyncBufRead + AsyncWrite + Unpin,
{
    let mut nonce = [0u8; 16];
    random
        .fill(&mut nonce)
        .map_err(|_| "the system's random source failed".to_owned())?;
    let key = base64(&nonce);
    let request = request(url, &key, token)?;
    let sent = async {
        stream.write_all(&request).await?;
        stream.flush().await
    };
    sent.await
        .map_err(|err| format!("sending the WebSocket handshake failed: {err}"))?;
    let head = read_head(stream).await?;
    check_response(&head, &key, token.is_some())
}

/// The upgrade request. The token is checked for what may stand in a header line (a line
/// break would let it add headers of its own); the error never shows it.
fn request(url: &WsUrl, key: &str, token: Option<&BearerToken>) -> Result<Vec<u8>, Refusal> {
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
async fn read_head<S: AsyncBufRead + Unpin>(stream: &mut S) -> Result<String, Refusal> {
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
        let before = head.len();
        head.extend_from_slice(available);
        // The end may straddle two reads: look from three bytes back.
        let from = before.saturating_sub(3);
        let end = head[from..]
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map(|at| from + at + 4);
        let used = match end {
            Some(end) => end - before,
            None => available.len(),
        };
        stream.consume(used);
        if let Some(end) = end {
            head.truncate(end);
            break;
        }
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

fn check_response(head: &str, key: &str, sent_token: bool) -> Result<(), Refusal> {
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    let status = parts.next().and_then(|code| code.parse::<u16>().ok());
    let phrase: String = parts
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(80)
        .collect();
    let Some(status) = status.filter(|_| version.starts_with("HTTP/1.")) else {
        return Err("the server did not answer in HTTP: is this a WebSocket server?".to_owned());
    };
    match status {
        101 => {}
        401 if sent_token => {
            return Err(
                "the server refused the token (HTTP 401): pass the content of the \
                        file given to `--ws-token-file`"
                    .to_owned(),
            );
        }
        401 => {
            return Err("the server wants a token (HTTP 401): give it with \
                        `WebSocketOptions::bearer_token`"
                .to_owned());
        }
        _ => {
            return Err(format!(
                "the server answered HTTP {status} {phrase} instead of switching to a \
                 WebSocket: is this the app-server, and does a proxy in front of it pass \
                 WebSocket upgrades on?"
            ));
        }
    }
    let header = |name: &str| {
        head.split("\r\n").skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    };
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

/// `Sec-WebSocket-Accept` for `key`: base64 of the SHA-1 of the key and the GUID.
fn accept_for(key: &str) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
        format!("{key}{ACCEPT_GUID}").as_bytes(),
    );
    base64(digest.as_ref())
}

/// Standard base64 with padding (RFC 4648 section 4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> shift) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn accept_matches_the_rfc_6455_example() {
        assert_eq!(
            accept_for("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
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
        assert_eq!(check_response(ok, key, false), Ok(()));
        let wrong_accept = ok.replace("s3pP", "AAAA");
        assert!(
            check_response(&wrong_accept, key, false)
                .expect_err("refused")
                .contains("Sec-WebSocket-Accept")
        );
        let extension = ok.replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: x\r\n\r\n");
        assert!(check_response(&extension, key, false).is_err());
        let plain_http = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        assert!(
            check_response(plain_http, key, false)
                .expect_err("refused")
                .contains("HTTP 200 OK")
        );
        let refused = "HTTP/1.1 401 Unauthorized\r\n\r\n";
        assert!(
            check_response(refused, key, true)
                .expect_err("refused")
                .contains("401")
        );
        assert!(check_response("SSH-2.0-x\r\n\r\n", key, false).is_err());
    }
}
