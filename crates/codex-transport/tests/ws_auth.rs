//! Both WebSocket auth modes of the real app-server (`--ws-auth capability-token` and
//! `--ws-auth signed-bearer-token`): a good token works, and each bad one is refused with its
//! own [`TokenRefusal`], the server's reason and what to do.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use codex_protocol::{ModelListParams, requests};
use codex_transport::{
    Connection, ConnectionOptions, Error, SignedBearerToken, TokenRefusal, Transport,
    WebSocketOptions,
};

mod real_home;
use real_home::{CodexHome, initialize_params};

const PATIENCE: Duration = Duration::from_secs(30);
const SECRET: &str = "a-shared-secret-of-more-than-32-bytes-for-the-tests";
const ISSUER: &str = "sdk-tests";
const AUDIENCE: &str = "codex-app-server";

/// A server listening on a free loopback port with `auth` arguments, and its URL.
struct Listening {
    url: String,
    server: tokio::process::Child,
    _home: CodexHome,
}

fn listen(home: CodexHome, auth: &[&str]) -> Listening {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("ws://127.0.0.1:{port}");
    let mut args = vec!["--listen", url.as_str()];
    args.extend_from_slice(auth);
    let server = home.listening_server(&args);
    Listening {
        url,
        server,
        _home: home,
    }
}

