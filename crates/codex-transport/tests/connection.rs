//! The connection against an in-memory fake server: routing of answers, notifications,
//! server requests, bad input, and closing.

mod fake_server;

use std::sync::Arc;
use std::time::Duration;

use codex_protocol::{ModelListParams, ServerNotification, ServerRequest, requests};
use codex_transport::{ConnectionOptions, Error, ErrorCode, NotificationFilter, RpcError};
use fake_server::{
    PATIENCE, approval_request, connect, delta, next_message, notification, request_in_background,
};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_concurrent_requests_answered_out_of_order_reach_their_callers() {
    const COUNT: u64 = 10_000;
    let (connection, mut server) = connect(ConnectionOptions::new());
    let callers: Vec<_> = (0..COUNT)
        .map(|n| {
            let connection = connection.clone();
            tokio::spawn(async move {
                (
                    n,
                    connection
                        .request_value("test/echo", json!({ "n": n }))
                        .await,
                )
            })
        })
        .collect();
    let mut requests = Vec::new();
    for _ in 0..COUNT {
        requests.push(server.receive().await);
    }
    // A fixed shuffle: every 7th of the batch, wrapping, so neighbours are answered far apart.
    let order = (0..COUNT).map(|i| (i * 7_919) % COUNT);
    for index in order {
        let request = &requests[usize::try_from(index).expect("fits")];
        let n = request["params"]["n"].clone();
        server.answer(request, json!({ "n": n })).await;
    }
    for caller in callers {
        let (n, answer) = caller.await.expect("caller task");
        let answer = answer.unwrap_or_else(|err| panic!("request {n} failed: {err}"));
        assert_eq!(
            answer,
            json!({ "n": n }),
            "request {n} got another caller's answer"
        );
    }
    assert_eq!(connection.protocol_errors().unknown_response_ids, 0);
}

#[tokio::test]
async fn a_typed_request_sends_its_method_and_decodes_its_response() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let params = ModelListParams::new().with_limit(5);
    let call = tokio::spawn(async move { connection.request::<requests::ModelList>(params).await });
    let request = server.receive().await;
    assert_eq!(request["method"], "model/list");
    assert_eq!(request["params"]["limit"], 5);
    server
        .answer(&request, json!({"data": [], "nextCursor": "page-2"}))
        .await;
    let response = call.await.expect("task").expect("model/list");
    assert_eq!(response.next_cursor.as_deref(), Some("page-2"));
    assert!(response.data.is_empty());
}

#[tokio::test]
async fn a_request_without_params_leaves_the_member_out() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let call = tokio::spawn(async move { connection.request::<requests::AccountLogout>(()).await });
    let request = server.receive().await;
    assert_eq!(request["method"], "account/logout");
    assert!(
        request.get("params").is_none(),
        "no params expected: {request}"
    );
    server.answer(&request, json!({})).await;
    call.await.expect("task").expect("account/logout");
}

#[tokio::test]
async fn a_json_rpc_error_keeps_code_message_data_and_method() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let overloaded = request_in_background(&connection, "thread/start");
    let request = server.receive().await;
    let error =
        json!({"code": -32001, "message": "Server overloaded; retry later.", "data": {"queue": 9}});
    server
        .send(&json!({"id": request["id"], "error": error}))
        .await;
    let err = overloaded
        .await
        .expect("task")
        .expect_err("an error answer");
    let Error::Rpc { method, error } = &err else {
        panic!("expected Error::Rpc, got {err:?}")
    };
    assert_eq!(method, "thread/start");
    assert_eq!(error.code, ErrorCode::SERVER_OVERLOADED);
    assert_eq!(error.message, "Server overloaded; retry later.");
    assert_eq!(error.data, Some(json!({"queue": 9})));
    assert!(err.is_retryable(), "overload is retryable");

    let invalid =
        tokio::spawn(async move { connection.request_value("thread/read", json!({})).await });
    let request = server.receive().await;
    server
        .send(
            &json!({"id": request["id"], "error": {"code": -32602, "message": "missing threadId"}}),
        )
        .await;
    let err = invalid.await.expect("task").expect_err("an error answer");
    assert!(
        matches!(&err, Error::Rpc { error, .. } if error.code == ErrorCode::INVALID_PARAMS),
        "{err:?}"
    );
    assert!(!err.is_retryable(), "invalid params is not retryable");
}

