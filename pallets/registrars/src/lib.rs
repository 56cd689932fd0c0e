//! # Registrars: users registered by appointed accounts, not by a referendum each
//!
//! Onboarding a user (registering it for free Spark, attesting that it may bid in the token
//! sale) is a judgement about a person that a chain cannot make. Asking a referendum for each
//! user makes onboarding impossible in practice and pushes towards a root key. Instead, as
//! pallet-identity appoints registrars, a governance track appoints service accounts (an
//! e-mail verifier, a KYC provider) that register users with a signed call:
//! - each holds [`Config::Deposit`] while appointed, forfeited to [`Config::ForfeitTo`] if
//!   governance dismisses it for misconduct (while appointed, or within
//!   [`Config::ResignDelay`] of resigning, so that resigning cannot dodge a dismissal), returned
//!   when it is dismissed without blame or released after that delay;
//! - each registers at most [`Config::QuotaPerEra`] users an era ([`Config::EraLength`]): a
//!   registrar that turns rogue registers a bounded number of sybils before governance
//!   dismisses it;
//! - at most [`Config::MaxRegistrars`] are appointed at once.
//!
//! The pallet that registers users asks [`Registrars::note_registration`] before it does;
//! governance keeps its own direct path in that pallet. The pallet is instantiable: one
//! instance per role (the runtime's Spark registrars and sale attesters).

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
#[cfg(test)]
mod mock;
mod roles;
#[cfg(test)]
mod tests;
pub mod weights;

use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::EnsureOrigin,
};

/// What a pallet that registers users asks of its registrars.
pub trait Registrars<AccountId> {
	/// Whether `who` is appointed now.
	fn is_registrar(who: &AccountId) -> bool;

	/// Counts one registration by `who` against its quota for this era. Fails when `who` is
	/// not appointed or has used its quota; then nothing is counted.
	fn note_registration(who: &AccountId) -> DispatchResult;

	/// Funds and appoints `who`, for the benchmarks of pallets that use registrars.
	#[cfg(feature = "runtime-benchmarks")]
	fn appoint_for_benchmarks(who: &AccountId);
}

/// No registrars: only governance registers (mocks, chains without the role).
impl<AccountId> Registrars<AccountId> for () {
	fn is_registrar(_: &AccountId) -> bool {
		false
	}

	fn note_registration(_: &AccountId) -> DispatchResult {
		Err(DispatchError::BadOrigin)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn appoint_for_benchmarks(_: &AccountId) {}
}

/// Who acts through `origin` in a pallet that registers users: `None` for governance (`G`,
/// without quota), `Some(registrar)` for an appointed registrar of `R` that signed; `BadOrigin`
/// for anyone else. The caller counts the registrar's registration
/// ([`Registrars::note_registration`]) when it registers someone.
pub fn governance_or_registrar<O, AccountId, G, R>(
	origin: O,
) -> Result<Option<AccountId>, DispatchError>
where
	O: Into<Result<frame_system::RawOrigin<AccountId>, O>>,
	G: EnsureOrigin<O>,
	R: Registrars<AccountId>,
{
	let Err(origin) = G::try_origin(origin) else { return Ok(None) };
	let who = frame_system::ensure_signed(origin)?;
	ensure!(R::is_registrar(&who), DispatchError::BadOrigin);
	Ok(Some(who))
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;

	/// The native-token amount type.
	pub type BalanceOf<T, I = ()> = <<T as Config<I>>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	#[pallet::pallet]
	pub struct Pallet<T, I = ()>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason<I: 'static = ()> {
		/// A registrar's deposit, held while it is appointed.
		RegistrarDeposit,
	}

	#[pallet::config]
	pub trait Config<I: 'static = ()>: frame_system::Config {
		/// The native token, held as deposits.
		type Currency: fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, which include this pallet's.
		type RuntimeHoldReason: From<HoldReason<I>>;

		/// Appoints and dismisses registrars: a governance track.
		type AppointOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Held from a registrar while it is appointed.
		#[pallet::constant]
		type Deposit: Get<BalanceOf<Self, I>>;

