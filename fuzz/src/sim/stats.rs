//! A sample's mean and its 95% confidence interval.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
	pub mean: f64,
	pub low: f64,
	pub high: f64,
}

impl Interval {
	/// The mean of `samples` ± 1.96 standard errors: the normal approximation, sound for the
	/// hundreds of seeds the full run plays. One sample has no spread.
	pub fn of(samples: &[f64]) -> Self {
		let n = samples.len() as f64;
		let mean = samples.iter().sum::<f64>() / n;
		let spread = if samples.len() > 1 {
			let variance = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
			1.96 * (variance / n).sqrt()
		} else {
			0.0
		};
		Self { mean, low: mean - spread, high: mean + spread }
	}
}

impl fmt::Display for Interval {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(f, "{:.4} [{:.4}, {:.4}]", self.mean, self.low, self.high)
	}
}

#[cfg(test)]
mod tests {
	use super::Interval;

	#[test]
	fn the_interval_is_the_mean_plus_or_minus_two_standard_errors() {
		let interval = Interval::of(&[1.0, 2.0, 3.0, 4.0]);
		assert_eq!(interval.mean, 2.5);
		// s = √(5/3), s/√4 ≈ 0.6455, × 1.96 ≈ 1.2652.
		assert!((interval.high - 2.5 - 1.2652).abs() < 1e-3);
		assert!((interval.low - 2.5 + 1.2652).abs() < 1e-3);
	}
}
