//! The server's version: read from its user agent, and compared with the version the SDK's
//! schema comes from.

/// The server version in a user agent such as `name/0.169.0 (Debian 12; x86_64) ...`.
pub(crate) fn parse_server_version(user_agent: &str) -> Option<String> {
    let (_, rest) = user_agent.split_once('/')?;
    rest.split_whitespace()
        .next()
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// `major.minor.patch` as numbers; pre-release tails are ignored.
pub(crate) fn version_triple(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.split(['.', '-']).map(|p| p.parse::<u64>().ok());
    Some((parts.next()??, parts.next()??, parts.next()??))
}

/// Warns (through `tracing`) when the server is older than the pinned schema.
pub(crate) fn warn_if_older(server_version: Option<&str>) {
    let pinned = codex_protocol::PINNED_CODEX_VERSION;
    if let (Some(server), Some(pin)) = (
        server_version.and_then(version_triple),
        version_triple(pinned),
    ) && server < pin
    {
        tracing::warn!(
            server = server_version.unwrap_or_default(),
            pinned,
            "the app-server is older than the schema this SDK was generated from: newer methods and fields may be refused"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_version_comes_from_the_user_agent() {
        let agent = "codex_rust_sdk/0.169.0 (Debian 12.0.0; x86_64) xterm (codex_rust_sdk; 0.1.0)";
        assert_eq!(parse_server_version(agent).as_deref(), Some("0.169.0"));
        assert_eq!(parse_server_version("no version"), None);
        assert_eq!(version_triple("0.163.0"), Some((0, 163, 0)));
        assert_eq!(version_triple("0.170.0-alpha.2"), Some((0, 170, 0)));
        assert!(version_triple("0.163.0") < version_triple("0.169.0"));
    }
}
