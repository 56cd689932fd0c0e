//! # Spark: non-transferable compute credits
//!
//! Spark is how someone with no tokens and no crypto knowledge starts using Tessera. One
//! Spark pays for one standard job unit; its value is fixed in compute, not in a market, so
//! it **cannot be moved between accounts**: no call and no trait of this pallet transfers
//! it. Spark leaves an account only when it is spent on a job.
//!
//! ## Kinds
//! - *Free* Spark: a registered account claims [`Config::FreeGrant`] once per
//!   [`Config::GrantPeriod`] while its free balance is below [`Config::FreeCap`]. A claim that
//!   would go over the cap is cut down to the cap.
//! - *Premium* Spark: bought with the native token ([`Pallet::buy`]) at the governance-set
//!   [`SparkPrice`], or granted as task rewards by [`Config::RewardOrigin`] within
//!   [`Config::RewardBudget`] per [`Config::RewardPeriod`]. Premium is spent first and gives a
//!   job queue priority.
//!
//! ## Backing
//! What buyers pay, and the value of every reward grant (paid by [`Config::RewardFunding`]),
//! goes to [`Config::Backing`], an account that pays for premium Spark jobs and nothing else:
//! era rewards come from another pot, so they can never spend it. A premium Spark spent on a
//! job is worth its share of the backing, `backing / premium outstanding`
//! ([`SparkSpender::premium_value`]), so however the price moves, every premium Spark held can
//! be spent: a bought Spark never finds its backing exhausted.
//!
//! ## The fee-less claim
//! A Web2 user has no tokens to pay fees, so [`Pallet::claim_free`] is not a signed call: it
//! is submitted as a *general* (version 5, unsigned) transaction and authorized by
//! `#[pallet::authorize]`, which runs in transaction validation through
//! `frame_system::AuthorizeCall`. The authorization rejects a claim that would fail (account
//! not registered, claim not due, cap reached) before it reaches the pool, and a valid one
//! provides a tag unique to the account, so the pool holds at most one claim per account.
//! Since only the registrar creates registered accounts and each may claim once per period,
//! free calls cannot fill blocks.
//!
//! ## For other pallets
//! [`SparkSpender`] charges Spark for a job (premium first, then free) and refunds it; both
//! are all-or-nothing.
//!
//! ## Accounting
//! Every mint (claim, reward, purchase, refund) and every burn (spend) emits an event and
//! updates [`Totals`]; `try_state` checks that the balances add up to minted minus burned.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use spender::SparkSpender;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod claims;
mod credits;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod purchases;
mod registration;
mod rewards;
pub mod runtime_api;
mod spender;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

/// Codes of `InvalidTransaction::Custom` that a rejected free-grant claim carries, so that a
/// client can tell the user why.
pub mod invalid_claim {
	/// The account is not registered.
	pub const NOT_REGISTERED: u8 = 1;
	/// The account already claimed in the current grant period.
	pub const NOT_DUE: u8 = 2;
	/// The account's free balance is at the cap.
	pub const CAP_REACHED: u8 = 3;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Zero;

	/// The native-token amount type.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	/// The layout of this pallet's storage; see [`crate::migrations`].
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token, paid for premium Spark.
		type Currency: fungible::Mutate<Self::AccountId>;

		/// Registers accounts for free Spark directly, without quota: governance. Users are
		/// registered day to day by [`Config::Registrars`].
		type RegistrarOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The accounts governance appointed to verify people (an e-mail or identity service)
		/// and register them, each within its quota (pallet-registrars).
		type Registrars: pallet_registrars::Registrars<Self::AccountId>;

		/// Grants premium Spark as rewards for tasks (bug reports, community work).
		type RewardOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Sets the native-token price of one Spark.
		type PriceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives what buyers pay for premium Spark and the value of granted premium Spark;
		/// pays the premium part of Spark jobs, and nothing else.
		#[pallet::constant]
		type Backing: Get<Self::AccountId>;

		/// Pays the value of premium Spark granted as task rewards into [`Config::Backing`]:
		/// the governance-funded pot.
		#[pallet::constant]
		type RewardFunding: Get<Self::AccountId>;

		/// The price of one Spark until [`Config::PriceOrigin`] sets one.
		#[pallet::constant]
		type DefaultPrice: Get<BalanceOf<Self>>;

		/// Free Spark granted by one claim.
		#[pallet::constant]
		type FreeGrant: Get<SparkAmount>;

		/// Blocks between two claims of one account.
		#[pallet::constant]
		type GrantPeriod: Get<BlockNumberFor<Self>>;

		/// No claim raises a free balance above this.
		#[pallet::constant]
		type FreeCap: Get<SparkAmount>;

		/// Premium Spark that [`Config::RewardOrigin`] may grant in one reward period.
		#[pallet::constant]
		type RewardBudget: Get<SparkAmount>;

		/// Length of a reward period in blocks.
		#[pallet::constant]
		type RewardPeriod: Get<BlockNumberFor<Self>>;

		/// How long, in blocks, a valid claim may wait in the transaction pool.
		#[pallet::constant]
		type ClaimLongevity: Get<u64>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Spark held per account. Accounts with no Spark have no entry.
	#[pallet::storage]
	pub type Accounts<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, SparkBalance>;

