//! A real TLS reverse proxy in front of a WebSocket app-server, as deployments put one:
//! nginx from the distribution's packages, run as a plain foreground process from a temp
//! prefix (its pid, logs and temp files there) on a free loopback port, with a CA and a
//! certificate for `localhost` and 127.0.0.1 made by the test. Killed when dropped (on a
//! panic too).

#![allow(dead_code, unreachable_pub)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
};

/// How long nginx may take to listen.
const START_PATIENCE: Duration = Duration::from_secs(20);

/// nginx proxying `wss://localhost:PORT` to `ws://127.0.0.1:UPSTREAM`.
pub struct TlsProxy {
    /// The port nginx listens on (127.0.0.1).
    pub port: u16,
    /// The test CA that signed nginx's certificate, as PEM.
    pub ca_pem: String,
    child: Child,
    dir: tempfile::TempDir,
}

impl TlsProxy {
    /// Starts nginx in front of the WebSocket server on `127.0.0.1:upstream_port`.
    ///
    /// # Panics
    /// When nginx is not installed (with how to install it), or does not start.
    pub fn start(upstream_port: u16) -> TlsProxy {
        let nginx = nginx_binary();
        let dir = tempfile::Builder::new()
            .prefix("codex-nginx-")
            .tempdir()
            .expect("a temp dir for nginx");
        let (ca_pem, cert_pem, key_pem) = certificates();
        std::fs::write(dir.path().join("cert.pem"), cert_pem).expect("writing the certificate");
        std::fs::write(dir.path().join("key.pem"), key_pem).expect("writing the key");
        let port = free_port();
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, config(dir.path(), port, upstream_port)).expect("writing nginx.conf");
        let child = Command::new(&nginx)
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("starting {}: {err}", nginx.display()));
        let mut proxy = TlsProxy {
            port,
            ca_pem,
            child,
            dir,
        };
        proxy.wait_until_listening();
        proxy
    }

    /// What nginx wrote to its error log.
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }

    fn wait_until_listening(&mut self) {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("nginx exited ({status}) at start-up:\n{}", self.error_log());
            }
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            assert!(
                started.elapsed() < START_PATIENCE,
                "nginx did not listen on 127.0.0.1:{} within {START_PATIENCE:?}:\n{}",
                self.port,
                self.error_log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for TlsProxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `NGINX_BIN`, else `/usr/sbin/nginx`, else `nginx` on `PATH`.
fn nginx_binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("NGINX_BIN").filter(|v| !v.is_empty()) {
        return PathBuf::from(bin);
    }
    let debian = PathBuf::from("/usr/sbin/nginx");
    if debian.is_file() {
        return debian;
    }
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .filter(|dir| dir.is_absolute())
            .map(|dir| dir.join("nginx"))
            .find(|candidate| candidate.is_file())
    });
    on_path.unwrap_or_else(|| {
        panic!(
            "nginx not found (neither NGINX_BIN, /usr/sbin/nginx nor `nginx` on PATH): the wss \
             tests run a real TLS reverse proxy; install it with `apt-get install -y nginx` \
             (Debian/Ubuntu; `.ci/run` does this) or set NGINX_BIN to an nginx binary"
        )
    })
}

/// A CA, and a certificate it signed for `localhost` and 127.0.0.1 with its key: PEM each.
fn certificates() -> (String, String, String) {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "codex-sdk test CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().expect("a CA key"))
        .expect("the CA certificate");
    let leaf_key = KeyPair::generate().expect("a server key");
    let mut leaf_params =
        CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("server params");
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    let leaf = leaf_params
        .signed_by(&leaf_key, &ca)
        .expect("the server certificate");
    (ca.pem(), leaf.pem(), leaf_key.serialize_pem())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// One process (no master, no daemon), everything under `dir`, WebSocket upgrades passed on.
fn config(dir: &std::path::Path, port: u16, upstream_port: u16) -> String {
    let dir = dir.display();
    format!(
        r#"daemon off;
master_process off;
pid {dir}/nginx.pid;
error_log {dir}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {dir}/access.log;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port} ssl;
        server_name localhost;
        ssl_certificate {dir}/cert.pem;
        ssl_certificate_key {dir}/key.pem;
        location / {{
            proxy_pass http://127.0.0.1:{upstream_port};
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection "upgrade";
            proxy_read_timeout 1h;
        }}
    }}
}}
"#
    )
}
