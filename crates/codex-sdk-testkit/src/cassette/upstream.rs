//! The provider a recording forwards to: its base URL and key, spoken to over HTTP/1.1, in
//! TLS with the system's trusted roots for an `https://` URL.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Method, Request, header};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

use super::CassetteError;

/// A model provider to record against: the real API, or any provider that speaks the
/// Responses API. Its key is sent as `Authorization: Bearer` and never written anywhere.
#[derive(Clone)]
pub struct Upstream {
    tls: bool,
    host: String,
    port: u16,
    /// The base URL's path, without a trailing `/` (`/v1`).
    base_path: String,
    key: Option<String>,
    /// Trusted beside the system's roots (a private CA in front of a local provider).
    extra_roots: Vec<tokio_rustls::rustls::pki_types::CertificateDer<'static>>,
    /// The longest one exchange may take, connecting included.
    timeout: Duration,
}

/// How long an exchange with the upstream may take by default: a long streamed answer of a
/// real model takes minutes.
pub const DEFAULT_UPSTREAM_TIMEOUT: Duration = Duration::from_secs(600);

impl std::fmt::Debug for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upstream")
            .field("tls", &self.tls)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("base_path", &self.base_path)
            .field("extra_roots", &self.extra_roots.len())
            .field("timeout", &self.timeout)
            .field("key", &self.key.as_ref().map(|_| "[REDACTED]"))
            .finish()
    }
}

/// The upstream's answer, whole.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) body: Bytes,
}

impl Upstream {
    /// The provider at `base_url` (`https://api.openai.com/v1`, `http://127.0.0.1:PORT/v1`).
    ///
    /// # Errors
    /// When it is not an `http://` or `https://` URL with a host.
    pub fn new(base_url: &str) -> Result<Self, CassetteError> {
        let bad = || CassetteError::new(format!("{base_url:?} is not an http:// or https:// URL"));
        let (tls, rest) = if let Some(rest) = base_url.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = base_url.strip_prefix("http://") {
            (false, rest)
        } else {
            return Err(bad());
        };
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (host, port.parse().map_err(|_| bad())?),
            None => (authority, if tls { 443 } else { 80 }),
        };
        if host.is_empty() {
            return Err(bad());
        }
        Ok(Upstream {
            tls,
            host: host.to_owned(),
            port,
            base_path: format!("/{}", path.trim_end_matches('/')).replace("//", "/"),
            key: None,
            extra_roots: Vec::new(),
            timeout: DEFAULT_UPSTREAM_TIMEOUT,
        })
    }

    /// Sends `key` as the bearer token.
    #[must_use]
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// The longest one exchange may take, connecting included
    /// ([`DEFAULT_UPSTREAM_TIMEOUT`] unless set); past it the recording answers the app-server
    /// with HTTP 502 and records nothing.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Trusts the certificates of `pem` too, beside the system's roots (a provider behind a
    /// TLS proxy with a private CA).
    ///
    /// # Errors
    /// When `pem` holds no certificate.
    pub fn add_root_certificate_pem(mut self, pem: &str) -> Result<Self, CassetteError> {
        use tokio_rustls::rustls::pki_types::CertificateDer;
        use tokio_rustls::rustls::pki_types::pem::PemObject;
        let certificates: Vec<_> = CertificateDer::pem_slice_iter(pem.as_bytes())
            .filter_map(Result::ok)
            .collect();
        if certificates.is_empty() {
            return Err(CassetteError::new("no PEM certificate in the text given"));
        }
        self.extra_roots.extend(certificates);
        Ok(self)
    }

    /// `CODEX_CASSETTE_UPSTREAM` (default `https://api.openai.com/v1`) with `OPENAI_API_KEY`;
    /// `None` when neither is set (a replay needs none).
    ///
    /// # Errors
    /// When `CODEX_CASSETTE_UPSTREAM` is not an `http://` or `https://` URL.
    pub fn from_env() -> Result<Option<Self>, CassetteError> {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        let (key, base) = (var("OPENAI_API_KEY"), var("CODEX_CASSETTE_UPSTREAM"));
        if key.is_none() && base.is_none() {
            return Ok(None);
        }
        let base = base.unwrap_or_else(|| "https://api.openai.com/v1".to_owned());
        let upstream = Upstream::new(&base)?;
        Ok(Some(match key {
            Some(key) => upstream.api_key(key),
            None => upstream,
        }))
    }

    pub(crate) fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// Sends `body` to `path` (below the base URL) and reads the whole answer, within the
    /// upstream's timeout.
    pub(crate) async fn send(
        &self,
        method: &Method,
        path: &str,
        body: Bytes,
    ) -> Result<Answer, String> {
        tokio::time::timeout(self.timeout, self.send_unbounded(method, path, body))
            .await
            .unwrap_or_else(|_| {
                Err(format!(
                    "{}:{} did not answer within {:?}",
                    self.host, self.port, self.timeout
                ))
            })
    }

    async fn send_unbounded(
        &self,
        method: &Method,
        path: &str,
        body: Bytes,
    ) -> Result<Answer, String> {
        let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| format!("connecting to {}:{}: {e}", self.host, self.port))?;
        if self.tls {
            let mut roots = tokio_rustls::rustls::RootCertStore::empty();
            for certificate in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(certificate);
            }
            for certificate in &self.extra_roots {
                roots
                    .add(certificate.clone())
                    .map_err(|e| format!("a root certificate given: {e}"))?;
            }
            let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
            let config = tokio_rustls::rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|e| e.to_string())?
                .with_root_certificates(roots)
                .with_no_client_auth();
            let name = tokio_rustls::rustls::pki_types::ServerName::try_from(self.host.clone())
                .map_err(|e| e.to_string())?;
            let stream = tokio_rustls::TlsConnector::from(Arc::new(config))
                .connect(name, tcp)
                .await
                .map_err(|e| format!("TLS with {}: {e}", self.host))?;
            self.exchange(TokioIo::new(stream), method, path, body)
                .await
        } else {
            self.exchange(TokioIo::new(tcp), method, path, body).await
        }
    }

    async fn exchange<S>(
        &self,
        io: S,
        method: &Method,
        path: &str,
        body: Bytes,
    ) -> Result<Answer, String>
    where
        S: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    {
        let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
            .await
            .map_err(|e| format!("HTTP with {}: {e}", self.host))?;
        tokio::spawn(connection);
        let base = self.base_path.trim_end_matches('/');
        let mut request = Request::builder()
            .method(method.clone())
            .uri(format!("{base}/{path}"))
            .header(header::HOST, &self.host)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(key) = &self.key {
            request = request.header(header::AUTHORIZATION, format!("Bearer {key}"));
        }
        let request = request.body(Full::new(body)).map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| format!("asking {}: {e}", self.host))?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| format!("reading the answer of {}: {e}", self.host))?
            .to_bytes();
        Ok(Answer {
            status,
            content_type,
            body,
        })
    }
}
