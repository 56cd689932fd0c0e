//! Seeded random numbers that are the same on every machine and device. candle's own random
//! tensors cannot be seeded on the CPU, and differ between backends, so the worker draws what
//! must be reproducible (tiny models' weights, diffusion's starting noise) from SplitMix64 on
//! the host.

/// A deterministic stream of numbers (SplitMix64).
pub struct SplitMix64(u64);

impl SplitMix64 {
	pub fn new(seed: u64) -> Self {
		Self(seed)
	}

	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	/// Uniform in [0, 1), from the top 53 bits.
	fn next_unit(&mut self) -> f64 {
		(self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
	}

	/// Uniform in [-scale, scale).
	pub fn next_f32(&mut self, scale: f32) -> f32 {
		let unit = (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32;
		(unit * 2.0 - 1.0) * scale
	}

	/// `count` standard normal samples (Box–Muller in f64, rounded to f32). `ln`, `sqrt`, `sin`
	/// and `cos` of f64 are correctly rounded or nearly so in every libm the worker is built
	/// with, and the rounding to f32 absorbs the rest.
	pub fn normals(&mut self, count: usize) -> Vec<f32> {
		let mut out = Vec::with_capacity(count + 1);
		while out.len() < count {
			// 1 - u is in (0, 1]: the logarithm is finite.
			let radius = (-2.0 * (1.0 - self.next_unit()).ln()).sqrt();
			let angle = std::f64::consts::TAU * self.next_unit();
			out.push((radius * angle.cos()) as f32);
			out.push((radius * angle.sin()) as f32);
		}
		out.truncate(count);
		out
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn one_seed_gives_one_stream() {
		assert_eq!(SplitMix64::new(3).normals(9), SplitMix64::new(3).normals(9));
		assert_ne!(SplitMix64::new(3).normals(9), SplitMix64::new(4).normals(9));
		// The first output of SplitMix64 seeded with 0 (the reference implementation's).
		assert_eq!(SplitMix64::new(0).next_u64(), 0xe220_a839_7b1d_cdaf);
	}

	#[test]
	fn normals_are_standard() {
		let samples = SplitMix64::new(11).normals(100_000);
		let n = samples.len() as f64;
		let mean = samples.iter().map(|&x| x as f64).sum::<f64>() / n;
		let variance = samples.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n;
		// Standard errors: 1/sqrt(n) ≈ 0.003 for the mean, sqrt(2/n) ≈ 0.0045 for the variance.
		assert!(mean.abs() < 0.015, "mean {mean}");
		assert!((variance - 1.0).abs() < 0.025, "variance {variance}");
	}
}
