//! Registration of verified accounts by the registrar.

use crate::{Config, Error, Event, Pallet, Registration, Registrations};
use frame_support::{ensure, pallet_prelude::DispatchResult};

impl<T: Config> Pallet<T> {
	/// A new registration may claim at once: the registrar has just verified a person who
	/// wants to start using the network.
	pub(crate) fn do_register(who: T::AccountId) -> DispatchResult {
		ensure!(!Registrations::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		let now = frame_system::Pallet::<T>::block_number();
		Registrations::<T>::insert(&who, Registration { next_claim_at: now });
		Self::deposit_event(Event::Registered { who });
		Ok(())
	}

	pub(crate) fn do_revoke(who: T::AccountId) -> DispatchResult {
		ensure!(Registrations::<T>::take(&who).is_some(), Error::<T>::NotRegistered);
		Self::deposit_event(Event::RegistrationRevoked { who });
		Ok(())
	}
}