		/// Registrars appointed at once, at most.
		#[pallet::constant]
		type MaxRegistrars: Get<u32>;

		/// Registrations one registrar may make in an era.
		#[pallet::constant]
		type QuotaPerEra: Get<u32>;

		/// Blocks in an era of quotas.
		#[pallet::constant]
		type EraLength: Get<BlockNumberFor<Self>>;

		/// Receives the deposit of a registrar dismissed for misconduct: the treasury.
		#[pallet::constant]
		type ForfeitTo: Get<Self::AccountId>;

		/// Blocks a resigned registrar's deposit stays held, within which governance can still
		/// forfeit it for what the registrar did while appointed: longer than a dismissal
		/// referendum takes.
		#[pallet::constant]
		type ResignDelay: Get<BlockNumberFor<Self>>;

		type WeightInfo: WeightInfo;
	}

	/// A registrar's deposit and the registrations it made in its last active era.
	#[derive(
		Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
	)]
	pub struct Registrar<Balance, BlockNumber> {
		pub deposit: Balance,
		/// The era (block number divided by `EraLength`) `used` counts in.
		pub era: BlockNumber,
		pub used: u32,
	}

	/// The appointed registrars.
	#[pallet::storage]
	pub type Appointed<T: Config<I>, I: 'static = ()> = CountedStorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Registrar<BalanceOf<T, I>, BlockNumberFor<T>>,
	>;

	/// Registrars that resigned: their deposit and the block from which it may be released.
	#[pallet::storage]
	pub type Resigned<T: Config<I>, I: 'static = ()> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (BalanceOf<T, I>, BlockNumberFor<T>)>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config<I>, I: 'static = ()> {
		/// Governance appointed a registrar; its deposit is held.
		Appointed { who: T::AccountId, deposit: BalanceOf<T, I> },
		/// Governance dismissed a registrar; `forfeited` of its deposit went to `ForfeitTo`,
		/// the rest was released.
		Dismissed { who: T::AccountId, forfeited: BalanceOf<T, I> },
		/// A registrar resigned; its deposit is held until `until`.
		Resigned { who: T::AccountId, until: BlockNumberFor<T> },
		/// A resigned registrar's deposit was released.
		Released { who: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T, I = ()> {
		/// The account is appointed already.
		AlreadyAppointed,
		/// The account is not an appointed registrar.
		NotRegistrar,
		/// `MaxRegistrars` are appointed.
		TooManyRegistrars,
		/// The registrar has made its `QuotaPerEra` registrations this era.
		QuotaUsed,
		/// The resigned registrar's deposit is held until its `ResignDelay` has passed.
		TooEarly,
	}

	#[pallet::hooks]
	impl<T: Config<I>, I: 'static> Hooks<BlockNumberFor<T>> for Pallet<T, I> {
		fn integrity_test() {
			assert!(!T::EraLength::get().is_zero(), "an era must be at least one block");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config<I>>::WeightInfo))]
	impl<T: Config<I>, I: 'static> Pallet<T, I> {
		/// Appoints `who` as a registrar, holding [`Config::Deposit`] from it (it must have
		/// agreed and be funded).
		#[pallet::call_index(0)]
		pub fn appoint(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AppointOrigin::ensure_origin(origin)?;
			Self::do_appoint(who)
		}

		/// Dismisses registrar `who`, appointed or resigned within `ResignDelay`; with
		/// `forfeit`, its deposit goes to `ForfeitTo` (misconduct), otherwise it is released.
		#[pallet::call_index(1)]
		pub fn dismiss(origin: OriginFor<T>, who: T::AccountId, forfeit: bool) -> DispatchResult {
			T::AppointOrigin::ensure_origin(origin)?;
			Self::do_dismiss(who, forfeit)
		}

		/// The calling registrar steps down at once; its deposit stays held for `ResignDelay`.
		#[pallet::call_index(2)]
		pub fn resign(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_resign(who)
		}

		/// Releases the deposit of `who`, which resigned at least `ResignDelay` ago. Anyone may
		/// call it.
		#[pallet::call_index(3)]
		pub fn release(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release(who)
		}
	}
}
