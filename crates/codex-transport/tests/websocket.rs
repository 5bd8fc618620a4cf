//! The WebSocket client against an in-process WebSocket server (tokio-tungstenite on loopback)
//! that sends crafted frames: one message is one message whatever its whitespace or fragments,
//! a frame of several lines gives each, an oversized message fails its request naming the
//! limit, pings and closes are answered, shutdown closes with a handshake, and a bearer token
//! goes in clear only to loopback hosts.

use std::time::Duration;

use codex_transport::{
    Connection, ConnectionOptions, DEFAULT_MAX_LINE_BYTES, Error, NotificationFilter,
    ProtocolErrors, Transport, WebSocketOptions,
};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::{CloseFrame, Frame};
use tokio_tungstenite::tungstenite::{Bytes, Message};

/// How long a test waits for what should happen at once before it fails.
const PATIENCE: Duration = Duration::from_secs(30);

/// A loopback listener for the test's WebSocket server.
async fn listener_on(ip: &str) -> (TcpListener, u16) {
    let listener = TcpListener::bind((ip, 0))
        .await
        .expect("binding a loopback port");
    let port = listener.local_addr().expect("its address").port();
    (listener, port)
}

/// What the server saw of the client's upgrade request.
#[derive(Debug, Default, Clone)]
struct Upgrade {
    path: String,
    authorization: Option<String>,
}

/// Accepts one WebSocket connection, keeping what its upgrade request said.
// tungstenite's callback type returns an HTTP response as its error: not ours to shrink.
#[allow(clippy::result_large_err)]
async fn accept(listener: &TcpListener) -> (WebSocketStream<TcpStream>, Upgrade) {
    let (tcp, _) = tokio::time::timeout(PATIENCE, listener.accept())
        .await
        .expect("a connection in time")
        .expect("accepting");
    let mut seen = Upgrade::default();
    let callback = |request: &Request, response: Response| {
        seen.path = request.uri().path().to_owned();
        seen.authorization = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok(response)
    };
    // The server side may read and write messages of any size: the limits under test are
    // the client's.
    let config = WebSocketConfig::default()
        .max_message_size(None)
        .max_frame_size(None);
    let socket = tokio_tungstenite::accept_hdr_async_with_config(tcp, callback, Some(config))
        .await
        .expect("the WebSocket handshake");
    (socket, seen)
}

/// The next request the client sent: its id and method.
async fn next_request(socket: &mut WebSocketStream<TcpStream>) -> (Value, String) {
    loop {
        let message = tokio::time::timeout(PATIENCE, socket.next())
            .await
            .expect("a request in time")
            .expect("the client is still there")
            .expect("a valid frame");
        if let Message::Text(text) = message {
            let request: Value = serde_json::from_str(&text).expect("the client sends JSON");
            let method = request["method"].as_str().unwrap_or_default().to_owned();
            return (request["id"].clone(), method);
        }
    }
}

/// A client connection to the test server (started first, so the accept can run meanwhile).
fn client(url: String, options: ConnectionOptions) -> tokio::task::JoinHandle<Connection> {
    tokio::spawn(async move {
        let transport = Transport::connect_websocket(&url, None)
            .await
            .expect("connecting");
        Connection::start(transport, options)
    })
}

async fn request(connection: &Connection, method: &str) -> codex_transport::Result<Value> {
    tokio::time::timeout(PATIENCE, connection.request_value(method, json!({})))
        .await
        .expect("an outcome in time")
}

fn text_frame(opcode: Data, text: &str, fin: bool) -> Message {
    Message::Frame(Frame::message(text.to_owned(), OpCode::Data(opcode), fin))
}

