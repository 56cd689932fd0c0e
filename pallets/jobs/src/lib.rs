//! # Jobs: the compute market
//!
//! Creators pay for inference jobs; the chain assigns each job to workers it draws at random
//! by stake and quality; the workers commit to their result, then reveal it; when the revealed
//! digests agree the payment is split between the workers, the model's owner and the
//! treasury. Every job ends settled or refunded: nothing is stuck, nothing is lost.
//!
//! ## Submitting
//! [`Pallet::submit_job`] (or [`Pallet::submit_jobs`] for a project of up to
//! [`Config::MaxJobsPerBatch`] jobs, all or nothing) takes a [`JobSpec`]: the model, the
//! input (inline up to [`Config::MaxInputLen`] bytes, or a digest and URI), the units and the
//! redundancy. The cost is `units × units_per_job × redundancy` Spark: every redundant run is
//! paid for.
//! - Paid in Spark, it is burned (premium first) and the reward pot's native token worth that
//!   Spark at the current price moves to the pallet's escrow account, so the workers' pay is
//!   reserved the moment the job is accepted.
//! - Paid in token, the creator's native token worth the Spark less [`Config::TokenDiscount`]
//!   moves to the escrow account, with a [`Config::SubmissionDeposit`].
//!
//! Escrow is held ([`HoldReason::JobPayment`], [`HoldReason::JobDeposit`]) in the pallet's own
//! account ([`Pallet::escrow_account`]), not the creator's: a creator who locks or freezes its
//! balance after submitting (a conviction vote locks holds too) cannot stop its job's payment.
//! One account holds at most [`Config::MaxLiveJobsPerAccount`] live jobs, a model at most
//! twice what its servers can hold, and a model nobody serves takes no job, so that nobody can
//! fill the market's [`Config::MaxLiveJobs`] with jobs no worker will run.
//!
//! Jobs paid with premium Spark or token go to the priority lane, free-Spark jobs to the
//! standard lane.
//!
//! ## Assignment
//! The block hook ([`Hooks::on_initialize`]) works through the lanes within
//! [`Config::HookWeight`]. For each job it draws `redundancy` distinct workers among the
//! model's active, online servers of one execution class, each with probability proportional
//! to its stake-and-quality weight from pallet-compute-staking, using [`Config::Randomness`]
//! seeded with the job and its round. A job that finds too few workers goes back to the end of
//! its lane; one that waits longer than [`Config::MaxWait`] is refunded in full.
//!
//! ## Commit and reveal
//! Each seat commits `blake2_256(digest ‖ salt ‖ worker)` before the commit deadline
//! ([`Config::CommitWindow`] after assignment); reveals open when every seat has committed, so
//! nobody can copy a peer's digest, and close [`Config::RevealWindow`] later. A reveal that
//! does not hash to its commitment is rejected. Workers send many commits or reveals in one
//! [`Pallet::commit_results`] / [`Pallet::reveal_results`] call; each item stands on its own.
//!
//! ## Inputs a worker cannot get
//! A worker that cannot fetch a remote input, or whose model's limits forbid it, reports that
//! as its result: the digest [`Unavailable::digest`] of a reason, committed and revealed like
//! any other. When more seats report it than a result, the job ends as the creator's failure:
//! each reporting seat earns [`Config::AttemptFee`] of a seat's pay, the rest is refunded, the
//! deposit is forfeited, nobody is slashed. A lone worker's report is checked by a second
//! worker first. When fewer seats report it, the results are verified among the seats that
//! computed them (at least two must agree), and the reporters earn nothing.
//!
//! ## Settlement and deadlines
//! When the last seat reveals and all digests agree, the held payment goes to the model owner
//! (its fee share), the treasury ([`Config::ProtocolFee`] and the division remainder) and the
//! workers (the rest, in equal parts), and each worker's quality rises. A worker that misses a
//! commit deadline is slashed [`Config::MissedDeadlineSlash`] (deferred, appealable), loses
//! quality and its seat; one that committed and misses its reveal deadline withheld its result
//! and is slashed [`Config::DisputeSlash`], as a wrong result would be. Either way the job goes
//! back to the priority lane for the missing seats. After
//! [`Config::MaxAttempts`] rounds it is refunded.
//!
//! ## Verification
//! Jobs are seated only in an execution class that governance registered, once the model
//! has the class's quorum of candidates (pallet-compute-staking's `ClassRules`). A
//! single-worker job is seated only where [`Config::MinAuditors`] other workers of its class
//! could audit it; otherwise its auditor is seated with it from the start
//! ([`Event::AuditedFromStart`]), so a worker that is alone in a class, or whose class has no
//! one to audit it later, is never left unchecked.
//!
//! A single-worker job is audited with probability [`Config::AuditRate`]: one block after the
//! worker commits, so that the worker cannot know at commit time, the hook draws whether
//! another worker of the same class re-runs it. The auditor commits before anyone reveals.
//! Results that disagree (between redundant workers, or a worker and its auditor) are
//! settled by a clear majority, one digest holding more than half of the revealed seats *and*
//! of their stake; without one, [`Config::EscalationSize`] verifiers are added, up to
//! [`Config::MaxEscalations`] times, and then an arbitration referendum decides
//! ([`Pallet::resolve_dispute`]), or the job is refunded after [`Config::ArbitrationPeriod`].
//! Workers whose digest lost are slashed [`Config::DisputeSlash`] (deferred: the arbitration
//! track can cancel it on appeal); the winners share part of the slash when it is applied.
//! Every winner, auditors and verifiers included, earns one worker's pay; what the escrow
//! cannot cover comes from the protocol fee and then the treasury, so checking never costs
//! the creator. See `docs/verification.md` for why cheating loses money with these numbers.
//!
//! ## Provenance
//! The creator of a settled job may mint its output as an NFT ([`Pallet::mint_output`])
//! while the outcome is retained; its metadata names the job, the model's weights hash and
//! the output digest.
//!
//! ## Storage
//! Live jobs are bounded by [`Config::MaxLiveJobs`]; queues are ring buffers with O(1) push and
//! pop; a finished job leaves a [`JobOutcome`] for [`Config::ResultRetention`] blocks, at most
//! [`Config::MaxRetainedOutcomes`] of them.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use affiliation::Affiliation;
pub use pallet::*;
pub use provenance::OutputProvenance;
pub use randomness::ParentHashRandomness;
pub use types::*;
pub use weights::WeightInfo;

