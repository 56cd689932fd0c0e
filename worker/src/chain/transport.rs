//! The WebSocket connection to the node, acknowledging what it reads at once.
//!
//! Why: the node's RPC server (sc-rpc-server 33, the polkadot-sdk release this chain builds
//! against) accepts connections without `TCP_NODELAY`; upstream fixed that later
//! (paritytech/polkadot-sdk#12797). The server writes an answer in more than one piece, and
//! Nagle's algorithm holds the second piece back until the first is acknowledged, which the
//! client's delayed acknowledgement puts off by up to 40 ms: every small answer (a submitted
//! transaction, a nonce, a header) took about 45 ms on loopback. Re-arming `TCP_QUICKACK`
//! after each read makes this side acknowledge at once, so the server sends on without
//! waiting. Once the node is built on a release with the fix this module can go.
//!
//! Only plain `ws://` URLs (a worker beside its own node) get this transport; `wss://` and
//! HTTP URLs use subxt's stock client.

use std::{
	io,
	os::fd::AsRawFd,
	pin::Pin,
	task::{Context as TaskContext, Poll},
};

use anyhow::{Context, Result};
use jsonrpsee::{
	client_transport::ws::{Url, WsTransportClientBuilder},
	core::client::ClientBuilder,
};
use subxt::rpcs::RpcClient;
use tokio::{
	io::{AsyncRead, AsyncWrite, ReadBuf},
	net::TcpStream,
};

/// Subscription messages buffered before the client drops a slow subscription (subxt's default).
const SUBSCRIPTION_BUFFER: usize = 4096;

/// An RPC client for `url`.
pub async fn connect(url: &str) -> Result<RpcClient> {
	let parsed = Url::parse(url).with_context(|| format!("parsing the node URL {url}"))?;
	if parsed.scheme() != "ws" {
		return Ok(RpcClient::from_insecure_url(url).await?);
	}
	let tcp = TcpStream::connect(socket_address(&parsed)?).await?;
	tcp.set_nodelay(true)?;
	let (sender, receiver) =
		WsTransportClientBuilder::default().build_with_stream(parsed, QuickAck(tcp)).await?;
	let client = ClientBuilder::default()
		.max_buffer_capacity_per_subscription(SUBSCRIPTION_BUFFER)
		.build_with_tokio(sender, receiver);
	Ok(RpcClient::new(client))
}

/// The host and port to open a TCP connection to for `url`. An IPv6 literal is written in
/// brackets in a URL (`ws://[::1]:9944`), but the socket wants the bare address.
fn socket_address(url: &Url) -> Result<(String, u16)> {
	let host = url.host_str().context("the node URL has no host")?;
	let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
	let port = url.port_or_known_default().context("the node URL has no port")?;
	Ok((host.to_string(), port))
}

/// A TCP stream that asks the kernel to acknowledge at once after every read.
struct QuickAck(TcpStream);

impl QuickAck {
	fn acknowledge_at_once(&self) {
		let on: libc::c_int = 1;
		// SAFETY: the descriptor is this open socket's, and the option value is a live c_int
		// whose size is passed with it. A failure only means the acknowledgement stays delayed.
		unsafe {
			libc::setsockopt(
				self.0.as_raw_fd(),
				libc::IPPROTO_TCP,
				libc::TCP_QUICKACK,
				&on as *const libc::c_int as *const libc::c_void,
				std::mem::size_of::<libc::c_int>() as libc::socklen_t,
			);
		}
	}
}

impl AsyncRead for QuickAck {
	fn poll_read(
		mut self: Pin<&mut Self>,
		cx: &mut TaskContext<'_>,
		buf: &mut ReadBuf<'_>,
	) -> Poll<io::Result<()>> {
		let read = Pin::new(&mut self.0).poll_read(cx, buf);
		if read.is_ready() {
			self.acknowledge_at_once();
		}
		read
	}
}

impl AsyncWrite for QuickAck {
	fn poll_write(
		mut self: Pin<&mut Self>,
		cx: &mut TaskContext<'_>,
		buf: &[u8],
	) -> Poll<io::Result<usize>> {
		Pin::new(&mut self.0).poll_write(cx, buf)
	}

	fn poll_flush(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.0).poll_flush(cx)
	}

	fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.0).poll_shutdown(cx)
	}
}

#[cfg(test)]
mod tests {
	use super::{socket_address, Url};

	#[test]
	fn ipv6_literals_lose_their_brackets_and_ports_default() {
		let address = |url: &str| socket_address(&Url::parse(url).unwrap()).unwrap();
		assert_eq!(address("ws://[::1]:9944"), ("::1".to_string(), 9944));
		assert_eq!(address("ws://127.0.0.1:9944"), ("127.0.0.1".to_string(), 9944));
		assert_eq!(address("ws://node.example"), ("node.example".to_string(), 80));
	}
}
