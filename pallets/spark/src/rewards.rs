//! Task rewards: premium Spark granted by the reward origin within a per-period budget.

use crate::{
	Config, Error, Event, Pallet, RewardSpending, RewardsGranted, SparkAmount, SparkBalance,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_grant_reward(who: T::AccountId, amount: SparkAmount) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let period = Self::current_reward_period();
		let spent = RewardsGranted::<T>::get();
		let already = if spent.period == period { spent.granted } else { 0 };
		let granted = already.checked_add(amount).ok_or(Error::<T>::RewardBudgetExceeded)?;
		ensure!(granted <= T::RewardBudget::get(), Error::<T>::RewardBudgetExceeded);

		// Granted Spark is backed like bought Spark, by the governance-funded pot.
		let cost = Self::cost_of(amount)?;
		T::Currency::transfer(
			&T::RewardFunding::get(),
			&T::Backing::get(),
			cost,
			Preservation::Preserve,
		)
		.map_err(|_| Error::<T>::RewardFundingExhausted)?;
		Self::mint(&who, SparkBalance { free: 0, premium: amount })?;
		RewardsGranted::<T>::put(RewardSpending { period, granted });
		Self::deposit_event(Event::RewardGranted { who, amount, cost });
		Ok(())
	}

	/// Reward periods are counted from genesis: period `n` spans blocks
	/// `n * RewardPeriod ..= (n + 1) * RewardPeriod - 1`.
	pub(crate) fn current_reward_period() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number() / T::RewardPeriod::get()
	}
}
