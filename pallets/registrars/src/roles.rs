//! Appointing, dismissing and counting registrars.

use crate::{Appointed, Config, Error, Event, HoldReason, Pallet, Registrar, Registrars, Resigned};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config<I>, I: 'static> Pallet<T, I> {
	pub(crate) fn do_appoint(who: T::AccountId) -> DispatchResult {
		let known = Appointed::<T, I>::contains_key(&who) || Resigned::<T, I>::contains_key(&who);
		ensure!(!known, Error::<T, I>::AlreadyAppointed);
		ensure!(
			Appointed::<T, I>::count() < T::MaxRegistrars::get(),
			Error::<T, I>::TooManyRegistrars
		);
		let deposit = T::Deposit::get();
		T::Currency::hold(&HoldReason::<I>::RegistrarDeposit.into(), &who, deposit)?;
		let era = Self::current_era();
		Appointed::<T, I>::insert(&who, Registrar { deposit, era, used: 0 });
		Self::deposit_event(Event::Appointed { who, deposit });
		Ok(())
	}

	/// Dismisses an appointed registrar, or one that resigned and whose deposit is still held.
	pub(crate) fn do_dismiss(who: T::AccountId, forfeit: bool) -> DispatchResult {
		let deposit = match Appointed::<T, I>::take(&who) {
			Some(registrar) => registrar.deposit,
			None => Resigned::<T, I>::take(&who).ok_or(Error::<T, I>::NotRegistrar)?.0,
		};
		let reason = HoldReason::<I>::RegistrarDeposit.into();
		let forfeited = if forfeit {
			T::Currency::transfer_on_hold(
				&reason,
				&who,
				&T::ForfeitTo::get(),
				deposit,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)?
		} else {
			T::Currency::release(&reason, &who, deposit, Precision::BestEffort)?;
			Zero::zero()
		};
		Self::deposit_event(Event::Dismissed { who, forfeited });
		Ok(())
	}

	/// The registrar loses its powers now; its deposit stays held for `ResignDelay`.
	pub(crate) fn do_resign(who: T::AccountId) -> DispatchResult {
		let registrar = Appointed::<T, I>::take(&who).ok_or(Error::<T, I>::NotRegistrar)?;
		let until = frame_system::Pallet::<T>::block_number().saturating_add(T::ResignDelay::get());
		Resigned::<T, I>::insert(&who, (registrar.deposit, until));
		Self::deposit_event(Event::Resigned { who, until });
		Ok(())
	}

	pub(crate) fn do_release(who: T::AccountId) -> DispatchResult {
		let (deposit, until) = Resigned::<T, I>::get(&who).ok_or(Error::<T, I>::NotRegistrar)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= until, Error::<T, I>::TooEarly);
		Resigned::<T, I>::remove(&who);
		T::Currency::release(
			&HoldReason::<I>::RegistrarDeposit.into(),
			&who,
			deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::Released { who });
		Ok(())
	}

	/// Eras are counted from genesis: era `n` spans blocks `n × EraLength` to
	/// `(n + 1) × EraLength − 1`.
	pub(crate) fn current_era() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number() / T::EraLength::get()
	}
}

impl<T: Config<I>, I: 'static> Registrars<T::AccountId> for Pallet<T, I> {
	fn is_registrar(who: &T::AccountId) -> bool {
		Appointed::<T, I>::contains_key(who)
	}

	fn note_registration(who: &T::AccountId) -> DispatchResult {
		Appointed::<T, I>::try_mutate(who, |entry| {
			let registrar = entry.as_mut().ok_or(Error::<T, I>::NotRegistrar)?;
			let era = Self::current_era();
			if registrar.era != era {
				registrar.era = era;
				registrar.used = 0;
			}
			ensure!(registrar.used < T::QuotaPerEra::get(), Error::<T, I>::QuotaUsed);
			registrar.used += 1;
			Ok(())
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn appoint_for_benchmarks(who: &T::AccountId) {
		use frame_support::traits::fungible::{Inspect, Mutate};
		use sp_runtime::traits::Saturating;
		let funds = T::Deposit::get()
			.saturating_mul(2u32.into())
			.saturating_add(T::Currency::minimum_balance());
		T::Currency::set_balance(who, funds);
		Self::do_appoint(who.clone()).expect("funded, and benchmarks appoint few");
	}
}
