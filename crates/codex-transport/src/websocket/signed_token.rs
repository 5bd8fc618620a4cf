//! `SignedBearerToken`: the tokens a server started with `--ws-auth signed-bearer-token`
//! accepts, minted here from the shared secret: a JWT signed with HMAC-SHA256, short-lived,
//! made anew for every connection.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::base64;

/// The shortest secret the server accepts (it refuses to start with a shorter one).
const MIN_SECRET_BYTES: usize = 32;

/// How to make the bearer tokens of a server started with `--ws-auth signed-bearer-token
/// --ws-shared-secret-file PATH` (and `--ws-issuer`, `--ws-audience` when it checks them):
/// a JWT (HS256) with the claims set here, an issue time and an expiry, minted from the
/// shared secret each time a connection is made, so it is always fresh.
///
/// The secret never shows in `Debug`, errors or logs.
///
/// ```
/// use std::time::Duration;
/// use codex_transport::{SignedBearerToken, WebSocketOptions};
///
/// let token = SignedBearerToken::from_secret_file("/run/secrets/codex-ws")
///     .issuer("my-app")
///     .audience("codex-app-server")
///     .subject("worker-7")
///     .lifetime(Duration::from_secs(60));
/// let options = WebSocketOptions::new().signed_bearer_token(token);
/// assert!(format!("{options:?}").contains("my-app"));
/// ```
#[derive(Clone)]
pub struct SignedBearerToken {
    secret: SecretSource,
    issuer: Option<String>,
    audience: Option<String>,
    subject: Option<String>,
    lifetime: Duration,
}

/// Where the shared secret comes from.
#[derive(Clone)]
enum SecretSource {
    Bytes(Arc<[u8]>),
    /// Read when a token is minted, trimmed of white space at both ends as the server trims
    /// the file it is given.
    File(PathBuf),
}

impl SignedBearerToken {
    /// Tokens signed with `secret` (the bytes of the server's `--ws-shared-secret-file`, at
    /// least 32 of them), with no issuer, audience or subject, valid for five minutes.
    pub fn from_secret(secret: impl Into<Vec<u8>>) -> Self {
        Self::with(SecretSource::Bytes(Arc::from(secret.into())))
    }

    /// Tokens signed with the secret in the file at `path` (the file the server was given),
    /// read each time a token is minted, so a rotated secret is picked up on the next
    /// connection.
    pub fn from_secret_file(path: impl Into<PathBuf>) -> Self {
        Self::with(SecretSource::File(path.into()))
    }

    fn with(secret: SecretSource) -> Self {
        SignedBearerToken {
            secret,
            issuer: None,
            audience: None,
            subject: None,
            lifetime: Duration::from_secs(5 * 60),
        }
    }

    /// The `iss` claim: what the server was given with `--ws-issuer`.
    #[must_use]
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// The `aud` claim: what the server was given with `--ws-audience`.
    #[must_use]
    pub fn audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// The `sub` claim: who connects (the server does not check it; its logs may show it).
    #[must_use]
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// How long a token is valid after it is minted (five minutes by default). The server
    /// checks the expiry only when the connection opens, so this bounds how long a token that
    /// leaked could be used to open another one.
    #[must_use]
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// A token valid from `now` for the lifetime.
    pub(crate) fn mint(&self, now: SystemTime) -> Result<String, String> {
        let secret = match &self.secret {
            SecretSource::Bytes(bytes) => bytes.to_vec(),
            SecretSource::File(path) => std::fs::read(path)
                .map(|bytes| bytes.trim_ascii().to_vec())
                .map_err(|err| {
                    format!(
                        "cannot read the shared secret file `{}`: {err}",
                        path.display()
                    )
                })?,
        };
        if secret.len() < MIN_SECRET_BYTES {
            return Err(format!(
                "the shared secret is {} bytes; the server's `--ws-shared-secret-file` needs \
                 at least {MIN_SECRET_BYTES}, so this cannot be its secret",
                secret.len()
            ));
        }
        let issued_at = now
            .duration_since(UNIX_EPOCH)
            .map_err(|_| "this machine's clock is before 1970".to_owned())?
            .as_secs();
        let mut claims = serde_json::Map::new();
        let optional = [
            ("iss", &self.issuer),
            ("sub", &self.subject),
            ("aud", &self.audience),
        ];
        for (name, value) in optional {
            if let Some(value) = value {
                claims.insert(name.to_owned(), value.as_str().into());
            }
        }
        claims.insert("iat".to_owned(), issued_at.into());
        let expires_at = issued_at.saturating_add(self.lifetime.as_secs().max(1));
        claims.insert("exp".to_owned(), expires_at.into());
        let claims = serde_json::Value::Object(claims).to_string();
        let signed = format!(
            "{}.{}",
            base64::url_safe(br#"{"alg":"HS256","typ":"JWT"}"#),
            base64::url_safe(claims.as_bytes())
        );
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &secret);
        let signature = ring::hmac::sign(&key, signed.as_bytes());
        Ok(format!("{signed}.{}", base64::url_safe(signature.as_ref())))
    }
}

