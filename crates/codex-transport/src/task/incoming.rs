//! What the connection task makes of each message the server sends: an answer to a pending
//! request, a notification for the subscribers, or a request for the handler.

use std::sync::Arc;

use codex_protocol::wire::{self, Incoming, UndecodableNotification};
use codex_protocol::{ServerNotificationMessage, ServerRequestMessage};
use serde_json::value::RawValue;

use super::{ConnectionTask, Stop};
use crate::error::{Error, ErrorCode, RpcError};
use crate::server_request::{answer_line, spawn_handler};
use crate::subscription::NotificationMeta;

impl ConnectionTask {
    /// Counts a skipped oversized line; when it was the answer to a pending request, that
    /// request fails with [`Error::LineTooLong`] instead of waiting for an answer that is gone.
    pub(super) fn skip_oversized(&mut self, head: &str) {
        let limit = self.max_line_bytes;
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

    /// Carries out one line of the server: one match over what the codec says it is.
    pub(super) async fn handle_line(&mut self, line: &str) -> Option<Stop> {
        let incoming = Incoming::parse(line);
        if !matches!(
            incoming,
            Ok(Incoming::Notification(_) | Incoming::Undecodable(_))
        ) {
            // An answer or a server request is seen after the notifications sent before it.
            self.flush();
        }
        match incoming {
            Ok(Incoming::Notification(message)) => {
                tracing::trace!(method = message.notification.method(), "notification");
                return self.handle_notification(message, line.len()).await;
            }
            Ok(Incoming::Undecodable(notification)) => {
                return self.handle_undecodable(notification, line.len()).await;
            }
            Ok(Incoming::Request { id, method, params }) => {
                self.handle_server_request(id, &method, params, line).await;
            }
            Ok(Incoming::Response { id, outcome }) => self.handle_response(id, outcome),
            Err(err) => self.skip_malformed(line, err),
        }
        // Only a notification can wait for room in the streams, and so stop the task.
        None
    }

    /// Counts a line that is not a JSON-RPC message; when its head says whose answer it was,
    /// that caller learns now rather than never.
    fn skip_malformed(&mut self, line: &str, err: wire::EnvelopeError) {
        let shown: String = line.chars().take(200).collect();
        let description = format!(
            "skipped a line from the server that is not a JSON-RPC message ({err}): {shown}"
        );
        if let Some(pending) =
            wire::response_id_of_head(line).and_then(|id| self.pending.remove(&id))
        {
            let source = match err {
                wire::EnvelopeError::Json(source) => source,
                other => serde::de::Error::custom(other),
            };
            let _ = pending
                .reply
                .send(Err(Error::decode(&pending.method, source, Some(line))));
        }
        self.shared.record(|e| e.malformed_lines += 1, description);
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

    /// A notification whose params did not decode: its subscribers (found by the ids the
    /// codec read from the params) get the error, with the raw params.
    async fn handle_undecodable(
        &mut self,
        notification: UndecodableNotification<'_>,
        bytes: usize,
    ) -> Option<Stop> {
        let meta = NotificationMeta {
            method: &notification.method,
            thread_id: notification.thread_id.as_deref(),
            turn_id: notification.turn_id.as_deref(),
        };
        let targets = self.matching(&meta);
        self.shared.record(
            |_| {},
            format!(
                "the params of notification `{}` did not decode: {}",
                notification.method, notification.error
            ),
        );
        let error = Error::undecodable(notification);
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
        let decoded = wire::decode_server_request(method, params_text);
        tracing::debug!(method, %id, "server request");
        let refusal = match (&decoded, &self.handler) {
            (Err(err), _) => Some(RpcError::new(
                ErrorCode::INVALID_PARAMS,
                format!("the client could not decode the params of `{method}`: {err}"),
            )),
            (Ok(_), None) => Some(RpcError::new(
                ErrorCode::METHOD_NOT_FOUND,
                format!("this client answers no server requests (no handler for `{method}`)"),
            )),
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
            let error = RpcError::new(
                ErrorCode::SERVER_OVERLOADED,
                format!(
                    "the client has too many server requests in its handlers to take `{method}`"
                ),
            );
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
