//! TLS for `wss://` with rustls (the ring provider): the system's trusted roots plus the CAs
//! the caller adds, and errors that say what to do about an untrusted certificate.

use std::sync::{Arc, OnceLock};

use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};
use tokio_rustls::rustls::{self, CertificateError, ClientConfig, RootCertStore};

use super::options::WebSocketOptions;
use super::url::WsUrl;

/// Wraps `tcp` in TLS to `url`'s host, checking its certificate against the trusted roots.
pub(crate) async fn connect(
    tcp: TcpStream,
    url: &WsUrl,
    options: &WebSocketOptions,
) -> Result<TlsStream<TcpStream>, String> {
    let config = client_config(options)?;
    let name = ServerName::try_from(url.host.clone())
        .map_err(|_| format!("`{}` is not a host name TLS can check", url.host))?;
    TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .map_err(|err| describe(&err, url))
}

fn client_config(options: &WebSocketOptions) -> Result<ClientConfig, String> {
    let mut roots = system_roots().clone();
    for pem in &options.extra_roots_pem {
        let mut added = 0;
        for cert in CertificateDer::pem_slice_iter(pem) {
            let cert = cert.map_err(|err| {
                format!("a certificate given to `add_root_certificate_pem` is not valid PEM: {err}")
            })?;
            roots.add(cert).map_err(|err| {
                format!("a certificate given to `add_root_certificate_pem` was refused: {err}")
            })?;
            added += 1;
        }
        if added == 0 {
            return Err(
                "the PEM given to `add_root_certificate_pem` holds no certificate \
                        (`-----BEGIN CERTIFICATE-----`)"
                    .to_owned(),
            );
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|err| format!("setting up TLS failed: {err}"))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// The system's trusted roots, read once per process (reading them takes milliseconds). A
/// system with none leaves only the CAs the caller adds.
fn system_roots() -> &'static RootCertStore {
    static ROOTS: OnceLock<RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let found = rustls_native_certs::load_native_certs();
        if !found.errors.is_empty() {
            tracing::debug!(errors = ?found.errors, "some system certificates could not be read");
        }
        let mut roots = RootCertStore::empty();
        let (added, ignored) = roots.add_parsable_certificates(found.certs);
        tracing::debug!(added, ignored, "read the system's trusted roots");
        roots
    })
}

/// A TLS failure in words, with what to do when the certificate is the problem.
fn describe(err: &std::io::Error, url: &WsUrl) -> String {
    let tls = err
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    match tls {
        Some(rustls::Error::InvalidCertificate(
            cause @ (CertificateError::UnknownIssuer | CertificateError::BadSignature),
        )) => format!(
            "the server's TLS certificate is not from a trusted authority ({cause:?}): if it \
             comes from a private CA, add that CA with `WebSocketOptions::add_root_certificate_pem`"
        ),
        Some(rustls::Error::InvalidCertificate(
            cause @ (CertificateError::NotValidForName
            | CertificateError::NotValidForNameContext { .. }),
        )) => format!(
            "the server's TLS certificate is not valid for `{}` ({cause:?}): connect with the \
             name the certificate was issued for",
            url.host
        ),
        Some(rustls::Error::InvalidCertificate(cause)) => {
            format!("the server's TLS certificate was refused: {cause:?}")
        }
        // An i/o error shows the rustls error it wraps, if any.
        _ => format!("the TLS handshake failed: {err}: is this a TLS (wss://) endpoint?"),
    }
}
