//! A blocking API for programs that are not async.
