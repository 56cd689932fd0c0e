//! The canonical encoding of a job's output: the bytes the artifact server serves and whose
//! blake2-256 is the digest a worker commits to. Honest workers of one execution class produce
//! the same bytes, so the encoding must leave nothing to chance: fixed field order, little
//! endian, floats as their IEEE-754 bits, no maps. `docs/worker.md` defines it for each model
//! kind; a creator checks an artifact by hashing it.

use blake2::{digest::consts::U32, Blake2b, Digest as _};

/// blake2-256, the chain's hash.
pub type Blake2b256 = Blake2b<U32>;

/// What every artifact starts with: "TSRA" and the encoding's version.
const MAGIC: &[u8; 4] = b"TSRA";
const VERSION: u8 = 1;

/// The output of one job.
#[derive(Clone, Debug, PartialEq)]
pub enum Output {
	/// A text embedding: unit-length vector.
	Embedding(Vec<f32>),
	/// Generated text: the new tokens (greedy decoding) and their decoded text.
	Text { tokens: Vec<u32>, text: String },
	/// The job's input cannot be run on its model (not UTF-8, too long, malformed). Every honest
	/// worker rejects a bad input with the same reason, so the rejection is an ordinary result:
	/// committed, revealed and settled like any other, and the creator pays for the check.
	Rejected(String),
	/// A generated image: 8-bit RGB pixels, row by row from the top left, three bytes a pixel.
	/// The artifact server also hands it out as a PNG ([`super::png`]).
	Image { width: u32, height: u32, rgb: Vec<u8> },
}

impl Output {
	fn tag(&self) -> u8 {
		match self {
			Output::Embedding(_) => 0,
			Output::Text { .. } => 1,
			Output::Rejected(_) => 2,
			Output::Image { .. } => 3,
		}
	}

	/// The canonical bytes.
	pub fn encode(&self) -> Vec<u8> {
		let mut out = Vec::with_capacity(16);
		out.extend_from_slice(MAGIC);
		out.push(VERSION);
		out.push(self.tag());
		match self {
			Output::Embedding(vector) => {
				put_len(&mut out, vector.len());
				for value in vector {
					out.extend_from_slice(&value.to_bits().to_le_bytes());
				}
			},
			Output::Text { tokens, text } => {
				put_len(&mut out, tokens.len());
				for token in tokens {
					out.extend_from_slice(&token.to_le_bytes());
				}
				put_len(&mut out, text.len());
				out.extend_from_slice(text.as_bytes());
			},
			Output::Rejected(reason) => {
				put_len(&mut out, reason.len());
				out.extend_from_slice(reason.as_bytes());
			},
			Output::Image { width, height, rgb } => {
				out.reserve(rgb.len() + 8);
				out.extend_from_slice(&width.to_le_bytes());
				out.extend_from_slice(&height.to_le_bytes());
				out.extend_from_slice(rgb);
			},
		}
		out
	}

	/// Reads canonical bytes back, for clients that fetched an artifact.
	pub fn decode(bytes: &[u8]) -> Result<Output, DecodeError> {
		let mut input = bytes;
		if take(&mut input, 4)? != MAGIC {
			return Err(DecodeError::NotAnArtifact);
		}
		let header = take(&mut input, 2)?;
		if header[0] != VERSION {
			return Err(DecodeError::Version(header[0]));
		}
		let output = match header[1] {
			0 => {
				let len = take_len(&mut input)?;
				let raw = take(&mut input, len.checked_mul(4).ok_or(DecodeError::Truncated)?)?;
				Output::Embedding(
					raw.chunks_exact(4)
						.map(|c| f32::from_bits(u32::from_le_bytes(c.try_into().unwrap())))
						.collect(),
				)
			},
			1 => {
				let len = take_len(&mut input)?;
				let raw = take(&mut input, len.checked_mul(4).ok_or(DecodeError::Truncated)?)?;
				let tokens = raw
					.chunks_exact(4)
					.map(|c| u32::from_le_bytes(c.try_into().unwrap()))
					.collect();
				let len = take_len(&mut input)?;
				let text = String::from_utf8(take(&mut input, len)?.to_vec())
					.map_err(|_| DecodeError::NotUtf8)?;
				Output::Text { tokens, text }
			},
			2 => {
				let len = take_len(&mut input)?;
				let reason = String::from_utf8(take(&mut input, len)?.to_vec())
					.map_err(|_| DecodeError::NotUtf8)?;
				Output::Rejected(reason)
			},
			3 => {
				let width = take_len(&mut input)? as u32;
				let height = take_len(&mut input)? as u32;
				let len = image_len(width, height).ok_or(DecodeError::Truncated)?;
				Output::Image { width, height, rgb: take(&mut input, len)?.to_vec() }
			},
			kind => return Err(DecodeError::Kind(kind)),
		};
		if !input.is_empty() {
			return Err(DecodeError::TrailingBytes);
		}
		Ok(output)
	}
}

