//! A runtime for the unit tests and benchmark tests: System, Balances, the real Spark and
//! ComputeStaking pallets, and Jobs.

use crate as pallet_jobs;
use crate::JobId;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, ConstU8, Hooks},
	weights::Weight,
	BoundedVec,
};
use frame_system::EnsureRoot;
use pallet_compute_staking::{ModelId, ModelKind, ModelLimits, WorkerProfile};
use sp_runtime::{testing::TestSignature, BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Spark = pallet_spark;
	#[runtime::pallet_index(3)]
	pub type Staking = pallet_compute_staking;
	#[runtime::pallet_index(4)]
	pub type JobMarket = pallet_jobs;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const EXISTENTIAL_DEPOSIT: Balance = 1;
/// Native token per Spark.
pub const SPARK_PRICE: Balance = 1_000;
/// Large enough that a worker's stake at risk covers the pay of any job in the tests (see
/// `Pallet::covers`).
pub const MIN_WORKER_STAKE: Balance = 10_000_000;
pub const MIN_MODEL_STAKE: Balance = 500;
pub const MAX_INPUT_LEN: u32 = 64;
pub const MAX_REDUNDANCY: u32 = 3;
pub const MAX_BATCH: u32 = 8;
pub const MAX_LIVE_JOBS: u32 = 24;
/// A worker can take a whole batch of jobs.
pub const MAX_JOBS_PER_WORKER: u32 = MAX_BATCH;
pub const MAX_WAIT: u64 = 20;
pub const COMMIT_WINDOW: u64 = 5;
pub const REVEAL_WINDOW: u64 = 5;
pub const MAX_ATTEMPTS: u8 = 3;
pub const RESULT_RETENTION: u64 = 50;
pub const MAX_OUTCOMES: u32 = 8;
pub const TOKEN_DISCOUNT: Perbill = Perbill::from_percent(10);
pub const PROTOCOL_FEE: Perbill = Perbill::from_percent(5);
pub const MODEL_FEE_SHARE: Perbill = Perbill::from_percent(10);
pub const MISSED_DEADLINE_SLASH: Perbill = Perbill::from_percent(10);
pub const SLASH_REWARD_SHARE: Perbill = Perbill::from_percent(50);
pub const ESCALATION_SIZE: u8 = 3;
pub const MAX_ESCALATIONS: u8 = 2;
/// `max(MAX_REDUNDANCY, 2) + MAX_ESCALATIONS × ESCALATION_SIZE`.
pub const MAX_SEATS: u32 = 9;
pub const MAX_SLASH_REPORTERS: u32 = MAX_SEATS;
pub const ARBITRATION_PERIOD: u64 = 40;
pub const SLASH_DEFER: u64 = 30;

/// Held with every token-paid job.
pub const DEPOSIT: Balance = 50;
pub const ATTEMPT_FEE: Perbill = Perbill::from_percent(10);
pub const MAX_LIVE_JOBS_PER_ACCOUNT: u32 = 12;

/// What the tests' models declare: up to 8 units of a second each, so every job's work fits
/// in the shortest window (3 of its 5 blocks are for work).
pub const MODEL_LIMITS: ModelLimits = ModelLimits { max_units: 8, unit_millis: 1_000 };
pub const BLOCK_MILLIS: u32 = 6_000;
/// Commit windows of `COMMIT_WINDOW × 2^tier` blocks, tiers 0 to this.
pub const MAX_COMMIT_TIER: u8 = 2;

pub const POT: AccountId = 900;
/// Backs premium Spark: what buyers paid, and granted Spark's value from the pot.
pub const SPARK_BACKING: AccountId = 902;
pub const TREASURY: AccountId = 901;
/// Registered for free Spark and funded.
pub const CREATOR: AccountId = 1;
/// Owns the model.
pub const OWNER: AccountId = 4;
/// Workers are accounts `WORKER..WORKER + 16`.
pub const WORKER: AccountId = 10;
pub const FUNDS: Balance = 1_000_000_000;
pub const FREE_SPARK_PERIOD: u64 = 100;
pub const POT_FUNDS: Balance = 1_000_000_000;
/// A second class registered at genesis, with a quorum of one like the first.
pub const OTHER_CLASS: &[u8] = b"cpu-x86_64";

parameter_types! {
	pub const Pot: AccountId = POT;
	pub const SparkBacking: AccountId = SPARK_BACKING;
	pub const Treasury: AccountId = TREASURY;
	pub const JobsPalletId: frame_support::PalletId = frame_support::PalletId(*b"tsr/jobs");
	pub const AttemptFee: Perbill = ATTEMPT_FEE;
	pub const ModelFeeShare: Perbill = MODEL_FEE_SHARE;
	pub const InitialQuality: Perbill = Perbill::from_percent(80);
	pub const QualitySmoothing: Perbill = Perbill::from_percent(20);
	pub const OnlineStep: Perbill = Perbill::from_percent(10);
	pub const RewardWorkShare: Perbill = Perbill::from_percent(5);
	pub const TokenDiscount: Perbill = TOKEN_DISCOUNT;
	pub const ProtocolFee: Perbill = PROTOCOL_FEE;
	pub const MissedDeadlineSlash: Perbill = MISSED_DEADLINE_SLASH;
	pub const SlashRewardShare: Perbill = SLASH_REWARD_SHARE;
	/// Tests of the hook's metering set these two; tests that need an audit, or none, and the
	/// economics simulation set the two after them.
	pub static HookWeight: Weight = Weight::MAX;
	/// 1 in most tests (a draw the block after); `tests::draw_delay` plays the runtime's 2.
	pub static DrawDelay: u64 = 1;
	/// How many blocks older than the parent's the randomness is (`AgedRandomness`).
	pub static SeedAge: u64 = 0;
	pub static MaxSeatsPerBlock: u32 = u32::MAX;
	pub static AuditRate: Perbill = Perbill::from_percent(1);
	/// None by default, so that most tests can seat a lone job with one worker; the tests of
	/// the class rules set it.
	pub static MinAuditors: u32 = 0;
	pub static DisputeSlash: Perbill = Perbill::from_percent(50);
	/// Unbounded unless a test sets it.
	pub static FreeSparkBudget: Balance = Balance::MAX;
}

/// Provenance NFTs minted in a test: item (job) → owner and metadata.
pub struct MintedOutputs;

thread_local! {
	static MINTED: core::cell::RefCell<std::collections::BTreeMap<JobId, (AccountId, Vec<u8>)>> =
		Default::default();
}

impl MintedOutputs {
	pub fn get(job: JobId) -> Option<(AccountId, Vec<u8>)> {
		MINTED.with(|minted| minted.borrow().get(&job).cloned())
	}
}

impl crate::OutputProvenance<AccountId> for MintedOutputs {
	fn mint(owner: &AccountId, job: JobId, metadata: &[u8]) -> sp_runtime::DispatchResult {
		MINTED.with(|minted| {
			let mut minted = minted.borrow_mut();
			if minted.contains_key(&job) {
				return Err(sp_runtime::DispatchError::Other("item exists"));
			}
			minted.insert(job, (*owner, metadata.to_vec()));
			Ok(())
		})
	}
}

impl pallet_spark::Config for Test {
	type Currency = Balances;
	type RegistrarOrigin = EnsureRoot<AccountId>;
	type Registrars = ();
	type RewardOrigin = EnsureRoot<AccountId>;
	type PriceOrigin = EnsureRoot<AccountId>;
	type Backing = SparkBacking;
	type RewardFunding = Pot;
	type DefaultPrice = ConstU128<SPARK_PRICE>;
	type FreeGrant = ConstU64<100>;
	type GrantPeriod = ConstU64<1_000>;
	type FreeCap = ConstU64<200>;
	type RewardBudget = ConstU64<1_000_000>;
	type RewardPeriod = ConstU64<1_000>;
	type ClaimLongevity = ConstU64<5>;
	type WeightInfo = ();
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestSigner;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_compute_staking::BenchmarkHelper<AccountId, TestSignature> for TestSigner {
	fn worker_account() -> AccountId {
		77
	}
	fn sign(who: &AccountId, message: &[u8]) -> TestSignature {
		TestSignature(*who, message.to_vec())
	}
}

impl pallet_compute_staking::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WorkerSignature = TestSignature;
	type AppealOrigin = EnsureRoot<AccountId>;
	type LimitsOrigin = EnsureRoot<AccountId>;
	type RewardPot = Pot;
	type SlashDestination = Treasury;
	type MinWorkerStake = ConstU128<MIN_WORKER_STAKE>;
	type MinModelStake = ConstU128<MIN_MODEL_STAKE>;
	type UnbondingPeriod = ConstU64<20>;
	type MaxUnbondingChunks = ConstU32<3>;
	/// Long eras: no worker lapses during a test.
	type EraLength = ConstU64<10_000>;
	type BlocksPerWeek = ConstU64<100>;
	type BaseEraReward = ConstU128<1_000>;
	type RewardWorkShare = RewardWorkShare;
	type RewardStakeCap = ConstU128<10_000>;
	type OnlinePenalty = OnlineStep;
	type OnlineRecovery = OnlineStep;
	type MaxMissedEras = ConstU32<3>;
	type InitialQuality = InitialQuality;
	type QualitySmoothing = QualitySmoothing;
	type ModelFeeShare = ModelFeeShare;
	type SlashDeferPeriod = ConstU64<SLASH_DEFER>;
	type MaxPendingSlashes = ConstU32<4>;
	type SlashRewardShare = SlashRewardShare;
	type MaxSlashReporters = ConstU32<MAX_SLASH_REPORTERS>;
	type MaxModelsPerWorker = ConstU32<3>;
	type MaxWorkersPerModel = ConstU32<16>;
	type MaxModels = ConstU32<5>;
	type MaxClasses = ConstU32<4>;
	type MaxLockWeeks = ConstU32<52>;
	type MaxLockBoost = ConstU32<3>;
	type HeartbeatLongevity = ConstU64<5>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestSigner;
	type WeightInfo = ();
}

#[cfg(feature = "runtime-benchmarks")]
pub struct JobsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for JobsBenchmarkHelper {
	fn register_model(owner: &AccountId) -> ModelId {
		fund(*owner);
		let id = pallet_compute_staking::NextModelId::<Test>::get();
		assert_ok!(Staking::register_model(
			RuntimeOrigin::signed(*owner),
			[id as u8; 32],
			ModelKind::ImageGeneration,
			1,
			BoundedVec::truncate_from(b"ipfs://model".to_vec()),
			MIN_MODEL_STAKE,
			MODEL_LIMITS,
		));
		id
	}
	fn register_worker(who: &AccountId, model: ModelId, class: &[u8]) {
		fund(*who);
		assert_ok!(Staking::register_worker(
			RuntimeOrigin::signed(*who),
			MIN_WORKER_STAKE,
			profile_of(class, &[model]),
		));
	}
	fn give_spark(who: &AccountId, units: u64) {
		assert_ok!(Spark::grant_reward(frame_system::RawOrigin::Root.into(), *who, units));
	}
}

/// The parent hash's randomness, reported `SeedAge` blocks older than it is: a chain falling
/// back on randomness fixed before what a draw decides (BABE's epoch randomness where a parent
/// block carries no VRF output).
pub struct AgedRandomness;

impl frame_support::traits::Randomness<sp_core::H256, u64> for AgedRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		let (seed, since) =
			<crate::ParentHashRandomness<Test> as frame_support::traits::Randomness<_, _>>::random(
				subject,
			);
		(seed, since.saturating_sub(SeedAge::get()))
	}
}

