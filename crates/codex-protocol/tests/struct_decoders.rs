//! The generated structs' written decoders answer as serde's derive answers: each generated
//! type below is decoded beside a struct of the same fields and serde attributes with the
//! derive, from the same texts, and the two must agree on the value or on the error, word for
//! word and position for position. Only arrays differ, on purpose: the protocol sends structs
//! as objects, and the written decoders refuse an array.

use codex_protocol::{AppsDefaultConfig, McpResourceReadTarget, SandboxWorkspaceWrite};
use serde::Deserialize;

/// Structs of the same names, fields and serde attributes as the generated ones, derived.
mod derived {
    use serde::Deserialize;

    /// `McpResourceReadTarget`'s fields: a required string and a nullable member that must be
    /// present.
    #[derive(Deserialize, Debug)]
    pub(crate) struct McpResourceReadTarget {
        #[serde(rename = "connectorId")]
        pub(crate) connector_id: String,
        #[serde(rename = "linkId", deserialize_with = "Option::deserialize")]
        pub(crate) link_id: Option<String>,
    }

    /// `AppsDefaultConfig`'s decoded fields: absent options, and defaults from a function.
    #[derive(Deserialize, Debug)]
    pub(crate) struct AppsDefaultConfig {
        pub(crate) approvals_reviewer: Option<serde_json::Value>,
        #[serde(default = "yes")]
        pub(crate) destructive_enabled: bool,
        #[serde(default = "yes")]
        pub(crate) enabled: bool,
        #[serde(default = "yes")]
        pub(crate) open_world_enabled: bool,
    }

    pub(crate) fn yes() -> bool {
        true
    }

    /// `SandboxWorkspaceWrite`'s fields: `Default::default()` when absent.
    #[derive(Deserialize, Debug)]
    pub(crate) struct SandboxWorkspaceWrite {
        #[serde(default)]
        pub(crate) exclude_slash_tmp: bool,
        #[serde(default)]
        pub(crate) exclude_tmpdir_env_var: bool,
        #[serde(default)]
        pub(crate) network_access: bool,
        #[serde(default)]
        pub(crate) writable_roots: Vec<String>,
    }
}

/// Decodes `text` both ways; `same` says whether two decoded values are equal.
fn agree<G, M>(text: &str, same: impl Fn(&G, &M) -> bool)
where
    G: for<'de> Deserialize<'de> + std::fmt::Debug,
    M: for<'de> Deserialize<'de> + std::fmt::Debug,
{
    let written = serde_json::from_str::<G>(text);
    let derived = serde_json::from_str::<M>(text);
    match (&written, &derived) {
        (Ok(g), Ok(m)) => assert!(same(g, m), "{text}: {g:?} against the derive's {m:?}"),
        (Err(g), Err(m)) => assert_eq!(g.to_string(), m.to_string(), "{text}"),
        _ => panic!("{text}: {written:?} against the derive's {derived:?}"),
    }
}

#[test]
fn required_nullable_duplicate_unknown_and_escaped_members() {
    let same = |g: &McpResourceReadTarget, m: &derived::McpResourceReadTarget| {
        g.connector_id == m.connector_id && g.link_id == m.link_id
    };
    for text in [
        r#"{"connectorId":"c","linkId":"l"}"#,
        r#"{"connectorId":"c","linkId":null}"#,
        r#"{"linkId":null,"connectorId":"c"}"#,
        // The nullable member must be there; so must the required one.
        r#"{"connectorId":"c"}"#,
        r#"{"linkId":"l"}"#,
        r#"{}"#,
        // A member twice, a member a newer server added, a name with an escape in it.
        r#"{"connectorId":"a","connectorId":"b","linkId":null}"#,
        r#"{"connectorId":"c","linkId":null,"added":{"deep":[1,{"x":null}]}}"#,
        r#"{"connector\u0049d":"c","linkId":null}"#,
        // Wrong types, inside and out.
        r#"{"connectorId":7,"linkId":null}"#,
        r#"{"connectorId":"c","linkId":false}"#,
        r#""text""#,
        r#"null"#,
        r#"{"connectorId":"c","linkId":null"#,
    ] {
        agree(text, same);
    }
}

#[test]
fn absent_members_take_their_defaults_or_none() {
    let same = |g: &AppsDefaultConfig, m: &derived::AppsDefaultConfig| {
        g.approvals_reviewer.is_some() == m.approvals_reviewer.is_some()
            && g.destructive_enabled == m.destructive_enabled
            && g.enabled == m.enabled
            && g.open_world_enabled == m.open_world_enabled
    };
    for text in [
        r#"{}"#,
        r#"{"enabled":false}"#,
        r#"{"enabled":false,"open_world_enabled":false,"destructive_enabled":false}"#,
        r#"{"enabled":null}"#,
        r#"{"approvals_reviewer":null}"#,
    ] {
        agree(text, same);
    }
    let same = |g: &SandboxWorkspaceWrite, m: &derived::SandboxWorkspaceWrite| {
        g.exclude_slash_tmp == m.exclude_slash_tmp
            && g.exclude_tmpdir_env_var == m.exclude_tmpdir_env_var
            && g.network_access == m.network_access
            && g.writable_roots == m.writable_roots
    };
    for text in [
        r#"{}"#,
        r#"{"network_access":true,"writable_roots":["/tmp"]}"#,
        r#"{"writable_roots":null}"#,
    ] {
        agree(text, same);
    }
}

#[test]
fn an_array_is_refused_where_a_struct_belongs() {
    let derived = serde_json::from_str::<derived::McpResourceReadTarget>(r#"["c",null]"#)
        .expect("the derive reads arrays");
    assert_eq!(derived.connector_id, "c");
    let error = serde_json::from_str::<McpResourceReadTarget>(r#"["c",null]"#)
        .expect_err("the written decoder reads objects only");
    assert!(
        error
            .to_string()
            .contains("expected struct McpResourceReadTarget"),
        "{error}"
    );
}
