//! Faults the connection must survive without hanging or dying: panics in user code, streams
//! nobody reads, shutdown while the reader is held up, and answers that do not decode.

mod fake_server;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use codex_protocol::{ModelListParams, ServerNotification, requests};
use codex_transport::{ConnectionOptions, Error, NotificationFilter};
use fake_server::{
    PATIENCE, approval_request, connect, delta, next_message, notification, request_in_background,
};
use serde_json::json;

#[tokio::test]
async fn a_panicking_handler_is_answered_with_an_internal_error_and_the_connection_lives_on() {
    let handler = |message: codex_protocol::ServerRequestMessage| {
        // Panics while making the future for id 1, while running it for id 2.
        assert!(
            message.id.to_string() != "1",
            "the handler refuses to start"
        );
        async move {
            assert!(message.id.to_string() != "2", "the handler fails halfway");
            Ok(json!({"decision": "decline"}))
        }
    };
    let (connection, mut server) =
        connect(ConnectionOptions::new().server_request_handler(handler));
    for id in [1, 2] {
        server.send(&approval_request(id)).await;
        let answer = server.receive().await;
        assert_eq!(answer["id"], id, "{answer}");
        assert_eq!(answer["error"]["code"], -32603, "{answer}");
        let message = answer["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains("panicked"), "{answer}");
    }
    server.send(&approval_request(3)).await;
    let answer = server.receive().await;
    assert_eq!(answer["result"]["decision"], "decline", "{answer}");
    let call = tokio::spawn(async move { connection.request_value("test/after", json!({})).await });
    let request = server.receive().await;
    server.answer(&request, json!("still here")).await;
    assert_eq!(
        call.await.expect("task").expect("answered"),
        json!("still here")
    );
}

#[tokio::test]
async fn a_panicking_filter_ends_its_own_stream_only() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut bad = connection
        .subscribe(NotificationFilter::custom(|meta| {
            assert!(
                meta.method != "item/agentMessage/delta",
                "the filter breaks"
            );
            true
        }))
        .await
        .expect("subscribe");
    let mut good = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    server.send(&delta("thread-1", "a")).await;
    server.send(&delta("thread-1", "b")).await;
    let first = tokio::time::timeout(PATIENCE, bad.next())
        .await
        .expect("in time");
    assert!(
        matches!(&first, Some(Err(Error::Panic { message, .. })) if message.contains("the filter breaks")),
        "{first:?}"
    );
    assert!(
        bad.next().await.is_none(),
        "the panic is the stream's last item"
    );
    for text in ["a", "b"] {
        let message = next_message(&mut good).await;
        assert!(
            matches!(&message.notification, ServerNotification::ItemAgentMessageDelta(d) if d.delta == text),
            "{message:?}"
        );
    }
}

#[tokio::test]
async fn a_subscription_with_until_ends_at_its_last_item_and_holds_nothing_after() {
    // A budget of 1 KiB: were the ended subscription still collecting, the 200 deltas after
    // its end would fill it and the answer below could not be read.
    let (connection, mut server) = connect(ConnectionOptions::new().buffer_bytes(1024));
    let mut turn = connection
        .subscribe(
            NotificationFilter::thread("thread-1").until(|meta| meta.method == "turn/completed"),
        )
        .await
        .expect("subscribe");
    server.send(&delta("thread-1", "x")).await;
    let completed = json!({"threadId": "thread-1", "turn": {"id": "turn-1", "items": [], "status": "completed"}});
    server
        .send(&notification("turn/completed", completed))
        .await;
    for _ in 0..200 {
        server.send(&delta("thread-1", "after the end")).await;
    }
    let call = request_in_background(&connection, "test/after");
    let request = server.receive().await;
    server.answer(&request, json!("read")).await;
    let answer = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the reader is not held up");
    assert_eq!(answer.expect("task").expect("answered"), json!("read"));
    let first = next_message(&mut turn).await;
    assert!(matches!(
        first.notification,
        ServerNotification::ItemAgentMessageDelta(_)
    ));
    let last = next_message(&mut turn).await;
    assert!(matches!(
        last.notification,
        ServerNotification::TurnCompleted(_)
    ));
    assert!(
        turn.next().await.is_none(),
        "the stream ended with its last item"
    );
}

#[tokio::test]
async fn shutdown_and_drop_end_in_time_while_every_stream_is_full() {
    let (connection, mut server) = connect(ConnectionOptions::new().buffer_bytes(256));
    let _never_read = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    for _ in 0..50 {
        server.send(&delta("thread-1", "filling the budget")).await;
    }
    // The reader is held up now; requests still go out while it waits.
    let call = tokio::spawn({
        let connection = connection.clone();
        async move {
            connection
                .request_value("test/while-stalled", json!({}))
                .await
        }
    });
    let request = server.receive().await;
    assert_eq!(request["method"], "test/while-stalled");
    let reason = tokio::time::timeout(PATIENCE, connection.shutdown(Duration::from_millis(200)))
        .await
        .expect("shutdown ends within its grace period");
    assert!(reason.cause.contains("shut down"), "{reason}");
    let pending = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the waiter ends");
    assert!(matches!(pending.expect("task"), Err(Error::Closed(_))));
}

