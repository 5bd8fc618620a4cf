//! WebSocket frames (RFC 6455 section 5) as a client sees them: the header of a frame from
//! the server, and a masked frame to it. Payloads are not kept here: the bridge streams them.

use tokio::io::{AsyncRead, AsyncReadExt};

/// A continuation of a fragmented message.
pub(crate) const CONTINUATION: u8 = 0x0;
/// A text message (or its first fragment).
pub(crate) const TEXT: u8 = 0x1;
/// A binary message (or its first fragment).
pub(crate) const BINARY: u8 = 0x2;
/// The closing handshake.
pub(crate) const CLOSE: u8 = 0x8;
/// A ping, to be answered with a pong carrying the same payload.
pub(crate) const PING: u8 = 0x9;
/// A pong.
pub(crate) const PONG: u8 = 0xA;

/// The most a control frame's payload may hold.
pub(crate) const MAX_CONTROL_PAYLOAD: u64 = 125;

/// The header of a frame from the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header {
    /// The last frame of its message.
    pub(crate) fin: bool,
    pub(crate) opcode: u8,
    /// The payload's length in bytes.
    pub(crate) len: u64,
}

/// What reading a header gave.
#[derive(Debug)]
pub(crate) enum Read {
    Header(Header),
    /// The stream ended between frames.
    Eof,
    /// The bytes break the protocol (said how), or the stream failed.
    Broken(String),
}

/// Reads the next frame's header.
pub(crate) async fn read_header<R: AsyncRead + Unpin>(reader: &mut R) -> Read {
    let mut first = [0u8; 2];
    match reader.read(&mut first[..1]).await {
        Ok(0) => return Read::Eof,
        Ok(_) => {}
        Err(err) => return Read::Broken(format!("reading from the WebSocket failed: {err}")),
    }
    if let Err(err) = reader.read_exact(&mut first[1..]).await {
        return Read::Broken(format!("the WebSocket ended inside a frame: {err}"));
    }
    match parse(first, reader).await {
        Ok(header) => Read::Header(header),
        Err(why) => Read::Broken(why),
    }
}

async fn parse<R: AsyncRead + Unpin>(first: [u8; 2], reader: &mut R) -> Result<Header, String> {
    let fin = first[0] & 0x80 != 0;
    let opcode = first[0] & 0x0F;
    if first[0] & 0x70 != 0 {
        return Err("the server set reserved bits of a frame (no extension was agreed)".into());
    }
    if first[1] & 0x80 != 0 {
        return Err("the server masked a frame (only clients mask)".into());
    }
    let inside = |err: std::io::Error| format!("the WebSocket ended inside a frame: {err}");
    let len = match first[1] & 0x7F {
        126 => u64::from(reader.read_u16().await.map_err(inside)?),
        127 => reader.read_u64().await.map_err(inside)?,
        short => u64::from(short),
    };
    if len >> 63 != 0 {
        return Err("the server sent a frame length with its top bit set".into());
    }
    let is_control = opcode & 0x8 != 0;
    if is_control && (!fin || len > MAX_CONTROL_PAYLOAD) {
        return Err("the server sent a fragmented or oversized control frame".into());
    }
    if !matches!(opcode, CONTINUATION | TEXT | BINARY | CLOSE | PING | PONG) {
        return Err(format!(
            "the server sent a frame of unknown opcode {opcode:#x}"
        ));
    }
    Ok(Header { fin, opcode, len })
}

/// A whole frame to the server: final, masked with `mask` as clients must.
pub(crate) fn encode(opcode: u8, payload: &[u8], mask: [u8; 4]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(payload.len() + 14);
    frame.push(0x80 | opcode);
    match payload.len() {
        len @ 0..=125 => frame.push(0x80 | len as u8),
        len @ 126..=0xFFFF => {
            frame.push(0x80 | 126);
            frame.extend_from_slice(&(len as u16).to_be_bytes());
        }
        len => {
            frame.push(0x80 | 127);
            frame.extend_from_slice(&(len as u64).to_be_bytes());
        }
    }
    frame.extend_from_slice(&mask);
    frame.extend(
        payload
            .iter()
            .zip(mask.iter().cycle())
            .map(|(byte, key)| byte ^ key),
    );
    frame
}

/// What a close frame's payload says: its code and reason, in words.
pub(crate) fn describe_close(payload: &[u8]) -> String {
    match payload {
        [] => "no status code".to_owned(),
        [hi, lo, reason @ ..] => {
            let code = u16::from_be_bytes([*hi, *lo]);
            let reason: String = String::from_utf8_lossy(reason)
                .chars()
                .filter(|c| !c.is_control())
                .take(120)
                .collect();
            if reason.is_empty() {
                format!("code {code}")
            } else {
                format!("code {code}: {reason}")
            }
        }
        [_] => "a malformed status code".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn header_of(bytes: &[u8]) -> Read {
        read_header(&mut &bytes[..]).await
    }

    #[tokio::test]
    async fn headers_of_every_length_form() {
        let cases: [(&[u8], Header); 3] = [
            (
                &[0x81, 5],
                Header {
                    fin: true,
                    opcode: TEXT,
                    len: 5,
                },
            ),
            (
                &[0x01, 126, 1, 0],
                Header {
                    fin: false,
                    opcode: TEXT,
                    len: 256,
                },
            ),
            (
                &[0x80, 127, 0, 0, 0, 1, 0, 0, 0, 0],
                Header {
                    fin: true,
                    opcode: CONTINUATION,
                    len: 1 << 32,
                },
            ),
        ];
        for (bytes, expected) in cases {
            match header_of(bytes).await {
                Read::Header(header) => assert_eq!(header, expected),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
        assert!(matches!(header_of(&[]).await, Read::Eof));
    }

    #[tokio::test]
    async fn frames_that_break_the_protocol_say_how() {
        for (bytes, says) in [
            (&[0x81u8, 0x85][..], "masked"),
            (&[0xC1, 1], "reserved"),
            (&[0x09, 0], "control"),
            (&[0x89, 126, 0, 200], "control"),
            (&[0x83, 0], "opcode"),
            (&[0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 0], "top bit"),
            (&[0x81], "inside a frame"),
            (&[0x81, 126, 1], "inside a frame"),
        ] {
            match header_of(bytes).await {
                Read::Broken(why) => assert!(why.contains(says), "{bytes:?}: {why}"),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn encoded_frames_are_masked_with_the_right_length_form() {
        let mask = [1, 2, 3, 4];
        assert_eq!(
            encode(TEXT, b"ab", mask),
            [0x81, 0x82, 1, 2, 3, 4, b'a' ^ 1, b'b' ^ 2]
        );
        let mid = encode(TEXT, &[0; 300], mask);
        assert_eq!(&mid[..4], &[0x81, 0x80 | 126, 1, 44]);
        assert_eq!(mid.len(), 4 + 4 + 300);
        let big = encode(BINARY, &[0; 70_000], mask);
        assert_eq!(&big[..10], &[0x82, 0xFF, 0, 0, 0, 0, 0, 1, 0x11, 0x70]);
    }

    #[test]
    fn close_payloads_in_words() {
        assert_eq!(describe_close(&[]), "no status code");
        assert_eq!(describe_close(&[0x03, 0xE8]), "code 1000");
        assert_eq!(describe_close(b"\x03\xF1too big\n"), "code 1009: too big");
    }
}