#[tokio::test]
async fn a_response_that_does_not_fit_the_type_is_a_decode_error_naming_the_method() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let call = tokio::spawn(async move {
        connection
            .request::<requests::ModelList>(ModelListParams::default())
            .await
    });
    let request = server.receive().await;
    server.answer(&request, json!({"data": "not a list"})).await;
    let err = call.await.expect("task").expect_err("a decode error");
    assert!(
        matches!(&err, Error::Decode { method, .. } if method == "model/list"),
        "{err:?}"
    );
}

#[tokio::test]
async fn garbage_lines_and_unknown_ids_are_counted_and_the_connection_goes_on() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    server.send_raw(b"this is not json").await;
    server.send_raw(b"{\"neither\": \"method nor id\"}").await;
    server.send_raw(b"\xff\xfe not utf-8").await;
    server.send(&json!({"id": 424_242, "result": {}})).await;
    let call = request_in_background(&connection, "test/after");
    let request = server.receive().await;
    server.answer(&request, json!({"still": "working"})).await;
    assert_eq!(
        call.await
            .expect("task")
            .expect("the request after the garbage"),
        json!({"still": "working"})
    );
    let errors = connection.protocol_errors();
    assert_eq!(errors.malformed_lines, 3, "{errors:?}");
    assert_eq!(errors.unknown_response_ids, 1, "{errors:?}");
    assert!(
        errors
            .last
            .as_deref()
            .is_some_and(|last| last.contains("424242")),
        "{errors:?}"
    );
}

#[tokio::test]
async fn a_20_mb_line_is_delivered_whole() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let big = "x".repeat(20 * 1024 * 1024);
    server.send(&delta("thread-1", &big)).await;
    let message = next_message(&mut stream).await;
    let ServerNotification::ItemAgentMessageDelta(params) = message.notification else {
        panic!("expected a delta, got {:?}", message.notification.method());
    };
    assert_eq!(params.delta.len(), big.len());
    assert_eq!(message.emitted_at_ms, Some(1_795_566_653_380));
}

#[tokio::test]
async fn a_line_over_the_limit_is_skipped_and_the_connection_goes_on() {
    let (connection, mut server) = connect(ConnectionOptions::new().max_line_bytes(1024 * 1024));
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    server
        .send(&delta("thread-1", &"y".repeat(2 * 1024 * 1024)))
        .await;
    server.send(&delta("thread-1", "small")).await;
    let message = next_message(&mut stream).await;
    let ServerNotification::ItemAgentMessageDelta(params) = message.notification else {
        panic!("expected a delta, got {:?}", message.notification.method());
    };
    assert_eq!(
        params.delta, "small",
        "the oversized line must be skipped, not cut"
    );
    assert_eq!(connection.protocol_errors().oversized_lines, 1);
    let call = tokio::spawn(async move { connection.request_value("test/after", json!({})).await });
    let request = server.receive().await;
    server.answer(&request, json!(true)).await;
    assert_eq!(
        call.await
            .expect("task")
            .expect("the request after the long line"),
        json!(true)
    );
}

