//! The blocking [`JsonTurn`] and [`JsonTurnStream`]: a structured turn whose events stream one
//! blocking `next()` at a time and which ends with the typed answer.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use serde::de::DeserializeOwned;

use super::{TurnHandle, TurnStream};
use crate::error::Result;

/// A blocking [`crate::JsonTurn`]: a [`TurnHandle`] whose stream and run end with a `T`.
#[derive(Debug)]
pub struct JsonTurn<T> {
    handle: TurnHandle,
    answer: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> JsonTurn<T> {
    pub(super) fn new(handle: TurnHandle) -> Self {
        JsonTurn {
            handle,
            answer: PhantomData,
        }
    }

    /// The turn's events (see [`crate::JsonTurn::stream`]).
    pub fn stream(&mut self) -> JsonTurnStream<T> {
        JsonTurnStream {
            events: self.handle.stream(),
            answer: PhantomData,
        }
    }

    /// Waits for the turn to end and parses its answer.
    ///
    /// # Errors
    /// As [`crate::Thread::run_json`].
    pub fn run(mut self) -> Result<T> {
        self.stream().answer()
    }

    /// The plain handle, for its settings that take it by value.
    pub fn into_handle(self) -> TurnHandle {
        self.handle
    }
}

impl<T> Deref for JsonTurn<T> {
    type Target = TurnHandle;

    fn deref(&self) -> &TurnHandle {
        &self.handle
    }
}

/// The events of a blocking [`JsonTurn`]: a [`TurnStream`] that ends with the parsed answer.
#[derive(Debug)]
pub struct JsonTurnStream<T> {
    events: TurnStream,
    answer: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> JsonTurnStream<T> {
    /// Reads what is left of the turn and parses its final answer (see
    /// [`crate::JsonTurnStream::answer`]).
    ///
    /// # Errors
    /// As [`crate::JsonTurnStream::answer`].
    pub fn answer(self) -> Result<T> {
        crate::json_turn::parse_answer(self.events.collect_result()?)
    }
}

impl<T> Deref for JsonTurnStream<T> {
    type Target = TurnStream;

    fn deref(&self) -> &TurnStream {
        &self.events
    }
}

impl<T> DerefMut for JsonTurnStream<T> {
    fn deref_mut(&mut self) -> &mut TurnStream {
        &mut self.events
    }
}
