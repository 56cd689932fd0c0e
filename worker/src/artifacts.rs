//! Job outputs on disk, named by digest, and the HTTP server that hands them out:
//! `GET /artifacts/<digest>` (64 hex digits, `0x` optional) serves the canonical bytes,
//! `GET /artifacts/<digest>.png` an image output as a PNG, and `GET /metrics` the metrics.
//! A client checks what it got by hashing it (the digest is on chain; a PNG by hashing the
//! canonical encoding of its pixels), so the server need not be trusted, only reachable.

use std::{
	convert::Infallible,
	path::{Path, PathBuf},
	sync::Arc,
};

use anyhow::{Context, Result};
use http_body_util::Full;
use hyper::{
	body::Bytes, server::conn::http1, service::service_fn, Method, Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::{
	inference::{hex, png, Output},
	metrics::Metrics,
};

/// The folder of artifacts.
#[derive(Clone)]
pub struct Artifacts {
	dir: PathBuf,
}

impl Artifacts {
	pub fn open(dir: &Path) -> Result<Self> {
		std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
		Ok(Self { dir: dir.to_path_buf() })
	}

	fn path(&self, digest: &[u8; 32]) -> PathBuf {
		self.dir.join(hex(digest))
	}

	/// Stores `bytes` under `digest` (their blake2-256). Written to a temporary name and
	/// renamed, so a reader never sees half an artifact.
	pub fn put(&self, digest: &[u8; 32], bytes: &[u8]) -> Result<()> {
		let path = self.path(digest);
		if path.exists() {
			return Ok(());
		}
		let tmp = path.with_extension("tmp");
		std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
		std::fs::rename(&tmp, &path)?;
		Ok(())
	}

	pub fn get(&self, digest: &[u8; 32]) -> Option<Vec<u8>> {
		std::fs::read(self.path(digest)).ok()
	}
}

/// Parses 64 hex digits (an optional `0x` first) into a digest.
pub fn parse_digest(text: &str) -> Option<[u8; 32]> {
	let text = text.strip_prefix("0x").unwrap_or(text);
	if text.len() != 64 || !text.is_ascii() {
		return None;
	}
	let mut out = [0u8; 32];
	for (i, byte) in out.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
	}
	Some(out)
}

fn respond(
	status: StatusCode,
	content_type: &str,
	body: impl Into<Bytes>,
) -> Response<Full<Bytes>> {
	Response::builder()
		.status(status)
		.header("content-type", content_type)
		.body(Full::new(body.into()))
		.expect("a valid response")
}

fn handle(
	request: &Request<hyper::body::Incoming>,
	artifacts: &Artifacts,
	metrics: &Metrics,
) -> Response<Full<Bytes>> {
	if request.method() != Method::GET {
		return respond(StatusCode::METHOD_NOT_ALLOWED, "text/plain", "only GET\n");
	}
	let path = request.uri().path();
	if path == "/metrics" {
		return respond(StatusCode::OK, "text/plain; version=0.0.4", metrics.render());
	}
	let Some(name) = path.strip_prefix("/artifacts/") else {
		return respond(StatusCode::NOT_FOUND, "text/plain", "not found\n");
	};
	let (name, as_png) = match name.strip_suffix(".png") {
		Some(name) => (name, true),
		None => (name, false),
	};
	let Some(digest) = parse_digest(name) else {
		return respond(
			StatusCode::BAD_REQUEST,
			"text/plain",
			"an artifact is named by its 32-byte digest in hex\n",
		);
	};
	let Some(bytes) = artifacts.get(&digest) else {
		return respond(StatusCode::NOT_FOUND, "text/plain", "no such artifact\n");
	};
	if !as_png {
		return respond(StatusCode::OK, "application/octet-stream", bytes);
	}
	match Output::decode(&bytes) {
		Ok(Output::Image { width, height, rgb }) => match png::encode(width, height, &rgb) {
			Ok(file) => respond(StatusCode::OK, "image/png", file),
			Err(e) => respond(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", format!("{e:#}\n")),
		},
		_ => respond(StatusCode::NOT_FOUND, "text/plain", "this artifact is not an image\n"),
	}
}

/// Serves artifacts and metrics on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, artifacts: Artifacts, metrics: Metrics) {
	let shared = Arc::new((artifacts, metrics));
	loop {
		let (stream, _) = match listener.accept().await {
			Ok(accepted) => accepted,
			Err(e) => {
				tracing::warn!(error = %e, "artifact server: accept failed");
				continue;
			},
		};
		let shared = shared.clone();
		tokio::spawn(async move {
			let service = service_fn(move |request| {
				let shared = shared.clone();
				async move { Ok::<_, Infallible>(handle(&request, &shared.0, &shared.1)) }
			});
			if let Err(e) =
				http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
			{
				tracing::debug!(error = %e, "artifact server: connection ended");
			}
		});
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn digests_parse_with_or_without_prefix() {
		let hex64 = "ab".repeat(32);
		assert_eq!(parse_digest(&hex64), Some([0xab; 32]));
		assert_eq!(parse_digest(&format!("0x{hex64}")), Some([0xab; 32]));
		assert_eq!(parse_digest("abc"), None);
		assert_eq!(parse_digest(&"zz".repeat(32)), None);
		assert_eq!(parse_digest(&"é".repeat(32)), None);
	}
}
