//! # Token sale: an on-chain English auction
//!
//! TSR is sold for stablecoins (pallet-assets, e.g. USDC and USDT) in one auction whose price
//! clears on chain, so every bidder can check the result.
//!
//! - The admin origin sets the [`SaleTerms`] before bidding starts: offering, price grid
//!   (floor, ceiling, tick), minimum bid, accepted assets, schedule, lockup, lockup bonus,
//!   multiplier pool and per-score multipliers. The sale account must hold the offering, the
//!   largest possible lockup bonus and the multiplier pool.
//! - The eligibility origin attests each bidder: US person or not, community score.
//! - [`Pallet::bid`] escrows a stablecoin budget with a maximum price. One bid per account,
//!   which can only be raised (price, budget, lockup), never lowered or withdrawn. US bidders
//!   must take the lockup; others may, for the lockup bonus.
//! - Budgets are aggregated per price level and score, so [`Pallet::settle`] clears in
//!   O(levels) whatever the number of bids ([`clearing`] has the rules).
//! - [`Pallet::claim`] pays one bidder in O(1): tokens from the sale account (frozen until the
//!   lockup ends if it took one, released by [`Pallet::release_lockup`]), bonus and multiplier
//!   tokens, and the unspent budget back. What bidders paid is kept as proceeds and moved to
//!   the treasury by [`Pallet::withdraw_proceeds`]; unsold tokens go to the treasury at
//!   settlement.
//!
//! Phases: unconfigured → pending (terms set) → open (`start..end`) → closed → settled.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod attestation;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod bidding;
pub mod clearing;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
#[cfg(test)]
mod mock;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

