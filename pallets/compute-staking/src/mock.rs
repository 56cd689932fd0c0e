//! A minimal runtime for the unit tests and benchmark tests: System, Balances and
//! ComputeStaking, with test signatures (`TestSignature(signer, message)`).

use crate as pallet_compute_staking;
use crate::{ModelId, ModelKind, ModelLimits, WorkerProfile};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
	BoundedVec,
};
use frame_system::EnsureRoot;
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
	pub type Staking = pallet_compute_staking;
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
pub const MIN_WORKER_STAKE: Balance = 1_000;
pub const MIN_MODEL_STAKE: Balance = 500;
pub const UNBONDING_PERIOD: u64 = 20;
pub const MAX_CHUNKS: u32 = 3;
pub const ERA_LENGTH: u64 = 10;
pub const BLOCKS_PER_WEEK: u64 = 100;
pub const BASE_REWARD: Balance = 1_000_000;
pub const STAKE_CAP: Balance = 10_000;
pub const ONLINE_PENALTY: Perbill = Perbill::from_percent(10);
pub const ONLINE_RECOVERY: Perbill = Perbill::from_percent(5);
pub const MAX_MISSED_ERAS: u32 = 3;
pub const INITIAL_QUALITY: Perbill = Perbill::from_percent(80);
pub const QUALITY_SMOOTHING: Perbill = Perbill::from_percent(20);
pub const SLASH_DEFER: u64 = 30;
pub const MAX_PENDING_SLASHES: u32 = 2;
pub const MAX_SLASH_REPORTERS: u32 = 3;
pub const MAX_MODELS_PER_WORKER: u32 = 3;
pub const MAX_WORKERS_PER_MODEL: u32 = 4;
/// Room for twice `MAX_MODELS_PER_WORKER`: a benchmark moves a worker between two full sets.
pub const MAX_MODELS: u32 = 6;
pub const MAX_CLASSES: u32 = 3;
pub const MAX_LOCK_WEEKS: u32 = 52;
pub const MAX_LOCK_BOOST: u32 = 3;
pub const REWARD_WORK_SHARE: Perbill = Perbill::from_percent(5);
/// Pay for settled seats that earns a full era reward: `BASE_REWARD / REWARD_WORK_SHARE`.
pub const FULL_WORK: Balance = 20 * BASE_REWARD;

/// Pays rewards.
pub const POT: AccountId = 900;
/// Receives slashes.
pub const TREASURY: AccountId = 901;
/// Appeals are decided by root in the mock.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// Owns the models.
pub const DAVE: AccountId = 4;
pub const FUNDS: Balance = 1_000_000;
pub const POT_FUNDS: Balance = 1_000_000_000;

