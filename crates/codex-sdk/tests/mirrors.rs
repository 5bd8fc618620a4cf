//! The blocking API cannot fall behind the async one: this test reads the SDK's sources and
//! fails, naming the method, when a public method of an async handle has no method of the
//! same name on its blocking mirror and is not in [`ASYNC_ONLY`] with a reason.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use support::sources::{rust_files, sdk_src};

/// The async handles that have a blocking mirror of the same name in `codex_sdk::blocking`.
const MIRRORED: &[&str] = &["Codex", "Thread", "TurnHandle", "TurnStream", "LoginHandle"];

/// Public async methods that deliberately have no blocking mirror: (type, method, why).
const ASYNC_ONLY: &[(&str, &str, &str)] = &[
    (
        "Codex",
        "builder",
        "builder: the builder is shared by both APIs; `blocking::Codex::from_builder` takes it",
    ),
    (
        "Codex",
        "connection",
        "connection: the async JSON-RPC connection itself; reach it through `as_async()`",
    ),
    (
        "Codex",
        "connection_changes",
        "connection_changes: a tokio watch receiver, awaited with `changed()`; use \
         `block_on(changes.changed())`, or poll `connection_state()`",
    ),
    (
        "Codex",
        "rate_limit_updates",
        "rate_limit_updates: an async stream of updates; use `block_on` over \
         `as_async().rate_limit_updates()` and its `next()`",
    ),
    (
        "Codex",
        "rpc",
        "rpc: hands out method groups whose every call is a future; use \
         `block_on(codex.as_async().rpc()...)`",
    ),
    (
        "Codex",
        "subscribe",
        "subscribe: returns an async notification stream; use `block_on` over \
         `as_async().subscribe()` and its `next()`",
    ),
];

/// Public methods per type, read from the impl blocks of `files`. With `trait_impls`, the
/// methods of trait impls count too (the blocking `TurnStream::next` is `Iterator::next`).
fn methods(files: &[PathBuf], trait_impls: bool) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        collect(&parsed.items, trait_impls, &mut found);
    }
    found
}

fn collect(items: &[syn::Item], trait_impls: bool, found: &mut BTreeMap<String, BTreeSet<String>>) {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, inner)) = &module.content {
                    collect(inner, trait_impls, found);
                }
            }
            syn::Item::Impl(block) => {
                let syn::Type::Path(self_ty) = &*block.self_ty else {
                    continue;
                };
                let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                if !MIRRORED.contains(&name.as_str()) {
                    continue;
                }
                let is_trait = block.trait_.is_some();
                if is_trait && !trait_impls {
                    continue;
                }
                for member in &block.items {
                    if let syn::ImplItem::Fn(function) = member
                        && (is_trait || matches!(function.vis, syn::Visibility::Public(_)))
                    {
                        found
                            .entry(name.clone())
                            .or_default()
                            .insert(function.sig.ident.to_string());
                    }
                }
            }
            _ => {}
        }
    }
}

/// (the async API's files, the blocking API's files): `src/blocking.rs` and `src/blocking/`.
fn sources() -> (Vec<PathBuf>, Vec<PathBuf>) {
    let src = sdk_src();
    let all = rust_files(&src);
    let blocking = |path: &PathBuf| {
        path.strip_prefix(&src)
            .is_ok_and(|rel| rel == Path::new("blocking.rs") || rel.starts_with("blocking"))
    };
    let (blocking_files, async_files): (Vec<_>, Vec<_>) = all.into_iter().partition(blocking);
    assert!(
        !blocking_files.is_empty(),
        "no blocking sources under {src:?}"
    );
    (async_files, blocking_files)
}

fn async_only(ty: &str, method: &str) -> bool {
    ASYNC_ONLY.iter().any(|(t, m, _)| *t == ty && *m == method)
}

#[test]
fn every_async_method_has_a_blocking_mirror_or_a_reason() {
    let (async_files, blocking_files) = sources();
    let async_api = methods(&async_files, false);
    let blocking_api = methods(&blocking_files, true);
    let mut missing = Vec::new();
    for ty in MIRRORED {
        let Some(async_methods) = async_api.get(*ty) else {
            panic!("no public methods of `{ty}` found in the SDK's sources");
        };
        let mirrors = blocking_api.get(*ty).cloned().unwrap_or_default();
        for method in async_methods {
            if !mirrors.contains(method) && !async_only(ty, method) {
                missing.push(format!("{ty}::{method}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "public async methods with no blocking mirror in src/blocking.rs (add one, a thin \
         `block_on` over the async method, or list it in ASYNC_ONLY with a reason): {}",
        missing.join(", ")
    );
}

#[test]
fn the_async_only_table_names_real_unmirrored_methods() {
    let (async_files, blocking_files) = sources();
    let async_api = methods(&async_files, false);
    let blocking_api = methods(&blocking_files, true);
    for (ty, method, why) in ASYNC_ONLY {
        assert!(
            async_api.get(*ty).is_some_and(|m| m.contains(*method)),
            "ASYNC_ONLY lists `{ty}::{method}`, which is no public async method (any more)"
        );
        assert!(
            !blocking_api.get(*ty).is_some_and(|m| m.contains(*method)),
            "ASYNC_ONLY lists `{ty}::{method}`, which has a blocking mirror now: drop the entry"
        );
        assert!(
            why.starts_with(&format!("{method}: ")) && why.len() > method.len() + 12,
            "the reason for `{ty}::{method}` says why, after `{method}: `"
        );
    }
}
