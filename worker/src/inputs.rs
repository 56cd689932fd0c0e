//! A job's input: inline bytes on chain, or a digest and a URL to fetch it from.
//!
//! A remote input the worker cannot get within a bounded time and size, or that does not hash
//! to the job's digest, is not an error to retry until the deadline: it is the job's result,
//! an [`Unavailable`] report committed and revealed like any other. When most seats report
//! it, the job ends as the creator's failure and the worker is paid an attempt fee; a worker
//! that stayed silent instead would be slashed for missing its deadline.

use std::time::Duration;

use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::{client::legacy::Client, rt::TokioExecutor};

use crate::{chain::InputView, inference::output::digest};

/// The largest remote input fetched (the model's own limits are far smaller).
const MAX_REMOTE_INPUT: usize = 16 << 20;
/// One attempt's bound: connecting, the answer and the whole body.
const FETCH_TIMEOUT: Duration = Duration::from_secs(15);
/// Attempts at a remote input before it is reported unavailable; the pauses between them.
/// With the timeout, at most about 50 seconds of the 120-second commit window.
const FETCH_ATTEMPTS: u32 = 3;
const RETRY_PAUSE: Duration = Duration::from_secs(2);

/// Why an input could not be had: the chain's `pallet_jobs::Unavailable`, code for code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Unavailable {
	Unreachable = 0,
	HttpError = 1,
	TooLarge = 2,
	DigestMismatch = 3,
	BadUri = 4,
	OverModelLimits = 5,
}

impl Unavailable {
	/// The digest the chain reads as this report: `tessera:unavailable:`, zeros, the code.
	pub fn digest(self) -> [u8; 32] {
		const PREFIX: &[u8; 20] = b"tessera:unavailable:";
		let mut digest = [0u8; 32];
		digest[..PREFIX.len()].copy_from_slice(PREFIX);
		digest[31] = self as u8;
		digest
	}

	/// The name the metrics and logs use.
	pub fn label(self) -> &'static str {
		match self {
			Unavailable::Unreachable => "unreachable",
			Unavailable::HttpError => "http_error",
			Unavailable::TooLarge => "too_large",
			Unavailable::DigestMismatch => "digest_mismatch",
			Unavailable::BadUri => "bad_uri",
			Unavailable::OverModelLimits => "over_model_limits",
		}
	}
}

/// What to run a job on.
#[derive(Debug, PartialEq)]
pub enum Resolved {
	/// The bytes to give the model.
	Input(Vec<u8>),
	/// The input cannot be had: report it.
	Unavailable(Unavailable),
}

/// The bytes of `input`, or why it cannot be had. Only plain-HTTP URLs are fetched (the
/// content is checked against the digest anyway); a failing fetch is tried
/// [`FETCH_ATTEMPTS`] times, then reported.
pub async fn resolve(input: &InputView) -> Resolved {
	let (expected, uri) = match input {
		InputView::Inline(bytes) => return Resolved::Input(bytes.clone()),
		InputView::Remote { digest, uri } => (digest, uri),
	};
	let Some(uri) = std::str::from_utf8(uri).ok().filter(|uri| is_http(uri)) else {
		return Resolved::Unavailable(Unavailable::BadUri);
	};
	let mut attempt = 1;
	let bytes = loop {
		match fetch(uri).await {
			Ok(bytes) => break bytes,
			Err(Failed { reason, detail }) => {
				tracing::warn!(uri, attempt, reason = reason.label(), detail, "input fetch failed");
				if reason == Unavailable::TooLarge || attempt >= FETCH_ATTEMPTS {
					return Resolved::Unavailable(reason);
				}
				attempt += 1;
				tokio::time::sleep(RETRY_PAUSE).await;
			},
		}
	};
	if digest(&bytes) != *expected {
		return Resolved::Unavailable(Unavailable::DigestMismatch);
	}
	Resolved::Input(bytes)
}

fn is_http(uri: &str) -> bool {
	uri.parse::<hyper::Uri>().is_ok_and(|parsed| parsed.scheme_str() == Some("http"))
}

/// A failed fetch: the reason a job's input would be reported unavailable, and what went
/// wrong.
#[derive(Debug)]
pub struct Failed {
	pub reason: Unavailable,
	pub detail: String,
}

impl std::fmt::Display for Failed {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "{} ({})", self.detail, self.reason.label())
	}
}

impl std::error::Error for Failed {}

