//! A job's input: inline bytes on chain, or a digest and a URL to fetch it from.

use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::{client::legacy::Client, rt::TokioExecutor};

use crate::{
	chain::InputView,
	inference::{output::digest, Output},
};

/// The largest remote input fetched (the model's own limits are far smaller).
const MAX_REMOTE_INPUT: usize = 16 << 20;
const FETCH_TIMEOUT: Duration = Duration::from_secs(30);

/// What to run a job on. Only plain-HTTP URLs are fetched; any other scheme is rejected alike
/// by every worker, so the rejection is a result they agree on.
pub enum Resolved {
	/// The bytes to give the model.
	Input(Vec<u8>),
	/// An input the creator got wrong, so the result is this rejection.
	Rejected(Output),
}

/// The bytes of `input`. A remote input that does not hash to its digest is the creator's
/// fault and becomes a rejection; a fetch that fails is an `Err`, to be tried again.
pub async fn resolve(input: &InputView) -> Result<Resolved> {
	match input {
		InputView::Inline(bytes) => Ok(Resolved::Input(bytes.clone())),
		InputView::Remote { digest: expected, uri } => {
			let rejected = |reason: String| Ok(Resolved::Rejected(Output::Rejected(reason)));
			let Ok(uri) = String::from_utf8(uri.clone()) else {
				return rejected("the input URL is not UTF-8".into());
			};
			match uri.parse::<hyper::Uri>() {
				Ok(parsed) if parsed.scheme_str() == Some("http") => {},
				_ => return rejected(format!("the input URL {uri} is not an http:// URL")),
			}
			let bytes = fetch(&uri).await?;
			if digest(&bytes) != *expected {
				return rejected(format!(
					"the input at {uri} does not hash to the job's input digest"
				));
			}
			Ok(Resolved::Input(bytes))
		},
	}
}

/// `GET uri` (plain HTTP: the content is checked against a digest anyway), at most
/// [`MAX_REMOTE_INPUT`] bytes.
pub async fn fetch(uri: &str) -> Result<Vec<u8>> {
	let parsed: hyper::Uri = uri.parse().with_context(|| format!("{uri} is not a URL"))?;
	let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
	let response = tokio::time::timeout(FETCH_TIMEOUT, client.get(parsed))
		.await
		.map_err(|_| anyhow!("{uri}: no answer within {FETCH_TIMEOUT:?}"))?
		.with_context(|| format!("fetching {uri}"))?;
	if !response.status().is_success() {
		bail!("{uri}: HTTP {}", response.status());
	}
	let body = Limited::new(response.into_body(), MAX_REMOTE_INPUT)
		.collect()
		.await
		.map_err(|e| anyhow!("{uri}: {e}"))?;
	Ok(body.to_bytes().to_vec())
}