#[tokio::test]
async fn an_answer_over_the_limit_fails_its_request_instead_of_leaving_it_waiting() {
    let (connection, mut server) = connect(ConnectionOptions::new().max_line_bytes(1024 * 1024));
    let call = request_in_background(&connection, "thread/read");
    let request = server.receive().await;
    server
        .answer(&request, json!({"blob": "z".repeat(2 * 1024 * 1024)}))
        .await;
    let err = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the request must not wait forever")
        .expect("task");
    let err = err.expect_err("the answer was dropped");
    assert!(
        matches!(err, Error::LineTooLong { limit } if limit == 1024 * 1024),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("max_line_bytes"),
        "the message says what to do: {err}"
    );
    // The connection goes on.
    let next = tokio::spawn(async move { connection.request_value("test/after", json!({})).await });
    let request = server.receive().await;
    server.answer(&request, json!("fine")).await;
    assert_eq!(next.await.expect("task").expect("request"), json!("fine"));
}

#[tokio::test]
async fn notifications_arrive_in_order_filtered_by_thread_when_subscribed_before_the_request() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut mine = connection
        .subscribe(NotificationFilter::thread("thread-a"))
        .await
        .expect("subscribe");
    let mut everything = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let call = tokio::spawn({
        let connection = connection.clone();
        async move {
            connection
                .request_value("turn/start", json!({"threadId": "thread-a"}))
                .await
        }
    });
    let request = server.receive().await;
    // The server streams events before it answers, as the real one does.
    for i in 0..50 {
        let thread = if i % 3 == 0 { "thread-b" } else { "thread-a" };
        server.send(&delta(thread, &format!("{i}"))).await;
    }
    server
        .send(&notification(
            "account/rateLimits/updated",
            json!({"rateLimits": {}}),
        ))
        .await;
    server.answer(&request, json!({})).await;
    call.await.expect("task").expect("turn/start");
    let expected: Vec<String> = (0..50)
        .filter(|i| i % 3 != 0)
        .map(|i| i.to_string())
        .collect();
    let mut seen = Vec::new();
    while seen.len() < expected.len() {
        let item = tokio::time::timeout(PATIENCE, mine.next())
            .await
            .expect("in time")
            .expect("an item");
        let message = item.expect("decodes");
        assert_eq!(message.notification.thread_id(), Some("thread-a"));
        if let ServerNotification::ItemAgentMessageDelta(params) = message.notification {
            seen.push(params.delta);
        }
    }
    assert_eq!(seen, expected);
    let mut total = 0;
    while total < 51 {
        next_message(&mut everything).await;
        total += 1;
    }
}

/// Streams get their items in batches; a batch still goes out before any answer that came
/// after its items, so whoever awaits the answer finds them already in the stream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notifications_sent_before_an_answer_are_in_the_stream_when_the_answer_arrives() {
    use futures_util::FutureExt as _;
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let call = request_in_background(&connection, "thread/read");
    let request = server.receive().await;
    let id = request["id"].clone();
    // The notifications and the answer in one write: read together, handled together.
    let mut bytes = Vec::new();
    for i in 0..20 {
        bytes.extend_from_slice(delta("t", &i.to_string()).to_string().as_bytes());
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(json!({"id": id, "result": {}}).to_string().as_bytes());
    bytes.push(b'\n');
    server.send_raw(&bytes).await;
    call.await.expect("task").expect("the answer");
    for i in 0..20 {
        let item = stream
            .next()
            .now_or_never()
            .unwrap_or_else(|| panic!("notification {i} was not in the stream before the answer"));
        let message = item.expect("an item").expect("decodes");
        let ServerNotification::ItemAgentMessageDelta(params) = message.notification else {
            panic!("not a delta: {:?}", message.notification);
        };
        assert_eq!(params.delta, i.to_string());
    }
}

