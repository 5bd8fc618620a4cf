//! Decoding of the string enums: the generated `Deserialize` of each one reads the wire string
//! with this one visitor and matches it (`from_wire`), with no buffering on the way.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Reads a string from `deserializer` and turns it into a `T` with `from_wire`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    from_wire: fn(&str) -> T,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(WireStr(from_wire, PhantomData))
}

/// The visitor: `from_wire` applied to the string, borrowed or not.
struct WireStr<T>(fn(&str) -> T, PhantomData<T>);

impl<T> Visitor<'_> for WireStr<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        Ok((self.0)(value))
    }
}
