//! The token sale: TSR for stablecoins in an on-chain English auction.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32},
	PalletId,
};

use crate::{
	configs::TreasuryAccount,
	genesis::tokenomics::sale_account,
	governance::{origins::SaleAdmin, TrackOrRoot},
	AccountId, Assets, Balances, BlockNumber, Runtime, RuntimeFreezeReason, RuntimeHoldReason,
	SaleAttesters, DAYS, UNITS,
};

parameter_types! {
	/// Holds the bids' stablecoins and the proceeds until they go to the treasury.
	pub const SalePalletId: PalletId = PalletId(*b"tsr/bids");
	/// The sale account of the tokenomics: holds the tokens for sale.
	pub SaleAccount: AccountId = sale_account();
	pub const TokenUnit: u128 = UNITS;
	pub const AttesterEra: BlockNumber = DAYS;
}

/// Service accounts that attest bidders (jurisdiction, community score), appointed by the
/// sale-administration track: 1,000 TSR deposit each, forfeited to the treasury on dismissal
/// for misconduct; at most 1,000 new attestations a day each; at most 16.
impl pallet_registrars::Config<pallet_registrars::Instance2> for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AppointOrigin = TrackOrRoot<SaleAdmin>;
	type Deposit = ConstU128<{ 1_000 * UNITS }>;
	type MaxRegistrars = ConstU32<16>;
	type QuotaPerEra = ConstU32<1_000>;
	type EraLength = AttesterEra;
	type ForfeitTo = TreasuryAccount;
	/// Four weeks: a dismissal referendum on the track takes under one.
	type ResignDelay = ConstU32<{ 28 * DAYS }>;
	type WeightInfo = pallet_registrars::weights::SubstrateWeight<Runtime>;
}

impl pallet_token_sale::Config for Runtime {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Assets = Assets;
	/// Terms and eligibility are decided by the sale-administration track.
	type AdminOrigin = TrackOrRoot<SaleAdmin>;
	type EligibilityOrigin = TrackOrRoot<SaleAdmin>;
	/// Bidders are attested day to day by the attesters that track appoints.
	type Attesters = SaleAttesters;
	type PalletId = SalePalletId;
	type SaleAccount = SaleAccount;
	type Treasury = TreasuryAccount;
	type TokenUnit = TokenUnit;
	/// 0.0001 to 0.1 USD in ticks of 0.0001.
	type MaxPriceLevels = ConstU32<1_000>;
	/// USDC and USDT.
	type MaxAssets = ConstU32<2>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_assets::SaleAssets;
	type WeightInfo = pallet_token_sale::weights::SubstrateWeight<Runtime>;
}

/// Stablecoins for the sale's benchmarks.
#[cfg(feature = "runtime-benchmarks")]
mod benchmark_assets {
	use crate::{configs::TreasuryAccount, AssetId, Assets, RuntimeOrigin};

	pub struct SaleAssets;

	impl pallet_token_sale::BenchmarkHelper<AssetId> for SaleAssets {
		fn asset(i: u32) -> AssetId {
			10_000 + i
		}

		fn create_asset(asset: AssetId) {
			Assets::force_create(
				RuntimeOrigin::root(),
				asset.into(),
				TreasuryAccount::get().into(),
				true,
				1,
			)
			.expect("a fresh asset id");
		}
	}
}
