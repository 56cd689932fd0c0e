//! Spark, the non-transferable compute credit.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
	PalletId,
};
use sp_runtime::traits::AccountIdConversion;

use crate::{
	configs::TreasuryAccount,
	governance::{origins::NetworkParameters, parameters::spark, TrackOrRoot},
	AccountId, Balances, BlockNumber, Runtime, RuntimeHoldReason, SparkRegistrars, DAYS,
	MILLI_UNITS, UNITS,
};

parameter_types! {
	/// The pot that pays era rewards, free-Spark jobs and the backing of granted Spark; funded
	/// by governance (treasury spends).
	pub const ComputeRewardPotId: PalletId = PalletId(*b"tsr/cpot");
	pub ComputeRewardPot: AccountId = ComputeRewardPotId::get().into_account_truncating();
	/// What buyers pay for premium Spark: it pays premium-Spark jobs and nothing else, so era
	/// rewards can never spend it.
	pub const SparkBackingId: PalletId = PalletId(*b"tsr/spkb");
	pub SparkBacking: AccountId = SparkBackingId::get().into_account_truncating();
	/// Free Spark is granted daily (how much, and up to what cap, are runtime parameters).
	pub const GrantPeriod: BlockNumber = DAYS;
	/// Task rewards: at most 100,000 premium Spark a week.
	pub const RewardBudget: u64 = 100_000;
	pub const RewardPeriod: BlockNumber = 7 * DAYS;
}

/// Service accounts that verify people and register them for free Spark, appointed by the
/// network-parameters track: 1,000 TSR deposit each, forfeited to the treasury on dismissal
/// for misconduct; at most 1,000 registrations a day each (a rogue one registers a bounded
/// number of sybils, 1,000 × `FreeCap` Spark a day, before it is dismissed); at most 32.
impl pallet_registrars::Config<pallet_registrars::Instance1> for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AppointOrigin = TrackOrRoot<NetworkParameters>;
	type Deposit = ConstU128<{ 1_000 * UNITS }>;
	type MaxRegistrars = ConstU32<32>;
	type QuotaPerEra = ConstU32<1_000>;
	type EraLength = GrantPeriod;
	type ForfeitTo = TreasuryAccount;
	/// Four weeks: a dismissal referendum on the track takes under one.
	type ResignDelay = ConstU32<{ 28 * DAYS }>;
	type WeightInfo = pallet_registrars::weights::SubstrateWeight<Runtime>;
}

/// 0.01 TSR per Spark until governance sets a price (`Spark::set_price`).
pub type DefaultSparkPrice = ConstU128<{ 10 * MILLI_UNITS }>;

impl pallet_spark::Config for Runtime {
	type Currency = Balances;
	/// Registration for free Spark, task rewards and the price are network economics.
	type RegistrarOrigin = TrackOrRoot<NetworkParameters>;
	/// Users are registered day to day by the registrars that track appoints.
	type Registrars = SparkRegistrars;
	type RewardOrigin = TrackOrRoot<NetworkParameters>;
	type PriceOrigin = TrackOrRoot<NetworkParameters>;
	type Backing = SparkBacking;
	type RewardFunding = ComputeRewardPot;
	type DefaultPrice = DefaultSparkPrice;
	type FreeGrant = spark::FreeGrant;
	type GrantPeriod = GrantPeriod;
	type FreeCap = spark::FreeCap;
	type RewardBudget = RewardBudget;
	type RewardPeriod = RewardPeriod;
	/// A valid claim waits at most ten minutes in the pool.
	type ClaimLongevity = ConstU64<100>;
	type WeightInfo = pallet_spark::weights::SubstrateWeight<Runtime>;
}
