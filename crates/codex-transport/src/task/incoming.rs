//! What the connection task makes of each message the server sends: an answer to a pending
//! request, a notification for the subscribers, or a request for the handler.

use std::sync::Arc;

use codex_protocol::wire::{self, RawMessage};
use codex_protocol::{
    ServerNotification, ServerNotificationMessage, ServerRequest, ServerRequestMessage,
};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::{ConnectionTask, Stop};
use crate::error::{Error, ErrorCode, RpcError};
use crate::server_request::{answer_line, spawn_handler};
use crate::subscription::NotificationMeta;

/// `threadId` and `turnId` (or `turn.id`, as `turn/*` notifications carry it) read straight
/// from params that did not decode into their type.
#[derive(Deserialize, Default)]
struct RawIds {
    #[serde(rename = "threadId", default)]
    thread_id: Option<String>,
    #[serde(rename = "turnId", default)]
    turn_id: Option<String>,
    #[serde(default)]
    turn: Option<RawTurn>,
}

#[derive(Deserialize, Default)]
struct RawTurn {
    #[serde(default)]
    id: Option<String>,
}

impl RawIds {
    pub(super) fn turn_id(&self) -> Option<&str> {
        self.turn_id
            .as_deref()
            .or_else(|| self.turn.as_ref().and_then(|turn| turn.id.as_deref()))
    }
}

impl ConnectionTask {
    /// Counts a skipped oversized line; when it was the answer to a pending request, that
    /// request fails with [`Error::LineTooLong`] instead of waiting for an answer that is gone.
    pub(super) fn skip_oversized(&mut self, head: &str) {
        let limit = self.reader.max_message_bytes();
        let shown: String = head.chars().take(80).collect();
        self.shared.record(
            |e| e.oversized_lines += 1,
            format!("skipped a line from the server longer than {limit} bytes: {shown}..."),
        );
        if let Some(pending) =
            wire::response_id_of_head(head).and_then(|id| self.pending.remove(&id))
        {
            let _ = pending.reply.send(Err(Error::LineTooLong { limit }));
        }
    }

    pub(super) async fn handle_line(&mut self, line: &str) -> Option<Stop> {
        // Most lines are notifications: decoded in one pass, params straight into their type.
        // Anything else (an answer, a server request, params that do not decode) fails fast
        // and is classified below.
        if let Ok(message) = serde_json::from_str::<ServerNotificationMessage>(line) {
            tracing::trace!(method = message.notification.method(), "notification");
            return self.handle_notification(message, line.len()).await;
        }
        let message = RawMessage::parse(line);
        if !matches!(message, Ok(RawMessage::Notification { .. })) {
            // An answer or a server request is seen after the notifications sent before it.
            self.flush();
        }
        match message {
            Ok(RawMessage::Request { id, method, params }) => {
                self.handle_server_request(id, &method, params, line).await;
                None
            }
            Ok(RawMessage::Notification {
                method,
                params,
                emitted_at_ms,
            }) => {
                self.handle_raw_notification(&method, params, emitted_at_ms, line.len())
                    .await
            }
            Ok(RawMessage::Response { id, outcome }) => {
                self.handle_response(id, outcome);
                None
            }
            Err(err) => {
                let shown: String = line.chars().take(200).collect();
                let description = format!(
                    "skipped a line from the server that is not a JSON-RPC message ({err}): {shown}"
                );
                // A broken answer still says whose it is: its caller learns now rather than never.
                let pending =
                    wire::response_id_of_head(line).and_then(|id| self.pending.remove(&id));
                if let Some(pending) = pending {
                    let source = match err {
                        wire::EnvelopeError::Json(source) => source,
                        other => serde::de::Error::custom(other),
                    };
                    let _ =
                        pending
                            .reply
                            .send(Err(Error::decode(&pending.method, source, Some(line))));
                }
                self.shared.record(|e| e.malformed_lines += 1, description);
                None
            }
        }
    }

    pub(super) fn handle_response(
        &mut self,
        id: &RawValue,
        outcome: std::result::Result<&RawValue, &RawValue>,
    ) {
        let Some(pending) = wire::integer_id(id).and_then(|id| self.pending.remove(&id)) else {
            self.shared.record(
                |e| e.unknown_response_ids += 1,
                format!(
                    "the server answered id {}, which no caller waits for",
                    id.get()
                ),
            );
            return;
        };
        let answer = match outcome {
            Ok(result) => {
                if let Some(hook) = pending.hook
                    && let Err(panic) = crate::panic::call(|| hook(result))
                {
                    tracing::error!(method = %pending.method, "an answer hook panicked: {panic}");
                }
                Ok(result.to_owned())
            }
            Err(error) => match serde_json::from_str::<RpcError>(error.get()) {
                Ok(error) => Err(Error::Rpc {
                    method: pending.method.to_string(),
                    error: Box::new(error),
                }),
                // Not a JSON-RPC error object (a string code, say): still this request's failure.
                Err(err) => Err(Error::decode(&pending.method, err, Some(error.get()))),
            },
        };
        let _ = pending.reply.send(answer);
    }

