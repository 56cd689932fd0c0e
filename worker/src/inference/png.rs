//! An image output as a PNG file, and back. The digest a worker commits to is of the canonical
//! encoding of the raw pixels ([`Output::Image`]), not of a PNG: PNG encoders may compress the
//! same pixels differently, so a client checks a PNG by decoding it and hashing the pixels.

use std::io::Cursor;

use anyhow::{bail, Context, Result};

use super::{output::image_len, Output};

/// `width` × `height` RGB pixels as a PNG (8 bits a channel, no alpha, no metadata).
pub fn encode(width: u32, height: u32, rgb: &[u8]) -> Result<Vec<u8>> {
	if image_len(width, height) != Some(rgb.len()) {
		bail!("{} bytes are not {width}×{height} RGB pixels", rgb.len());
	}
	let mut file = Vec::new();
	let mut encoder = ::png::Encoder::new(&mut file, width, height);
	encoder.set_color(::png::ColorType::Rgb);
	encoder.set_depth(::png::BitDepth::Eight);
	let mut writer = encoder.write_header()?;
	writer.write_image_data(rgb)?;
	writer.finish()?;
	Ok(file)
}

/// The image in a PNG file, which must be 8-bit RGB (what [`encode`] writes).
pub fn decode(file: &[u8]) -> Result<Output> {
	let mut reader = ::png::Decoder::new(Cursor::new(file)).read_info().context("not a PNG")?;
	let size = reader.output_buffer_size().context("the PNG is too large")?;
	let mut rgb = vec![0; size];
	let frame = reader.next_frame(&mut rgb).context("decoding the PNG")?;
	if frame.color_type != ::png::ColorType::Rgb || frame.bit_depth != ::png::BitDepth::Eight {
		bail!("the PNG is {:?} at {:?}, not 8-bit RGB", frame.color_type, frame.bit_depth);
	}
	rgb.truncate(frame.buffer_size());
	Ok(Output::Image { width: frame.width, height: frame.height, rgb })
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn pixels_survive_a_round_trip() {
		let rgb: Vec<u8> = (0..5 * 3 * 3).map(|i| (i * 17) as u8).collect();
		let file = encode(5, 3, &rgb).unwrap();
		assert_eq!(&file[..8], b"\x89PNG\r\n\x1a\n");
		assert_eq!(decode(&file).unwrap(), Output::Image { width: 5, height: 3, rgb });
	}

	#[test]
	fn wrong_sizes_and_other_files_are_refused() {
		assert!(encode(2, 2, &[0; 11]).is_err());
		assert!(decode(b"TSRA\x01\x03").is_err());
	}
}
