//! Deferred slashing: offences reported by pallet-jobs, applied after a deferral during which
//! they can be cancelled on appeal.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, NextSlashId, Offence, Pallet, PendingSlash,
	PendingSlashes, SlashId, SlashReporters, Worker, Workers,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, Perbill,
};

impl<T: Config> Pallet<T> {
	/// Records a slash of `fraction` of everything held for the worker now. The amount is
	/// fixed here, so unbonding after the offence does not shrink it, and it stays held until
	/// applied or cancelled. `reporters` share [`Config::SlashRewardShare`] of it when it is
	/// applied.
	///
	/// Never refused for the number already pending: a slash dropped at a limit would let a
	/// worker cheat freely once it had that many. The count stays bounded all the same: a
	/// worker at [`Config::MaxPendingSlashes`] takes no new seat (`note_assigned`), so only the
	/// seats it already holds, at most `MaxJobsPerWorker`, can add to it.
	pub(crate) fn do_report_slash(
		who: &T::AccountId,
		fraction: Perbill,
		offence: Offence,
		reporters: Vec<T::AccountId>,
	) -> Result<SlashId, DispatchError> {
		let reporters = frame_support::BoundedVec::<_, T::MaxSlashReporters>::try_from(reporters)
			.map_err(|_| Error::<T>::TooManyReporters)?;
		let mut worker = Self::worker(who)?;
		let uncovered = worker.total_held().saturating_sub(worker.slash_reserved);
		let amount = (fraction * worker.total_held()).min(uncovered);
		let slash = NextSlashId::<T>::get();
		let next = slash.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let apply_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::SlashDeferPeriod::get());

		worker.pending_slashes = worker.pending_slashes.saturating_add(1);
		worker.slash_reserved = worker.slash_reserved.saturating_add(amount);
		Workers::<T>::insert(who, worker);
		PendingSlashes::<T>::insert(who, slash, PendingSlash { amount, offence, apply_at });
		if !reporters.is_empty() {
			SlashReporters::<T>::insert(who, slash, reporters);
		}
		NextSlashId::<T>::put(next);
		Self::deposit_event(Event::SlashReported {
			worker: who.clone(),
			slash,
			amount,
			offence,
			apply_at,
		});
		Ok(slash)
	}

	/// Takes the slashed stake, from the active stake first, then from the newest unbonding
	/// chunks: the reporters' reward to the reporters, the rest to the slash destination (the
	/// treasury).
	pub(crate) fn do_apply_slash(who: T::AccountId, slash: SlashId) -> DispatchResult {
		let pending = PendingSlashes::<T>::get(&who, slash).ok_or(Error::<T>::UnknownSlash)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= pending.apply_at, Error::<T>::SlashNotDue);
		let mut worker = Self::worker(&who)?;

		let reason = HoldReason::WorkerStake.into();
		let available = T::Currency::balance_on_hold(&reason, &who).min(pending.amount);
		let reporters = SlashReporters::<T>::take(&who, slash).unwrap_or_default();
		let reward = match reporters.len() as u32 {
			0 => Zero::zero(),
			n => T::SlashRewardShare::get().mul_floor(available) / n.into(),
		};
		let mut taken: BalanceOf<T> = Zero::zero();
		for reporter in reporters.iter().filter(|_| !reward.is_zero()) {
			// A reporter that cannot receive its reward (paid below the existence deposit)
			// leaves it to the slash destination.
			if let Ok(paid) = T::Currency::transfer_on_hold(
				&reason,
				&who,
				reporter,
				reward,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			) {
				taken = taken.saturating_add(paid);
			}
		}
		let rest = T::Currency::transfer_on_hold(
			&reason,
			&who,
			&T::SlashDestination::get(),
			available.saturating_sub(taken),
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)?;
		let amount = taken.saturating_add(rest);
		take_from_stake(&mut worker, amount);
		Self::release_slash_reservation(&mut worker, pending.amount);
		PendingSlashes::<T>::remove(&who, slash);
		Self::deposit_event(Event::SlashApplied { worker: who.clone(), slash, amount, reward });
		// A leaving worker slashed down to nothing has nothing left to withdraw: it goes now.
		if Self::has_left(&worker) {
			Self::remove_worker(&who, worker);
		} else {
			Workers::<T>::insert(&who, worker);
		}
		Ok(())
	}

	pub(crate) fn do_cancel_slash(who: T::AccountId, slash: SlashId) -> DispatchResult {
		let pending = PendingSlashes::<T>::take(&who, slash).ok_or(Error::<T>::UnknownSlash)?;
		SlashReporters::<T>::remove(&who, slash);
		let mut worker = Self::worker(&who)?;
		Self::release_slash_reservation(&mut worker, pending.amount);
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::SlashCancelled { worker: who, slash });
		Ok(())
	}

	fn release_slash_reservation(worker: &mut Worker<T>, amount: BalanceOf<T>) {
		worker.pending_slashes = worker.pending_slashes.saturating_sub(1);
		worker.slash_reserved = worker.slash_reserved.saturating_sub(amount);
	}
}

/// Lowers the recorded stake by what was slashed: active first, then the newest chunks.
fn take_from_stake<T: Config>(worker: &mut Worker<T>, mut amount: BalanceOf<T>) {
	let from_active = amount.min(worker.active);
	worker.active -= from_active;
	amount -= from_active;
	for chunk in worker.unbonding.iter_mut().rev() {
		let take = amount.min(chunk.value);
		chunk.value -= take;
		amount -= take;
	}
	worker.unbonding.retain(|chunk| !chunk.value.is_zero());
}
