//! The job, its seats and its queues, as stored; and the read-only views the runtime API
//! returns.

use crate::{BalanceOf, Config};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compute_staking::{ExecutionClass, ModelId};
use pallet_spark::SparkCharge;
use scale_info::TypeInfo;

/// Jobs are numbered from zero in submission order.
pub type JobId = u64;
/// A content digest: blake2-256 of the output (or of a large input).
pub type Digest = [u8; 32];
/// A worker's blinding value in its commitment.
pub type Salt = [u8; 32];
/// `blake2_256(digest ‖ salt ‖ worker)`.
pub type Commitment = [u8; 32];
/// Where an input or an output can be fetched.
pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;

/// What a job computes on: small inputs (a prompt and its parameters) travel inline, large
/// ones as a digest the worker checks after fetching them from the URI.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub enum JobInput<T: Config> {
	Inline(BoundedVec<u8, T::MaxInputLen>),
	Remote { digest: Digest, uri: UriOf<T> },
}

/// How the creator pays.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PayWith {
	/// Spark, premium first: nothing is transferred from the creator.
	Spark,
	/// The native token at the Spark price less `TokenDiscount`.
	Token,
}

/// One job of a submission.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct JobSpec<T: Config> {
	pub model: ModelId,
	pub input: JobInput<T>,
	/// How many of the model's jobs this is (e.g. images in a render): the cost is
	/// `units × units_per_job × redundancy` Spark.
	pub units: u32,
	/// How many workers run it independently; their digests must agree.
	pub redundancy: u8,
	pub pay_with: PayWith,
}

/// What the creator paid, kept to refund exactly that.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Payment {
	/// Spark burned from the creator; the reward pot holds the job's native-token value.
	Spark(SparkCharge),
	/// Native token held in the creator's account.
	Token,
}

impl Payment {
	/// Jobs paid wholly with premium Spark, or with token, go in the priority lane.
	pub fn buys_priority(&self) -> bool {
		match self {
			Payment::Spark(charge) => charge.all_premium(),
			Payment::Token => true,
		}
	}
}

/// Where a job is in its life. Finished jobs leave [`crate::Jobs`] and keep a [`JobOutcome`].
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum JobStatus<BlockNumber> {
	/// Waiting in a lane for workers: new, after a missed deadline, or for an auditor or
	/// verifiers.
	Queued,
	/// Seats are filled; every seat commits before `commit_by`.
	Committing { commit_by: BlockNumber, reveal_by: BlockNumber },
	/// Every seat has committed; every seat reveals before `reveal_by`.
	Revealing { reveal_by: BlockNumber },
	/// A single worker has committed; the hook `DrawDelay` blocks later decides whether an
	/// auditor re-runs the job, from randomness the worker could not know when it committed.
	AuditDraw { reveal_by: BlockNumber },
	/// Escalation found no clear majority: an arbitration referendum decides, or the job is
	/// voided and refunded at `until`.
	Arbitration { until: BlockNumber },
}

/// Why a worker holds a seat: paid by the job, or checking it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum SeatRole {
	/// One of the `redundancy` runs the creator paid for.
	Worker,
	/// Drawn at random to re-run a single-worker job.
	Auditor,
	/// Added when results disagree, to find the majority.
	Verifier,
}

/// One assigned worker and what it has attested so far.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Seat<T: Config> {
	pub worker: T::AccountId,
	pub role: SeatRole,
	/// The worker's slashable stake when it was seated: the weight of its result in a dispute.
	pub stake: u128,
	pub commitment: Option<Commitment>,
	pub revealed: Option<(Digest, UriOf<T>)>,
}

/// A job between submission and settlement or refund.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Job<T: Config> {
	pub creator: T::AccountId,
	pub model: ModelId,
	/// The blake2-256 of the model's weights when the job was accepted: what provenance names.
	pub model_hash: [u8; 32],
	pub units: u32,
	pub redundancy: u8,
	pub payment: Payment,
	/// The account whose native token is held for the job: the creator for token payments,
	/// the reward pot for Spark payments.
	pub payer: T::AccountId,
	/// The held native token that settlement pays out or a refund releases.
	pub escrow: BalanceOf<T>,
	/// Fixed by the first worker drawn; every later seat is of the same class.
	pub class: Option<ExecutionClass>,
	/// Seating rounds started (assignment, reassignment, audit, escalation): queue entries of
	/// an earlier round are stale.
	pub attempt: u8,
	/// Rounds in which a seat missed a deadline; at `MaxAttempts` the job is given up.
	pub missed_rounds: u8,
	/// Seats the job needs now: `redundancy`, one more when audited, `EscalationSize` more
	/// per escalation.
	pub wanted: u8,
	/// Escalation rounds started.
	pub escalations: u8,
	pub status: JobStatus<BlockNumberFor<T>>,
	pub seats: BoundedVec<Seat<T>, T::MaxSeats>,
}

impl<T: Config> Job<T> {
	pub fn seat_of(&self, who: &T::AccountId) -> Option<usize> {
		self.seats.iter().position(|seat| seat.worker == *who)
	}