/// `GET uri` over plain HTTP, at most [`MAX_REMOTE_INPUT`] bytes within [`FETCH_TIMEOUT`]:
/// jobs' inputs, and artifacts for clients.
pub async fn fetch(uri: &str) -> Result<Vec<u8>, Failed> {
	let failed = |reason, detail: String| Failed { reason, detail };
	let parsed: hyper::Uri =
		uri.parse().map_err(|e| failed(Unavailable::BadUri, format!("{e}")))?;
	let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
	let body = async {
		let response = client
			.get(parsed)
			.await
			.map_err(|e| failed(Unavailable::Unreachable, format!("{e}")))?;
		if !response.status().is_success() {
			return Err(failed(Unavailable::HttpError, format!("HTTP {}", response.status())));
		}
		let body = Limited::new(response.into_body(), MAX_REMOTE_INPUT).collect().await;
		body.map(|body| body.to_bytes().to_vec()).map_err(|e| {
			if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
				failed(Unavailable::TooLarge, format!("over {MAX_REMOTE_INPUT} bytes"))
			} else {
				failed(Unavailable::Unreachable, format!("{e}"))
			}
		})
	};
	tokio::time::timeout(FETCH_TIMEOUT, body).await.map_err(|_| {
		failed(Unavailable::Unreachable, format!("no answer within {FETCH_TIMEOUT:?}"))
	})?
}

#[cfg(test)]
mod tests {
	use super::*;
	use tokio::{io::AsyncWriteExt, net::TcpListener};

	/// Serves `answer` (a whole HTTP response) to every connection on a loopback port.
	async fn server(answer: &'static [u8]) -> String {
		let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
		let address = listener.local_addr().unwrap();
		tokio::spawn(async move {
			while let Ok((mut socket, _)) = listener.accept().await {
				let mut request = [0u8; 1024];
				let _ = tokio::io::AsyncReadExt::read(&mut socket, &mut request).await;
				let _ = socket.write_all(answer).await;
			}
		});
		format!("http://{address}/input")
	}

	fn remote(uri: &str, bytes: &[u8]) -> InputView {
		InputView::Remote { digest: digest(bytes), uri: uri.as_bytes().to_vec() }
	}

	#[test]
	fn the_digests_are_the_chains() {
		let digest = Unavailable::DigestMismatch.digest();
		assert_eq!(&digest[..20], b"tessera:unavailable:");
		assert!(digest[20..31].iter().all(|byte| *byte == 0));
		assert_eq!(digest[31], 3);
	}

	#[tokio::test]
	async fn an_input_that_hashes_to_its_digest_is_used() {
		let uri =
			server(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello").await;
		assert_eq!(resolve(&remote(&uri, b"hello")).await, Resolved::Input(b"hello".to_vec()));
	}

	#[tokio::test]
	async fn other_bytes_than_the_digest_are_a_mismatch() {
		let uri =
			server(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\nother").await;
		assert_eq!(
			resolve(&remote(&uri, b"hello")).await,
			Resolved::Unavailable(Unavailable::DigestMismatch)
		);
	}

	#[tokio::test]
	async fn an_error_status_is_reported_after_the_retries() {
		let uri =
			server(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
				.await;
		let started = std::time::Instant::now();
		assert_eq!(
			resolve(&remote(&uri, b"hello")).await,
			Resolved::Unavailable(Unavailable::HttpError)
		);
		assert!(started.elapsed() >= RETRY_PAUSE * (FETCH_ATTEMPTS - 1), "retried");
	}

	#[tokio::test]
	async fn a_closed_port_is_unreachable() {
		let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
		let uri = format!("http://{}/input", listener.local_addr().unwrap());
		drop(listener);
		assert_eq!(
			resolve(&remote(&uri, b"hello")).await,
			Resolved::Unavailable(Unavailable::Unreachable)
		);
	}

	#[tokio::test]
	async fn only_plain_http_is_fetched() {
		for uri in ["https://example.com/input", "ftp://example.com/x", "not a url"] {
			assert_eq!(
				resolve(&remote(uri, b"x")).await,
				Resolved::Unavailable(Unavailable::BadUri)
			);
		}
		let not_utf8 = InputView::Remote { digest: [0; 32], uri: vec![0xff, 0xfe] };
		assert_eq!(resolve(&not_utf8).await, Resolved::Unavailable(Unavailable::BadUri));
	}
}
