//! Emits the table of pinned codex binaries (`schema/pin.json`'s `binaries`) that the SDK's
//! installer checks a download against, so the published crates need no `schema/` at run time.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::codegen::input::BinaryRecord;

/// Generates `binaries.rs`, declared by `crates/codex-install/src/release.rs`.
pub(crate) fn generate(binaries: &BTreeMap<String, BTreeMap<String, BinaryRecord>>) -> TokenStream {
    let entries = binaries.iter().flat_map(|(version, platforms)| {
        platforms.iter().map(move |(platform, record)| {
            let BinaryRecord {
                package,
                spec,
                path,
                sha256,
            } = record;
            quote! {
                PinnedBinary {
                    version: #version,
                    platform: #platform,
                    package: #package,
                    spec: #spec,
                    path: #path,
                    sha256: #sha256,
                }
            }
        })
    });
    let doc = "The native codex binaries of the pinned and compatibility releases, one per npm \
               platform package, with the sha256 an install must match (`schema/pin.json`, \
               recorded by `cargo xtask pin-binaries`).";
    quote! {
        use crate::PinnedBinary;
        #[doc = #doc]
        pub const PINNED_BINARIES: &[PinnedBinary<'static>] = &[#(#entries),*];
    }
}
