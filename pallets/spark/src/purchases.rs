//! Buying premium Spark with the native token, and its price.

use crate::{
	BalanceOf, Config, Error, Event, Pallet, PremiumOutstanding, SparkAmount, SparkBalance,
	SparkPrice,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedMul, UniqueSaturatedInto, Zero},
	Rounding,
};

impl<T: Config> Pallet<T> {
	/// Pays for `amount` Spark into the backing, then mints it as premium Spark.
	pub(crate) fn do_buy(who: T::AccountId, amount: SparkAmount) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let cost = Self::cost_of(amount)?;
		let spendable =
			T::Currency::reducible_balance(&who, Preservation::Preserve, Fortitude::Polite);
		ensure!(spendable >= cost, Error::<T>::InsufficientBalance);

		Self::mint(&who, SparkBalance { free: 0, premium: amount })?;
		T::Currency::transfer(&who, &T::Backing::get(), cost, Preservation::Preserve)?;
		Self::deposit_event(Event::Purchased { who, amount, cost });
		Ok(())
	}

	/// What minting `amount` premium Spark puts into the backing: the price, or each Spark's
	/// share of the backing if that is more (rounded up). Never less than the share, so that
	/// a purchase never dilutes what the premium Spark already held are worth: were it
	/// cheaper, a buyer could spend Spark bought below its share on its own model's jobs and
	/// take the difference from the other holders' backing.
	pub fn cost_of(amount: SparkAmount) -> Result<BalanceOf<T>, Error<T>> {
		let at_price = Self::price_of(amount)?;
		let outstanding = PremiumOutstanding::<T>::get();
		if outstanding == 0 {
			return Ok(at_price);
		}
		let backing: u128 = T::Currency::reducible_balance(
			&T::Backing::get(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.unique_saturated_into();
		let share =
			multiply_by_rational_with_rounding(backing, amount.into(), outstanding, Rounding::Up)
				.ok_or(Error::<T>::Overflow)?;
		let share: BalanceOf<T> = share.try_into().map_err(|_| Error::<T>::Overflow)?;
		Ok(at_price.max(share))
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
