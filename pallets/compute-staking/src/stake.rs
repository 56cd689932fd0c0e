//! Worker stake: holding, unbonding and withdrawing it.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Pallet, UnlockChunk, Worker, WorkerStatus, Workers,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn hold_worker_stake(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::WorkerStake.into(), who, amount)
	}

	pub(crate) fn do_bond_extra(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status != WorkerStatus::Leaving, Error::<T>::Leaving);
		Self::hold_worker_stake(&who, amount)?;
		worker.active = worker.active.saturating_add(amount);
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Bonded { worker: who, amount });
		Ok(())
	}

	/// The active stake left must stay at or above the minimum; only `deregister` goes to zero.
	pub(crate) fn do_unbond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status != WorkerStatus::Leaving, Error::<T>::Leaving);
		ensure!(!Self::is_locked(&worker), Error::<T>::StakeLocked);
		ensure!(amount <= worker.active, Error::<T>::UnbondingMoreThanActive);
		let remaining = worker.active - amount;
		ensure!(remaining >= T::MinWorkerStake::get(), Error::<T>::BelowMinimumStake);
		let unlock_at = Self::start_unbonding(&mut worker, amount)?;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Unbonded { worker: who, amount, unlock_at });
		Ok(())
	}

	/// Moves `amount` from active to a new unbonding chunk, or onto the last chunk when it
	/// unlocks in the same block.
	pub(crate) fn start_unbonding(
		worker: &mut Worker<T>,
		amount: BalanceOf<T>,
	) -> Result<frame_system::pallet_prelude::BlockNumberFor<T>, Error<T>> {
		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		match worker.unbonding.last_mut() {
			Some(last) if last.unlock_at == unlock_at => {
				last.value = last.value.saturating_add(amount);
			},
			_ => worker
				.unbonding
				.try_push(UnlockChunk { value: amount, unlock_at })
				.map_err(|_| Error::<T>::TooManyUnbondingChunks)?,
		}
		worker.active -= amount;
		Ok(unlock_at)
	}

	/// Releases the chunks that have unlocked, but never below what pending slashes need, and
	/// nothing while the worker holds a seat: the stake that answered for a job when it was
	/// drawn (`covers` counts unbonding stake) stays until the job is settled, so that a slash
	/// for it is sized on that stake. A leaving worker that has withdrawn everything is removed.
	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(worker.open_jobs == 0, Error::<T>::OpenJobs);
		let now = frame_system::Pallet::<T>::block_number();
		let unlocked: BalanceOf<T> = worker
			.unbonding
			.iter()
			.filter(|chunk| chunk.unlock_at <= now)
			.fold(Zero::zero(), |sum: BalanceOf<T>, chunk| sum.saturating_add(chunk.value));
		// Pending slashes are paid from held stake, so that much stays held.
		let still_held = worker.total_held().saturating_sub(unlocked);
		let keep_for_slashes = worker.slash_reserved.saturating_sub(still_held);
		let amount = unlocked.saturating_sub(keep_for_slashes);
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);

		Self::consume_unlocked_chunks(&mut worker, amount);
		T::Currency::release(&HoldReason::WorkerStake.into(), &who, amount, Precision::Exact)?;
		Self::deposit_event(Event::Withdrawn { worker: who.clone(), amount });

		if Self::has_left(&worker) {
			Self::remove_worker(&who, worker);
		} else {
			Workers::<T>::insert(&who, worker);
		}
		Ok(())
	}

	/// Takes `amount` from the chunks, oldest first. Chunks unlock in the order they were
	/// created, so for an `amount` no larger than the unlocked total only unlocked chunks are
	/// touched.
	fn consume_unlocked_chunks(worker: &mut Worker<T>, mut amount: BalanceOf<T>) {
		for chunk in worker.unbonding.iter_mut() {
			let take = amount.min(chunk.value);
			chunk.value -= take;
			amount -= take;
		}
		worker.unbonding.retain(|chunk| !chunk.value.is_zero());
	}

	/// Whether the worker's stake is under an unexpired lock.
	pub(crate) fn is_locked(worker: &Worker<T>) -> bool {
		worker.lock.is_some_and(|lock| frame_system::Pallet::<T>::block_number() < lock.until)
	}
}