#[tokio::test]
async fn a_pretty_printed_or_fragmented_frame_is_one_message() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(format!("ws://127.0.0.1:{port}"), ConnectionOptions::new());
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");

    let result = json!({"text": "two\nlines\r\n", "list": [1, 2, {"deep": true}]});
    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/pretty").await })
    };
    let (id, method) = next_request(&mut socket).await;
    assert_eq!(method, "test/pretty");
    let pretty = serde_json::to_string_pretty(&json!({"id": id, "result": result}))
        .expect("encoding")
        .replace('\n', "\r\n");
    assert!(pretty.matches('\n').count() > 5, "many lines: {pretty}");
    socket.send(Message::text(pretty)).await.expect("sending");
    let answer = pending.await.expect("the request task").expect("answered");
    assert_eq!(
        answer, result,
        "escaped line breaks inside strings are kept"
    );

    // The same message in three fragments, with a ping between two of them.
    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/fragments").await })
    };
    let (id, _) = next_request(&mut socket).await;
    let pretty =
        serde_json::to_string_pretty(&json!({"id": id, "result": result})).expect("encoding");
    let (head, rest) = pretty.split_at(pretty.len() / 3);
    let (middle, tail) = rest.split_at(rest.len() / 2);
    socket
        .feed(text_frame(Data::Text, head, false))
        .await
        .expect("sending");
    socket
        .feed(Message::Ping(Bytes::from_static(b"between")))
        .await
        .expect("sending");
    socket
        .feed(text_frame(Data::Continue, middle, false))
        .await
        .expect("sending");
    socket
        .feed(text_frame(Data::Continue, tail, true))
        .await
        .expect("sending");
    socket.flush().await.expect("flushing");
    let answer = pending.await.expect("the request task").expect("answered");
    assert_eq!(answer, result);
    let pong = tokio::time::timeout(PATIENCE, socket.next())
        .await
        .expect("in time");
    assert!(
        matches!(&pong, Some(Ok(Message::Pong(payload))) if payload.as_ref() == b"between"),
        "the ping is answered with its payload: {pong:?}"
    );
}

#[tokio::test]
async fn a_message_over_the_line_limit_fails_its_request_naming_the_limit() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(format!("ws://127.0.0.1:{port}"), ConnectionOptions::new());
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");

    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/huge").await })
    };
    let (id, _) = next_request(&mut socket).await;
    let huge = format!(
        "{{\"id\":{id},\"result\":\"{}\"}}",
        "x".repeat(DEFAULT_MAX_LINE_BYTES + 1024)
    );
    socket.send(Message::text(huge)).await.expect("sending");
    let err = pending
        .await
        .expect("the request task")
        .expect_err("too long");
    assert!(
        matches!(err, Error::LineTooLong { limit } if limit == DEFAULT_MAX_LINE_BYTES),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains(&DEFAULT_MAX_LINE_BYTES.to_string())
            && err.to_string().contains("max_line_bytes"),
        "the error names the limit and how to raise it: {err}"
    );

    // The connection lives on.
    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/after").await })
    };
    let (id, method) = next_request(&mut socket).await;
    assert_eq!(method, "test/after");
    socket
        .send(Message::text(
            json!({"id": id, "result": "fine"}).to_string(),
        ))
        .await
        .expect("sending");
    assert_eq!(
        pending.await.expect("task").expect("answered"),
        json!("fine")
    );

    fragments_over_a_small_limit().await;
}

/// The limit is the connection's own (`max_line_bytes`), and counts every fragment.
async fn fragments_over_a_small_limit() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(
        format!("ws://127.0.0.1:{port}"),
        ConnectionOptions::new().max_line_bytes(1000),
    );
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");
    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/fragments").await })
    };
    let (id, _) = next_request(&mut socket).await;
    // Each fragment is small; together they are over the limit.
    socket
        .feed(text_frame(
            Data::Text,
            &format!("{{\"id\":{id},\"result\":\""),
            false,
        ))
        .await
        .expect("sending");
    for _ in 0..4 {
        socket
            .feed(text_frame(Data::Continue, &"y".repeat(400), false))
            .await
            .expect("sending");
    }
    socket
        .feed(text_frame(Data::Continue, "\"}", true))
        .await
        .expect("sending");
    socket.flush().await.expect("flushing");
    let err = pending
        .await
        .expect("the request task")
        .expect_err("too long");
    assert!(matches!(err, Error::LineTooLong { limit: 1000 }), "{err:?}");
}

