//! A fuzzer for the Tessera runtime: each input is a program of blocks, each block a few
//! actions by the dev accounts ([`calls`]), run on the real runtime natively from the
//! `local_testnet` genesis. After every block every pallet's `try_state` must hold and the
//! transactions must stay within their dispatch classes' shares of the block; any panic is a finding.
//!
//! [`run`] takes any byte string, as a coverage-guided fuzzer's target does;
//! `tessera-fuzz` (`src/main.rs`, `scripts/fuzz.sh`) feeds it random inputs for a while and
//! reports what was executed and what failed, with the input that failed.
//!
//! Everything here needs the `try-runtime` feature (see Cargo.toml).
#![cfg(feature = "try-runtime")]

pub mod actors;
pub mod calls;
pub mod chain;
pub mod random;
pub mod sim;
pub mod source;

use std::{fmt, ops::AddAssign};

use chain::Chain;
use source::Source;

/// Most blocks one input may run: deadlines (commit 20, reveal 10 blocks), sessions and short
/// sales all fit, and one input stays well under a second.
pub const MAX_BLOCKS: u32 = 240;

/// What inputs executed, summed over a run.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stats {
	pub inputs: u64,
	pub blocks: u64,
	pub extrinsics: u64,
	pub succeeded: u64,
	/// Included, but the call returned an error.
	pub failed: u64,
	/// Refused before dispatch (bad nonce, no funds for the fee, not authorized).
	pub invalid: u64,
	pub root_calls: u64,
	pub root_calls_ok: u64,
	pub jobs_submitted: u64,
	pub jobs_assigned: u64,
	pub jobs_settled: u64,
	pub jobs_refunded: u64,
	pub disputes: u64,
	/// Results rejected and deadlines missed.
	pub penalties: u64,
}

impl AddAssign for Stats {
	fn add_assign(&mut self, other: Self) {
		self.inputs += other.inputs;
		self.blocks += other.blocks;
		self.extrinsics += other.extrinsics;
		self.succeeded += other.succeeded;
		self.failed += other.failed;
		self.invalid += other.invalid;
		self.root_calls += other.root_calls;
		self.root_calls_ok += other.root_calls_ok;
		self.jobs_submitted += other.jobs_submitted;
		self.jobs_assigned += other.jobs_assigned;
		self.jobs_settled += other.jobs_settled;
		self.jobs_refunded += other.jobs_refunded;
		self.disputes += other.disputes;
		self.penalties += other.penalties;
	}
}

impl fmt::Display for Stats {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		write!(
			f,
			"{} inputs, {} blocks, {} calls ({} extrinsics: {} ok, {} failed, {} invalid; {} root \
			 calls, {} ok); jobs: {} submitted, {} assigned, {} settled, {} refunded, {} disputes, \
			 {} penalties",
			self.inputs,
			self.blocks,
			self.extrinsics + self.root_calls,
			self.extrinsics,
			self.succeeded,
			self.failed,
			self.invalid,
			self.root_calls,
			self.root_calls_ok,
			self.jobs_submitted,
			self.jobs_assigned,
			self.jobs_settled,
			self.jobs_refunded,
			self.disputes,
			self.penalties,
		)
	}
}

/// Runs `input` as a program; panics on a finding.
pub fn run(input: &[u8]) -> Stats {
	let mut source = Source::new(input);
	let mut memory = calls::Memory::default();
	chain::genesis().execute_with(|| {
		let mut chain = Chain::new();
		while !source.is_empty() && chain.stats.blocks < u64::from(MAX_BLOCKS) {
			chain.open_block(u64::from(source.below(3)));
			for _ in 0..source.below(9) {
				let action = calls::next_action(&mut source, &mut memory);
				chain.perform(action);
			}
			chain.close_block();
			// Now and then time passes with nothing sent, so that deadlines fall due.
			if source.chance(24) {
				let room = u64::from(MAX_BLOCKS).saturating_sub(chain.stats.blocks);
				for _ in 0..u64::from(1 + source.below(40)).min(room) {
					chain.open_block(0);
					chain.close_block();
				}
			}
		}
		Stats { inputs: 1, ..chain.stats }
	})
}

#[cfg(test)]
mod tests;
