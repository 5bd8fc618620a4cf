//! `Relay`: a loopback TCP relay in front of a server, which a test can cut or freeze, for
//! the network faults a remote connection meets (a reset, a path that goes silent).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How many faults were asked for so far; a connection heeds those asked after it began.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Faults {
    cuts: u64,
    freezes: u64,
}

/// A TCP relay on `127.0.0.1` to an upstream server: every connection made to
/// [`address`](Relay::address) is forwarded, byte for byte, to the upstream. Faults apply to
/// the connections open when they are asked for; connections made later are forwarded again,
/// so a client that reconnects through the relay reaches the server. Dropping the relay
/// closes every connection.
///
/// ```no_run
/// # async fn demo(server: std::net::SocketAddr) {
/// let relay = codex_sdk_testkit::Relay::start(server).await;
/// let url = relay.ws_url(); // connect the client here
/// relay.cut(); // its connection breaks; the next one goes through
/// # }
/// ```
#[derive(Debug)]
pub struct Relay {
    address: SocketAddr,
    faults: watch::Sender<Faults>,
    accepted: Arc<AtomicUsize>,
    accepting: tokio::task::JoinHandle<()>,
}

impl Relay {
    /// Starts relaying to `upstream` from a free loopback port.
    ///
    /// # Panics
    /// When no loopback port can be bound.
    pub async fn start(upstream: SocketAddr) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port for the relay");
        let address = listener.local_addr().expect("the relay's address");
        let faults = watch::Sender::new(Faults::default());
        let accepted = Arc::new(AtomicUsize::new(0));
        let accepting = tokio::spawn(accept(
            listener,
            upstream,
            faults.clone(),
            Arc::clone(&accepted),
        ));
        Relay {
            address,
            faults,
            accepted,
            accepting,
        }
    }

    /// Where clients connect.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// `ws://127.0.0.1:PORT` of [`address`](Self::address).
    pub fn ws_url(&self) -> String {
        format!("ws://{}", self.address)
    }

    /// Closes every connection open now, on both sides, as a reset path does.
    pub fn cut(&self) {
        self.faults.send_modify(|faults| faults.cuts += 1);
    }

    /// Stops forwarding on every connection open now, in both directions, without closing
    /// it: the path went silent (a NAT or a proxy dropped the flow). Each stays open until
    /// a [`cut`](Self::cut) or the relay's drop.
    pub fn freeze(&self) {
        self.faults.send_modify(|faults| faults.freezes += 1);
    }

    /// How many connections the relay has accepted so far.
    pub fn connections(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        // The accepting task owns every connection's task: they end with it.
        self.accepting.abort();
    }
}

/// Accepts connections and forwards each to `upstream` until aborted.
async fn accept(
    listener: TcpListener,
    upstream: SocketAddr,
    faults: watch::Sender<Faults>,
    accepted: Arc<AtomicUsize>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            incoming = listener.accept() => {
                let Ok((client, _)) = incoming else { continue };
                accepted.fetch_add(1, Ordering::SeqCst);
                connections.spawn(forward(client, upstream, faults.subscribe()));
            }
            // Reap the connections that ended, so the set does not grow.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// Forwards one connection until either side ends it or a fault asked after it began.
async fn forward(client: TcpStream, upstream: SocketAddr, mut faults: watch::Receiver<Faults>) {
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let _ = (client.set_nodelay(true), server.set_nodelay(true));
    let began = *faults.borrow_and_update();
    let (mut client_in, mut client_out) = client.into_split();
    let (mut server_in, mut server_out) = server.into_split();
    let pump = async {
        tokio::select! {
            _ = tokio::io::copy(&mut client_in, &mut server_out) => {}
            _ = tokio::io::copy(&mut server_in, &mut client_out) => {}
        }
    };
    let fault = faults.wait_for(|now| *now != began);
    let froze = tokio::select! {
        () = pump => return,
        now = fault => now.map(|now| now.cuts == began.cuts).unwrap_or(false),
    };
    if froze {
        // Hold both sockets open, forwarding nothing, until a cut (or the relay's end).
        let _ = faults.wait_for(|now| now.cuts != began.cuts).await;
    }
}