#[tokio::test]
async fn a_slow_consumer_slows_the_reader_and_loses_nothing() {
    let (connection, mut server) = connect(ConnectionOptions::new().buffer_bytes(1024));
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let call = request_in_background(&connection, "test/after");
    let request = server.receive().await;
    // 2,000 notifications (far more than 1 KiB), then the answer behind them.
    let producer = tokio::spawn(async move {
        for i in 0..2_000 {
            server.send(&delta("thread-1", &i.to_string())).await;
        }
        server.answer(&request, json!("after")).await;
        server
    });
    // Unread, the stream holds the whole budget: the reader stops, so the answer waits.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !call.is_finished(),
        "the reader must stop while the budget is spent"
    );
    for i in 0..2_000 {
        let message = next_message(&mut stream).await;
        let ServerNotification::ItemAgentMessageDelta(params) = message.notification else {
            panic!("expected a delta");
        };
        assert_eq!(
            params.delta,
            i.to_string(),
            "notification {i} lost or out of order"
        );
    }
    let answer = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("answered once read")
        .expect("task");
    assert_eq!(answer.expect("request"), json!("after"));
    producer.await.expect("producer");
}

#[tokio::test]
async fn a_stream_read_late_does_not_hold_up_another_within_the_budget() {
    // Two turns at once, read one after the other: the second's 5,000 events wait in its
    // stream (well within the byte budget) while the first is read to its end.
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut first = connection
        .subscribe(NotificationFilter::thread("first"))
        .await
        .expect("subscribe");
    let mut second = connection
        .subscribe(NotificationFilter::thread("second"))
        .await
        .expect("subscribe");
    let producer = tokio::spawn(async move {
        for i in 0..5_000 {
            server.send(&delta("second", &i.to_string())).await;
        }
        for i in 0..10 {
            server.send(&delta("first", &i.to_string())).await;
        }
        server
    });
    for i in 0..10 {
        let message = tokio::time::timeout(PATIENCE, first.next())
            .await
            .expect("the first stream is not held up");
        let ServerNotification::ItemAgentMessageDelta(params) =
            message.expect("an item").expect("decodes").notification
        else {
            panic!("expected a delta");
        };
        assert_eq!(params.delta, i.to_string());
    }
    for i in 0..5_000 {
        let message = next_message(&mut second).await;
        let ServerNotification::ItemAgentMessageDelta(params) = message.notification else {
            panic!("expected a delta")
        };
        assert_eq!(params.delta, i.to_string(), "the late stream lost nothing");
    }
    producer.await.expect("producer");
}

#[tokio::test]
async fn a_dropped_subscription_does_not_hold_up_the_connection() {
    let (connection, mut server) = connect(ConnectionOptions::new().buffer_bytes(200));
    let stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    drop(stream);
    for i in 0..20 {
        server.send(&delta("thread-1", &i.to_string())).await;
    }
    let call = tokio::spawn(async move { connection.request_value("test/after", json!({})).await });
    let request = server.receive().await;
    server.answer(&request, json!(1)).await;
    assert_eq!(call.await.expect("task").expect("request"), json!(1));
}