/// Creates the stablecoins that benchmarks bid with.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId> {
	/// A fresh asset id for the `i`th accepted asset; the benchmark creates it.
	fn asset(i: u32) -> AssetId;
	/// Creates `asset` so that accounts can hold it.
	fn create_asset(asset: AssetId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, MutateFreeze},
			fungibles,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;

	/// The terms as this runtime stores them.
	pub type TermsOf<T> = SaleTerms<T>;
	/// The stablecoins' asset id type.
	pub type AssetIdOf<T> = <<T as Config>::Assets as fungibles::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::AssetId;
	pub type BidOf<T> = Bid<AssetIdOf<T>, u128>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet freezes funds.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// Tokens bought with the lockup, until it ends.
		SaleLockup,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The token sold (TSR). Balances are `u128`, as in the runtime: clearing works in
		/// 128-bit arithmetic with 256-bit intermediates.
		type Currency: fungible::Mutate<Self::AccountId, Balance = u128>
			+ MutateFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason>;

		type RuntimeFreezeReason: From<FreezeReason>;

		/// The stablecoins bids are paid in.
		type Assets: fungibles::Mutate<Self::AccountId, Balance = u128>;

		/// Sets the sale's terms: root now, a governance track later.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Attests bidders' jurisdiction and community score directly, without quota:
		/// governance. Bidders are attested day to day by [`Config::Attesters`].
		type EligibilityOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The accounts governance appointed to attest bidders (a KYC provider), each within
		/// its quota (pallet-registrars).
		type Attesters: pallet_registrars::Registrars<Self::AccountId>;

		/// Derives the escrow account that holds the bids' stablecoins.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Holds the tokens for sale and pays them out.
		#[pallet::constant]
		type SaleAccount: Get<Self::AccountId>;

		/// Receives the proceeds and the unsold tokens.
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// Planck per whole token: prices are per whole token.
		#[pallet::constant]
		type TokenUnit: Get<u128>;

		/// The most price levels a sale may have; bounds settlement.
		#[pallet::constant]
		type MaxPriceLevels: Get<u32>;

		/// The most stablecoins a sale may accept.
		#[pallet::constant]
		type MaxAssets: Get<u32>;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<AssetIdOf<Self>>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The sale's terms, once set.
	#[pallet::storage]
	pub type Terms<T: Config> = StorageValue<_, TermsOf<T>>;

	/// Bidders attested by the eligibility origin.
	#[pallet::storage]
	pub type Eligible<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Eligibility>;

	/// The attester of an attested account, which alone (besides governance) may change it.
	#[pallet::storage]
	pub type AttestedBy<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

	/// Bids not yet claimed.
	#[pallet::storage]
	pub type Bids<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BidOf<T>>;

	/// Budgets of the unclaimed bids per maximum price level and score.
	#[pallet::storage]
	pub type LevelDemand<T: Config> =
		StorageMap<_, Twox64Concat, PriceLevel, ScoreBudgets<u128>, ValueQuery>;

	/// Number of unclaimed bids.
	#[pallet::storage]
	pub type BidCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Stablecoin escrowed for the unclaimed bids, per asset.
	#[pallet::storage]
	pub type Escrowed<T: Config> = StorageMap<_, Blake2_128Concat, AssetIdOf<T>, u128, ValueQuery>;

	/// Stablecoin paid by claimed bids and not yet moved to the treasury, per asset.
	#[pallet::storage]
	pub type Proceeds<T: Config> = StorageMap<_, Blake2_128Concat, AssetIdOf<T>, u128, ValueQuery>;

	/// The clearing result, once settled.
	#[pallet::storage]
	pub type Cleared<T: Config> = StorageValue<_, Clearing<u128>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The terms were set (or replaced before bidding started).
		SaleConfigured { offering: u128, start: BlockNumberFor<T>, end: BlockNumberFor<T> },
		/// An account's eligibility was set or, with `None`, withdrawn.
		EligibilitySet { who: T::AccountId, eligibility: Option<Eligibility> },
		/// A bid was placed or raised; `budget` and `max_price` are its new values.
		BidPlaced {
			who: T::AccountId,
			asset: AssetIdOf<T>,
			budget: u128,
			max_price: u128,
			lockup: bool,
		},
		/// The auction cleared at `price`; `unsold` tokens went to the treasury.
		Settled { price: u128, sold: u128, unsold: u128 },
		/// A bidder was paid.
		Claimed { who: T::AccountId, allocation: Allocation },
		/// Locked-up tokens were released.
		LockupReleased { who: T::AccountId, amount: u128 },
		/// Proceeds were moved to the treasury.
		ProceedsWithdrawn { asset: AssetIdOf<T>, amount: u128 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Bidding has started: the terms can no longer change.
		SaleStarted,
		ZeroOffering,
		/// Floor, ceiling and tick do not make a grid: tick or floor zero, ceiling below the
		/// floor, or ceiling not on a tick.
		BadPriceGrid,
		/// More price levels than `MaxPriceLevels`.
		TooManyLevels,
		/// No accepted asset, or one listed twice.
		BadAssetList,
		/// Start not in the future, or end not after start.
		BadSchedule,
		/// The sale account cannot cover the offering, the largest lockup bonus and the
		/// multiplier pool.
		SaleUnderfunded,
		/// The sale is not open for bids.
		NotOpen,
		/// The budget is below the minimum bid.
		BelowMinimum,
		/// The price is not on the tick grid.
		PriceOffTick,
		/// The price is below the floor or above the ceiling.
		PriceOutOfRange,
		/// A raise may not lower the price or the budget, or drop the lockup.
		Lowering,
		/// The raise changes nothing.
		NothingRaised,
		/// The asset is not accepted in this sale.
		UnknownAsset,
		/// A raise must pay in the bid's asset.
		AssetMismatch,
		/// The account is not attested as eligible.
		NotEligible,
		/// US bidders must take the lockup.
		UsWithoutLockup,
		/// The bidder does not hold enough of the asset.
		InsufficientFunds,
		/// A community score outside `0..SCORE_CLASSES`.
		BadScore,
		/// Bidding has not ended yet.
		NotClosed,
		/// The sale is already settled.
		AlreadySettled,
		/// The sale is not settled yet.
		NotSettled,
		/// The account has no unclaimed bid.
		NoBid,
		/// The lockup has not ended.
		LockupNotOver,
		/// The account has no locked-up sale tokens.
		NotLocked,
		/// No proceeds of this asset to withdraw.
		NoProceeds,
		/// An attester may change only the attestations it made.
		NotYourAttestation,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::TokenUnit::get() > 0, "TokenUnit must not be zero");
			assert!(T::MaxPriceLevels::get() > 0, "a sale needs a price level");
			assert!(T::MaxAssets::get() > 0, "a sale needs an asset");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Sets the sale's terms, or replaces them while bidding has not started.
		#[pallet::call_index(0)]
		pub fn configure(origin: OriginFor<T>, terms: TermsOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_configure(terms)
		}

		/// Attests `who` (US person or not, community score), or withdraws the attestation
		/// with `None`: signed by an appointed attester (its own attestations, a new one within
		/// its quota), or by governance (any). A bid keeps the eligibility it was placed with.
		#[pallet::call_index(1)]
		pub fn set_eligibility(
			origin: OriginFor<T>,
			who: T::AccountId,
			eligibility: Option<Eligibility>,
		) -> DispatchResult {
			Self::attest_for(origin, who, eligibility)
		}

		/// Places the caller's bid, or raises it: `budget` stablecoin units of `asset` (the
		/// total, escrowed) at most `max_price` per whole token (on the tick grid), with or
		/// without the lockup.
		#[pallet::call_index(2)]
		pub fn bid(
			origin: OriginFor<T>,
			max_price: u128,
			budget: u128,
			asset: AssetIdOf<T>,
			lockup: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bid(who, max_price, budget, asset, lockup)
		}

		/// Clears the auction once bidding has ended. Anyone may call it; its work is bounded
		/// by the number of price levels.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::settle(T::MaxPriceLevels::get()))]
		pub fn settle(origin: OriginFor<T>) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle()
		}

		/// Pays `bidder` its tokens and refund. Anyone may call it.
		#[pallet::call_index(4)]
		pub fn claim(origin: OriginFor<T>, bidder: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim(bidder)
		}

		/// Unfreezes `who`'s locked-up sale tokens once the lockup has ended. Anyone may call
		/// it.
		#[pallet::call_index(5)]
		pub fn release_lockup(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release_lockup(who)
		}

		/// Moves the proceeds in `asset` to the treasury. Anyone may call it.
		#[pallet::call_index(6)]
		pub fn withdraw_proceeds(origin: OriginFor<T>, asset: AssetIdOf<T>) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_withdraw_proceeds(asset)
		}
	}
}
