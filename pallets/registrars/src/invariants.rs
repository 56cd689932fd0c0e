//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{Appointed, Config, HoldReason, Pallet};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::TryRuntimeError;

impl<T: Config<I>, I: 'static> Pallet<T, I> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let count = Appointed::<T, I>::count();
		ensure!(count <= T::MaxRegistrars::get(), "more registrars than allowed");
		ensure!(
			Appointed::<T, I>::iter_keys().count() as u32 == count,
			"the registrar count is wrong"
		);
		let reason = HoldReason::<I>::RegistrarDeposit.into();
		let era = Self::current_era();
		for (who, registrar) in Appointed::<T, I>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&reason, &who) == registrar.deposit,
				"a registrar's held deposit differs from its record",
			);
			ensure!(registrar.era <= era, "a registrar counted in a future era");
			ensure!(registrar.used <= T::QuotaPerEra::get(), "a registrar over its quota");
		}
		for (who, (deposit, _)) in crate::Resigned::<T, I>::iter() {
			ensure!(!Appointed::<T, I>::contains_key(&who), "a registrar resigned and appointed");
			ensure!(
				T::Currency::balance_on_hold(&reason, &who) == deposit,
				"a resigned registrar's held deposit differs from its record",
			);
		}
		Ok(())
	}
}
