//! Questions users ask, answered for the Rust SDK.
#![doc = include_str!("../FAQ.md")]
