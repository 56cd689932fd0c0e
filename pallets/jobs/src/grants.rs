//! The free-Spark budget. Free Spark is paid from the reward pot, which governance funds: a
//! registered user's grant is bounded (`FreeCap`), but a registrar admits many users, and
//! each could spend its grant on a model and workers of its own. What all free-Spark jobs may
//! draw from the pot is bounded per period, so that no number of admitted accounts drains it.

use crate::{BalanceOf, Config, FreeSparkDrawn, Pallet};
use frame_support::traits::Get;
use sp_runtime::traits::{SaturatedConversion, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The index of the budget's current period.
	pub(crate) fn free_spark_period() -> u32 {
		let now = frame_system::Pallet::<T>::block_number();
		let period = T::FreeSparkPeriod::get().max(1u32.into());
		(now / period).saturated_into()
	}

	/// What free-Spark jobs may still draw from the reward pot this period.
	pub(crate) fn free_spark_left() -> BalanceOf<T> {
		let (period, drawn) = FreeSparkDrawn::<T>::get();
		let drawn = if period == Self::free_spark_period() { drawn } else { Zero::zero() };
		T::FreeSparkBudget::get().saturating_sub(drawn)
	}

	/// Counts `value` drawn from the reward pot for a free-Spark job.
	pub(crate) fn draw_free_spark(value: BalanceOf<T>) {
		if value.is_zero() {
			return;
		}
		let current = Self::free_spark_period();
		FreeSparkDrawn::<T>::mutate(|(period, drawn)| {
			if *period != current {
				*period = current;
				*drawn = Zero::zero();
			}
			*drawn = drawn.saturating_add(value);
		});
	}

	/// Takes `value` that a refunded free-Spark job gave back to the reward pot off this
	/// period's count: what the budget bounds is what the pot pays out, and a job that expired
	/// unserved paid nothing. (Uncounted, a creator could tie up the day's budget with jobs
	/// for a model whose only server is chilled, its Spark and fees coming back each time.) A
	/// job drawn in the previous period gives its value to this one: the pot still pays no
	/// more than the budget net of what came back.
	pub(crate) fn return_free_spark(value: BalanceOf<T>) {
		let current = Self::free_spark_period();
		FreeSparkDrawn::<T>::mutate(|(period, drawn)| {
			if *period == current {
				*drawn = drawn.saturating_sub(value);
			}
		});
	}
}
