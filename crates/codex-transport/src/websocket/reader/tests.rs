//! The WebSocket reader against crafted frames, in any chunks: whole messages, blank and
//! oversized ones, several in one frame, cancellation, broken frames.

use super::*;
use tokio::io::AsyncWriteExt;

/// A frame as a server sends it (unmasked).
fn frame(fin: bool, opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![u8::from(fin) << 7 | opcode];
    match payload.len() {
        len @ 0..=125 => out.push(len as u8),
        len @ 126..=0xFFFF => {
            out.push(126);
            out.extend_from_slice(&(len as u16).to_be_bytes());
        }
        len => {
            out.push(127);
            out.extend_from_slice(&(len as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(payload);
    out
}

fn text(payload: &str) -> Vec<u8> {
    frame(true, frame::TEXT, payload.as_bytes())
}

fn message(text: &str) -> Received {
    Received::Message(text.to_owned())
}

fn reader(stream: impl AsyncRead + Send + Unpin + 'static, max: usize) -> MessageReader {
    MessageReader::new(Box::new(stream), Vec::new(), max, Arc::default())
}

/// Every event until the WebSocket ends, and why it ended.
async fn read_all(reader: &mut MessageReader) -> (Vec<Received>, String) {
    let mut events = Vec::new();
    loop {
        match reader.next_message().await {
            Ok(event) => events.push(event),
            Err(why) => return (events, why.to_string()),
        }
    }
}

#[tokio::test]
async fn messages_come_whole_from_any_chunks_of_any_frames() {
    let pretty = "{\r\n  \"id\": 2,\r\n  \"result\": \"a\\nb\"\r\n}\r\n";
    let mut bytes = Vec::new();
    bytes.extend(text("{\"id\":1}"));
    bytes.extend(frame(true, frame::PING, b"hi"));
    bytes.extend(text(pretty));
    // Fragments, a ping between two of them.
    bytes.extend(frame(false, frame::TEXT, b"{\"id\""));
    bytes.extend(frame(true, frame::PING, b""));
    bytes.extend(frame(false, frame::CONTINUATION, b":3"));
    bytes.extend(frame(true, frame::CONTINUATION, b"}"));
    // Several values in one frame, one of them pretty-printed.
    bytes.extend(text("{\"id\":4}\n{\n \"id\": 5\n}\n\n{\"id\":6}\n"));
    // Lines that are not JSON: each alone, as on stdio.
    bytes.extend(text("not json\n{\"id\":7}"));
    bytes.extend(text(" \r\n "));
    bytes.extend(frame(true, frame::BINARY, b"\xff\xfe"));
    // Over the limit of 40, in one frame and in fragments; only the head is kept.
    let long = format!("{{\"id\":8,\"result\":\"{}\"}}", "x".repeat(50));
    bytes.extend(text(&long));
    bytes.extend(frame(false, frame::TEXT, &long.as_bytes()[..30]));
    bytes.extend(frame(true, frame::CONTINUATION, &long.as_bytes()[30..]));
    bytes.extend(text("{\"id\":9}"));
    bytes.extend(frame(true, frame::CLOSE, b"\x03\xe8bye"));
    let expected = vec![
        message("{\"id\":1}"),
        message(pretty),
        message("{\"id\":3}"),
        message("{\"id\":4}"),
        message("{\n \"id\": 5\n}"),
        message("{\"id\":6}"),
        message("not json"),
        message("{\"id\":7}"),
        Received::NotUtf8,
        Received::TooLong(long.clone()),
        Received::TooLong(long.clone()),
        message("{\"id\":9}"),
    ];
    for chunk in [1, 2, 3, 7, 64, bytes.len()] {
        let (mut server, client) = tokio::io::duplex(chunk);
        let sent = bytes.clone();
        let writer = tokio::spawn(async move {
            for piece in sent.chunks(chunk) {
                server.write_all(piece).await.expect("write");
            }
            server
        });
        let mut reader = reader(client, 40);
        let (events, why) = read_all(&mut reader).await;
        assert_eq!(events, expected, "in chunks of {chunk}");
        assert_eq!(why, "the server closed the WebSocket (code 1000: bye)");
        assert_eq!(
            reader.next_message().await.expect("the end"),
            Received::Eof,
            "why is said once"
        );
        drop(writer.await.expect("writer"));
    }
}

#[tokio::test]
async fn a_whole_message_is_buffered_only_when_one_is_complete() {
    let (mut server, client) = tokio::io::duplex(1 << 16);
    let mut reader = reader(client, 1000);
    let mut bytes = text("{\"id\":1}");
    bytes.extend(text("{\"id\":2}"));
    bytes.extend(frame(true, frame::PING, b""));
    bytes.extend(text("   "));
    bytes.extend(frame(false, frame::TEXT, b"{\"id\":"));
    server.write_all(&bytes).await.expect("write");
    assert_eq!(
        reader.next_message().await.expect("read"),
        message("{\"id\":1}")
    );
    assert!(reader.has_whole_message(), "the second message is buffered");
    assert_eq!(
        reader.next_message().await.expect("read"),
        message("{\"id\":2}")
    );
    assert!(
        !reader.has_whole_message(),
        "a ping, a blank message and half a message are not a message"
    );
    // A read that must wait is cancelled; nothing read is lost.
    let waited =
        tokio::time::timeout(std::time::Duration::from_millis(20), reader.next_message()).await;
    assert!(waited.is_err(), "the message is not whole yet");
    server
        .write_all(&frame(true, frame::CONTINUATION, b"3}"))
        .await
        .expect("write");
    assert_eq!(
        reader.next_message().await.expect("read"),
        message("{\"id\":3}")
    );
    drop(server);
    let (events, why) = read_all(&mut reader).await;
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(
        why,
        "the server ended the connection without closing the WebSocket"
    );
}

// On paused time (advanced only when every task waits): no step depends on the machine's speed.
#[tokio::test(start_paused = true)]
async fn a_server_silent_past_the_limit_ends_the_websocket_and_bytes_in_time_do_not() {
    let (mut server, client) = tokio::io::duplex(1 << 16);
    let limit = Duration::from_millis(50);
    let mut reader = reader(client, 1000).silence_limit(Some(limit));
    // A message every 30 ms, ten times: 300 ms in all, six periods, none of them silent.
    let talker = tokio::spawn(async move {
        for n in 0..10 {
            tokio::time::sleep(Duration::from_millis(30)).await;
            server
                .write_all(&text(&format!("{{\"id\":{n}}}")))
                .await
                .expect("write");
        }
        // Then nothing (the stream stays open).
        server
    });
    for n in 0..10 {
        assert_eq!(
            reader.next_message().await.expect("a message"),
            message(&format!("{{\"id\":{n}}}"))
        );
    }
    let quiet_since = tokio::time::Instant::now();
    let why = reader
        .next_message()
        .await
        .expect_err("the silence ends it");
    // Noticed between one and two periods after the last byte.
    let silent = quiet_since.elapsed();
    assert!(silent >= limit && silent <= limit * 2, "{silent:?}");
    assert!(
        why.to_string().contains("sent nothing for more than 50ms")
            && why.to_string().contains("keepalive"),
        "{why}"
    );
    assert_eq!(
        reader.next_message().await.expect("then the end"),
        Received::Eof
    );
    drop(talker.await.expect("the talker"));
}

#[tokio::test]
async fn frames_that_break_the_protocol_end_the_websocket_saying_how() {
    for (bytes, says) in [
        (
            frame(true, frame::CONTINUATION, b"x"),
            "continuation outside",
        ),
        (
            [frame(false, frame::TEXT, b"{"), text("{}")].concat(),
            "began a message inside",
        ),
        (vec![0x81, 0x85, 0, 0, 0, 0], "masked"),
        (vec![0x81, 5, b'{'], "ended inside a frame"),
    ] {
        let mut reader = reader(std::io::Cursor::new(bytes), 1000);
        let (events, why) = read_all(&mut reader).await;
        assert!(events.is_empty(), "{events:?}");
        assert!(why.contains(says), "{why}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 200, failure_persistence: None, ..Default::default()
    })]
    /// Messages cut into any fragments, with pings between them, read in any chunks,
    /// come out whole, or as too long when over the limit, in order.
    #[test]
    fn any_fragments_in_any_chunks_make_the_messages_sent(
        messages in proptest::collection::vec(
            ("[ -~]{0,60}", 1usize..4, proptest::bool::ANY),
            0..12,
        ),
        max in 20usize..80,
        chunk in 1usize..40,
    ) {
        let mut bytes = Vec::new();
        let mut expected = Vec::new();
        for (id, (filler, pieces, ping)) in messages.iter().enumerate() {
            let text = serde_json::json!({"id": id, "s": filler}).to_string();
            let cut = text.len() / pieces;
            for piece in 0..*pieces {
                let from = piece * cut;
                let to = if piece + 1 == *pieces { text.len() } else { from + cut };
                let opcode = if piece == 0 { frame::TEXT } else { CONTINUATION };
                bytes.extend(frame(piece + 1 == *pieces, opcode, &text.as_bytes()[from..to]));
                if *ping {
                    bytes.extend(frame(true, PING, b"p"));
                }
            }
            expected.push(if text.len() > max {
                Received::TooLong(String::new())
            } else {
                Received::Message(text)
            });
        }
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
        let (events, why) = runtime.block_on(async {
            let (mut server, client) = tokio::io::duplex(chunk);
            let writer = tokio::spawn(async move {
                for piece in bytes.chunks(chunk) {
                    server.write_all(piece).await.expect("write");
                }
            });
            let mut reader = reader(client, max);
            let outcome = read_all(&mut reader).await;
            writer.await.expect("writer");
            outcome
        });
        let events: Vec<Received> = events
            .into_iter()
            .map(|event| match event {
                Received::TooLong(_) => Received::TooLong(String::new()),
                other => other,
            })
            .collect();
        proptest::prop_assert_eq!(events, expected);
        proptest::prop_assert_eq!(
            why,
            "the server ended the connection without closing the WebSocket"
        );
    }
}
