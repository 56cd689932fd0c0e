//! # The adversarial simulation
//!
//! Plays the cheating strategies of `docs/verification.md` against honest workers on the real
//! runtime, natively, from the `local_testnet` genesis: every call a signed (or, for
//! heartbeats, general) transaction paying its fee, every block through the pallets' hooks and
//! `try_state`. One seed is one world ([`world`]): a creator submitting single-worker and
//! redundant jobs every block, honest workers, and one or more agents of every strategy
//! ([`Strategy`]). Each agent's gain is its wealth at the end (balance, held stake, rewards
//! owed) less its pending slashes and the compute it spent, against its wealth before it
//! joined; it is reported in TSR per 1,000 TSR of capital per day.
//!
//! [`simulate`] plays many seeds and gives each strategy's mean gain with a 95% interval;
//! [`Report::check`] holds the claim of issue 28: the honest worker's interval lies above
//! zero, every other strategy's below zero and below the honest worker's, and no honest
//! worker is ever slashed over a griefing creator's jobs. `tessera-sim` runs it
//! (`scripts/simulate.sh`); the test suite runs a short form.

mod agents;
mod stats;
mod world;

pub use agents::Strategy;
pub use stats::Interval;

use std::{collections::BTreeMap, fmt};

/// What one world ended with.
pub struct Played {
	/// Each strategy's gain, its agents averaged, in TSR per 1,000 TSR of capital per day.
	pub gains: BTreeMap<Strategy, f64>,
	/// Slashes reported against honest workers over the griefing creator's jobs.
	pub victim_slashes: u32,
	/// Penalties (results rejected, deadlines missed, reveals withheld) of honest workers on
	/// any job: what colluders or bad luck cost them.
	pub honest_penalties: u32,
	/// Jobs that settled, to show the market ran.
	pub settled: u32,
	/// Blocks the withholding author did not publish, to show it played.
	pub withheld: u32,
	/// The launderer's free-Spark jobs on its own model: accepted, refused.
	pub laundered: (u32, u32),
}

/// How thoroughly a run checks the runtime's books.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checks {
	/// Every pallet's `try_state` after every block: the test suite's short form.
	EveryBlock,
	/// Once at the end of each world: the full run, where per-block checks would dominate.
	EndOfWorld,
}

/// Every strategy's gain over `seeds` worlds.
pub struct Report {
	pub seeds: u64,
	pub rows: Vec<(Strategy, Interval)>,
	pub victim_slashes: u32,
	pub honest_penalties: u32,
	pub settled: u64,
	pub withheld: u32,
	pub laundered: (u32, u32),
}

/// Plays `seeds` worlds (seeds `0..seeds`) and summarizes them.
pub fn simulate(seeds: u64, checks: Checks) -> Report {
	let mut samples = BTreeMap::<Strategy, Vec<f64>>::new();
	let (mut victim_slashes, mut honest_penalties, mut settled, mut withheld) = (0, 0, 0, 0);
	let mut laundered = (0, 0);
	for seed in 0..seeds {
		let played = world::World::play(seed, checks == Checks::EveryBlock);
		for (strategy, gain) in played.gains {
			samples.entry(strategy).or_default().push(gain);
		}
		victim_slashes += played.victim_slashes;
		honest_penalties += played.honest_penalties;
		settled += u64::from(played.settled);
		withheld += played.withheld;
		laundered = (laundered.0 + played.laundered.0, laundered.1 + played.laundered.1);
	}
	let rows =
		samples.into_iter().map(|(strategy, gains)| (strategy, Interval::of(&gains))).collect();
	Report { seeds, rows, victim_slashes, honest_penalties, settled, withheld, laundered }
}

impl Report {
	fn interval(&self, strategy: Strategy) -> Option<Interval> {
		self.rows.iter().find(|(played, _)| *played == strategy).map(|(_, interval)| *interval)
	}

	/// The claim: honest work pays, every other strategy loses, griefing costs its victims
	/// nothing.
	pub fn check(&self) -> Result<(), String> {
		let honest = self.interval(Strategy::Honest).ok_or("no honest worker played")?;
		if honest.low <= 0.0 {
			return Err(format!("the honest worker's gain {honest} is not above zero"));
		}
		for (strategy, interval) in &self.rows {
			if *strategy == Strategy::Honest {
				continue;
			}
			if interval.high >= 0.0 || interval.high >= honest.low {
				return Err(format!(
					"{strategy:?} gains {interval}, not below zero and the honest worker's {honest}"
				));
			}
		}
		if self.victim_slashes > 0 {
			return Err(format!(
				"honest workers were slashed {} times over a griefing creator's jobs",
				self.victim_slashes
			));
		}
		Ok(())
	}
}

impl fmt::Display for Report {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		writeln!(
			f,
			"{} seeds of {} blocks, {} jobs settled; gain in TSR per 1,000 TSR of capital per day, \
			 mean and 95% interval",
			self.seeds,
			world::BLOCKS,
			self.settled
		)?;
		writeln!(f, "| strategy | what it does | mean gain | 95% interval |")?;
		writeln!(f, "|---|---|---:|---|")?;
		for (strategy, interval) in &self.rows {
			writeln!(
				f,
				"| {strategy:?} | {} | {:.4} | [{:.4}, {:.4}] |",
				strategy.describe(),
				interval.mean,
				interval.low,
				interval.high
			)?;
		}
		write!(
			f,
			"honest workers penalized: {} times in all, {} over griefing jobs; blocks withheld by \
			 the withholding author: {}; the launderer's free-Spark jobs on its own model: {} \
			 accepted, {} refused",
			self.honest_penalties,
			self.victim_slashes,
			self.withheld,
			self.laundered.0,
			self.laundered.1
		)
	}
}
