//! A server's refusal of the connection's token (HTTP 401): the reason the app-server writes
//! in the answer's short body, sorted into a [`TokenRefusal`] with what to do about it.

use tokio::io::{AsyncBufRead, AsyncReadExt};

use super::token::TokenKind;
use crate::error::TokenRefusal;

/// The longest reason read from a refusal's body; the app-server's are a few words.
const MAX_REASON_BYTES: u64 = 1024;

/// A refusal, as the handshake reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unauthorized {
    pub(crate) refusal: TokenRefusal,
    pub(crate) server_says: String,
    pub(crate) hint: String,
}

/// Reads the reason in the body of a 401 answer whose head was read and announced `length`
/// bytes of body: at most [`MAX_REASON_BYTES`] of them, as printable text.
pub(crate) async fn read_reason<S: AsyncBufRead + Unpin>(stream: &mut S, length: u64) -> String {
    let mut body = Vec::new();
    // A body that stops short is read as far as it came: the reason is a courtesy.
    let _ = stream
        .take(length.min(MAX_REASON_BYTES))
        .read_to_end(&mut body)
        .await;
    String::from_utf8_lossy(&body)
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// What the server's reason means, for a connection that sent a token of `sent` (or none).
pub(crate) fn sort(server_says: &str, sent: Option<TokenKind>) -> Unauthorized {
    let says = server_says.to_ascii_lowercase();
    let refusal = match sent {
        None => TokenRefusal::Missing,
        Some(_) if says.contains("expired") => TokenRefusal::Expired,
        Some(_) if says.contains("not valid yet") => TokenRefusal::NotYetValid,
        Some(_) if says.contains("issuer") => TokenRefusal::WrongIssuer,
        Some(_) if says.contains("audience") => TokenRefusal::WrongAudience,
        Some(_) if says.contains("invalid") || says.is_empty() => TokenRefusal::Invalid,
        Some(_) => TokenRefusal::Other,
    };
    let hint = match (refusal, sent) {
        (TokenRefusal::Missing, _) => {
            "the server wants a token: give one with `WebSocketOptions::bearer_token` (or \
             `bearer_token_file`) for `--ws-auth capability-token`, or \
             `WebSocketOptions::signed_bearer_token` for `--ws-auth signed-bearer-token`"
        }
        (TokenRefusal::Invalid, Some(TokenKind::Signed)) => {
            "the token's signature does not verify: sign with the secret of the server's \
             `--ws-shared-secret-file`, and check that the server runs `--ws-auth \
             signed-bearer-token`"
        }
        (TokenRefusal::Invalid, Some(TokenKind::Provided)) => {
            "the token provider gave a token the server does not accept"
        }
        (TokenRefusal::Invalid, _) => {
            "pass the content of the file given to the server's `--ws-token-file`, and check \
             that the server runs `--ws-auth capability-token`"
        }
        (TokenRefusal::Expired | TokenRefusal::NotYetValid, _) => {
            "the token's times do not fit the server's clock: check both machines' clocks (the \
             server allows `--ws-max-clock-skew-seconds` of difference) and the token's \
             lifetime"
        }
        (TokenRefusal::WrongIssuer, _) => {
            "set `SignedBearerToken::issuer` to the server's `--ws-issuer`"
        }
        (TokenRefusal::WrongAudience, _) => {
            "set `SignedBearerToken::audience` to the server's `--ws-audience`"
        }
        _ => "the server refused the token",
    };
    Unauthorized {
        refusal,
        server_says: server_says.to_owned(),
        hint: hint.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_reason_is_the_announced_body_as_printable_text() {
        let mut body: &[u8] = b"expired \x1bwebsocket jwt\nNEXT";
        assert_eq!(read_reason(&mut body, 23).await, "expired websocket jwt");
        let mut rest: &[u8] = b"anything";
        assert_eq!(read_reason(&mut rest, 0).await, "");
    }

    #[test]
    fn each_reason_of_the_app_server_has_its_refusal_and_hint() {
        let signed = Some(TokenKind::Signed);
        for (says, sent, refusal, hint) in [
            (
                "expired websocket jwt",
                signed,
                TokenRefusal::Expired,
                "clock",
            ),
            (
                "websocket jwt is not valid yet",
                signed,
                TokenRefusal::NotYetValid,
                "clock",
            ),
            (
                "websocket jwt issuer mismatch",
                signed,
                TokenRefusal::WrongIssuer,
                "--ws-issuer",
            ),
            (
                "websocket jwt audience mismatch",
                signed,
                TokenRefusal::WrongAudience,
                "--ws-audience",
            ),
            (
                "invalid websocket jwt",
                signed,
                TokenRefusal::Invalid,
                "--ws-shared-secret-file",
            ),
            (
                "invalid websocket bearer token",
                Some(TokenKind::Capability),
                TokenRefusal::Invalid,
                "--ws-token-file",
            ),
            ("", None, TokenRefusal::Missing, "bearer_token"),
            ("the moon is full", signed, TokenRefusal::Other, "refused"),
        ] {
            let sorted = sort(says, sent);
            assert_eq!(sorted.refusal, refusal, "{says}");
            assert!(sorted.hint.contains(hint), "{says}: {}", sorted.hint);
            assert_eq!(sorted.server_says, says);
        }
    }
}