mod affiliation;
mod assignment;
mod attestation;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod deadlines;
mod escrow;
mod grants;
mod hooks;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod provenance;
mod queues;
mod randomness;
pub mod runtime_api;
mod settlement;
mod shortfalls;
mod submission;
#[cfg(test)]
mod tests;
mod types;
mod unavailable;
mod verification;
pub mod weights;
mod windows;

/// Sets up what the benchmarks need that the pallet cannot create itself.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers a model that costs one Spark unit per job; returns its id.
	fn register_model(owner: &AccountId) -> pallet_compute_staking::ModelId;
	/// Registers `who` as a funded, active worker of `class` serving `model`.
	fn register_worker(who: &AccountId, model: pallet_compute_staking::ModelId, class: &[u8]);
	/// Gives `who` enough premium Spark for `units`.
	fn give_spark(who: &AccountId, units: pallet_spark::SparkAmount);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::PalletId;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, Randomness},
	};
	use frame_system::pallet_prelude::*;
	use pallet_compute_staking::{traits::ComputeWorkers, ExecutionClass, ModelId, SlashId};
	use pallet_spark::{SparkCharge, SparkSpender};
	use sp_runtime::Perbill;

	/// The layout of this pallet's storage; see [`crate::migrations`].
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	/// The native-token amount type.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The payment of an open job, in the escrow account.
		JobPayment,
		/// The submission deposit of an open token-paid job, in the escrow account.
		JobDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token: held as payment, paid to workers, owners and the treasury.
		type Currency: fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, which include this pallet's.
		type RuntimeHoldReason: From<HoldReason>;

		/// Charges and refunds Spark, and prices it.
		type Spark: SparkSpender<Self::AccountId, Balance = BalanceOf<Self>>;

		/// Workers and models: candidates, open-job counts, quality, slashing.
		type Workers: ComputeWorkers<Self::AccountId>;

		/// Seeds worker draws with the parent block's randomness: a per-block VRF output
		/// (BABE's), which its author cannot vary with the block's contents. A source its
		/// author can vary ([`ParentHashRandomness`]) is for tests only.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// Blocks from the block that fixes what a draw decides (a job entering its lane, a
		/// lone worker's commit) to the first block whose hook draws it; at least 1.
		///
		/// The hook draws with the parent block's randomness. With 2, the parent was authored
		/// after the fixing block was published, so the author who chose what went into the
		/// fixing block did not know the randomness it is drawn with (docs/verification.md,
		/// "Randomness").
		#[pallet::constant]
		type DrawDelay: Get<BlockNumberFor<Self>>;

		/// Names the escrow account ([`Pallet::escrow_account`]) that holds every open job's
		/// payment and deposit.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Backs the free Spark of Spark-paid jobs: the governance-funded compute reward pot.
		/// Premium Spark is backed by its own account ([`SparkSpender::backing`]).
		#[pallet::constant]
		type RewardPot: Get<Self::AccountId>;

		/// Receives the protocol fee.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// Who is one party with a model's owner: on jobs it submitted, or that its own
		/// workers served, the model fee goes to the treasury (`affiliation`).
		type Affiliation: Affiliation<Self::AccountId>;

		/// The most free Spark's worth the reward pot pays into jobs in one
		/// [`Config::FreeSparkPeriod`]: what registered users can draw from it together,
		/// however many of them a registrar admits.
		type FreeSparkBudget: Get<BalanceOf<Self>>;

		/// The period of [`Config::FreeSparkBudget`], in blocks.
		#[pallet::constant]
		type FreeSparkPeriod: Get<BlockNumberFor<Self>>;

		/// Taken off the price of jobs paid in native token.
		type TokenDiscount: Get<Perbill>;

		/// The treasury's share of every job's payment.
		type ProtocolFee: Get<Perbill>;

		/// Held with every token-paid job and returned when it ends, unless it ends as the
		/// creator's failure (its input unavailable to most seats): then it is the treasury's.
		type SubmissionDeposit: Get<BalanceOf<Self>>;

		/// The share of one seat's pay that each seat reporting the input unavailable earns
		/// when the job ends as the creator's failure: the worker's cost of trying.
		type AttemptFee: Get<Perbill>;

		/// Live jobs one account may have at most.
		#[pallet::constant]
		type MaxLiveJobsPerAccount: Get<u32>;

		/// The largest inline input, in bytes.
		#[pallet::constant]
		type MaxInputLen: Get<u32>;

		/// The longest input or output URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// The most workers one job may ask for.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// The most jobs, commits or reveals in one call.
		#[pallet::constant]
		type MaxJobsPerBatch: Get<u32>;

		/// Jobs submitted and not finished, at most; also bounds every queue.
		#[pallet::constant]
		type MaxLiveJobs: Get<u32>;

		/// Open jobs one worker may hold; a busy worker is not drawn.
		#[pallet::constant]
		type MaxJobsPerWorker: Get<u32>;

		/// Blocks a job may wait for workers before it is refunded.
		#[pallet::constant]
		type MaxWait: Get<BlockNumberFor<Self>>;

		/// Blocks from assignment to the commit deadline of the shortest jobs. A job gets the
		/// shortest of `CommitWindow × 2^tier`, tier at most [`Config::MaxCommitTier`], that
		/// holds half a `CommitWindow` (to fetch the input and send the commit) and its units
		/// at its model's declared time per unit ([`pallet_compute_staking::ModelLimits`]).
		#[pallet::constant]
		type CommitWindow: Get<BlockNumberFor<Self>>;

		/// The longest commit window is `CommitWindow × 2^MaxCommitTier`; a job that needs more
		/// is refused. Each tier has its own deadline queue, in due order.
		#[pallet::constant]
		type MaxCommitTier: Get<u8>;

		/// Milliseconds a block takes: turns a model's time per unit into blocks.
		#[pallet::constant]
		type BlockMillis: Get<u32>;

		/// Blocks from the commit deadline to the reveal deadline.
		#[pallet::constant]
		type RevealWindow: Get<BlockNumberFor<Self>>;

		/// Assignment rounds before a job is given up and refunded.
		#[pallet::constant]
		type MaxAttempts: Get<u8>;

		/// Share of a worker's stake slashed for a missed commit deadline. A missed reveal
		/// deadline (a withheld result) is slashed [`Config::DisputeSlash`].
		#[pallet::constant]
		type MissedDeadlineSlash: Get<Perbill>;

		/// Chance that a single-worker job is audited. A worker is only drawn for a
		/// single-worker job when `AuditRate × DisputeSlash × stake` covers its pay, so that
		/// cheating on it has negative expected value.
		type AuditRate: Get<Perbill>;

		/// Other candidates of its class a single-worker job needs before it is seated: the
		/// workers that could audit it. With fewer (but enough for the class's quorum), its
		/// auditor is seated beside it from the start.
		#[pallet::constant]
		type MinAuditors: Get<u32>;

		/// Share of a worker's stake slashed when its digest loses a dispute or it withholds a
		/// committed result.
		type DisputeSlash: Get<Perbill>;

		/// Verifiers added per escalation round.
		#[pallet::constant]
		type EscalationSize: Get<u8>;

		/// Escalation rounds before a dispute goes to arbitration.
		#[pallet::constant]
		type MaxEscalations: Get<u8>;

		/// Seats one job may hold: `max(MaxRedundancy, 2) + MaxEscalations × EscalationSize`
		/// at least (checked by `integrity_test`).
		#[pallet::constant]
		type MaxSeats: Get<u32>;

		/// Blocks arbitration has to decide a dispute before the job is refunded.
		#[pallet::constant]
		type ArbitrationPeriod: Get<BlockNumberFor<Self>>;

		/// Decides disputes that escalation could not: the arbitration track.
		type ArbitrationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Mints provenance NFTs of settled outputs.
		type Provenance: crate::OutputProvenance<Self::AccountId>;

		/// Blocks a finished job's outcome is kept.
		#[pallet::constant]
		type ResultRetention: Get<BlockNumberFor<Self>>;

		/// Outcomes kept at most; beyond it the oldest is pruned early.
		#[pallet::constant]
		type MaxRetainedOutcomes: Get<u32>;

		/// The weight the block hook may spend on deadlines, assignment and pruning.
		#[pallet::constant]
		type HookWeight: Get<Weight>;

		/// Seats the hook fills in a block at most. Each seat brings a commit and a reveal, and
		/// its job a submission: the blocks must have room for them beside the hook, or workers
		/// would miss deadlines for want of block space. The hook's weight alone does not bound
		/// them: a job of five seats costs it little more than a job of one.
		#[pallet::constant]
		type MaxSeatsPerBlock: Get<u32>;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;

		type WeightInfo: WeightInfo;
	}

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

	/// Jobs submitted and not yet finished.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, Job<T>>;

	/// How many entries [`Jobs`] has.
	#[pallet::storage]
	pub type LiveJobs<T> = StorageValue<_, u32, ValueQuery>;

	/// Live jobs by creator, at most [`Config::MaxLiveJobsPerAccount`] each.
	#[pallet::storage]
	pub type CreatorJobs<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, OptionQuery>;

	/// Live jobs by model, at most twice as many as its servers can hold.
	#[pallet::storage]
	pub type ModelJobs<T: Config> = StorageMap<_, Twox64Concat, ModelId, u32, OptionQuery>;

	/// The submission deposit each open token-paid job holds in the escrow account.
	#[pallet::storage]
	pub type Deposits<T: Config> = StorageMap<_, Twox64Concat, JobId, BalanceOf<T>, OptionQuery>;

	/// The period of the free-Spark budget in use and what free-Spark jobs drew from the reward
	/// pot in it.
	#[pallet::storage]
	pub type FreeSparkDrawn<T: Config> = StorageValue<_, (u32, BalanceOf<T>), ValueQuery>;

	/// The part of an open Spark-paid job's escrow that came from the premium Spark backing
	/// (the rest came from the reward pot): what goes back to each when it is refunded.
	#[pallet::storage]
	pub type PremiumEscrow<T: Config> =
		StorageMap<_, Twox64Concat, JobId, BalanceOf<T>, OptionQuery>;

	/// The inputs of live jobs, apart from the job so that each step does not read them.
	#[pallet::storage]
	pub type Inputs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobInput<T>>;

	/// The jobs each worker holds a seat in: what a worker polls.
	#[pallet::storage]
	pub type WorkerJobs<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<JobId, T::MaxJobsPerWorker>,
		ValueQuery,
	>;

	/// The entries of every queue, by slot.
	#[pallet::storage]
	pub type QueueSlots<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		QueueKind,
		Twox64Concat,
		u32,
		QueueEntry<BlockNumberFor<T>>,
	>;

	/// The occupied slots of every queue.
	#[pallet::storage]
	pub type Queues<T> = StorageMap<_, Twox64Concat, QueueKind, QueueBounds, ValueQuery>;

	/// What became of finished jobs, kept for [`Config::ResultRetention`] blocks.
	#[pallet::storage]
	pub type Outcomes<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOutcome<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A job was accepted and its payment held.
		JobSubmitted {
			job: JobId,
			creator: T::AccountId,
			model: ModelId,
			units: u32,
			redundancy: u8,
			priority: bool,
			/// The native token held for the job.
			escrow: BalanceOf<T>,
			/// The Spark burned, for Spark payments.
			spark: Option<SparkCharge>,
		},
		/// Workers were drawn for a job's empty seats.
		JobAssigned {
			job: JobId,
			attempt: u8,
			workers: Vec<T::AccountId>,
			class: ExecutionClass,
			commit_by: BlockNumberFor<T>,
			reveal_by: BlockNumberFor<T>,
		},
		/// A worker committed to its result.
		ResultCommitted { job: JobId, worker: T::AccountId },
		/// Every seat committed: reveals are open.
		RevealsOpened { job: JobId, reveal_by: BlockNumberFor<T> },
		/// A worker revealed its result.
		ResultRevealed { job: JobId, worker: T::AccountId, digest: Digest },
		/// A digest stood and the payment was split.
		JobSettled {
			job: JobId,
			digest: Digest,
			/// Paid to each worker whose digest stood.
			worker_pay: BalanceOf<T>,
			/// Paid to the model's owner: nothing on a job it submitted or served itself.
			model_fee: BalanceOf<T>,
			/// What was left of the payment: the protocol fee less the cost of checking, the
			/// division remainder and a self-dealt job's model fee.
			treasury_fee: BalanceOf<T>,
			/// Paid by the treasury for auditors and verifiers the payment did not cover.
			treasury_paid: BalanceOf<T>,
		},
		/// The single worker of a job will be audited: an auditor is being drawn.
		AuditOrdered { job: JobId },
		/// Results disagreed without a clear majority: more verifiers are being drawn.
		DisputeEscalated { job: JobId, round: u8 },
		/// Escalation found no clear majority: arbitration decides until `until`.
		ArbitrationRequested { job: JobId, until: BlockNumberFor<T> },
		/// A worker's digest lost a dispute: it was slashed (`None` when the staking pallet
		/// refused, e.g. more reporters than it takes).
		ResultRejected { job: JobId, worker: T::AccountId, slash: Option<SlashId> },
		/// The creator minted a settled job's output as an NFT.
		OutputMinted { job: JobId, owner: T::AccountId },
		/// A worker missed a deadline: it was slashed (`slash` is `None` when the staking
		/// pallet refused, e.g. the worker is gone) and lost its seat.
		DeadlineMissed { job: JobId, worker: T::AccountId, slash: Option<SlashId> },
		/// A job's payment went back to its creator (Spark) or was released (token).
		JobRefunded { job: JobId, reason: RefundReason },
		/// Most seats could not get or run the job's input: the creator's failure. Each
		/// reporting seat was paid `attempt_fee`; `refunded` of the payment went back; the
		/// deposit was forfeited.
		JobUnavailable {
			job: JobId,
			reason: Unavailable,
			attempt_fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// A lone worker reported the input unavailable: a second worker is drawn to check.
		SecondOpinionOrdered { job: JobId },
		/// One item of a worker's batch failed; the others stand.
		BatchItemFailed { job: JobId, error: DispatchError },
		/// A hook step failed and left the job as it was (a bug: `try_state` will tell).
		HookStepFailed { job: JobId, error: DispatchError },
		/// A finished job's outcome was pruned.
		OutcomePruned { job: JobId },
		/// A worker committed and did not reveal by the deadline: slashed as a wrong result
		/// (`slash` is `None` when the staking pallet refused) and its seat lost.
		RevealWithheld { job: JobId, worker: T::AccountId, slash: Option<SlashId> },
		/// A single-worker job found too few workers of its class to audit it later, or too
		/// little stake to answer for it alone: its auditor is seated beside its worker now.
		AuditedFromStart { job: JobId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The model is not registered, or was retired.
		UnknownModel,
		/// A job must have at least one unit.
		ZeroUnits,
		/// The job asks more units than its model's `max_units`.
		TooManyUnits,
		/// The job's units take longer than the longest commit window at its model's time per
		/// unit: split it.
		JobTooLong,
		/// Redundancy must be between 1 and `MaxRedundancy`.
		BadRedundancy,
		/// A batch must not be empty.
		EmptyBatch,
		/// The account cannot pay the job's native-token price and keep its existence deposit.
		InsufficientBalance,
		/// The reward pot cannot back a job's free Spark right now.
		RewardPotExhausted,
		/// `MaxLiveJobs` jobs are open; try again later.
		TooManyLiveJobs,
		/// The account has `MaxLiveJobsPerAccount` live jobs; wait for some to finish.
		TooManyJobsOfAccount,
		/// No worker serves the model: nobody could run the job.
		NoWorkers,
		/// The model has twice the jobs its servers can hold; try again later.
		ModelBacklogFull,
		/// A queue is full; try again later.
		QueueFull,
		/// No live job has this id.
		UnknownJob,
		/// The caller holds no seat in the job.
		NotAssigned,
		/// The job is not taking commits (it waits for workers or is past its commits).
		CommitsClosed,
		/// The commit deadline has passed.
		CommitDeadlinePassed,
		/// This seat has already committed.
		AlreadyCommitted,
		/// This seat never committed, so there is nothing to reveal against.
		NotCommitted,
		/// Reveals open when every seat has committed.
		RevealsNotOpen,
		/// The reveal deadline has passed.
		RevealDeadlinePassed,
		/// This seat has already revealed.
		AlreadyRevealed,
		/// `blake2_256(digest ‖ salt ‖ worker)` is not the commitment.
		BadReveal,
		/// An amount does not fit its type.
		Overflow,
		/// The job is not waiting for arbitration.
		NotInArbitration,
		/// No seat of the job revealed this digest.
		UnknownDigest,
		/// The job is not settled, or its outcome was pruned after `ResultRetention`.
		NotSettled,
		/// Only the job's creator may mint its output.
		NotCreator,
		/// The job would pay its workers nothing (a zero price, or premium Spark whose backing
		/// is empty).
		PaymentTooSmall,
		/// Free-Spark jobs have drawn this period's budget from the reward pot; premium Spark
		/// and token still pay.
		FreeSparkBudgetExhausted,
		/// The creator holds less Spark than the job costs.
		InsufficientSpark,
		/// The job would be paid with free Spark, and the network-parameters track has not
		/// opened its model to the free grant (pallet-compute-staking's `GrantModels`):
		/// premium Spark and token still pay.
		NoFreeSparkForModel,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_block_work(now)
		}

		fn integrity_test() {
			assert!(T::MaxRedundancy::get() >= 1 && T::MaxRedundancy::get() <= u8::MAX.into());
			assert!(T::MaxAttempts::get() >= 1);
			assert!(
				T::DrawDelay::get() >= sp_runtime::traits::One::one(),
				"a draw cannot use its own block's randomness"
			);
			// A lane entry's queueing block is read back as `due - MaxWait`; a job must ripen
			// before it expires.
			assert!(T::DrawDelay::get() < T::MaxWait::get(), "every job would expire unseated");
			assert!(T::MaxJobsPerBatch::get() >= 1);
			assert!(
				T::MaxJobsPerWorker::get() >= T::MaxJobsPerBatch::get(),
				"a worker must be able to hold as many jobs as it may commit in one batch"
			);
			assert!(T::MaxRetainedOutcomes::get() >= 1);
			let most_seats = T::MaxRedundancy::get().max(2)
				+ u32::from(T::MaxEscalations::get()) * u32::from(T::EscalationSize::get());
			assert!(
				T::MaxSeats::get() >= most_seats && T::MaxSeats::get() <= u8::MAX.into(),
				"every audit and escalation round must find a seat"
			);
			assert!(T::EscalationSize::get() >= 1);
			assert!(
				T::MaxSeatsPerBlock::get() >= T::MaxSeats::get(),
				"the hook must be able to fill the largest job's seats in one block"
			);
			assert!(!T::CommitWindow::get().is_zero() && !T::RevealWindow::get().is_zero());
			assert!(T::MaxCommitTier::get() < 16 && T::BlockMillis::get() > 0);
			// A step that does not fit waits at the head of its queue for a block with room:
			// one that never fits would stall its queue for good.
			let dearest_step =
				T::WeightInfo::assign_job(T::Workers::max_candidates(), T::MaxSeats::get())
					.max(T::WeightInfo::enforce_deadline())
					.max(T::WeightInfo::deadline_kept())
					.max(T::WeightInfo::expire_job())
					.max(T::WeightInfo::draw_audit())
					.max(T::WeightInfo::expire_arbitration())
					.max(T::WeightInfo::prune_outcome());
			// What is left of the hook once its base is paid.
			let room = T::HookWeight::get().checked_sub(&T::WeightInfo::block_work_base());
			assert!(
				room.is_some_and(|room| room.all_gte(dearest_step)),
				"the hook must afford its dearest step"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// `n` reveals, each possibly concluding a job as costly as the largest dispute.
		fn reveal_weight(n: u32) -> Weight {
			Self::reveal_weight_used(n, n)
		}

		/// What `n` reveals cost once done, `disputes` of them having concluded a job whose
		/// results disagreed; the rest settled as `reveal_results` prices it (all seats agree).
		/// Refunding the difference lets a block hold about five times the agreeing reveals
		/// that the worst case alone would allow.
		pub(crate) fn reveal_weight_used(n: u32, disputes: u32) -> Weight {
			T::WeightInfo::reveal_results(n)
				.saturating_add(T::WeightInfo::resolve_dispute().saturating_mul(disputes.into()))
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Submits one job and holds its payment. Fee-less when paid in Spark and accepted
		/// (see [`Pallet::submits_for_spark`]): the Spark it burns pays for it.
		#[pallet::call_index(0)]
		#[pallet::feeless_if(|origin: &OriginFor<T>, spec: &JobSpec<T>| -> bool {
			Pallet::<T>::submits_for_spark(origin, spec)
		})]
		#[pallet::weight(T::WeightInfo::submit_jobs(1))]
		pub fn submit_job(origin: OriginFor<T>, spec: JobSpec<T>) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_submit(&creator, spec).map(|_| ())
		}

		/// Submits a project of jobs: all are accepted or none.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::submit_jobs(specs.len() as u32))]
		pub fn submit_jobs(
			origin: OriginFor<T>,
			specs: BoundedVec<JobSpec<T>, T::MaxJobsPerBatch>,
		) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			ensure!(!specs.is_empty(), Error::<T>::EmptyBatch);
			specs.into_iter().try_for_each(|spec| Self::do_submit(&creator, spec).map(|_| ()))
		}

		/// Commits to a result of a job the caller holds a seat in.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_results(1))]
		pub fn commit_result(
			origin: OriginFor<T>,
			job: JobId,
			commitment: Commitment,
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_commit(&worker, job, commitment)
		}

		/// Commits to many results; each stands on its own (see [`Event::BatchItemFailed`]).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::commit_results(commits.len() as u32))]
		pub fn commit_results(
			origin: OriginFor<T>,
			commits: BoundedVec<(JobId, Commitment), T::MaxJobsPerBatch>,
		) -> DispatchResult {
			let worker = &ensure_signed(origin)?;
			Self::apply_each(
				commits.into_iter().map(|(job, commitment)| {
					(job, move || Self::do_commit(worker, job, commitment))
				}),
			)
		}

		/// Reveals a committed result; the last reveal settles the job or escalates it.
		/// Charged up front for settling the largest dispute too, the most a last reveal can
		/// cost; refunded unless the results disagreed.
		#[pallet::call_index(4)]
		#[pallet::weight(Pallet::<T>::reveal_weight(1))]
		pub fn reveal_result(
			origin: OriginFor<T>,
			reveal: Reveal<T>,
		) -> DispatchResultWithPostInfo {
			let worker = ensure_signed(origin)?;
			let disputes = Self::do_reveal(&worker, reveal)?.disputed().into();
			Ok(Some(Self::reveal_weight_used(1, disputes)).into())
		}

		/// Reveals many results; each stands on its own (see [`Event::BatchItemFailed`]).
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::reveal_weight(reveals.len() as u32))]
		pub fn reveal_results(
			origin: OriginFor<T>,
			reveals: BoundedVec<Reveal<T>, T::MaxJobsPerBatch>,
		) -> DispatchResultWithPostInfo {
			let worker = &ensure_signed(origin)?;
			let n = reveals.len() as u32;
			let disputes = &core::cell::Cell::new(0u32);
			Self::apply_each(reveals.into_iter().map(|reveal| {
				(reveal.job, move || {
					let disputed = Self::do_reveal(worker, reveal)?.disputed();
					disputes.set(disputes.get() + u32::from(disputed));
					Ok(())
				})
			}))?;
			Ok(Some(Self::reveal_weight_used(n, disputes.get())).into())
		}

		/// Decides a dispute that escalation left without a clear majority: which revealed
		/// digest stands, or that the job is void and refunded.
		#[pallet::call_index(6)]
		pub fn resolve_dispute(
			origin: OriginFor<T>,
			job: JobId,
			resolution: Resolution,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_resolve_dispute(job, resolution)
		}

		/// Mints the output of the caller's settled job as an NFT: item `job` of the
		/// provenance collection, its metadata naming the job, the model's weights hash and
		/// the output digest.
		#[pallet::call_index(7)]
		pub fn mint_output(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_mint_output(&creator, job)
		}
	}
}
