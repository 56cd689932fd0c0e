//! The free grant: who may claim, how much, and the transaction-validity check that keeps
//! failing claims out of blocks.

use crate::{
	invalid_claim, Accounts, Config, Error, Event, Pallet, Registration, Registrations,
	SparkAmount, SparkBalance,
};
use frame_support::pallet_prelude::{
	DispatchResult, InvalidTransaction, TransactionSource, TransactionValidityWithRefund,
	ValidTransaction, Weight,
};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// The Spark a claim by `who` would mint now, or why it would fail. A claim that would go
	/// over [`Config::FreeCap`] is cut down to the cap.
	pub(crate) fn claimable_grant(
		who: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Result<SparkAmount, Error<T>> {
		let registration = Registrations::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		if now < registration.next_claim_at {
			return Err(Error::<T>::ClaimNotDue);
		}
		let free = Accounts::<T>::get(who).unwrap_or_default().free;
		let room = T::FreeCap::get().saturating_sub(free);
		if room == 0 {
			return Err(Error::<T>::FreeCapReached);
		}
		Ok(T::FreeGrant::get().min(room))
	}

	pub(crate) fn do_claim_free(who: T::AccountId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let amount = Self::claimable_grant(&who, now)?;
		let next_claim_at = now.saturating_add(T::GrantPeriod::get());
		Self::mint(&who, SparkBalance { free: amount, premium: 0 })?;
		Registrations::<T>::insert(&who, Registration { next_claim_at });
		Self::deposit_event(Event::FreeGrantClaimed { who, amount, next_claim_at });
		Ok(())
	}

	/// Transaction validity of [`Pallet::claim_free`]: the same checks as the call, run
	/// before the transaction enters the pool or a block. The `provides` tag is the account,
	/// so the pool keeps one claim per account, and once it is included the next validation
	/// fails with [`invalid_claim::NOT_DUE`].
	pub(crate) fn authorize_claim_free(
		_source: TransactionSource,
		who: &T::AccountId,
	) -> TransactionValidityWithRefund {
		let now = frame_system::Pallet::<T>::block_number();
		let code = match Self::claimable_grant(who, now) {
			Ok(_) => {
				let validity = ValidTransaction::with_tag_prefix("SparkFreeGrant")
					.and_provides(who)
					.priority(0)
					.longevity(T::ClaimLongevity::get())
					.propagate(true)
					.build()?;
				return Ok((validity, Weight::zero()));
			},
			Err(Error::<T>::NotRegistered) => invalid_claim::NOT_REGISTERED,
			Err(Error::<T>::ClaimNotDue) => invalid_claim::NOT_DUE,
			Err(Error::<T>::FreeCapReached) => invalid_claim::CAP_REACHED,
			Err(_) => return Err(InvalidTransaction::Call.into()),
		};
		Err(InvalidTransaction::Custom(code).into())
	}
}