#[tokio::test]
async fn without_a_handler_every_server_request_is_refused_so_the_server_never_waits() {
    let (_connection, mut server) = connect(ConnectionOptions::new());
    server.send(&approval_request(3)).await;
    let answer = server.receive().await;
    assert_eq!(answer["id"], 3);
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    server
        .send(&json!({"id": "req-9", "method": "future/askSomething", "params": {"x": 1}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(answer["id"], "req-9", "a string id is echoed as it came");
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
}

#[tokio::test]
async fn with_a_handler_unknown_methods_reach_it_bad_params_are_refused_and_known_ones_answered() {
    let handler = |message: codex_protocol::ServerRequestMessage| async move {
        match message.request {
            ServerRequest::ItemCommandExecutionRequestApproval(params) => {
                Ok(json!({"decision": "accept", "echo": params.command}))
            }
            other => Err(RpcError {
                code: ErrorCode::INTERNAL_ERROR,
                message: other.method().to_owned(),
                data: None,
            }),
        }
    };
    let (_connection, mut server) =
        connect(ConnectionOptions::new().server_request_handler(handler));
    server
        .send(&json!({"id": 1, "method": "future/askSomething", "params": {}}))
        .await;
    let answer = server.receive().await;
    assert_eq!(
        (answer["id"].clone(), answer["error"]["message"].clone()),
        (json!(1), json!("future/askSomething")),
        "a method newer than the SDK reaches the handler, which decides: {answer}"
    );
    server.send(&json!({"id": 2, "method": "item/commandExecution/requestApproval", "params": {"threadId": 5}})).await;
    let answer = server.receive().await;
    assert_eq!(
        (answer["id"].clone(), answer["error"]["code"].clone()),
        (json!(2), json!(-32602)),
        "{answer}"
    );
    server.send(&approval_request(3)).await;
    let answer = server.receive().await;
    assert_eq!(
        answer,
        json!({"id": 3, "result": {"decision": "accept", "echo": "echo hi"}})
    );
}

#[tokio::test]
async fn a_slow_server_request_handler_does_not_block_other_traffic() {
    // The handler takes as long as the test wants: it answers only once the test has seen a
    // request answered and a notification delivered. If the handler held up the connection,
    // neither could happen and the test would fail on its timeouts.
    let gate = Arc::new(tokio::sync::Notify::new());
    let handler = {
        let gate = Arc::clone(&gate);
        move |_message: codex_protocol::ServerRequestMessage| {
            let gate = Arc::clone(&gate);
            async move {
                gate.notified().await;
                tokio::time::sleep(Duration::from_millis(50)).await;
                Ok(json!({"decision": "decline"}))
            }
        }
    };
    let (connection, mut server) =
        connect(ConnectionOptions::new().server_request_handler(handler));
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    server.send(&approval_request(0)).await;
    server
        .send(&delta("thread-1", "while the handler thinks"))
        .await;
    let delivered = tokio::time::timeout(PATIENCE, stream.next())
        .await
        .expect("the notification must not wait for the handler");
    assert!(delivered.expect("an item").is_ok());
    let call = request_in_background(&connection, "test/meanwhile");
    let request = server.receive().await;
    assert_eq!(
        request["method"], "test/meanwhile",
        "the handler must not have answered yet"
    );
    server.answer(&request, json!("done")).await;
    let answered = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("the request must not wait for the handler");
    assert_eq!(answered.expect("task").expect("request"), json!("done"));
    gate.notify_one();
    let answer = server.receive().await;
    assert_eq!(answer, json!({"id": 0, "result": {"decision": "decline"}}));
}

#[tokio::test]
async fn when_the_server_closes_waiters_and_subscriptions_end_with_closed() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    let call = request_in_background(&connection, "turn/start");
    server.receive().await;
    server.send(&delta("thread-1", "last words")).await;
    server.close_output().await;
    let err = tokio::time::timeout(PATIENCE, call)
        .await
        .expect("in time")
        .expect("task")
        .expect_err("closed");
    assert!(
        matches!(&err, Error::Closed(reason) if reason.cause.contains("closed its output")),
        "{err:?}"
    );
    let first = stream
        .next()
        .await
        .expect("the delta sent before the close");
    assert!(
        first.is_ok(),
        "what came before the close is still delivered"
    );
    let last = stream.next().await.expect("the close itself");
    assert!(matches!(last, Err(Error::Closed(_))), "{last:?}");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after Closed"
    );
    let after = connection
        .request_value("test/after", json!({}))
        .await
        .expect_err("closed");
    assert!(matches!(after, Error::Closed(_)), "{after:?}");
    assert!(connection.close_reason().is_some());
}

#[tokio::test]
async fn a_request_times_out_and_a_late_answer_is_ignored() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let call = tokio::spawn({
        let connection = connection.clone();
        async move {
            connection
                .request_with_timeout::<requests::ModelList>(
                    ModelListParams::default(),
                    Duration::from_millis(50),
                )
                .await
        }
    });
    let request = server.receive().await;
    let err = call.await.expect("task").expect_err("timeout");
    assert!(
        matches!(&err, Error::Timeout { method, .. } if method == "model/list"),
        "{err:?}"
    );
    server.answer(&request, json!({"data": []})).await;
    let next = tokio::spawn(async move { connection.request_value("test/after", json!({})).await });
    let request = server.receive().await;
    server.answer(&request, json!(2)).await;
    assert_eq!(next.await.expect("task").expect("request"), json!(2));
}

