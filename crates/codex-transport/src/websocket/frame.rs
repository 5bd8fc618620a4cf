//! WebSocket frames (RFC 6455 section 5) as a client sees them: the header of a frame from
//! the server, read from the front of a buffer, and a masked frame to it.

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

impl Header {
    /// A ping, a pong or a close: its payload is whole in its frame, at most 125 bytes.
    pub(crate) fn is_control(&self) -> bool {
        self.opcode & 0x8 != 0
    }
}

/// What the bytes at the front of a buffer hold.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Parsed {
    /// A header, and how many bytes it takes.
    Header(Header, usize),
    /// Not a whole header yet.
    Incomplete,
    /// A header that breaks the protocol, said how.
    Broken(String),
}

/// Reads the header at the front of `bytes` (read from the server, unmasked).
pub(crate) fn parse_header(bytes: &[u8]) -> Parsed {
    let [first, second, rest @ ..] = bytes else {
        return Parsed::Incomplete;
    };
    let fin = first & 0x80 != 0;
    let opcode = first & 0x0F;
    if first & 0x70 != 0 {
        return Parsed::Broken(
            "the server set reserved bits of a frame (no extension was agreed)".into(),
        );
    }
    if second & 0x80 != 0 {
        return Parsed::Broken("the server masked a frame (only clients mask)".into());
    }
    let (len, size) = match second & 0x7F {
        126 => (rest.first_chunk().map(|b| u16::from_be_bytes(*b).into()), 4),
        127 => (rest.first_chunk().map(|b| u64::from_be_bytes(*b)), 10),
        short => (Some(u64::from(short)), 2),
    };
    let Some(len) = len else {
        return Parsed::Incomplete;
    };
    if len >> 63 != 0 {
        return Parsed::Broken("the server sent a frame length with its top bit set".into());
    }
    let header = Header { fin, opcode, len };
    if header.is_control() && (!fin || len > MAX_CONTROL_PAYLOAD) {
        return Parsed::Broken("the server sent a fragmented or oversized control frame".into());
    }
    if !matches!(opcode, CONTINUATION | TEXT | BINARY | CLOSE | PING | PONG) {
        return Parsed::Broken(format!(
            "the server sent a frame of unknown opcode {opcode:#x}"
        ));
    }
    Parsed::Header(header, size)
}

/// Appends a whole frame to the server to `out`: final, masked with `mask` as clients must.
pub(crate) fn encode_into(out: &mut Vec<u8>, opcode: u8, payload: &[u8], mask: [u8; 4]) {
    out.reserve(payload.len() + 14);
    out.push(0x80 | opcode);
    match payload.len() {
        len @ 0..=125 => out.push(0x80 | len as u8),
        len @ 126..=0xFFFF => {
            out.push(0x80 | 126);
            out.extend_from_slice(&(len as u16).to_be_bytes());
        }
        len => {
            out.push(0x80 | 127);
            out.extend_from_slice(&(len as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(&mask);
    let start = out.len();
    out.extend_from_slice(payload);
    // Eight bytes at a time: the mask repeats every four, so two copies of it cover a word.
    let wide = u64::from_ne_bytes(std::array::from_fn(|i| mask[i % 4]));
    let (words, rest) = out[start..].as_chunks_mut::<8>();
    for word in words {
        *word = (u64::from_ne_bytes(*word) ^ wide).to_ne_bytes();
    }
    for (byte, key) in rest.iter_mut().zip(mask.iter().cycle()) {
        *byte ^= key;
    }
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

    #[test]
    fn headers_of_every_length_form() {
        let cases: [(&[u8], Header, usize); 3] = [
            (
                &[0x81, 5],
                Header {
                    fin: true,
                    opcode: TEXT,
                    len: 5,
                },
                2,
            ),
            (
                &[0x01, 126, 1, 0, b'x'],
                Header {
                    fin: false,
                    opcode: TEXT,
                    len: 256,
                },
                4,
            ),
            (
                &[0x80, 127, 0, 0, 0, 1, 0, 0, 0, 0],
                Header {
                    fin: true,
                    opcode: CONTINUATION,
                    len: 1 << 32,
                },
                10,
            ),
        ];
        for (bytes, expected, size) in cases {
            assert_eq!(
                parse_header(bytes),
                Parsed::Header(expected, size),
                "{bytes:?}"
            );
            // Any shorter prefix is not a header yet.
            for cut in 0..size {
                assert_eq!(parse_header(&bytes[..cut]), Parsed::Incomplete, "{bytes:?}");
            }
        }
    }

    #[test]
    fn frames_that_break_the_protocol_say_how() {
        for (bytes, says) in [
            (&[0x81u8, 0x85][..], "masked"),
            (&[0xC1, 1], "reserved"),
            (&[0x09, 0], "control"),
            (&[0x89, 126, 0, 200], "control"),
            (&[0x83, 0], "opcode"),
            (&[0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 0], "top bit"),
        ] {
            match parse_header(bytes) {
                Parsed::Broken(why) => assert!(why.contains(says), "{bytes:?}: {why}"),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }

    fn encode(opcode: u8, payload: &[u8], mask: [u8; 4]) -> Vec<u8> {
        let mut out = Vec::new();
        encode_into(&mut out, opcode, payload, mask);
        out
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
    fn the_word_wide_mask_is_the_byte_wise_one() {
        let mask = [0x12, 0x34, 0x56, 0x78];
        let payload: Vec<u8> = (0..=255u8).cycle().take(1003).collect();
        let mut out = vec![0xAA; 3];
        encode_into(&mut out, TEXT, &payload, mask);
        assert_eq!(&out[..3], &[0xAA; 3], "what was there is kept");
        let masked = &out[out.len() - payload.len()..];
        for (i, (byte, plain)) in masked.iter().zip(&payload).enumerate() {
            assert_eq!(byte ^ mask[i % 4], *plain, "byte {i}");
        }
    }

    #[test]
    fn close_payloads_in_words() {
        assert_eq!(describe_close(&[]), "no status code");
        assert_eq!(describe_close(&[0x03, 0xE8]), "code 1000");
        assert_eq!(describe_close(b"\x03\xF1too big\n"), "code 1009: too big");
    }
}
