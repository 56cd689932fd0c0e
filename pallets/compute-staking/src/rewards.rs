//! Era rewards and the quality average that scales them.

use crate::{BalanceOf, Config, Error, Event, Pallet, UnrewardedPay, Worker, Workers};
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
	traits::{Saturating, Zero},
	PerThing, Perbill,
};

impl<T: Config> Pallet<T> {
	/// `min(active, RewardStakeCap) / RewardStakeCap`.
	pub fn stake_coefficient(worker: &Worker<T>) -> Perbill {
		let cap = T::RewardStakeCap::get();
		Perbill::from_rational(worker.active.min(cap), cap)
	}

	/// `BaseEraReward × stake_coeff × online × quality`, each product rounded down, in that
	/// order.
	pub fn era_reward(worker: &Worker<T>) -> BalanceOf<T> {
		let by_stake = Self::stake_coefficient(worker).mul_floor(T::BaseEraReward::get());
		let by_online = worker.online.mul_floor(by_stake);
		worker.quality.mul_floor(by_online)
	}

	/// The reward a heartbeat credits now: the era reward, bounded by `RewardWorkShare` of
	/// the pay earned since the last heartbeat, which it consumes. Unbounded, idle stake drew
	/// the era reward (70% a year at the cap) from the pot that pays Spark jobs.
	pub(crate) fn work_reward(who: &T::AccountId, worker: &Worker<T>) -> BalanceOf<T> {
		let pay = UnrewardedPay::<T>::take(who);
		Self::era_reward(worker).min(T::RewardWorkShare::get().mul_floor(pay))
	}

	/// Counts `amount` of pay for a settled seat towards the worker's next reward.
	pub(crate) fn note_work_paid(who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() || !Workers::<T>::contains_key(who) {
			return;
		}
		UnrewardedPay::<T>::mutate(who, |pay| *pay = pay.saturating_add(amount));
	}

	pub(crate) fn do_claim_rewards(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(!worker.unclaimed.is_zero(), Error::<T>::NoRewards);
		let amount = worker.unclaimed;
		Self::pay_rewards(&who, amount)?;
		worker.unclaimed = Zero::zero();
		if Self::has_left(&worker) {
			Self::remove_worker(&who, worker);
		} else {
			Workers::<T>::insert(&who, worker);
		}
		Ok(())
	}

	/// Pays `amount` from the reward pot, which is never reaped by it.
	pub(crate) fn pay_rewards(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let pot = T::RewardPot::get();
		let available =
			T::Currency::reducible_balance(&pot, Preservation::Preserve, Fortitude::Polite);
		ensure!(available >= amount, Error::<T>::RewardPotExhausted);
		T::Currency::transfer(&pot, who, amount, Preservation::Preserve)?;
		Self::deposit_event(Event::RewardsClaimed { worker: who.clone(), amount });
		Ok(())
	}

	/// Folds one verification outcome into the worker's quality:
	/// `quality' = smoothing × outcome + (1 − smoothing) × quality`, where a good outcome is
	/// 100% and a bad one 0%.
	pub(crate) fn record_outcome(who: &T::AccountId, good: bool) -> DispatchResult {
		let mut worker = Self::worker(who)?;
		let smoothing = T::QualitySmoothing::get();
		let outcome = if good { Perbill::one() } else { Perbill::zero() };
		worker.quality =
			(smoothing * outcome).saturating_add(smoothing.left_from_one() * worker.quality);
		let quality = worker.quality;
		Workers::<T>::insert(who, worker);
		Self::deposit_event(Event::QualityUpdated { worker: who.clone(), quality });
		Ok(())
	}
}