#[tokio::test]
async fn a_notification_with_bad_params_is_a_decode_error_in_the_stream_which_goes_on() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::thread("thread-1"))
        .await
        .expect("subscribe");
    server
        .send(&notification(
            "item/agentMessage/delta",
            json!({"threadId": "thread-1", "delta": 5}),
        ))
        .await;
    server.send(&delta("thread-1", "fine")).await;
    let bad = stream.next().await.expect("an item");
    assert!(
        matches!(&bad, Err(Error::Decode { method, .. }) if method == "item/agentMessage/delta"),
        "{bad:?}"
    );
    let good = stream.next().await.expect("an item").expect("decodes");
    assert_eq!(good.notification.method(), "item/agentMessage/delta");
}

#[tokio::test]
async fn an_undecodable_notification_reaches_the_turn_it_names_with_its_ids() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::custom(|meta| {
            meta.turn_id == Some("turn-2")
        }))
        .await
        .expect("subscribe");
    let other = json!({"threadId": "thread-1", "turn": {"id": "turn-1", "status": 3}});
    server.send(&notification("turn/completed", other)).await;
    let ours = json!({"threadId": "thread-1", "turn": {"id": "turn-2", "status": 3}});
    server.send(&notification("turn/completed", ours)).await;
    // Without the ids read from the raw params, this would be the first item.
    let fine = json!({"threadId": "thread-1", "turnId": "turn-2"});
    server.send(&notification("future/thing", fine)).await;
    let bad = stream.next().await.expect("an item");
    let Err(Error::Decode {
        method,
        raw: Some(raw),
        thread_id,
        turn_id,
        ..
    }) = &bad
    else {
        panic!("expected a decode error, got {bad:?}");
    };
    assert_eq!(method, "turn/completed");
    assert!(raw.contains("turn-2"), "{raw}");
    assert_eq!(thread_id.as_deref(), Some("thread-1"));
    assert_eq!(turn_id.as_deref(), Some("turn-2"));
}

#[tokio::test]
async fn an_unknown_notification_method_is_delivered_as_unknown() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribe");
    server
        .send(&notification(
            "future/thing",
            json!({"threadId": "t", "new": true}),
        ))
        .await;
    let message = stream.next().await.expect("an item").expect("decodes");
    let ServerNotification::Unknown { method, params } = message.notification else {
        panic!("expected Unknown");
    };
    assert_eq!(
        (method.as_str(), params),
        ("future/thing", json!({"threadId": "t", "new": true}))
    );
}

#[tokio::test]
async fn notify_sends_a_message_without_an_id() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    connection
        .notify::<codex_protocol::client_notifications::Initialized>(())
        .await
        .expect("notify");
    assert_eq!(server.receive().await, json!({"method": "initialized"}));
}

#[tokio::test]
async fn a_request_carries_the_trace_context_its_source_gives_and_none_without_one() {
    let (connection, mut server) = connect(ConnectionOptions::new());
    let plain = request_in_background(&connection, "test/plain");
    let request = server.receive().await;
    assert!(request.get("trace").is_none(), "{request}");
    server.answer(&request, json!({})).await;
    plain.await.expect("caller task").expect("answered");

    let traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    let options = ConnectionOptions::new().trace_context(move || {
        Some(codex_protocol::W3cTraceContext::new().with_traceparent(traceparent))
    });
    let (connection, mut server) = connect(options);
    let traced = request_in_background(&connection, "test/traced");
    let request = server.receive().await;
    assert_eq!(
        request["trace"],
        json!({ "traceparent": traceparent }),
        "{request}"
    );
    server.answer(&request, json!({})).await;
    traced.await.expect("caller task").expect("answered");
}