	pub fn all_committed(&self) -> bool {
		self.seats.len() == usize::from(self.wanted)
			&& self.seats.iter().all(|seat| seat.commitment.is_some())
	}

	pub fn all_revealed(&self) -> bool {
		self.seats.len() == usize::from(self.wanted)
			&& self.seats.iter().all(|seat| seat.revealed.is_some())
	}

	/// Whether results disagreed: verifiers were added, or arbitration was called.
	pub fn disputed(&self) -> bool {
		self.escalations > 0
	}

	/// A single-worker job with no auditor seat yet: its result is checked only if the audit
	/// draw after its commit orders one, so its worker is caught with probability `AuditRate`.
	pub fn awaits_audit_draw(&self) -> bool {
		self.redundancy == 1 && self.wanted == 1
	}

	/// Whether every result revealed so far is the same, none is an unavailable report, and
	/// none ever disagreed.
	pub fn results_agree(&self) -> bool {
		let mut digests = self.seats.iter().filter_map(|seat| seat.revealed.as_ref());
		let first = digests.next().map(|(digest, _)| *digest);
		!self.disputed()
			&& first.is_none_or(|digest| Unavailable::of(&digest).is_none())
			&& digests.all(|(digest, _)| Some(*digest) == first)
	}

	/// The seats that revealed an unavailable report, and those that revealed a result.
	pub fn reports(&self) -> (usize, usize) {
		self.seats.iter().filter_map(|seat| seat.revealed.as_ref()).fold(
			(0, 0),
			|(unavailable, results), (digest, _)| match Unavailable::of(digest) {
				Some(_) => (unavailable + 1, results),
				None => (unavailable, results + 1),
			},
		)
	}
}

/// What an arbitration referendum decides about a disputed job.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Resolution {
	/// This revealed digest is the right result: its workers are paid, the others slashed.
	Uphold(Digest),
	/// No result stands: the job is refunded, nobody is paid or slashed.
	Void,
}

/// Why a job's payment went back to its creator.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum RefundReason {
	/// No workers could be found within `MaxWait`.
	Expired,
	/// Workers missed their deadlines `MaxAttempts` times.
	TooManyAttempts,
	/// An arbitration referendum voided the disputed job.
	Voided,
	/// No arbitration decided the disputed job within `ArbitrationPeriod`.
	Unresolved,
}

/// What is kept of a finished job for `ResultRetention` blocks.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub enum JobOutcome<T: Config> {
	Settled {
		/// Who may mint the output's provenance NFT.
		creator: T::AccountId,
		model: ModelId,
		model_hash: [u8; 32],
		digest: Digest,
		/// Where the first revealer of the winning digest serves the output.
		uri: UriOf<T>,
		/// The workers whose digest stood.
		workers: BoundedVec<T::AccountId, T::MaxSeats>,
		at: BlockNumberFor<T>,
	},
	Refunded {
		reason: RefundReason,
		at: BlockNumberFor<T>,
	},
	/// Most seats could not get or run the input: the creator's failure. The seats that said
	/// so were paid an attempt fee, the rest of the payment went back to the creator, and the
	/// submission deposit was forfeited.
	Unavailable {
		reason: Unavailable,
		/// The seats paid an attempt fee.
		workers: BoundedVec<T::AccountId, T::MaxSeats>,
		at: BlockNumberFor<T>,
	},
}

/// Why a worker could not compute a job: an input it could not get, or one that the model's
/// declared limits forbid. Every honest reason not to compute is one of these, reported in
/// time like any result ([`Unavailable::digest`]), so that silence is never honest.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Unavailable {
	/// The input's server did not answer within the worker's bounded time and retries.
	Unreachable,
	/// The input's server answered with an error status.
	HttpError,
	/// The input was larger than a worker fetches.
	TooLarge,
	/// The bytes fetched do not hash to the job's input digest.
	DigestMismatch,
	/// The input's URI is not one a worker fetches (not UTF-8, not `http://`).
	BadUri,
	/// The job asks more than the model's declared limits allow (an image too large for its
	/// memory bound).
	OverModelLimits,
}

/// What an "unavailable" digest starts with: 20 readable bytes, then zeros, then the reason's
/// code. No output hashes to it (a blake2-256 preimage of a chosen 248-bit prefix), so the
/// chain tells an unavailable report from a result by its digest alone and the commit-reveal
/// protocol stays as it is.
const UNAVAILABLE_PREFIX: &[u8; 20] = b"tessera:unavailable:";

impl Unavailable {
	const ALL: [Unavailable; 6] = [
		Unavailable::Unreachable,
		Unavailable::HttpError,
		Unavailable::TooLarge,
		Unavailable::DigestMismatch,
		Unavailable::BadUri,
		Unavailable::OverModelLimits,
	];

	/// The digest a worker commits to and reveals to report this reason.
	pub fn digest(self) -> Digest {
		let mut digest = [0u8; 32];
		digest[..UNAVAILABLE_PREFIX.len()].copy_from_slice(UNAVAILABLE_PREFIX);
		digest[31] = self as u8;
		digest
	}

