//! The deserializer the generated structs decode through: it reads a struct as a map, so
//! serde_json never compiles the derive's array reading (`visit_seq`) for our types.
//!
//! A derived struct asks its deserializer for `deserialize_struct`, which serde_json serves
//! from a JSON object or from an array of the fields in order. The protocol only sends
//! objects, and compiling the array way for every struct and deserializer made up about half a
//! megabyte of an app's release binary. [`MapOnly`] answers `deserialize_struct` with the
//! inner deserializer's `deserialize_map`; every other request goes straight through.
//!
//! The generator moves each struct's derived code into inherent functions
//! (`#[serde(remote = "Self")]`) and writes the trait impls that wrap them. serde makes those
//! functions as public as the struct, so each struct's docs list a `deserialize` and a
//! `serialize` of its own: the derive's code, which reads an array too. The trait impls are
//! what serde, `serde_json::from_str` and generic code call; `Thread::deserialize(d)` written
//! out by hand picks the inherent one, which decodes the same objects.

use serde::Deserializer;
use serde::de::Visitor;

/// Wraps a deserializer so that a struct is read as a map (see the module docs).
pub(crate) struct MapOnly<D>(pub(crate) D);

/// Forwards each named `deserialize_*` method, with its extra arguments, to the inner one.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

#[cfg(test)]
mod tests {
    use crate::types::AccountRateLimitsUpdatedNotification;

    #[test]
    fn a_struct_decodes_from_an_object_and_is_refused_as_an_array() {
        let object = r#"{"rateLimits":{"limitId":"codex"}}"#;
        let decoded: AccountRateLimitsUpdatedNotification =
            serde_json::from_str(object).expect("an object decodes");
        assert_eq!(decoded.rate_limits.limit_id.as_deref(), Some("codex"));
        // The same fields in order, as serde_json reads a struct from an array.
        let array = r#"[{"limitId":"codex"}]"#;
        let error = serde_json::from_str::<AccountRateLimitsUpdatedNotification>(array)
            .expect_err("the protocol sends structs as objects only");
        assert!(
            error.to_string().contains("invalid type: sequence"),
            "{error}"
        );
    }
}
