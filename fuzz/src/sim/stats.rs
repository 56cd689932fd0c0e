//! A sample's mean and its 95% confidence interval.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
	pub mean: f64,
	pub low: f64,
	pub high: f64,
}

impl Interval {
	/// The mean of `samples` ± `t` standard errors, `t` Student's 97.5% quantile for `n − 1`
	/// degrees of freedom (1.96 from 120 on): exact for normal samples, and what a few seeds
	/// of the short form need. One sample has no spread.
	pub fn of(samples: &[f64]) -> Self {
		let n = samples.len() as f64;
		let mean = samples.iter().sum::<f64>() / n;
		let spread = if samples.len() > 1 {
			let variance = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
			t_975(samples.len() - 1) * (variance / n).sqrt()
		} else {
			0.0
		};
		Self { mean, low: mean - spread, high: mean + spread }
	}
}

/// Student's t distribution's 97.5% quantile for `df` degrees of freedom.
fn t_975(df: usize) -> f64 {
	const TABLE: [f64; 30] = [
		12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
		2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
		2.052, 2.048, 2.045, 2.042,
	];
	match df {
		0 => f64::INFINITY,
		1..=30 => TABLE[df - 1],
		31..=60 => 2.000,
		61..=119 => 1.980,
		_ => 1.960,
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
	fn the_interval_is_the_mean_plus_or_minus_t_standard_errors() {
		let interval = Interval::of(&[1.0, 2.0, 3.0, 4.0]);
		assert_eq!(interval.mean, 2.5);
		// s = √(5/3), s/√4 ≈ 0.6455, × t(3) = 3.182 ≈ 2.0540.
		assert!((interval.high - 2.5 - 2.0540).abs() < 1e-3);
		assert!((interval.low - 2.5 + 2.0540).abs() < 1e-3);
		// Hundreds of seeds: the normal quantile.
		let many: Vec<f64> = (0..200).map(|i| f64::from(i % 2)).collect();
		let interval = Interval::of(&many);
		let standard_error = (0.25f64 * 200.0 / 199.0 / 200.0).sqrt();
		assert!((interval.high - 0.5 - 1.96 * standard_error).abs() < 1e-9);
	}
}
