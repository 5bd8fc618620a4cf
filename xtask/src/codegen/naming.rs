//! The one rule that turns wire names into Rust names, for every stage of the generator.
//!
//! Snake case keeps an acronym as one word (`gatewayOAuth` -> `gateway_oauth`): that is what
//! the generated public API spells (the `rpc()` methods of `account/gatewayOAuth/*`), and it
//! agrees with typify's field names on every property of the pinned schema (none has an
//! acronym); a test below checks that agreement on the generated types.

use quote::format_ident;

/// `auth_url`, `authUrl` and `thread/start` become `AuthUrl`, `AuthUrl` and `ThreadStart`.
pub(crate) fn pascal_case(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '_' || c == '-' || c == '/' || c == '.' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `threadId` -> `thread_id`, `gatewayOAuth` -> `gateway_oauth`, `v2Ready` -> `v2_ready`,
/// `inject_items` stays: a word starts at an upper-case letter that follows a lower-case one
/// or a digit.
pub(crate) fn snake_case(name: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
        previous = Some(c);
    }
    out
}

/// `snake_case` back to the `camelCase` the wire uses.
pub(crate) fn camel_case(snake: &str) -> String {
    let pascal = pascal_case(snake);
    let mut chars = pascal.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A Rust identifier for `name`, raw when it is a keyword (`move` -> `r#move`).
pub(crate) fn ident(name: &str) -> syn::Ident {
    syn::parse_str::<syn::Ident>(name).unwrap_or_else(|_| format_ident!("r#{name}"))
}

#[cfg(test)]
mod tests {
    use syn::Item;

    use super::*;

    #[test]
    fn one_rule_for_words_acronyms_digits_and_keywords() {
        assert_eq!(pascal_case("auth_url"), "AuthUrl");
        assert_eq!(pascal_case("authUrl"), "AuthUrl");
        assert_eq!(pascal_case("thread/start"), "ThreadStart");
        assert_eq!(snake_case("threadId"), "thread_id");
        assert_eq!(snake_case("gatewayOAuth"), "gateway_oauth");
        assert_eq!(
            snake_case("v2ConsolidatedThreads"),
            "v2_consolidated_threads"
        );
        assert_eq!(snake_case("inject_items"), "inject_items");
        assert_eq!(camel_case("approval_policy"), "approvalPolicy");
        assert_eq!(ident("move").to_string(), "r#move");
    }

    /// typify names the fields itself: the rule must give the same names, or the routing the
    /// generator writes (`params.thread_id`) would name fields that do not exist.
    #[test]
    fn the_rule_names_every_generated_field_as_typify_does() {
        let input = crate::codegen::input::read(&crate::workspace_root()).expect("schema/");
        let types =
            crate::codegen::types::generate(&input.experimental.definitions).expect("the types");
        let mut checked = 0;
        for item in &types.items {
            let Item::Struct(s) = item else { continue };
            for field in &s.fields {
                let (Some(ident), Some(wire)) = (
                    &field.ident,
                    crate::codegen::polish::serde_value(&field.attrs, "rename"),
                ) else {
                    continue;
                };
                // Keywords and names that are no identifiers (`type`, `$schema`, `_meta`)
                // are typify's to spell.
                if !wire.chars().all(|c| c.is_ascii_alphanumeric())
                    || syn::parse_str::<syn::Ident>(&wire).is_err()
                {
                    continue;
                }
                checked += 1;
                assert_eq!(ident.to_string(), snake_case(&wire), "{}.{wire}", s.ident);
            }
        }
        assert!(checked > 100, "only {checked} renamed fields");
    }
}