    pub(super) async fn handle_notification(
        &mut self,
        message: ServerNotificationMessage,
        bytes: usize,
    ) -> Option<Stop> {
        if let Some(handler) = &self.handler
            && let Err(panic) = crate::panic::call(|| handler.notification(&message.notification))
        {
            tracing::error!(
                method = message.notification.method(),
                "the server-request handler panicked on a notification: {panic}"
            );
        }
        let meta = NotificationMeta {
            method: message.notification.method(),
            thread_id: message.notification.thread_id(),
            turn_id: message.notification.turn_id(),
        };
        let targets = self.matching(&meta);
        self.deliver(targets, Ok(message), bytes).await
    }

    /// A notification the one-pass decoding refused, classified by the codec: decoded from
    /// its params alone (it may be an odd line, a `result` member beside its `method`, say),
    /// or else its subscribers get the error, with the raw params, found by the ids read
    /// straight from the JSON.
    pub(super) async fn handle_raw_notification(
        &mut self,
        method: &str,
        params: Option<&RawValue>,
        emitted_at_ms: Option<i64>,
        bytes: usize,
    ) -> Option<Stop> {
        let params = params.map_or("null", RawValue::get);
        let err = match ServerNotification::decode(
            method,
            &mut serde_json::Deserializer::from_str(params),
        ) {
            Ok(notification) => {
                let message = ServerNotificationMessage {
                    notification,
                    emitted_at_ms,
                };
                return self.handle_notification(message, bytes).await;
            }
            Err(err) => err,
        };
        let ids: RawIds = serde_json::from_str(params).unwrap_or_default();
        let meta = NotificationMeta {
            method,
            thread_id: ids.thread_id.as_deref(),
            turn_id: ids.turn_id(),
        };
        let targets = self.matching(&meta);
        self.shared.record(
            |_| {},
            format!("the params of notification `{method}` did not decode: {err}"),
        );
        let error = Error::decode(method, err, Some(params));
        self.deliver(targets, Err(error), bytes).await
    }

    pub(super) async fn handle_server_request(
        &mut self,
        raw_id: &RawValue,
        method: &str,
        params: Option<&RawValue>,
        line: &str,
    ) {
        let Some(id) = wire::request_id(raw_id) else {
            let shown: String = line.chars().take(200).collect();
            self.shared.record(
                |e| e.malformed_lines += 1,
                format!(
                    "skipped a server request whose id is neither a number nor a string: {shown}"
                ),
            );
            return;
        };
        let params_text = params.map_or("null", RawValue::get);
        let decoded =
            ServerRequest::decode(method, &mut serde_json::Deserializer::from_str(params_text));
        tracing::debug!(method, %id, "server request");
        let refusal = match (&decoded, &self.handler) {
            (Err(err), _) => Some(RpcError {
                code: ErrorCode::INVALID_PARAMS,
                message: format!("the client could not decode the params of `{method}`: {err}"),
                data: None,
            }),
            (Ok(_), None) => Some(RpcError {
                code: ErrorCode::METHOD_NOT_FOUND,
                message: format!(
                    "this client answers no server requests (no handler for `{method}`)"
                ),
                data: None,
            }),
            (Ok(_), Some(_)) => None,
        };
        if let Some(error) = refusal {
            self.write(answer_line(&id, Err(error))).await;
            return;
        }
        let (Ok(request), Some(handler), Some(lines)) =
            (decoded, self.handler.clone(), self.lines.clone())
        else {
            return;
        };
        let Ok(slot) = Arc::clone(&self.handler_slots).try_acquire_owned() else {
            let error = RpcError {
                code: ErrorCode::SERVER_OVERLOADED,
                message: format!(
                    "the client has too many server requests in its handlers to take `{method}`"
                ),
                data: None,
            };
            self.write(answer_line(&id, Err(error))).await;
            return;
        };
        let closed = self.handlers_stop.subscribe();
        spawn_handler(
            handler,
            ServerRequestMessage { id, request },
            lines,
            closed,
            slot,
        );
    }
}