parameter_types! {
	pub const RewardPot: AccountId = POT;
	pub const SlashDestination: AccountId = TREASURY;
	pub const OnlinePenalty: Perbill = ONLINE_PENALTY;
	pub const OnlineRecovery: Perbill = ONLINE_RECOVERY;
	pub const RewardWorkShare: Perbill = REWARD_WORK_SHARE;
	pub const InitialQuality: Perbill = INITIAL_QUALITY;
	pub const QualitySmoothing: Perbill = QUALITY_SMOOTHING;
	pub const ModelFeeShare: Perbill = Perbill::from_percent(10);
	pub const SlashRewardShare: Perbill = Perbill::from_percent(50);
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestSigner;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, TestSignature> for TestSigner {
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
	type RewardPot = RewardPot;
	type SlashDestination = SlashDestination;
	type MinWorkerStake = ConstU128<MIN_WORKER_STAKE>;
	type MinModelStake = ConstU128<MIN_MODEL_STAKE>;
	type UnbondingPeriod = ConstU64<UNBONDING_PERIOD>;
	type MaxUnbondingChunks = ConstU32<MAX_CHUNKS>;
	type EraLength = ConstU64<ERA_LENGTH>;
	type BlocksPerWeek = ConstU64<BLOCKS_PER_WEEK>;
	type BaseEraReward = ConstU128<BASE_REWARD>;
	type RewardWorkShare = RewardWorkShare;
	type RewardStakeCap = ConstU128<STAKE_CAP>;
	type OnlinePenalty = OnlinePenalty;
	type OnlineRecovery = OnlineRecovery;
	type MaxMissedEras = ConstU32<MAX_MISSED_ERAS>;
	type InitialQuality = InitialQuality;
	type QualitySmoothing = QualitySmoothing;
	type ModelFeeShare = ModelFeeShare;
	type SlashDeferPeriod = ConstU64<SLASH_DEFER>;
	type MaxPendingSlashes = ConstU32<MAX_PENDING_SLASHES>;
	type SlashRewardShare = SlashRewardShare;
	type MaxSlashReporters = ConstU32<MAX_SLASH_REPORTERS>;
	type MaxModelsPerWorker = ConstU32<MAX_MODELS_PER_WORKER>;
	type MaxWorkersPerModel = ConstU32<MAX_WORKERS_PER_MODEL>;
	type MaxModels = ConstU32<MAX_MODELS>;
	type MaxClasses = ConstU32<MAX_CLASSES>;
	type MaxLockWeeks = ConstU32<MAX_LOCK_WEEKS>;
	type MaxLockBoost = ConstU32<MAX_LOCK_BOOST>;
	type HeartbeatLongevity = ConstU64<5>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestSigner;
	type WeightInfo = ();
}

/// Genesis: everyone funded, the pot full, block 1 (era 0).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, FUNDS),
			(BOB, FUNDS),
			(CHARLIE, FUNDS),
			(DAVE, FUNDS),
			(POT, POT_FUNDS),
			(TREASURY, EXISTENTIAL_DEPOSIT),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> { classes: vec![(class(CLASS), 1)], ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks every storage invariant.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		Staking::do_try_state().expect("storage invariants hold after the test");
	});
}

/// Dave registers a model with the minimum stake; returns its id.
pub fn register_model() -> ModelId {
	let id = crate::NextModelId::<Test>::get();
	assert_ok!(Staking::register_model(
		RuntimeOrigin::signed(DAVE),
		[id as u8; 32],
		ModelKind::ImageGeneration,
		1,
		BoundedVec::truncate_from(b"ipfs://model".to_vec()),
		MIN_MODEL_STAKE,
		LIMITS,
	));
	id
}

/// What the tests' models declare.
pub const LIMITS: ModelLimits = ModelLimits { max_units: 64, unit_millis: 1_000 };

/// The class the tests' workers register under, registered at genesis.
pub const CLASS: &[u8] = b"cuda-sm90";

pub fn class(name: &[u8]) -> crate::ExecutionClass {
	BoundedVec::truncate_from(name.to_vec())
}

/// A profile of class [`CLASS`] serving `models`.
pub fn profile(models: &[ModelId]) -> WorkerProfile<Test> {
	WorkerProfile {
		class: class(CLASS),
		models: BoundedVec::truncate_from(models.to_vec()),
		endpoint: BoundedVec::truncate_from(b"https://worker.example".to_vec()),
	}
}

/// Registers `who` as a worker with `stake`, serving `models`.
pub fn register(who: AccountId, stake: Balance, models: &[ModelId]) {
	assert_ok!(Staking::register_worker(RuntimeOrigin::signed(who), stake, profile(models)));
}

/// Moves to the first block of `era` (block 1 for era 0: block 0 is genesis, which records
/// no events).
pub fn go_to_era(era: u32) {
	System::set_block_number((u64::from(era) * ERA_LENGTH).max(1));
}

/// `who` was paid [`FULL_WORK`] for settled seats: its next heartbeat earns the whole era
/// reward.
pub fn worked(who: AccountId) {
	<Staking as crate::traits::ComputeWorkers<AccountId>>::note_paid(&who, FULL_WORK);
}

/// `who`'s heartbeat for the current era, correctly signed.
pub fn heartbeat(who: AccountId) -> sp_runtime::DispatchResult {
	let era = Staking::current_era();
	let signature = TestSignature(who, Staking::heartbeat_message(&who, era));
	Staking::heartbeat(frame_system::RawOrigin::Authorized.into(), who, era, signature)
}
