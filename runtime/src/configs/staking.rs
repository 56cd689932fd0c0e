//! Compute staking: GPU workers and model developers.

use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use pallet_compute_staking::ExecutionClass;
use sp_runtime::Perbill;

use crate::{
	configs::{ComputeRewardPot, TreasuryAccount},
	governance::{
		origins::{Arbitration, NetworkParameters},
		parameters::compute,
		tracks::ARBITRATION_LONGEST,
		TrackOrRoot,
	},
	Balances, BlockNumber, Runtime, RuntimeHoldReason, Signature, DAYS, HOURS, UNITS,
};

parameter_types! {
	/// The limits models registered before they were declared get (storage version 1): up to
	/// 16 units of a minute each, which the windows' longest tier holds; the
	/// network-parameters track corrects them per model.
	pub const LegacyModelLimits: pallet_compute_staking::ModelLimits =
		pallet_compute_staking::ModelLimits { max_units: 16, unit_millis: 60_000 };
	/// Heartbeats and rewards are hourly.
	pub const EraLength: BlockNumber = HOURS;
	pub const BlocksPerWeek: BlockNumber = 7 * DAYS;
	/// A week to leave: long enough for disputes on the last jobs to be raised and slashed.
	pub const UnbondingPeriod: BlockNumber = 7 * DAYS;
	/// A week for an appeal before a slash is applied: an arbitration referendum fits in it.
	pub const SlashDeferPeriod: BlockNumber = 7 * DAYS;
	pub const OnlinePenalty: Perbill = Perbill::from_percent(10);
	/// 0.5%: see `RewardWorkShare` below.
	pub const RewardWorkShare: Perbill = Perbill::from_parts(5_000_000);
	pub const OnlineRecovery: Perbill = Perbill::from_percent(5);
	pub const InitialQuality: Perbill = Perbill::from_percent(80);
	/// The last ten outcomes weigh about two thirds of the average.
	pub const QualitySmoothing: Perbill = Perbill::from_percent(10);
	pub const SlashRewardShare: Perbill = Perbill::from_percent(50);
	/// The execution classes the chain starts with, which the storage-version-2 migration
	/// registers on a running chain: what the worker declares on x86-64 and ARM CPUs and on an
	/// H100, with their quorums. A class is only as safe as its independent operators: `q`
	/// identities of one operator meeting a quorum of `q` audit only each other, so `q` is
	/// the stake (`q × MinWorkerStake` at least) a class costs to own. `cpu-x86_64`, where the
	/// dev chain's two workers run, seats jobs from two; the others from three. The
	/// network-parameters track raises a quorum as its class grows (`set_class`).
	pub GenesisClasses: Vec<(ExecutionClass, u32)> = [
		(&b"cpu-x86_64"[..], 2),
		(&b"cpu-aarch64"[..], 3),
		(&b"cuda-sm90"[..], 3),
	]
	.map(|(name, quorum)| (ExecutionClass::truncate_from(name.to_vec()), quorum))
	.to_vec();
}

const _: () = assert!(
	ARBITRATION_LONGEST < SlashDeferPeriod::get(),
	"an appeal must be able to pass before the slash it contests is applied",
);

impl pallet_compute_staking::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WorkerSignature = Signature;
	/// Appeals against slashes are ruled on by the arbitration track.
	type AppealOrigin = TrackOrRoot<Arbitration>;
	/// A model's declared limits are corrected by the network-parameters track.
	type LimitsOrigin = TrackOrRoot<NetworkParameters>;
	type RewardPot = ComputeRewardPot;
	type SlashDestination = TreasuryAccount;
	type MinWorkerStake = ConstU128<{ 1_000 * UNITS }>;
	type MinModelStake = ConstU128<{ 500 * UNITS }>;
	type UnbondingPeriod = UnbondingPeriod;
	type MaxUnbondingChunks = ConstU32<16>;
	type EraLength = EraLength;
	type BlocksPerWeek = BlocksPerWeek;
	type BaseEraReward = compute::BaseEraReward;
	/// 0.5% of the pay a worker earned from job escrows: jobs a worker pays itself for, on
	/// its own model and audited by its own workers at the treasury's expense, must earn less
	/// reward than they cost, `k·(1 − m − f + q·f) < (1 − q)·f − q·(1 − m − 2f)`; with
	/// `f = ProtocolFee = 5%`, `m = ModelFeeShare = 10%`, `q = AuditRate = 5%` the bound is
	/// 0.88% (`runtime/tests/integration/compute_staking.rs` checks it with the genesis values).
	type RewardWorkShare = RewardWorkShare;
	type RewardStakeCap = ConstU128<{ 10_000 * UNITS }>;
	type OnlinePenalty = OnlinePenalty;
	type OnlineRecovery = OnlineRecovery;
	/// Six silent hours and anyone may chill the worker.
	type MaxMissedEras = ConstU32<6>;
	type InitialQuality = InitialQuality;
	type QualitySmoothing = QualitySmoothing;
	type ModelFeeShare = compute::ModelFeeShare;
	type SlashDeferPeriod = SlashDeferPeriod;
	type MaxPendingSlashes = ConstU32<8>;
	/// Hardware classes are few: an ISA level, a GPU architecture.
	type MaxClasses = ConstU32<64>;
	/// Half of an applied slash goes to the workers whose results exposed it.
	type SlashRewardShare = SlashRewardShare;
	/// Every seat of a job can be a reporter.
	type MaxSlashReporters = ConstU32<{ super::jobs::MAX_SEATS }>;
	type MaxModelsPerWorker = ConstU32<8>;
	type MaxWorkersPerModel = ConstU32<64>;
	type MaxModels = ConstU32<256>;
	/// Two years.
	type MaxLockWeeks = ConstU32<104>;
	type MaxLockBoost = ConstU32<3>;
	type HeartbeatLongevity = ConstU64<100>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_signer::HeartbeatSigner;
	type WeightInfo = pallet_compute_staking::weights::SubstrateWeight<Runtime>;
}

/// Heartbeat signatures in benchmarks: a key generated in the benchmark's keystore.
#[cfg(feature = "runtime-benchmarks")]
mod benchmark_signer {
	use crate::{AccountId, Signature};
	use sp_core::{crypto::KeyTypeId, sr25519};
	use sp_runtime::{traits::IdentifyAccount, MultiSigner};

	const KEY_TYPE: KeyTypeId = KeyTypeId(*b"tshb");

	pub struct HeartbeatSigner;

	impl pallet_compute_staking::BenchmarkHelper<AccountId, Signature> for HeartbeatSigner {
		fn worker_account() -> AccountId {
			MultiSigner::from(sp_io::crypto::sr25519_generate(KEY_TYPE, None)).into_account()
		}

		fn sign(who: &AccountId, message: &[u8]) -> Signature {
			let public = sr25519::Public::from_raw(who.clone().into());
			sp_io::crypto::sr25519_sign(KEY_TYPE, &public, message)
				.map(Signature::Sr25519)
				.expect("the key was generated in this keystore")
		}
	}
}
