//! Buying premium Spark with the native token, and its price.

use crate::{BalanceOf, Config, Error, Event, Pallet, SparkAmount, SparkBalance, SparkPrice};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::traits::{CheckedMul, Zero};

impl<T: Config> Pallet<T> {
	/// Pays for `amount` Spark into the backing, then mints it as premium Spark.
	pub(crate) fn do_buy(who: T::AccountId, amount: SparkAmount) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let cost = Self::price_of(amount)?;
		let spendable =
			T::Currency::reducible_balance(&who, Preservation::Preserve, Fortitude::Polite);
		ensure!(spendable >= cost, Error::<T>::InsufficientBalance);

		Self::mint(&who, SparkBalance { free: 0, premium: amount })?;
		T::Currency::transfer(&who, &T::Backing::get(), cost, Preservation::Preserve)?;
		Self::deposit_event(Event::Purchased { who, amount, cost });
		Ok(())
	}

	/// The native-token cost of `amount` Spark at the current price.
	pub fn price_of(amount: SparkAmount) -> Result<BalanceOf<T>, Error<T>> {
		let amount: BalanceOf<T> = amount.try_into().map_err(|_| Error::<T>::Overflow)?;
		SparkPrice::<T>::get().checked_mul(&amount).ok_or(Error::<T>::Overflow)
	}

	pub(crate) fn do_set_price(price: BalanceOf<T>) -> DispatchResult {
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		SparkPrice::<T>::put(price);
		Self::deposit_event(Event::PriceSet { price });
		Ok(())
	}
}