impl pallet_jobs::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Spark = Spark;
	type Workers = Staking;
	type Randomness = AgedRandomness;
	type RewardPot = Pot;
	type Treasury = Treasury;
	type Affiliation = ();
	type FreeSparkBudget = FreeSparkBudget;
	type FreeSparkPeriod = ConstU64<FREE_SPARK_PERIOD>;
	type TokenDiscount = TokenDiscount;
	type ProtocolFee = ProtocolFee;
	type PalletId = JobsPalletId;
	type SubmissionDeposit = ConstU128<DEPOSIT>;
	type AttemptFee = AttemptFee;
	type MaxLiveJobsPerAccount = ConstU32<MAX_LIVE_JOBS_PER_ACCOUNT>;
	type MaxInputLen = ConstU32<MAX_INPUT_LEN>;
	type MaxUriLen = ConstU32<32>;
	type MaxRedundancy = ConstU32<MAX_REDUNDANCY>;
	type MaxJobsPerBatch = ConstU32<MAX_BATCH>;
	type MaxLiveJobs = ConstU32<MAX_LIVE_JOBS>;
	type MaxJobsPerWorker = ConstU32<MAX_JOBS_PER_WORKER>;
	type MaxWait = ConstU64<MAX_WAIT>;
	type CommitWindow = ConstU64<COMMIT_WINDOW>;
	type MaxCommitTier = ConstU8<MAX_COMMIT_TIER>;
	type BlockMillis = ConstU32<BLOCK_MILLIS>;
	type RevealWindow = ConstU64<REVEAL_WINDOW>;
	type MaxAttempts = ConstU8<MAX_ATTEMPTS>;
	type MissedDeadlineSlash = MissedDeadlineSlash;
	type AuditRate = AuditRate;
	type MinAuditors = MinAuditors;
	type DisputeSlash = DisputeSlash;
	type EscalationSize = ConstU8<ESCALATION_SIZE>;
	type MaxEscalations = ConstU8<MAX_ESCALATIONS>;
	type MaxSeats = ConstU32<MAX_SEATS>;
	type ArbitrationPeriod = ConstU64<ARBITRATION_PERIOD>;
	type ArbitrationOrigin = EnsureRoot<AccountId>;
	type Provenance = MintedOutputs;
	type ResultRetention = ConstU64<RESULT_RETENTION>;
	type MaxRetainedOutcomes = ConstU32<MAX_OUTCOMES>;
	type HookWeight = HookWeight;
	type DrawDelay = DrawDelay;
	type MaxSeatsPerBlock = MaxSeatsPerBlock;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = JobsBenchmarkHelper;
	type WeightInfo = ();
}

