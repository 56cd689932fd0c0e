//! Registration of verified accounts: by an appointed registrar (a signed call, within its
//! quota, see pallet-registrars) or directly by governance.

use crate::{Config, Error, Event, Pallet, RegisteredBy, Registration, Registrations};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use frame_system::pallet_prelude::OriginFor;
use pallet_registrars::{governance_or_registrar, Registrars};

impl<T: Config> Pallet<T> {
	/// Registers `who` for `origin`: governance ([`Config::RegistrarOrigin`]) without limit,
	/// or an appointed registrar, signed, within its quota; the registrar is remembered, so
	/// that it alone (or governance) may revoke the registration.
	pub(crate) fn register_for(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
		let registrar = Self::acting(origin)?;
		Self::do_register(who.clone())?;
		if let Some(registrar) = registrar {
			T::Registrars::note_registration(&registrar)?;
			RegisteredBy::<T>::insert(&who, registrar);
		}
		Ok(())
	}

	/// Revokes `who`'s registration for `origin`: governance any, a registrar its own.
	pub(crate) fn revoke_for(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
		if let Some(registrar) = Self::acting(origin)? {
			let own = RegisteredBy::<T>::get(&who) == Some(registrar);
			ensure!(own, Error::<T>::NotYourRegistration);
		}
		RegisteredBy::<T>::remove(&who);
		Self::do_revoke(who)
	}

	/// `None` for governance, the registrar for an appointed registrar.
	fn acting(origin: OriginFor<T>) -> Result<Option<T::AccountId>, sp_runtime::DispatchError> {
		governance_or_registrar::<_, _, T::RegistrarOrigin, T::Registrars>(origin)
	}

	/// A new registration may claim at once: the registrar has just verified a person who
	/// wants to start using the network.
	///
	/// A registration is also a sufficient reference on the account, as an asset balance
	/// is: a newcomer holding no native token still exists, keeps its nonce, and can sign the
	/// Spark-paid job submissions that pallet-jobs takes without a fee.
	pub(crate) fn do_register(who: T::AccountId) -> DispatchResult {
		ensure!(!Registrations::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::inc_sufficients(&who);
		Registrations::<T>::insert(&who, Registration { next_claim_at: now });
		Self::deposit_event(Event::Registered { who });
		Ok(())
	}

	pub(crate) fn do_revoke(who: T::AccountId) -> DispatchResult {
		ensure!(Registrations::<T>::take(&who).is_some(), Error::<T>::NotRegistered);
		// An account with nothing else to keep it is reaped here; its Spark stays recorded,
		// and it can spend it again once it holds native token or is registered again.
		frame_system::Pallet::<T>::dec_sufficients(&who);
		Self::deposit_event(Event::RegistrationRevoked { who });
		Ok(())
	}
}
