//! End-to-end scenarios across the workspace's crates live in `tests/`; this library is empty.
