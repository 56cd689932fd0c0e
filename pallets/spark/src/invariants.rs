//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{Accounts, Config, Pallet, PremiumOutstanding, RewardsGranted, SparkPrice, Totals};
use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Zero, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let (mut held, mut premium): (u128, u128) = (0, 0);
		for (_, balance) in Accounts::<T>::iter() {
			ensure!(!balance.is_empty(), "an account entry holds no Spark");
			ensure!(balance.total().is_some(), "an account's Spark overflows SparkAmount");
			held = held.checked_add(balance.sum()).ok_or("the sum of all Spark overflows u128")?;
			premium = premium.saturating_add(balance.premium.into());
		}
		ensure!(premium == PremiumOutstanding::<T>::get(), "the premium outstanding is wrong");
		for who in crate::Registrations::<T>::iter_keys() {
			ensure!(
				frame_system::Account::<T>::get(&who).sufficients > 0,
				"a registered account lacks the sufficient reference its registration gives",
			);
		}
		for who in crate::RegisteredBy::<T>::iter_keys() {
			ensure!(
				crate::Registrations::<T>::contains_key(&who),
				"a registrar remembered for an account that is not registered",
			);
		}
		let totals = Totals::<T>::get();
		ensure!(totals.burned <= totals.minted, "more Spark burned than minted");
		ensure!(held == totals.minted - totals.burned, "balances != minted - burned");

		let rewards = RewardsGranted::<T>::get();
		ensure!(rewards.granted <= T::RewardBudget::get(), "task rewards over budget");
		ensure!(
			rewards.period <= Self::current_reward_period(),
			"task rewards counted for a future period",
		);
		ensure!(!SparkPrice::<T>::get().is_zero(), "Spark price is zero");
		Ok(())
	}
}
