//! Who may attest a bidder: an appointed attester (signed, its own attestations, a new one
//! within its quota, see pallet-registrars) or governance (any).

use crate::{AttestedBy, Config, Eligibility, Eligible, Error, Pallet};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use frame_system::pallet_prelude::OriginFor;
use pallet_registrars::{governance_or_registrar, Registrars};

impl<T: Config> Pallet<T> {
	/// Sets `who`'s eligibility for `origin`. An attester may not touch an attestation made by
	/// governance or another attester; each account it attests for the first time counts
	/// against its quota.
	pub(crate) fn attest_for(
		origin: OriginFor<T>,
		who: T::AccountId,
		eligibility: Option<Eligibility>,
	) -> DispatchResult {
		let attester = governance_or_registrar::<_, _, T::EligibilityOrigin, T::Attesters>(origin)?;
		match attester {
			None => AttestedBy::<T>::remove(&who),
			Some(attester) => {
				match AttestedBy::<T>::get(&who) {
					Some(by) => ensure!(by == attester, Error::<T>::NotYourAttestation),
					None => {
						ensure!(!Eligible::<T>::contains_key(&who), Error::<T>::NotYourAttestation);
						if eligibility.is_some() {
							T::Attesters::note_registration(&attester)?;
						}
					},
				}
				if eligibility.is_some() {
					AttestedBy::<T>::insert(&who, attester);
				} else {
					AttestedBy::<T>::remove(&who);
				}
			},
		}
		Self::do_set_eligibility(who, eligibility)
	}
}