/// blake2-256 of `bytes`.
pub fn digest(bytes: &[u8]) -> [u8; 32] {
	Blake2b256::digest(bytes).into()
}

/// Why bytes are not an artifact.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DecodeError {
	#[error("not a Tessera artifact (no TSRA header)")]
	NotAnArtifact,
	#[error("artifact encoding version {0} is unknown")]
	Version(u8),
	#[error("artifact kind {0} is unknown")]
	Kind(u8),
	#[error("artifact is truncated")]
	Truncated,
	#[error("artifact has bytes after its end")]
	TrailingBytes,
	#[error("artifact text is not UTF-8")]
	NotUtf8,
}

/// The bytes of a `width` × `height` RGB image, if that is addressable.
pub fn image_len(width: u32, height: u32) -> Option<usize> {
	(width as usize).checked_mul(height as usize)?.checked_mul(3)
}

fn put_len(out: &mut Vec<u8>, len: usize) {
	let len = u32::try_from(len).expect("outputs are far smaller than 4 GiB");
	out.extend_from_slice(&len.to_le_bytes());
}

fn take<'a>(input: &mut &'a [u8], n: usize) -> Result<&'a [u8], DecodeError> {
	if input.len() < n {
		return Err(DecodeError::Truncated);
	}
	let (head, rest) = input.split_at(n);
	*input = rest;
	Ok(head)
}

fn take_len(input: &mut &[u8]) -> Result<usize, DecodeError> {
	let raw = take(input, 4)?;
	Ok(u32::from_le_bytes(raw.try_into().unwrap()) as usize)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_kind_round_trips() {
		for output in [
			Output::Embedding(vec![0.5, -0.25, f32::MIN_POSITIVE]),
			Output::Text { tokens: vec![1, 2, 300], text: "héllo".into() },
			Output::Rejected("input is not UTF-8".into()),
			Output::Image { width: 2, height: 1, rgb: vec![255, 0, 0, 0, 0, 255] },
		] {
			assert_eq!(Output::decode(&output.encode()), Ok(output));
		}
	}

	#[test]
	fn encoding_is_fixed() {
		// The documented layout (docs/worker.md), byte for byte.
		let bytes = Output::Embedding(vec![1.0]).encode();
		assert_eq!(bytes, [b'T', b'S', b'R', b'A', 1, 0, 1, 0, 0, 0, 0, 0, 0x80, 0x3f]);
		let bytes = Output::Image { width: 1, height: 2, rgb: vec![1, 2, 3, 4, 5, 6] }.encode();
		assert_eq!(bytes, [b'T', b'S', b'R', b'A', 1, 3, 1, 0, 0, 0, 2, 0, 0, 0, 1, 2, 3, 4, 5, 6]);
		assert_eq!(
			hex(&digest(b"")),
			"0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"
		);
	}

	#[test]
	fn malformed_artifacts_are_refused() {
		let good = Output::Text { tokens: vec![7], text: "x".into() }.encode();
		assert_eq!(Output::decode(&good[..good.len() - 1]), Err(DecodeError::Truncated));
		assert_eq!(
			Output::decode(&[good.clone(), vec![0]].concat()),
			Err(DecodeError::TrailingBytes)
		);
		assert_eq!(Output::decode(b"PNG\x89.."), Err(DecodeError::NotAnArtifact));
		let image = Output::Image { width: 2, height: 2, rgb: vec![0; 12] }.encode();
		assert_eq!(Output::decode(&image[..image.len() - 3]), Err(DecodeError::Truncated));
		let mut unknown = good;
		unknown[5] = 9;
		assert_eq!(Output::decode(&unknown), Err(DecodeError::Kind(9)));
	}

	fn hex(bytes: &[u8]) -> String {
		bytes.iter().map(|b| format!("{b:02x}")).collect()
	}
}
