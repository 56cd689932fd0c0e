//! The job market: paid jobs, worker assignment, commit/reveal and settlement.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
	weights::Weight,
	PalletId,
};
use sp_runtime::Perbill;

use crate::{
	configs::{ComputeRewardPot, RuntimeBlockWeights, TreasuryAccount},
	governance::{origins::Arbitration, parameters::jobs, TrackOrRoot},
	AccountId, Balances, BlockNumber, ComputeStaking, Runtime, RuntimeHoldReason, Spark, DAYS,
	HOURS,
};

/// A model's owner and the accounts it made its proxies are one party: an owner that submits
/// or serves its model's jobs through a proxy earns no model fee on them either. Only links
/// the owner made count: anyone can name the owner its own proxy, and would so cost it its
/// fee. Sybils without a proxy link are not caught here; they pay the protocol fee on every
/// job, and free Spark, the cheap way to pay, is bounded by `FreeSparkBudget`.
pub struct ProxyAffiliation;

impl pallet_jobs::Affiliation<AccountId> for ProxyAffiliation {
	fn affiliated(owner: &AccountId, party: &AccountId) -> bool {
		owner == party
			|| pallet_proxy::Proxies::<Runtime>::get(owner)
				.0
				.iter()
				.any(|proxy| proxy.delegate == *party)
	}
}

parameter_types! {
	/// Two minutes (20 blocks) to run a job and commit: a Stable Diffusion image takes seconds
	/// on a GPU, a long LLM answer well under a minute; the rest is slack for fetching inputs.
	pub const CommitWindow: BlockNumber = 20;
	/// One minute to reveal: a reveal is a transaction, nothing to compute.
	pub const RevealWindow: BlockNumber = 10;
	/// A job waits at most an hour for workers before it is refunded.
	pub const MaxWait: BlockNumber = HOURS;
	/// A settled result stays queryable for a day (its artifacts live on the workers).
	pub const ResultRetention: BlockNumber = DAYS;
	/// A missed deadline costs 1% of the worker's stake: enough to hurt a habit, not an
	/// outage.
	pub const MissedDeadlineSlash: Perbill = Perbill::from_percent(1);
	/// Three fifths of each block for deadlines, assignment and pruning; the rest is for the
	/// transactions of the jobs it assigns, which `JobsSeatsPerBlock` keeps within it. For the
	/// load test's market (24 servers, single-worker jobs) the two about balance: the hook buys
	/// 587 to 677 jobs a block (two deadline looks a job or one), the rest of the block reports
	/// 624 with their audits (docs/performance.md, "Job market";
	/// runtime/tests/integration/call_weights.rs checks both bounds).
	pub JobsHookWeight: Weight = Perbill::from_percent(60) * RuntimeBlockWeights::get().max_block;
	/// Seats the hook fills in a block: as many as the block has room to report beside the hook,
	/// a tenth of that room kept for everything else (heartbeats, transfers, governance).
	pub JobsSeatsPerBlock: u32 = seats_a_block_can_report();
	/// Arbitration has two weeks: a referendum on its track takes up to
	/// `ARBITRATION_LONGEST` (under six days), the rest is for someone to submit it.
	pub const ArbitrationPeriod: BlockNumber = 14 * DAYS;
	/// The escrow account of every open job's payment and deposit.
	pub const JobsPalletId: PalletId = PalletId(*b"tsr/jobs");
}

const _: () = assert!(
	crate::governance::tracks::ARBITRATION_LONGEST < ArbitrationPeriod::get(),
	"a referendum must be able to decide a dispute before it lapses",
);

/// Jobs, commits or reveals in one batch at most.
pub const JOBS_PER_BATCH: u32 = 64;

/// The seats whose reports fit in nine tenths of what the jobs hook leaves of a block, or of
/// the normal class if less. A seat is priced as a single-worker job's transactions: its share
/// of a full batch of submissions, of commits and of agreeing reveals (after the refund).
fn seats_a_block_can_report() -> u32 {
	use pallet_jobs::WeightInfo;
	type Weights = pallet_jobs::weights::SubstrateWeight<Runtime>;
	let block = RuntimeBlockWeights::get();
	let normal = block
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_total
		.unwrap_or(block.max_block);
	let room = block.max_block.saturating_sub(JobsHookWeight::get()).min(normal);
	let batch = Weights::submit_jobs(JOBS_PER_BATCH)
		.saturating_add(Weights::commit_results(JOBS_PER_BATCH))
		.saturating_add(Weights::reveal_results(JOBS_PER_BATCH));
	let per_seat = batch.ref_time() / u64::from(JOBS_PER_BATCH);
	let seats = Perbill::from_percent(90) * room.ref_time() / per_seat.max(1);
	seats.try_into().unwrap_or(u32::MAX)
}

/// Verifiers per escalation round: an odd number, so one honest round outvotes a one-to-one
/// split.
pub const ESCALATION_SIZE: u8 = 3;
pub const MAX_ESCALATIONS: u8 = 2;
pub const MAX_REDUNDANCY: u32 = 5;
/// Room for the largest job and every escalation round.
pub const MAX_SEATS: u32 = MAX_REDUNDANCY + MAX_ESCALATIONS as u32 * ESCALATION_SIZE as u32;

