//! Decoding of the internally tagged enums (`ThreadItem` and the like, tagged by a member such
//! as `type`): the tag first, then the rest of the object straight into its variant.
//!
//! serde's derive cannot know where the tag is, so it buffers every member of the object
//! before it picks a variant, and the `Unrecognized` catch-all made it buffer even when the
//! tag came first. The server writes the tag first. So the generated `Deserialize` of each
//! tagged enum (see [`Tagged`]) reads the first member: when it is the tag, the rest of the
//! object is decoded as the variant's fields with no buffer.
//!
//! An object whose tag is not first, or whose tag this version does not know, is read into a
//! `serde_json::Value` first: an unknown tag becomes `Unrecognized` with the object as sent.
//! So does a known tag whose fields no longer match the schema, and that needs the object
//! whole. The straight path cannot go back once it has read the fields, so it is taken only
//! inside [`straight_through`]: a caller that decodes text (the connection's reader) tries
//! the straight path, and when it fails decodes the text again the buffered way
//! ([`crate::wire::decode`]). Everywhere else (`serde_json::from_value`, a user's own
//! `from_str`) decoding is buffered, so every caller keeps the `Unrecognized` fallback.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};
use serde_json::{Map, Value};

/// What the generated code of an internally tagged enum gives the decoder.
pub(crate) trait Tagged: Sized {
    /// The member that names the variant.
    const TAG: &'static str;
    /// What the enum is, for errors.
    const NAME: &'static str;

    /// The variant tagged `tag`, its fields decoded from `fields` (the object's members but
    /// the tag); `None` when no variant has that tag.
    fn variant<'de, D: Deserializer<'de>>(tag: &str, fields: D) -> Option<Result<Self, D::Error>>;

    /// The catch-all variant, holding `value` as sent.
    fn unrecognized(value: Value) -> Self;
}

/// An empty struct, for a variant without fields: it takes the rest of the object and ignores
/// it.
#[derive(serde::Deserialize)]
pub(crate) struct NoFields {}

thread_local! {
    /// Whether the straight path may be taken on this thread now (see [`straight_through`]).
    static STRAIGHT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `decode` with the straight path on: a known tag's fields are decoded with no buffer,
/// and a mismatch is an error instead of `Unrecognized` (the caller decodes again without).
pub(crate) fn straight_through<T>(decode: impl FnOnce() -> T) -> T {
    /// Restores the flag however `decode` ends (a panic in a `Deserialize` included).
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            STRAIGHT.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(STRAIGHT.with(|flag| flag.replace(true)));
    decode()
}

/// The generated `Deserialize` of a tagged enum `T`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: Tagged>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} (an object with a `{}` member)", T::NAME, T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut object = Map::new();
        let Some(first) = map.next_key_seed(CowStr)? else {
            return buffered(object);
        };
        if first == T::TAG && STRAIGHT.with(Cell::get) {
            let tag = map.next_value_seed(CowStr)?;
            if let Some(decoded) = T::variant(&tag, MapAccessDeserializer::new(&mut map)) {
                return decoded;
            }
            // A tag this version does not know: the rest of the object as sent.
            object.insert(T::TAG.to_owned(), Value::String(tag.into_owned()));
        } else {
            object.insert(first.into_owned(), map.next_value()?);
        }
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            object.insert(key, value);
        }
        buffered(object)
    }
}

/// The variant of a whole object, or `Unrecognized` with the object when its tag is unknown,
/// missing or not a string, or its fields do not match.
fn buffered<T: Tagged, E: Error>(mut object: Map<String, Value>) -> Result<T, E> {
    let Some(Value::String(tag)) = object.remove(T::TAG) else {
        return Ok(T::unrecognized(Value::Object(object)));
    };
    // The fields are decoded from their text again rather than from the `Value`, and through
    // the same map reader as the straight path's: the variants' types are then compiled for
    // the one deserializer the straight path already needs, not for a second. This way is the
    // rare one.
    let mut whole = Value::Object(object);
    let text = whole.to_string();
    let fields = serde_json::Deserializer::from_str(&text).deserialize_map(FieldsVisitor {
        tag: &tag,
        enum_type: PhantomData::<T>,
    });
    if let Ok(Some(variant)) = fields {
        return Ok(variant);
    }
    if let Value::Object(object) = &mut whole {
        object.insert(T::TAG.to_owned(), Value::String(tag));
    }
    Ok(T::unrecognized(whole))
}

/// Decodes an object's members as the fields of the variant tagged `tag` (`None` when no
/// variant has it), reading them with the map reader the straight path reads them with.
struct FieldsVisitor<'t, T> {
    tag: &'t str,
    enum_type: PhantomData<T>,
}

impl<'de, T: Tagged> Visitor<'de> for FieldsVisitor<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the fields of a {} tagged `{}`", T::NAME, self.tag)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        T::variant(self.tag, MapAccessDeserializer::new(&mut map)).transpose()
    }
}

/// A member's name or the tag's value: a string, borrowed from the input when it can be.
struct CowStr;

impl<'de> DeserializeSeed<'de> for CowStr {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for CowStr {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
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
