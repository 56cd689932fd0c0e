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

	/// The current period and what free-Spark jobs drew in it: the stored count only if it is
	/// this period's.
	fn drawn_this_period() -> (u32, BalanceOf<T>) {
		let current = Self::free_spark_period();
		let (period, drawn) = FreeSparkDrawn::<T>::get();
		(current, if period == current { drawn } else { Zero::zero() })
	}

	/// What free-Spark jobs may still draw from the reward pot this period.
	pub(crate) fn free_spark_left() -> BalanceOf<T> {
		T::FreeSparkBudget::get().saturating_sub(Self::drawn_this_period().1)
	}

	/// Counts `value` drawn from the reward pot for a free-Spark job.
	pub(crate) fn draw_free_spark(value: BalanceOf<T>) {
		if value.is_zero() {
			return;
		}
		let (period, drawn) = Self::drawn_this_period();
		FreeSparkDrawn::<T>::put((period, drawn.saturating_add(value)));
	}

	/// Takes `value` that a refunded free-Spark job gave back to the reward pot off this
	/// period's count: what the budget bounds is what the pot pays out, and a job that expired
	/// unserved paid nothing. (Uncounted, a creator could tie up the day's budget with jobs
	/// for a model whose only server is chilled, its Spark and fees coming back each time.) A
	/// job drawn in the previous period gives its value to this one: the pot still pays no
	/// more than the budget net of what came back.
	pub(crate) fn return_free_spark(value: BalanceOf<T>) {
		let (period, drawn) = Self::drawn_this_period();
		FreeSparkDrawn::<T>::put((period, drawn.saturating_sub(value)));
	}
}