impl Listening {
    /// Connects with `options`, waiting while the server is still binding (connection
    /// refused); any other outcome is returned.
    async fn connect(&mut self, options: &WebSocketOptions) -> codex_transport::Result<Transport> {
        let started = Instant::now();
        loop {
            match Transport::connect_websocket_with(&self.url, options).await {
                Err(Error::Connect { reason, .. })
                    if reason.contains("refused") && started.elapsed() < PATIENCE =>
                {
                    if let Ok(Some(status)) = self.server.try_wait() {
                        panic!("the server exited ({status}): {reason}");
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                other => return other,
            }
        }
    }

    /// The refusal of a connection with `options`.
    async fn refusal(&mut self, options: &WebSocketOptions) -> (TokenRefusal, String, String) {
        match self.connect(options).await {
            Err(Error::Unauthorized {
                refusal,
                server_says,
                hint,
                ..
            }) => (refusal, server_says, hint),
            Err(other) => panic!("not a refusal of the token: {other:?}"),
            Ok(_) => panic!("the connection was accepted"),
        }
    }
}

async fn initialize_and_list_models(transport: Transport) {
    let connection = Connection::start(transport, ConnectionOptions::new());
    connection
        .request_with_timeout::<requests::Initialize>(initialize_params("ws_auth"), PATIENCE)
        .await
        .expect("initialize");
    let models = connection
        .request_with_timeout::<requests::ModelList>(ModelListParams::default(), PATIENCE)
        .await
        .expect("model/list");
    assert!(!models.data.is_empty());
    connection.shutdown(Duration::from_secs(5)).await;
}

fn signed(secret: &str) -> SignedBearerToken {
    SignedBearerToken::from_secret(secret.as_bytes().to_vec())
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("worker-1")
}

/// A token made in the test, independently of the SDK's minting: HS256 over `claims`.
fn hand_made_jwt(claims: &serde_json::Value) -> String {
    fn url_safe(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let bits: String = bytes.iter().map(|b| format!("{b:08b}")).collect();
        bits.as_bytes()
            .chunks(6)
            .map(|six| {
                let six = format!("{:0<6}", String::from_utf8_lossy(six));
                char::from(ALPHABET[usize::from_str_radix(&six, 2).expect("binary")])
            })
            .collect()
    }
    let signed = format!(
        "{}.{}",
        url_safe(br#"{"alg":"HS256","typ":"JWT"}"#),
        url_safe(claims.to_string().as_bytes())
    );
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, SECRET.as_bytes());
    let signature = ring::hmac::sign(&key, signed.as_bytes());
    format!("{signed}.{}", url_safe(signature.as_ref()))
}

#[tokio::test]
async fn signed_bearer_tokens_are_minted_per_connection_and_each_bad_one_says_why() {
    let home = CodexHome::new();
    let secret_file = home.scratch("ws-secret");
    // A trailing newline, as an editor leaves it: the server trims it, and so does the SDK.
    std::fs::write(&secret_file, format!("{SECRET}\n")).expect("writing the secret");
    let secret_arg = secret_file.display().to_string();
    let mut server = listen(
        home,
        &[
            "--ws-auth",
            "signed-bearer-token",
            "--ws-shared-secret-file",
            &secret_arg,
            "--ws-issuer",
            ISSUER,
            "--ws-audience",
            AUDIENCE,
        ],
    );

    let from_file = SignedBearerToken::from_secret_file(&secret_file)
        .issuer(ISSUER)
        .audience(AUDIENCE);
    let good = WebSocketOptions::new().signed_bearer_token(from_file);
    initialize_and_list_models(server.connect(&good).await.expect("a good token")).await;
    // Minted again for the second connection.
    initialize_and_list_models(server.connect(&good).await.expect("a fresh token")).await;

    let other_secret =
        WebSocketOptions::new().signed_bearer_token(signed(&SECRET.replace('a', "b")));
    let (refusal, says, hint) = server.refusal(&other_secret).await;
    assert_eq!(
        (refusal, says.as_str()),
        (TokenRefusal::Invalid, "invalid websocket jwt")
    );
    assert!(hint.contains("--ws-shared-secret-file"), "{hint}");

    let wrong_audience =
        WebSocketOptions::new().signed_bearer_token(signed(SECRET).audience("else"));
    let (refusal, _, hint) = server.refusal(&wrong_audience).await;
    assert_eq!(refusal, TokenRefusal::WrongAudience);
    assert!(hint.contains("--ws-audience"), "{hint}");

    let wrong_issuer = WebSocketOptions::new().signed_bearer_token(signed(SECRET).issuer("else"));
    let (refusal, _, hint) = server.refusal(&wrong_issuer).await;
    assert_eq!(refusal, TokenRefusal::WrongIssuer);
    assert!(hint.contains("--ws-issuer"), "{hint}");

    let an_hour_ago = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
        - 3600;
    let expired = hand_made_jwt(&serde_json::json!({
        "iss": ISSUER, "aud": AUDIENCE, "iat": an_hour_ago - 60, "exp": an_hour_ago,
    }));
    let provided = WebSocketOptions::new().bearer_token_provider(move || {
        let expired = expired.clone();
        async move { Ok(expired) }
    });
    let (refusal, says, hint) = server.refusal(&provided).await;
    assert_eq!(
        (refusal, says.as_str()),
        (TokenRefusal::Expired, "expired websocket jwt")
    );
    assert!(hint.contains("clock"), "{hint}");

    let (refusal, _, hint) = server.refusal(&WebSocketOptions::new()).await;
    assert_eq!(refusal, TokenRefusal::Missing);
    assert!(hint.contains("signed_bearer_token"), "{hint}");

    let failing = WebSocketOptions::new()
        .bearer_token_provider(|| async { Err("the vault is sealed".into()) });
    let err = server.connect(&failing).await.expect_err("no token");
    assert!(
        matches!(&err, Error::Connect { reason, .. } if reason.contains("the vault is sealed")),
        "{err:?}"
    );
    let panicking = WebSocketOptions::new().bearer_token_provider(|| async {
        panic!("the vault caught fire");
        #[allow(unreachable_code)]
        Ok(String::new())
    });
    let err = server.connect(&panicking).await.expect_err("no token");
    assert!(
        matches!(&err, Error::Connect { reason, .. }
            if reason.contains("panicked") && reason.contains("the vault caught fire")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_capability_token_file_is_read_and_trimmed_as_the_server_reads_it() {
    let home = CodexHome::new();
    let token_file = home.scratch("ws-token");
    std::fs::write(&token_file, "capability-token-7c1e\n").expect("writing the token");
    let token_arg = token_file.display().to_string();
    let mut server = listen(
        home,
        &[
            "--ws-auth",
            "capability-token",
            "--ws-token-file",
            &token_arg,
        ],
    );
    let from_file = WebSocketOptions::new().bearer_token_file(&token_file);
    initialize_and_list_models(server.connect(&from_file).await.expect("the file's token")).await;

    // A signed token where a capability token is wanted: the server's reason says invalid.
    let signed = WebSocketOptions::new().signed_bearer_token(signed(SECRET));
    let (refusal, says, _) = server.refusal(&signed).await;
    assert_eq!(
        (refusal, says.as_str()),
        (TokenRefusal::Invalid, "invalid websocket bearer token")
    );
}
