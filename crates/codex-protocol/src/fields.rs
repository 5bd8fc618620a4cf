//! What the generated struct decoders share: reading a member's name, taking its value once,
//! skipping an unknown one, and a missing one.
//!
//! The generator writes each struct's `Deserialize` (and each tagged enum variant's) as one
//! `visit_map` that matches the member names and fills the fields, rather than deriving it.
//! serde's derive writes, per struct, a field enum with its own `Deserialize`, a visitor of
//! field names and a `visit_seq` for structs sent as arrays, which the protocol never does;
//! type-checking those for some 700 structs was about half of this crate's build. The decoders
//! read objects only, as the derive read them: the same members, renames, defaults and errors
//! (`missing field`, `duplicate field`), unknown members ignored.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, forward_to_deserialize_any};

/// A member's name, borrowed from the input when it can be.
pub(crate) struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value))
    }
}

/// Decodes the value of member `name` into `slot`; a second member of that name is an error,
/// as it is to serde's derive.
#[inline(always)]
pub(crate) fn once<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads past the value of a member no field has.
#[inline(always)]
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of a field whose member is absent: `None` for an `Option` (or anything that
/// decodes from an absent value), `missing field` otherwise, as serde's derive answers.
pub(crate) fn missing<'de, T: Deserialize<'de>, E: Error>(name: &'static str) -> Result<T, E> {
    T::deserialize(Absent {
        name,
        error: std::marker::PhantomData,
    })
}

/// The deserializer of an absent member: it has only `none` to give.
struct Absent<E> {
    name: &'static str,
    error: std::marker::PhantomData<E>,
}

impl<'de, E: Error> Deserializer<'de> for Absent<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.name))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absent_option_is_none_and_anything_else_is_missing() {
        let none: Result<Option<String>, serde_json::Error> = missing("x");
        assert_eq!(none.expect("an absent Option decodes"), None);
        let error = missing::<String, serde_json::Error>("x").expect_err("a String is required");
        assert_eq!(error.to_string(), "missing field `x`");
        let value = missing::<serde_json::Value, serde_json::Error>("y").expect_err("required");
        assert_eq!(value.to_string(), "missing field `y`");
    }

    #[test]
    fn a_key_borrows_unless_escaped() {
        let mut de = serde_json::Deserializer::from_str(r#""plain""#);
        assert!(matches!(
            Key.deserialize(&mut de),
            Ok(Cow::Borrowed("plain"))
        ));
        let mut de = serde_json::Deserializer::from_str(r#""esc\u0061ped""#);
        assert!(matches!(Key.deserialize(&mut de), Ok(Cow::Owned(key)) if key == "escaped"));
    }
}
