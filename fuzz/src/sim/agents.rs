//! The strategies and the agents that play them: what each commits and whether it reveals.

use codec::Encode;
use pallet_jobs::{Digest, JobId, Unavailable};
use sp_core::{sr25519, Pair};
use tessera_runtime::{AccountId, Balance};

/// How an agent plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strategy {
	/// Runs every job and reveals the true digest (or reports a dead input as unavailable).
	Honest,
	/// Computes nothing: commits and reveals a random digest.
	Lazy,
	/// Computes nothing and waits to copy: commits a random digest (a commitment binds the
	/// worker, so a peer's cannot be reused), waits for its peers' reveals and reveals only if
	/// they match its commitment; otherwise it withholds.
	Copier,
	/// Computes nothing: commits a random digest and never reveals it.
	Withholder,
	/// Three workers of one operator with the longest lock: they commit and reveal one shared
	/// wrong digest on every job, as workers and as auditors and verifiers.
	SybilRing,
	/// A lazy worker alone in an execution class, hoping never to be audited.
	AloneInClass,
	/// Two lazy identities of one operator owning a class between them, agreeing on one wrong
	/// digest, hoping to audit only each other.
	ClassPair,
	/// A worker that is also a validator (Alice, the first of the four), lazy only where an
	/// audit is its one risk: it computes as a seat of a redundant job or as an auditor, and
	/// commits a random digest as the lone worker of a job; when its next block would order
	/// an audit of such a job, it withholds the block (skips its slot) and lets the next
	/// slot's author draw instead.
	WithholdingAuthor,
	/// Stakes and heartbeats without serving a model, for era rewards.
	PotFarmer,
	/// Two lazy identities of one operator serving a model of its own, which only they
	/// serve: the first, also a creator a registrar admitted, spends its free Spark grant on
	/// lone jobs of that model, to be paid from the reward pot for work that only its own
	/// other identity audits, with the digest the two agree on.
	SparkLaunderer,
	/// A creator whose jobs name an input URL that never answers, to get workers slashed.
	GriefingCreator,
}

impl Strategy {
	pub fn describe(self) -> &'static str {
		match self {
			Self::Honest => "runs every job, reveals the true digest",
			Self::Lazy => "commits and reveals a random digest",
			Self::Copier => "random commitment, reveals only if its peers' reveals match it",
			Self::Withholder => "random commitment, never reveals",
			Self::SybilRing => "3 colluding workers, longest lock, one shared wrong digest",
			Self::AloneInClass => "lazy, the only worker of its execution class",
			Self::ClassPair => "2 sybils owning a class, one shared wrong digest",
			Self::WithholdingAuthor => {
				"validator, lazy on lone jobs, withholds a block that would audit one"
			},
			Self::PotFarmer => "stake and heartbeats, no model served",
			Self::SparkLaunderer => {
				"free Spark spent on its own model, served by its 2 lazy workers"
			},
			Self::GriefingCreator => "jobs whose input URL never answers",
		}
	}

	/// Whether it runs a job it holds a seat of, and so pays its compute; `lone`: the job's
	/// only seat, checked only if an audit is drawn.
	pub fn computes(self, lone: bool) -> bool {
		match self {
			Self::Honest => true,
			Self::WithholdingAuthor => !lone,
			_ => false,
		}
	}

	/// The digest it commits for job `job`, whose true result is `truth`; `noise` is this
	/// agent's random draw for the job; `lone` as for [`Self::computes`].
	pub fn digest(self, job: JobId, truth: Digest, noise: Digest, lone: bool) -> Digest {
		match self {
			_ if self.computes(lone) => truth,
			Self::SybilRing | Self::ClassPair | Self::SparkLaunderer => {
				sp_io::hashing::blake2_256(&(b"ring", job).encode())
			},
			_ => noise,
		}
	}

	/// Whether it reveals its committed `digest` now, given the digests its peers have revealed.
	pub fn reveals(self, digest: &Digest, peers: &[Digest]) -> bool {
		match self {
			Self::Withholder => false,
			Self::Copier => !peers.is_empty() && peers.iter().all(|peer| peer == digest),
			_ => true,
		}
	}
}

/// The true result of a job: its input's digest stands in for the model's output; a job whose
/// input never answers is reported unavailable.
pub fn truth(job: JobId, dead_input: bool) -> Digest {
	match dead_input {
		true => Unavailable::Unreachable.digest(),
		false => sp_io::hashing::blake2_256(&job.to_le_bytes()),
	}
}

/// One participant of a world.
pub struct Agent {
	pub strategy: Strategy,
	pub pair: sr25519::Pair,
	pub account: AccountId,
	/// What it puts at stake (a worker) or spends from (a creator): what its gain is scaled by.
	pub capital: Balance,
	/// Compute it paid for: the share of each job's pay that running it costs.
	pub spent: Balance,
}

impl Agent {
	pub fn new(strategy: Strategy, index: usize, capital: Balance) -> Self {
		let pair = sr25519::Pair::from_string(&format!("//tessera-sim/{index}"), None)
			.expect("a valid derivation path");
		let account = pair.public().into();
		Self { strategy, pair, account, capital, spent: 0 }
	}
}