#[tokio::test]
async fn a_close_from_the_server_is_answered_and_ends_the_connection_saying_why() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(format!("ws://127.0.0.1:{port}"), ConnectionOptions::new());
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");
    let pending = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/never").await })
    };
    let _ = next_request(&mut socket).await;
    socket
        .send(Message::Close(Some(CloseFrame {
            code: 1001.into(),
            reason: "restarting".into(),
        })))
        .await
        .expect("sending the close");
    let err = pending
        .await
        .expect("the request task")
        .expect_err("closed");
    let Error::Closed(reason) = &err else {
        panic!("expected Closed, got {err:?}")
    };
    assert!(
        reason
            .cause
            .contains("the server closed the WebSocket (code 1001: restarting)"),
        "{reason}"
    );
    // The client answered the close: the server's stream ends cleanly.
    let answer = tokio::time::timeout(PATIENCE, socket.next())
        .await
        .expect("in time");
    assert!(
        matches!(&answer, Some(Ok(Message::Close(Some(frame)))) if u16::from(frame.code) == 1001),
        "the close is echoed: {answer:?}"
    );
}

#[tokio::test]
async fn a_frame_of_several_lines_gives_each_message() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(format!("ws://127.0.0.1:{port}"), ConnectionOptions::new());
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");
    let mut stream = connection
        .subscribe(NotificationFilter::all())
        .await
        .expect("subscribing");
    let first = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/first").await })
    };
    let (first_id, _) = next_request(&mut socket).await;
    let second = {
        let connection = connection.clone();
        tokio::spawn(async move { request(&connection, "test/second").await })
    };
    let (second_id, _) = next_request(&mut socket).await;
    // One text frame: a notification and an answer on a line each, then an answer
    // pretty-printed over several lines, as a server that batches lines could send them.
    let delta = json!({"method": "item/agentMessage/delta", "params": {
        "threadId": "thread-1", "turnId": "turn-1", "itemId": "item-1", "delta": "hi"
    }});
    let pretty = serde_json::to_string_pretty(&json!({"id": second_id, "result": {"n": 2}}))
        .expect("encoding");
    let frame = format!(
        "{delta}\n{}\n{pretty}\n",
        json!({"id": first_id, "result": {"n": 1}})
    );
    assert!(frame.matches('\n').count() > 3, "{frame}");
    socket.send(Message::text(frame)).await.expect("sending");
    assert_eq!(
        first.await.expect("the request task").expect("answered"),
        json!({"n": 1})
    );
    assert_eq!(
        second.await.expect("the request task").expect("answered"),
        json!({"n": 2})
    );
    let notification = tokio::time::timeout(PATIENCE, stream.next())
        .await
        .expect("in time")
        .expect("an item")
        .expect("decodes");
    assert_eq!(
        notification.notification.method(),
        "item/agentMessage/delta"
    );
    assert_eq!(connection.protocol_errors(), ProtocolErrors::default());
}

#[tokio::test]
async fn shutdown_closes_the_websocket_with_a_handshake() {
    let (listener, port) = listener_on("127.0.0.1").await;
    let connecting = client(format!("ws://127.0.0.1:{port}"), ConnectionOptions::new());
    let (mut socket, _) = accept(&listener).await;
    let connection = connecting.await.expect("the client task");
    let closing = {
        let connection = connection.clone();
        tokio::spawn(async move { connection.shutdown(Duration::from_secs(10)).await })
    };
    // The client's close comes first; reading it makes the server answer it.
    let close = tokio::time::timeout(PATIENCE, socket.next())
        .await
        .expect("in time");
    assert!(
        matches!(&close, Some(Ok(Message::Close(Some(frame)))) if u16::from(frame.code) == 1001),
        "the client closes as going away: {close:?}"
    );
    let reason = tokio::time::timeout(PATIENCE, closing)
        .await
        .expect("shutdown in time")
        .expect("the shutdown task");
    assert_eq!(reason.cause, "the connection was shut down");
    // After the handshake the client ended the stream: the server sees a clean end.
    let after = tokio::time::timeout(PATIENCE, socket.next())
        .await
        .expect("in time");
    assert!(after.is_none(), "nothing after the close: {after:?}");
}