	/// Accounts the registrar has verified, which may claim free Spark.
	#[pallet::storage]
	pub type Registrations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Registration<BlockNumberFor<T>>>;

	/// The registrar that registered an account, which alone (besides governance) may revoke
	/// it.
	#[pallet::storage]
	pub type RegisteredBy<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId>;

	/// Spark minted and burned since genesis.
	#[pallet::storage]
	pub type Totals<T: Config> = StorageValue<_, SparkTotals, ValueQuery>;

	/// Premium Spark held by all accounts together: what [`Config::Backing`] backs.
	#[pallet::storage]
	pub type PremiumOutstanding<T: Config> = StorageValue<_, u128, ValueQuery>;

	/// Task rewards granted in the current reward period.
	#[pallet::storage]
	pub type RewardsGranted<T: Config> =
		StorageValue<_, RewardSpending<BlockNumberFor<T>>, ValueQuery>;

	/// The native-token price of one Spark.
	#[pallet::storage]
	pub type SparkPrice<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery, T::DefaultPrice>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The registrar verified an account; it may claim free Spark.
		Registered { who: T::AccountId },
		/// The registrar withdrew an account's registration; it keeps its Spark.
		RegistrationRevoked { who: T::AccountId },
		/// Free Spark minted by a claim.
		FreeGrantClaimed {
			who: T::AccountId,
			amount: SparkAmount,
			next_claim_at: BlockNumberFor<T>,
		},
		/// Premium Spark minted as a task reward; `cost` moved from the reward funding into the
		/// backing.
		RewardGranted { who: T::AccountId, amount: SparkAmount, cost: BalanceOf<T> },
		/// Premium Spark minted for native token paid into the reward pot.
		Purchased { who: T::AccountId, amount: SparkAmount, cost: BalanceOf<T> },
		/// Spark burned to pay for a job.
		Spent { who: T::AccountId, premium: SparkAmount, free: SparkAmount },
		/// Spark minted back for a job that did not run.
		Refunded { who: T::AccountId, premium: SparkAmount, free: SparkAmount },
		/// Governance set the price of one Spark.
		PriceSet { price: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is registered already.
		AlreadyRegistered,
		/// The account is not registered.
		NotRegistered,
		/// A registrar may revoke only the registrations it made.
		NotYourRegistration,
		/// The account already claimed in this grant period.
		ClaimNotDue,
		/// The account's free Spark is at the cap.
		FreeCapReached,
		/// The grant would exceed this period's task-reward budget.
		RewardBudgetExceeded,
		/// An amount of zero Spark.
		ZeroAmount,
		/// A price of zero, which would give Spark away.
		ZeroPrice,
		/// Too little transferable native token to pay for the Spark.
		InsufficientBalance,
		/// The account holds less Spark than the charge.
		InsufficientSpark,
		/// The reward funding cannot pay for the granted Spark's backing.
		RewardFundingExhausted,
		/// A balance, total or cost would not fit its type.
		Overflow,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Accounts registered from the start (dev and test chains).
		pub registered: alloc::vec::Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for who in &self.registered {
				Pallet::<T>::do_register(who.clone()).expect("genesis registers an account twice");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::DefaultPrice::get().is_zero(), "a zero DefaultPrice gives Spark away");
			assert!(!T::GrantPeriod::get().is_zero(), "GrantPeriod must be at least one block");
			assert!(!T::RewardPeriod::get().is_zero(), "RewardPeriod must be at least one block");
			assert!(T::FreeGrant::get() > 0, "a zero FreeGrant makes every claim useless");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers a verified account, so that it may claim free Spark: signed by an
		/// appointed registrar (within its quota), or by governance.
		#[pallet::call_index(0)]
		pub fn register(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			Self::register_for(origin, who)
		}

		/// Withdraws a registration: a registrar its own, governance any. The account keeps
		/// the Spark it holds.
		#[pallet::call_index(1)]
		pub fn revoke(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			Self::revoke_for(origin, who)
		}

		/// Mints the free grant for a registered account. Submitted as a general transaction
		/// (no signature, no fee): anyone may submit it for `who`, and only `who` gains.
		#[pallet::call_index(2)]
		#[pallet::authorize(Pallet::<T>::authorize_claim_free)]
		pub fn claim_free(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_claim_free(who)
		}

		/// Grants premium Spark as a task reward, within the period's budget.
		#[pallet::call_index(3)]
		pub fn grant_reward(
			origin: OriginFor<T>,
			who: T::AccountId,
			amount: SparkAmount,
		) -> DispatchResult {
			T::RewardOrigin::ensure_origin(origin)?;
			Self::do_grant_reward(who, amount)
		}

		/// Buys premium Spark: pays `amount` times [`SparkPrice`] in native token into the
		/// backing. The buyer's account is never reaped by the payment.
		#[pallet::call_index(4)]
		pub fn buy(origin: OriginFor<T>, amount: SparkAmount) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_buy(who, amount)
		}

		/// Sets the native-token price of one Spark.
		#[pallet::call_index(5)]
		pub fn set_price(origin: OriginFor<T>, price: BalanceOf<T>) -> DispatchResult {
			T::PriceOrigin::ensure_origin(origin)?;
			Self::do_set_price(price)
		}
	}
}