/// Gives `who` native token to stake or pay with.
pub fn fund(who: AccountId) {
	use frame_support::traits::fungible::Mutate;
	assert_ok!(Balances::mint_into(&who, FUNDS));
}

/// Genesis: the creator registered for free Spark, creator, owner and pot funded, treasury
/// alive, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(CREATOR, FUNDS),
			(OWNER, FUNDS),
			(POT, POT_FUNDS),
			(TREASURY, EXISTENTIAL_DEPOSIT),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_spark::GenesisConfig::<Test> { registered: vec![CREATOR] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let classes = [crate::tests::CLASS, OTHER_CLASS]
		.map(|class| (BoundedVec::truncate_from(class.to_vec()), 1))
		.to_vec();
	pallet_compute_staking::GenesisConfig::<Test> { classes, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks every storage invariant (of every pallet with try-runtime).
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		JobMarket::do_try_state().expect("storage invariants hold after the test");
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::TryState;
			AllPalletsWithSystem::try_state(
				System::block_number(),
				frame_support::traits::TryStateSelect::All,
			)
			.expect("every pallet's invariants hold after the test");
		}
	});
}

/// A worker profile of `class` serving `models`.
pub fn profile_of(class: &[u8], models: &[ModelId]) -> WorkerProfile<Test> {
	WorkerProfile {
		class: BoundedVec::truncate_from(class.to_vec()),
		models: BoundedVec::truncate_from(models.to_vec()),
		endpoint: BoundedVec::truncate_from(b"https://worker.example".to_vec()),
	}
}

/// The owner registers a model costing `units_per_job` Spark per job; the network-parameters
/// track (root here) opens it to free Spark.
pub fn register_model(units_per_job: u32) -> ModelId {
	let id = pallet_compute_staking::NextModelId::<Test>::get();
	assert_ok!(Staking::register_model(
		RuntimeOrigin::signed(OWNER),
		[id as u8; 32],
		ModelKind::ImageGeneration,
		units_per_job,
		BoundedVec::truncate_from(b"ipfs://model".to_vec()),
		MIN_MODEL_STAKE,
		MODEL_LIMITS,
	));
	// Opened to free Spark, as governance opens a public model.
	assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), id, true));
	id
}

/// Funds and registers worker `who` of `class` with `stake`, serving `model`.
pub fn register_worker(who: AccountId, stake: Balance, class: &[u8], model: ModelId) {
	fund(who);
	assert_ok!(Staking::register_worker(
		RuntimeOrigin::signed(who),
		stake,
		profile_of(class, &[model])
	));
}

/// Advances to block `n`, running the jobs hook at each block.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		JobMarket::on_initialize(next);
	}
}
