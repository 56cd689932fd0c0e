//! Random inputs from a seed (SplitMix64): the same seed gives the same inputs on every
//! machine, so a run is reproduced from the seed it prints.

pub struct Inputs {
	state: u64,
}

impl Inputs {
	pub fn new(seed: u64) -> Self {
		Self { state: seed }
	}

	fn next_u64(&mut self) -> u64 {
		self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.state;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	/// The next input: 256 bytes to 8 KiB, long enough for a program of many blocks.
	pub fn next_input(&mut self) -> Vec<u8> {
		let len = 256 + (self.next_u64() % (8192 - 256)) as usize;
		let mut input = Vec::with_capacity(len + 8);
		while input.len() < len {
			input.extend_from_slice(&self.next_u64().to_le_bytes());
		}
		input.truncate(len);
		input
	}
}