#[tokio::test]
async fn dropping_every_handle_while_the_reader_is_held_up_closes_the_connection() {
    let (connection, mut server) = connect(ConnectionOptions::new().buffer_bytes(256));
    let stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    for _ in 0..50 {
        server.send(&delta("thread-1", "filling the budget")).await;
    }
    drop(connection);
    // The connection closes its output (the server's input) when it stops: the fake server
    // reads the end of its input.
    let mut lines = Vec::new();
    let ended = tokio::time::timeout(PATIENCE, async {
        while let Some(line) = server.next_line().await {
            lines.push(line);
        }
    })
    .await;
    assert!(
        ended.is_ok(),
        "the connection stopped although the stream was never read"
    );
    drop(stream);
}

#[tokio::test]
async fn an_error_answer_that_does_not_decode_fails_its_own_request() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let call = tokio::spawn({
        let connection = connection.clone();
        async move {
            connection
                .request::<requests::ModelList>(ModelListParams::default())
                .await
        }
    });
    let request = server.receive().await;
    server
        .send(&json!({"id": request["id"], "error": {"code": "not-a-number", "message": "oops"}}))
        .await;
    let err = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the caller is not left waiting")
        .expect("task")
        .expect_err("a broken error is an error");
    assert!(
        matches!(&err, Error::Decode { method, raw: Some(raw), .. } if method == "model/list" && raw.contains("not-a-number")),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_answer_that_is_not_json_fails_its_own_request() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let call = request_in_background(&connection, "test/broken");
    let request = server.receive().await;
    let id = request["id"].as_u64().expect("a numeric id");
    server
        .send_raw(format!("{{\"id\":{id},\"result\":{{\"cut\": tru").as_bytes())
        .await;
    let err = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the caller is not left waiting")
        .expect("task")
        .expect_err("a broken answer is an error");
    assert!(
        matches!(&err, Error::Decode { method, raw: Some(_), .. } if method == "test/broken"),
        "{err:?}"
    );
    assert_eq!(connection.protocol_errors().malformed_lines, 1);
}

#[tokio::test]
async fn server_requests_over_the_in_flight_limit_are_refused_not_queued() {
    let gate = Arc::new(tokio::sync::Notify::new());
    let handler = {
        let gate = Arc::clone(&gate);
        move |_message: codex_protocol::ServerRequestMessage| {
            let gate = Arc::clone(&gate);
            async move {
                gate.notified().await;
                Ok(json!({"decision": "decline"}))
            }
        }
    };
    let (_connection, mut server) = connect(
        ConnectionOptions::new()
            .max_server_requests(2)
            .server_request_handler(handler),
    );
    for id in 1..=3 {
        server.send(&approval_request(id)).await;
    }
    let refused = server.receive().await;
    assert_eq!(refused["id"], 3, "the third is answered first: {refused}");
    assert_eq!(refused["error"]["code"], -32001, "{refused}");
    gate.notify_waiters();
    let mut answered = vec![
        server.receive().await["id"].clone(),
        server.receive().await["id"].clone(),
    ];
    answered.sort_by_key(|id| id.as_u64());
    assert_eq!(answered, [json!(1), json!(2)]);
}

#[tokio::test]
async fn an_answer_hook_runs_before_the_notifications_that_follow_the_answer() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let turn_id = Arc::new(Mutex::new(None::<String>));
    let filter = {
        let turn_id = Arc::clone(&turn_id);
        NotificationFilter::custom(move |meta| {
            let known = turn_id.lock().expect("lock").clone();
            known.is_some() && meta.turn_id == known.as_deref()
        })
    };
    let mut stream = connection.subscribe(filter).await.expect("subscribe");
    let call = tokio::spawn({
        let connection = connection.clone();
        let turn_id = Arc::clone(&turn_id);
        async move {
            connection
                .request_with_hook::<requests::ModelList>(ModelListParams::default(), move |page| {
                    *turn_id.lock().expect("lock") = page.next_cursor.clone();
                })
                .await
        }
    });
    let request = server.receive().await;
    // The answer and the first notification it enables, back to back.
    server
        .answer(&request, json!({"data": [], "nextCursor": "turn-1"}))
        .await;
    server.send(&delta("thread-1", "right after")).await;
    call.await.expect("task").expect("answered");
    let first = next_message(&mut stream).await;
    assert!(
        matches!(&first.notification, ServerNotification::ItemAgentMessageDelta(d) if d.delta == "right after"),
        "{first:?}"
    );
}