	/// The reason `digest` reports, if it is an unavailable digest.
	pub fn of(digest: &Digest) -> Option<Unavailable> {
		let (head, code) = digest.split_at(31);
		let reported = head.starts_with(UNAVAILABLE_PREFIX)
			&& head[UNAVAILABLE_PREFIX.len()..].iter().all(|byte| *byte == 0);
		reported.then(|| Self::ALL.get(usize::from(code[0])).copied()).flatten()
	}
}

/// The FIFO queues the block hook works through.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum QueueKind {
	/// Premium-Spark and token jobs waiting for workers.
	Priority,
	/// Free-Spark jobs waiting for workers.
	Standard,
	/// Commit deadlines, in assignment order.
	CommitDeadlines,
	/// Reveal deadlines, queued as commit deadlines pass (in commit-deadline order).
	RevealDeadlines,
	/// Finished jobs whose outcome is pruned when due.
	Retention,
	/// Single-worker jobs whose audit is drawn when due.
	AuditDraws,
	/// Disputes voided when due unless arbitration decided them.
	Arbitrations,
	/// Commit deadlines of jobs whose window is `CommitWindow × 2^tier`, tier ≥ 1, in
	/// assignment order (so in due order: one window per queue).
	LongCommitDeadlines(u8),
}

impl QueueKind {
	/// The queue of commit deadlines of windows `CommitWindow × 2^tier`.
	pub fn commit_deadlines(tier: u8) -> QueueKind {
		if tier == 0 {
			QueueKind::CommitDeadlines
		} else {
			QueueKind::LongCommitDeadlines(tier)
		}
	}

	pub fn is_commit_deadlines(&self) -> bool {
		matches!(self, QueueKind::CommitDeadlines | QueueKind::LongCommitDeadlines(_))
	}
}

/// A queue entry: `job` in round `attempt`, due at `due` (expiry, deadline or pruning
/// block). An entry whose job has moved on since is stale and skipped.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct QueueEntry<BlockNumber> {
	pub job: JobId,
	pub attempt: u8,
	pub due: BlockNumber,
}

/// The occupied slots `head..tail` of a ring-buffered queue.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct QueueBounds {
	pub head: u32,
	pub tail: u32,
}

impl QueueBounds {
	pub fn len(&self) -> u32 {
		self.tail.wrapping_sub(self.head)
	}

	pub fn is_empty(&self) -> bool {
		self.head == self.tail
	}
}

/// A job's input as the runtime API returns it (bytes as `0x…` hex in JSON).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum InputView {
	Inline(
		#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))] Vec<u8>,
	),
	Remote {
		#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))]
		digest: Digest,
		#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))]
		uri: Vec<u8>,
	},
}

/// A job as a worker sees it: what to run and what is due next.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct AssignedJob<BlockNumber> {
	pub job: JobId,
	pub model: ModelId,
	pub input: InputView,
	pub units: u32,
	pub role: SeatRole,
	pub commit_by: Option<BlockNumber>,
	pub reveal_by: Option<BlockNumber>,
	pub committed: bool,
	/// Whether `reveal_result` is accepted now.
	pub reveals_open: bool,
	pub revealed: bool,
}

/// Where a job stands, as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum JobState<AccountId, BlockNumber> {
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Queued { attempt: u8 },
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Committing { workers: Vec<AccountId>, commit_by: BlockNumber, reveal_by: BlockNumber },
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Revealing { workers: Vec<AccountId>, reveal_by: BlockNumber },
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	AuditDraw { workers: Vec<AccountId>, reveal_by: BlockNumber },
	/// The revealed digests, by worker, that arbitration chooses between.
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Arbitration { results: Vec<RevealedResult<AccountId>>, until: BlockNumber },
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Settled {
		#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))]
		digest: Digest,
		#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))]
		uri: Vec<u8>,
		workers: Vec<AccountId>,
		at: BlockNumber,
	},
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Refunded { reason: RefundReason, at: BlockNumber },
	/// Most seats could not get or run the input: see [`JobOutcome::Unavailable`].
	#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
	Unavailable { reason: Unavailable, workers: Vec<AccountId>, at: BlockNumber },
}

/// A worker's revealed digest, as the runtime API returns it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct RevealedResult<AccountId> {
	pub worker: AccountId,
	#[cfg_attr(feature = "std", serde(serialize_with = "sp_core::bytes::serialize"))]
	pub digest: Digest,
}

/// One result a worker reveals: the digest and salt it committed to, and where it serves the
/// output.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Reveal<T: Config> {
	pub job: JobId,
	pub digest: Digest,
	pub salt: Salt,
	pub uri: UriOf<T>,
}

/// The commitment a worker submits for `digest`: binding the worker's account means a peer
/// cannot replay someone else's commitment as its own.
pub fn commitment_of<AccountId: Encode>(
	digest: &Digest,
	salt: &Salt,
	worker: &AccountId,
) -> Commitment {
	let mut preimage = Vec::with_capacity(64 + worker.size_hint());
	preimage.extend_from_slice(digest);
	preimage.extend_from_slice(salt);
	worker.encode_to(&mut preimage);
	sp_io::hashing::blake2_256(&preimage)
}
