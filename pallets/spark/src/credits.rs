//! The only two ways Spark balances change: minting into one account and burning from one
//! account. Both check everything before they write, so an error changes nothing.

use crate::{
	Accounts, Config, Error, Pallet, PremiumOutstanding, SparkAmount, SparkBalance, SparkCharge,
	Totals,
};
use frame_support::pallet_prelude::DispatchError;

impl<T: Config> Pallet<T> {
	/// Adds `minted`, kind by kind, to `who`'s balance and to the minted total.
	pub(crate) fn mint(who: &T::AccountId, minted: SparkBalance) -> Result<(), DispatchError> {
		let mut balance = Accounts::<T>::get(who).unwrap_or_default();
		balance.premium =
			balance.premium.checked_add(minted.premium).ok_or(Error::<T>::Overflow)?;
		balance.free = balance.free.checked_add(minted.free).ok_or(Error::<T>::Overflow)?;
		balance.total().ok_or(Error::<T>::Overflow)?;
		let mut totals = Totals::<T>::get();
		totals.minted = totals.minted.checked_add(minted.sum()).ok_or(Error::<T>::Overflow)?;
		let premium = PremiumOutstanding::<T>::get()
			.checked_add(minted.premium.into())
			.ok_or(Error::<T>::Overflow)?;

		Accounts::<T>::insert(who, balance);
		Totals::<T>::put(totals);
		PremiumOutstanding::<T>::put(premium);
		Ok(())
	}

	/// Burns `units` from `who`, premium first, and returns what it took of each kind.
	pub(crate) fn burn(
		who: &T::AccountId,
		units: SparkAmount,
	) -> Result<SparkCharge, DispatchError> {
		let balance = Accounts::<T>::get(who).unwrap_or_default();
		let premium = units.min(balance.premium);
		let free = units - premium;
		let remaining = SparkBalance {
			premium: balance.premium - premium,
			free: balance.free.checked_sub(free).ok_or(Error::<T>::InsufficientSpark)?,
		};
		let charge = SparkCharge { premium, free };
		let mut totals = Totals::<T>::get();
		totals.burned = totals.burned.checked_add(u128::from(units)).ok_or(Error::<T>::Overflow)?;

		if remaining.is_empty() {
			Accounts::<T>::remove(who);
		} else {
			Accounts::<T>::insert(who, remaining);
		}
		Totals::<T>::put(totals);
		PremiumOutstanding::<T>::mutate(|outstanding| {
			*outstanding = outstanding.saturating_sub(premium.into())
		});
		Ok(charge)
	}

	/// The Spark `who` holds.
	pub fn spark_of(who: &T::AccountId) -> SparkBalance {
		Accounts::<T>::get(who).unwrap_or_default()
	}
}