impl pallet_jobs::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Spark = Spark;
	type Workers = ComputeStaking;
	/// This block's and its parent's VRF outputs, by two validators (`draw_seed`).
	type Randomness = crate::DrawSeed;
	/// Both blocks whose VRF outputs seed a draw are authored after the block that fixed
	/// what it draws.
	type DrawDelay = ConstU32<2>;
	type RewardPot = ComputeRewardPot;
	type Treasury = TreasuryAccount;
	type Affiliation = ProxyAffiliation;
	type FreeSparkBudget = jobs::FreeSparkBudget;
	/// A day, as the users' free grants.
	type FreeSparkPeriod = super::credits::GrantPeriod;
	type TokenDiscount = jobs::TokenDiscount;
	type ProtocolFee = jobs::ProtocolFee;
	type PalletId = JobsPalletId;
	type SubmissionDeposit = jobs::SubmissionDeposit;
	type AttemptFee = jobs::AttemptFee;
	/// A tenth of the market: no one account can fill it, and the load test's eight creators
	/// (750 open jobs each) fit.
	type MaxLiveJobsPerAccount = ConstU32<1_024>;
	/// A prompt with its sampling parameters fits in 4 KiB; larger inputs go by URI.
	type MaxInputLen = ConstU32<4096>;
	type MaxUriLen = ConstU32<256>;
	type MaxRedundancy = ConstU32<MAX_REDUNDANCY>;
	type MaxJobsPerBatch = ConstU32<JOBS_PER_BATCH>;
	type MaxLiveJobs = ConstU32<10_000>;
	type MaxJobsPerWorker = ConstU32<128>;
	type MaxWait = MaxWait;
	type CommitWindow = CommitWindow;
	/// Windows of 2, 4, 8, 16 and 32 minutes: a job whose work takes up to 31 minutes on its
	/// model's reference class; longer work is split into several jobs.
	type MaxCommitTier = ConstU8<4>;
	type BlockMillis = ConstU32<{ crate::MILLI_SECS_PER_BLOCK as u32 }>;
	type RevealWindow = RevealWindow;
	type MaxAttempts = ConstU8<3>;
	type MissedDeadlineSlash = MissedDeadlineSlash;
	type AuditRate = jobs::AuditRate;
	/// One other worker of its class that could audit it, for a single-worker job: a class of
	/// one is never seated (`docs/verification.md`).
	type MinAuditors = ConstU32<1>;
	type DisputeSlash = jobs::DisputeSlash;
	type EscalationSize = ConstU8<ESCALATION_SIZE>;
	type MaxEscalations = ConstU8<MAX_ESCALATIONS>;
	type MaxSeats = ConstU32<MAX_SEATS>;
	type ArbitrationPeriod = ArbitrationPeriod;
	/// Disputes escalation cannot settle are decided by referendum on the arbitration track.
	type ArbitrationOrigin = TrackOrRoot<Arbitration>;
	type Provenance = super::provenance::NftProvenance;
	type ResultRetention = ResultRetention;
	type MaxRetainedOutcomes = ConstU32<50_000>;
	type HookWeight = JobsHookWeight;
	type MaxSeatsPerBlock = JobsSeatsPerBlock;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_market::Market;
	type WeightInfo = pallet_jobs::weights::SubstrateWeight<Runtime>;
}

/// Models, workers and Spark for the jobs benchmarks, made through the pallets' own calls.
#[cfg(feature = "runtime-benchmarks")]
mod benchmark_market {
	use crate::{
		configs::ComputeRewardPot, AccountId, Balances, ComputeStaking, RuntimeOrigin, Spark, UNITS,
	};
	use frame_support::{traits::fungible::Mutate, BoundedVec};
	use pallet_compute_staking::{ModelId, ModelKind, WorkerProfile};

	pub struct Market;

	fn fund(who: &AccountId) {
		Balances::mint_into(who, 1_000_000 * UNITS).expect("minting in a benchmark");
	}

	impl pallet_jobs::BenchmarkHelper<AccountId> for Market {
		fn register_model(owner: &AccountId) -> ModelId {
			fund(owner);
			let id = pallet_compute_staking::NextModelId::<crate::Runtime>::get();
			ComputeStaking::register_model(
				RuntimeOrigin::signed(owner.clone()),
				[id as u8; 32],
				ModelKind::ImageGeneration,
				1,
				BoundedVec::truncate_from(b"ipfs://model".to_vec()),
				10_000 * UNITS,
				pallet_compute_staking::ModelLimits { max_units: 1, unit_millis: 1_000 },
			)
			.expect("funded owner");
			id
		}

		fn register_worker(who: &AccountId, model: ModelId, class: &[u8]) {
			fund(who);
			let profile = WorkerProfile {
				class: BoundedVec::truncate_from(class.to_vec()),
				models: BoundedVec::truncate_from(alloc::vec![model]),
				endpoint: BoundedVec::truncate_from(b"https://worker.example".to_vec()),
			};
			ComputeStaking::register_worker(
				RuntimeOrigin::signed(who.clone()),
				10_000 * UNITS,
				profile,
			)
			.expect("funded worker");
		}

		/// Premium Spark for `who`, and native token in the reward pot to back it.
		fn give_spark(who: &AccountId, units: u64) {
			fund(&ComputeRewardPot::get());
			Spark::grant_reward(RuntimeOrigin::root(), who.clone(), units).expect("within budget");
		}
	}
}
