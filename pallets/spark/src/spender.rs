//! How other pallets (pallet-jobs) pay with Spark.

use crate::{
	BalanceOf, Config, Error, Event, Pallet, PremiumOutstanding, SparkAmount, SparkBalance,
	SparkCharge,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::Inspect,
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{UniqueSaturatedInto, Zero},
	DispatchError, Rounding,
};

/// Charges and refunds Spark for jobs. Both operations are all-or-nothing: when they return
/// an error, every balance and total is as it was.
pub trait SparkSpender<AccountId> {
	/// The native-token amount type Spark is priced in.
	type Balance;

	/// The Spark `who` holds.
	fn balance(who: &AccountId) -> SparkBalance;

	/// Burns `units` from `who`, premium first, then free. Returns what it took of each kind,
	/// which the caller keeps to refund exactly that.
	fn charge(who: &AccountId, units: SparkAmount) -> Result<SparkCharge, DispatchError>;

	/// Mints back what [`SparkSpender::charge`] took, kind by kind. Only refund a charge
	/// once: this trait does not remember charges.
	fn refund(who: &AccountId, charge: SparkCharge) -> DispatchResult;

	/// The native-token value of `units` Spark at the current price: what a job paid in free
	/// Spark is worth to the workers who run it.
	fn value_of(units: SparkAmount) -> Result<Self::Balance, DispatchError>;

	/// The account that backs premium Spark.
	fn backing() -> AccountId;

	/// What `units` premium Spark are worth from the backing: their share of it,
	/// `units × spendable backing / premium outstanding`, rounded down. Ask before charging
	/// them: the charge lowers the premium outstanding.
	fn premium_value(units: SparkAmount) -> Self::Balance;
}

impl<T: Config> SparkSpender<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn balance(who: &T::AccountId) -> SparkBalance {
		Self::spark_of(who)
	}

	fn charge(who: &T::AccountId, units: SparkAmount) -> Result<SparkCharge, DispatchError> {
		ensure!(units > 0, Error::<T>::ZeroAmount);
		let charge = Self::burn(who, units)?;
		Self::deposit_event(Event::Spent {
			who: who.clone(),
			premium: charge.premium,
			free: charge.free,
		});
		Ok(charge)
	}

	fn refund(who: &T::AccountId, charge: SparkCharge) -> DispatchResult {
		let refunded = SparkBalance { free: charge.free, premium: charge.premium };
		ensure!(!refunded.is_empty(), Error::<T>::ZeroAmount);
		Self::mint(who, refunded)?;
		Self::deposit_event(Event::Refunded {
			who: who.clone(),
			premium: charge.premium,
			free: charge.free,
		});
		Ok(())
	}

	fn value_of(units: SparkAmount) -> Result<BalanceOf<T>, DispatchError> {
		Ok(Self::price_of(units)?)
	}

	fn backing() -> T::AccountId {
		T::Backing::get()
	}

	fn premium_value(units: SparkAmount) -> BalanceOf<T> {
		let outstanding = PremiumOutstanding::<T>::get();
		if units == 0 || outstanding == 0 {
			return Zero::zero();
		}
		let backing = T::Currency::reducible_balance(
			&T::Backing::get(),
			Preservation::Preserve,
			Fortitude::Polite,
		);
		let backing: u128 = backing.unique_saturated_into();
		let units = u128::from(units).min(outstanding);
		multiply_by_rational_with_rounding(backing, units, outstanding, Rounding::Down)
			.map_or(Zero::zero(), |value| value.unique_saturated_into())
	}
}
