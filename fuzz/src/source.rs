//! A fuzz input read as a stream of choices. An exhausted input reads as zeros, so every byte
//! string is a whole program and a shorter one is a prefix of it: a finding shrinks by cutting.

/// The choices left in an input.
pub struct Source<'a> {
	data: &'a [u8],
}

impl<'a> Source<'a> {
	pub fn new(data: &'a [u8]) -> Self {
		Self { data }
	}

	pub fn is_empty(&self) -> bool {
		self.data.is_empty()
	}

	pub fn byte(&mut self) -> u8 {
		match self.data.split_first() {
			Some((first, rest)) => {
				self.data = rest;
				*first
			},
			None => 0,
		}
	}

	/// Up to `n` bytes, fewer when the input runs out.
	pub fn bytes(&mut self, n: usize) -> &'a [u8] {
		let (taken, rest) = self.data.split_at(n.min(self.data.len()));
		self.data = rest;
		taken
	}

	pub fn array<const N: usize>(&mut self) -> [u8; N] {
		let mut out = [0; N];
		let taken = self.bytes(N);
		out[..taken.len()].copy_from_slice(taken);
		out
	}

	pub fn u32(&mut self) -> u32 {
		u32::from_le_bytes(self.array())
	}

	/// A number in `0..n` (`n` at most 256 is read from one byte), 0 when `n` is 0.
	pub fn below(&mut self, n: u32) -> u32 {
		match n {
			0 => 0,
			1..=256 => u32::from(self.byte()) % n,
			_ => self.u32() % n,
		}
	}

	/// True `numerator` times in 256.
	pub fn chance(&mut self, numerator: u8) -> bool {
		self.byte() < numerator
	}

	/// An amount of any order of magnitude, from one planck to a sizeable share of the supply,
	/// with exact round numbers (the edges of minimums and balances) likely.
	pub fn amount(&mut self) -> u128 {
		let exponent = self.below(23);
		let mantissa = match self.byte() {
			0..=63 => 1,
			byte => u128::from(byte) * 37 + u128::from(self.byte()),
		};
		mantissa * 10u128.pow(exponent)
	}

	/// One of `items`, or `None` when there are none.
	pub fn pick<'b, T>(&mut self, items: &'b [T]) -> Option<&'b T> {
		items.get(self.below(items.len() as u32) as usize)
	}
}

#[cfg(test)]
mod tests {
	use super::Source;

	#[test]
	fn an_exhausted_input_reads_as_zeros() {
		let mut source = Source::new(&[7, 1, 2]);
		assert_eq!(source.byte(), 7);
		assert_eq!(source.u32(), 0x0201);
		assert!(source.is_empty());
		assert_eq!((source.byte(), source.below(10), source.amount()), (0, 0, 1));
	}
}
