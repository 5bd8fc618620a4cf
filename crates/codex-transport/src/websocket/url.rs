//! `ws://` and `wss://` URLs: the parts the client needs, a form safe to show, and whether the
//! host is this machine (the rule for sending a token in clear).

use std::net::IpAddr;

/// A parsed WebSocket URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WsUrl {
    /// `wss://`: TLS.
    pub(crate) tls: bool,
    /// The host as named in the URL, without the brackets of an IPv6 literal.
    pub(crate) host: String,
    /// The port, or the scheme's default (80, 443).
    pub(crate) port: u16,
    /// The `Host` header: the authority as written (brackets kept), port included when given.
    pub(crate) host_header: String,
    /// The request target: path and query, `/` when the URL has neither.
    pub(crate) target: String,
}

impl WsUrl {
    /// Parses `ws://HOST[:PORT][/PATH][?QUERY]` or the same with `wss://`.
    pub(crate) fn parse(url: &str) -> Result<WsUrl, String> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or("a WebSocket URL starts with ws:// or wss://")?;
        let tls = if scheme.eq_ignore_ascii_case("wss") {
            true
        } else if scheme.eq_ignore_ascii_case("ws") {
            false
        } else {
            return Err(format!(
                "the scheme `{scheme}` is not a WebSocket one: use ws:// or wss://"
            ));
        };
        // The fragment is never sent.
        let rest = rest.split('#').next().unwrap_or_default();
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, target) = rest.split_at(authority_end);
        if authority.contains('@') {
            return Err(
                "the URL holds credentials (`user:password@`), which would travel and \
                        show as they are: give the token with `WebSocketOptions::bearer_token`"
                    .to_owned(),
            );
        }
        let (host, port) = split_host_port(authority)?;
        let target = match target {
            "" => "/".to_owned(),
            query if query.starts_with('?') => format!("/{query}"),
            path => path.to_owned(),
        };
        if target.bytes().any(|b| b.is_ascii_control() || b == b' ') {
            return Err(
                "the URL's path has spaces or control characters: percent-encode them".to_owned(),
            );
        }
        Ok(WsUrl {
            tls,
            port: port.unwrap_or(if tls { 443 } else { 80 }),
            host,
            host_header: authority.to_owned(),
            target,
        })
    }

    /// Whether the host is this machine by its name alone: an address in 127.0.0.0/8, `::1`
    /// (or an IPv4-mapped loopback), or `localhost`. Addresses `localhost` resolves to are
    /// checked again when connecting ([`is_loopback`]).
    pub(crate) fn names_loopback(&self) -> bool {
        match self.host.parse::<IpAddr>() {
            Ok(ip) => is_loopback(ip),
            Err(_) => self.is_localhost(),
        }
    }

    /// Whether the host is the name `localhost`.
    pub(crate) fn is_localhost(&self) -> bool {
        let name = self.host.strip_suffix('.').unwrap_or(&self.host);
        name.eq_ignore_ascii_case("localhost")
    }
}

/// Whether `ip` is a loopback address (IPv4-mapped IPv6 ones included).
pub(crate) fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// `url` as it may be shown in errors and logs: without credentials or query (either may
/// hold a secret), even when it does not parse.
pub(crate) fn shown(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let rest = rest.split(['#', '?']).next().unwrap_or_default();
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((_, host)) => format!("<redacted>@{host}"),
        None => authority.to_owned(),
    };
    let query = if url.contains('?') { "?<redacted>" } else { "" };
    let scheme = if scheme.is_empty() {
        String::new()
    } else {
        format!("{scheme}://")
    };
    format!("{scheme}{authority}{path}{query}")
}

fn split_host_port(authority: &str) -> Result<(String, Option<u16>), String> {
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (v6, after) = bracketed
            .split_once(']')
            .ok_or("the URL's IPv6 address has no closing `]`")?;
        v6.parse::<std::net::Ipv6Addr>()
            .map_err(|_| format!("`[{v6}]` is not an IPv6 address"))?;
        let port = match after {
            "" => None,
            port => Some(port.strip_prefix(':').ok_or("junk after the URL's `]`")?),
        };
        (v6, port)
    } else {
        authority
            .rsplit_once(':')
            .map_or((authority, None), |(host, port)| (host, Some(port)))
    };
    if host.is_empty() {
        return Err("the URL names no host".to_owned());
    }
    let port = port
        .map(|port| {
            port.parse::<u16>()
                .map_err(|_| format!("`{port}` is not a port number"))
        })
        .transpose()?;
    Ok((host.to_owned(), port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_url() {
        let url = WsUrl::parse("wss://Example.com:8443/rpc?x=1#frag").expect("parses");
        assert!(url.tls);
        assert_eq!(url.host, "Example.com");
        assert_eq!(url.port, 8443);
        assert_eq!(url.host_header, "Example.com:8443");
        assert_eq!(url.target, "/rpc?x=1");
        let url = WsUrl::parse("ws://[::1]").expect("parses");
        assert_eq!(
            (url.host.as_str(), url.port, url.target.as_str()),
            ("::1", 80, "/")
        );
        assert_eq!(url.host_header, "[::1]");
        assert_eq!(WsUrl::parse("WS://h?q").expect("parses").target, "/?q");
        for bad in [
            "http://h",
            "h:1",
            "ws://",
            "ws://:80",
            "ws://h:port",
            "ws://[::1",
            "ws://[zz]:1",
            "ws://u:p@h",
            "ws://h/a b",
        ] {
            assert!(WsUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn loopback_is_127_slash_8_ipv6_loopback_and_localhost() {
        for host in [
            "127.0.0.1",
            "127.9.8.7",
            "[::1]",
            "[::ffff:127.0.0.1]",
            "localhost",
            "LocalHost.",
        ] {
            let url = WsUrl::parse(&format!("ws://{host}:1")).expect("parses");
            assert!(url.names_loopback(), "{host}");
        }
        for host in [
            "0.0.0.0",
            "[::]",
            "10.0.0.1",
            "128.0.0.1",
            "example.com",
            "localhost.example.com",
            "127.1",
            "[::2]",
        ] {
            let url = WsUrl::parse(&format!("ws://{host}:1")).expect("parses");
            assert!(!url.names_loopback(), "{host}");
        }
    }

    #[test]
    fn shown_urls_hold_no_credentials_or_query() {
        assert_eq!(shown("ws://127.0.0.1:9/a"), "ws://127.0.0.1:9/a");
        assert_eq!(
            shown("wss://user:secret@h:1/p?token=secret#x"),
            "wss://<redacted>@h:1/p?<redacted>"
        );
        assert!(!shown("not a url?secret").contains("secret"));
        assert!(!shown("ws://secret@").contains("secret"));
    }
}