#[tokio::test]
async fn a_token_goes_in_clear_only_to_loopback_hosts() {
    let token = "cleartext-token-7c1e";
    let (listener, port) = listener_on("127.0.0.1").await;

    // 0.0.0.0 reaches this machine's listener on Linux, but by its name it is not loopback:
    // the rule goes by the host the URL names, before anything is sent.
    let refused = tokio::time::timeout(
        PATIENCE,
        Transport::connect_websocket(&format!("ws://0.0.0.0:{port}/first"), Some(token)),
    )
    .await
    .expect("refused at once")
    .expect_err("a token in clear to a host that is not loopback");
    let Error::Connect { reason, .. } = &refused else {
        panic!("expected Connect, got {refused:?}")
    };
    assert!(
        reason.contains("wss://") && reason.contains("danger_allow_cleartext_token"),
        "the error says what to do: {reason}"
    );
    assert!(!refused.to_string().contains(token), "{refused}");
    assert!(!format!("{refused:?}").contains(token), "{refused:?}");

    // Nothing reached the server: the first connection it sees is the next one.
    let allowed = tokio::spawn({
        let url = format!("ws://127.0.0.1:{port}/second");
        async move { Transport::connect_websocket(&url, Some(token)).await }
    });
    let (_socket, seen) = accept(&listener).await;
    assert_eq!(seen.path, "/second", "the refused attempt sent nothing");
    assert_eq!(
        seen.authorization.as_deref(),
        Some(&*format!("Bearer {token}"))
    );
    allowed.await.expect("task").expect("loopback by address");

    for host in ["localhost", "LOCALHOST"] {
        let url = format!("ws://{host}:{port}/by-name");
        let joining =
            tokio::spawn(async move { Transport::connect_websocket(&url, Some(token)).await });
        let (_socket, seen) = accept(&listener).await;
        assert_eq!(
            seen.authorization.as_deref(),
            Some(&*format!("Bearer {token}"))
        );
        joining.await.expect("task").expect("loopback by name");
    }

    // Anywhere in 127.0.0.0/8 is this machine.
    let (other_loopback, other_port) = listener_on("127.0.0.2").await;
    let url = format!("ws://127.0.0.2:{other_port}/");
    let joining =
        tokio::spawn(async move { Transport::connect_websocket(&url, Some(token)).await });
    let (_socket, seen) = accept(&other_loopback).await;
    assert_eq!(
        seen.authorization.as_deref(),
        Some(&*format!("Bearer {token}"))
    );
    joining.await.expect("task").expect("127.0.0.2 is loopback");

    // The loudly named opt-in sends it anyway.
    let options = WebSocketOptions::new()
        .bearer_token(token)
        .danger_allow_cleartext_token(true);
    let url = format!("ws://0.0.0.0:{port}/opted-in");
    let joining =
        tokio::spawn(async move { Transport::connect_websocket_with(&url, &options).await });
    let (_socket, seen) = accept(&listener).await;
    assert_eq!(seen.path, "/opted-in");
    assert_eq!(
        seen.authorization.as_deref(),
        Some(&*format!("Bearer {token}"))
    );
    joining.await.expect("task").expect("opted in");

    // Without a token there is nothing to protect: any host.
    let url = format!("ws://0.0.0.0:{port}/no-token");
    let joining = tokio::spawn(async move { Transport::connect_websocket(&url, None).await });
    let (_socket, seen) = accept(&listener).await;
    assert_eq!(
        (seen.path.as_str(), seen.authorization),
        ("/no-token", None)
    );
    joining.await.expect("task").expect("no token");
}

#[tokio::test]
async fn errors_show_the_url_without_its_credentials_or_query() {
    let err = Transport::connect_websocket("ws://user:SECRET-1@127.0.0.1:1/x?token=SECRET-2", None)
        .await
        .expect_err("credentials in the URL are refused");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(
        shown.contains("bearer_token"),
        "says how to give a token: {shown}"
    );
    let err = Transport::connect_websocket("http://127.0.0.1:1/?SECRET-3", None)
        .await
        .expect_err("not a WebSocket URL");
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains("SECRET") && shown.contains("ws://"),
        "{shown}"
    );
}