/// Shows the claims and where the secret comes from, never the secret.
impl fmt::Debug for SignedBearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secret = match &self.secret {
            SecretSource::Bytes(_) => "<redacted>".to_owned(),
            SecretSource::File(path) => format!("<read from {}>", path.display()),
        };
        f.debug_struct("SignedBearerToken")
            .field("secret", &secret)
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("subject", &self.subject)
            .field("lifetime", &self.lifetime)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn claims_of(token: &str) -> serde_json::Value {
        let claims = token.split('.').nth(1).expect("three parts");
        serde_json::from_slice(&decode_url_safe(claims)).expect("JSON claims")
    }

    /// A plain decoder of unpadded base64url, for the tests only (the client never decodes).
    fn decode_url_safe(text: &str) -> Vec<u8> {
        let digit = |c: &u8| {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                .iter()
                .position(|a| a == c)
                .and_then(|d| u32::try_from(d).ok())
                .expect("a base64url digit")
        };
        let mut out = Vec::new();
        for group in text.as_bytes().chunks(4) {
            let n = group.iter().map(digit).fold(0, |n, d| (n << 6) | d);
            let n = n << (6 * (4 - group.len()));
            out.extend_from_slice(&n.to_be_bytes()[1..group.len()]);
        }
        out
    }

    #[test]
    fn a_token_carries_the_claims_and_a_signature_the_secret_verifies() {
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let token = SignedBearerToken::from_secret(SECRET)
            .issuer("me")
            .audience("them")
            .subject("worker")
            .lifetime(Duration::from_secs(90))
            .mint(now)
            .expect("minted");
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3, "{token}");
        assert_eq!(parts[0], "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9");
        let claims = claims_of(&token);
        assert_eq!(claims["iss"], "me");
        assert_eq!(claims["aud"], "them");
        assert_eq!(claims["sub"], "worker");
        assert_eq!(claims["iat"], 1_800_000_000);
        assert_eq!(claims["exp"], 1_800_000_090);
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, SECRET);
        let signed = format!("{}.{}", parts[0], parts[1]);
        ring::hmac::verify(&key, signed.as_bytes(), &decode_url_safe(parts[2]))
            .expect("the signature verifies");
    }

    #[test]
    fn unset_claims_are_left_out_and_a_token_lives_five_minutes_by_default() {
        let token = SignedBearerToken::from_secret(SECRET)
            .mint(SystemTime::now())
            .expect("minted");
        let claims = claims_of(&token);
        let lives = claims["exp"].as_u64().zip(claims["iat"].as_u64());
        assert_eq!(lives.map(|(exp, iat)| exp - iat), Some(300));
        // Sorted: serde_json keeps insertion order when another crate turns `preserve_order` on.
        let mut names: Vec<&String> = claims.as_object().expect("an object").keys().collect();
        names.sort();
        assert_eq!(names, ["exp", "iat"]);
    }

    #[test]
    fn a_short_or_missing_secret_is_refused_without_showing_it() {
        let err = SignedBearerToken::from_secret(b"short-secret".to_vec())
            .mint(SystemTime::now())
            .expect_err("too short");
        assert!(
            err.contains("12 bytes") && err.contains("at least 32"),
            "{err}"
        );
        assert!(!err.contains("short-secret"), "{err}");
        let err = SignedBearerToken::from_secret_file("/no/such/secret")
            .mint(SystemTime::now())
            .expect_err("no file");
        assert!(err.contains("/no/such/secret"), "{err}");
    }

    #[test]
    fn a_secret_file_is_trimmed_as_the_server_trims_it() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("secret");
        std::fs::write(&path, [SECRET, b"\n"].concat()).expect("written");
        let now = SystemTime::now();
        let from_file = SignedBearerToken::from_secret_file(&path).mint(now);
        let from_bytes = SignedBearerToken::from_secret(SECRET).mint(now);
        assert_eq!(from_file, from_bytes);
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let shown = format!("{:?}", SignedBearerToken::from_secret(SECRET).issuer("me"));
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
        assert!(
            shown.contains("<redacted>") && shown.contains("me"),
            "{shown}"
        );
    }
}
