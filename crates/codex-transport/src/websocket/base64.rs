//! Base64 (RFC 4648), the two forms the client writes: standard with padding for the
//! handshake's key and accept (section 4), URL-safe without padding for signed tokens
//! (section 5, as JWTs use it).

/// The standard alphabet.
const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/// The URL- and filename-safe alphabet.
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Standard base64 with padding.
pub(crate) fn standard(bytes: &[u8]) -> String {
    encode(bytes, STANDARD, true)
}

/// URL-safe base64 without padding (`base64url` of JWS, RFC 7515 section 2).
pub(crate) fn url_safe(bytes: &[u8]) -> String {
    encode(bytes, URL_SAFE, false)
}

fn encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        // Behind a zero byte, three bytes are a big-endian word as they stand.
        let mut word = [0; 4];
        word[1..=chunk.len()].copy_from_slice(chunk);
        let n = u32::from_be_bytes(word);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(alphabet[(n >> shift) as usize & 63]));
            } else if pad {
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
    fn both_forms_match_the_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(standard(input.as_bytes()), expected);
            assert_eq!(url_safe(input.as_bytes()), expected.trim_end_matches('='));
        }
    }

    #[test]
    fn the_url_safe_form_has_its_own_two_letters() {
        assert_eq!(standard(&[0xfb, 0xff]), "+/8=");
        assert_eq!(url_safe(&[0xfb, 0xff]), "-_8");
    }
}
