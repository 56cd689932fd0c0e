//! Spark, the non-transferable compute credit.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU64},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::traits::AccountIdConversion;

use crate::{AccountId, Balances, BlockNumber, Runtime, DAYS, MILLI_UNITS};

parameter_types! {
	/// The pot that purchases of Spark pay into and that pays workers for jobs.
	pub const ComputeRewardPotId: PalletId = PalletId(*b"tsr/cpot");
	pub ComputeRewardPot: AccountId = ComputeRewardPotId::get().into_account_truncating();
	/// 50 free Spark a day ...
	pub const FreeGrant: u64 = 50;
	pub const GrantPeriod: BlockNumber = DAYS;
	/// ... up to 800: sixteen days of unspent grants.
	pub const FreeCap: u64 = 800;
	/// Task rewards: at most 100,000 premium Spark a week.
	pub const RewardBudget: u64 = 100_000;
	pub const RewardPeriod: BlockNumber = 7 * DAYS;
}

/// 0.01 TSR per Spark until governance sets a price (`Spark::set_price`).
pub type DefaultSparkPrice = ConstU128<{ 10 * MILLI_UNITS }>;

impl pallet_spark::Config for Runtime {
	type Currency = Balances;
	// Root for now; each becomes a governance track with the governance issue.
	type RegistrarOrigin = EnsureRoot<AccountId>;
	type RewardOrigin = EnsureRoot<AccountId>;
	type PriceOrigin = EnsureRoot<AccountId>;
	type RewardPot = ComputeRewardPot;
	type DefaultPrice = DefaultSparkPrice;
	type FreeGrant = FreeGrant;
	type GrantPeriod = GrantPeriod;
	type FreeCap = FreeCap;
	type RewardBudget = RewardBudget;
	type RewardPeriod = RewardPeriod;
	/// A valid claim waits at most ten minutes in the pool.
	type ClaimLongevity = ConstU64<100>;
	type WeightInfo = pallet_spark::weights::SubstrateWeight<Runtime>;
}
