//! How other pallets (pallet-jobs) pay with Spark.

use crate::{BalanceOf, Config, Error, Event, Pallet, SparkAmount, SparkBalance, SparkCharge};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::DispatchError;

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

	/// The native-token value of `units` Spark at the current price: what a job paid in Spark
	/// is worth to the workers who run it.
	fn value_of(units: SparkAmount) -> Result<Self::Balance, DispatchError>;
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
}
