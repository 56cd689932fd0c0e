//! How a job ends: settled and paid out, or refunded. Both release every seat, record the
//! outcome and remove the job, so no job outlives its payment.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Inputs, Job, JobId, JobOutcome, Jobs, LiveJobs,
	Outcomes, Pallet, Payment, QueueEntry, QueueKind, RefundReason, WorkerJobs,
};
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	BoundedVec,
};
use pallet_compute_staking::traits::ComputeWorkers;
use pallet_spark::SparkSpender;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Every seat has revealed: settle when the digests agree, otherwise refund.
	pub(crate) fn conclude(id: JobId, job: Job<T>) -> DispatchResult {
		let mut revealed = job.seats.iter().filter_map(|seat| seat.revealed.as_ref());
		let (digest, uri) = revealed.next().cloned().ok_or(Error::<T>::NotCommitted)?;
		if revealed.any(|(other, _)| *other != digest) {
			return Self::refund(id, job, RefundReason::Disagreement);
		}

		let escrow = job.escrow;
		let owner = T::Workers::model(job.model).map(|terms| (terms.owner, terms.fee_share));
		let model_fee = owner.as_ref().map_or(Zero::zero(), |(_, share)| share.mul_floor(escrow));
		let protocol_fee = T::ProtocolFee::get().mul_floor(escrow).min(escrow - model_fee);
		let to_workers = escrow - model_fee - protocol_fee;
		let seats: BalanceOf<T> = (job.seats.len() as u32).into();
		let worker_pay = to_workers / seats;
		let mut treasury_fee = protocol_fee.saturating_add(to_workers - worker_pay * seats);

		match owner {
			Some((owner, _)) => Self::pay(&job.payer, &owner, model_fee)?,
			None => treasury_fee = treasury_fee.saturating_add(model_fee),
		}
		for seat in &job.seats {
			Self::pay(&job.payer, &seat.worker, worker_pay)?;
			T::Workers::report_outcome(&seat.worker, true)?;
		}
		Self::pay(&job.payer, &T::Treasury::get(), treasury_fee)?;

		let workers =
			BoundedVec::truncate_from(job.seats.iter().map(|s| s.worker.clone()).collect());
		let at = frame_system::Pallet::<T>::block_number();
		Self::finish(id, &job, JobOutcome::Settled { digest, uri, workers, at })?;
		Self::deposit_event(Event::JobSettled {
			job: id,
			digest,
			worker_pay,
			model_fee,
			treasury_fee,
		});
		Ok(())
	}

	/// Gives the creator back exactly what it paid: the Spark burned, or the token held.
	pub(crate) fn refund(id: JobId, job: Job<T>, reason: RefundReason) -> DispatchResult {
		T::Currency::release(
			&HoldReason::JobPayment.into(),
			&job.payer,
			job.escrow,
			Precision::Exact,
		)?;
		if let Payment::Spark(charge) = job.payment {
			T::Spark::refund(&job.creator, charge)?;
		}
		let at = frame_system::Pallet::<T>::block_number();
		Self::finish(id, &job, JobOutcome::Refunded { reason, at })?;
		Self::deposit_event(Event::JobRefunded { job: id, reason });
		Ok(())
	}

	/// Moves `amount` of the job's held payment from `payer` to `to`, free to spend. A payee
	/// that cannot receive it (an account reaped since, paid less than the existence deposit)
	/// forfeits it to the treasury rather than blocking the job.
	fn pay(payer: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let reason = HoldReason::JobPayment.into();
		let transfer = |to: &T::AccountId| {
			T::Currency::transfer_on_hold(
				&reason,
				payer,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
		};
		transfer(to).or_else(|_| transfer(&T::Treasury::get())).map(|_| ())
	}

	/// Releases every seat, removes the job and keeps its outcome.
	fn finish(id: JobId, job: &Job<T>, outcome: JobOutcome<T>) -> DispatchResult {
		for seat in &job.seats {
			Self::release_seat(id, &seat.worker)?;
		}
		Jobs::<T>::remove(id);
		Inputs::<T>::remove(id);
		LiveJobs::<T>::mutate(|live| *live = live.saturating_sub(1));
		Self::keep_outcome(id, outcome)
	}

	/// The worker no longer works on job `id`.
	pub(crate) fn release_seat(id: JobId, worker: &T::AccountId) -> DispatchResult {
		WorkerJobs::<T>::mutate_exists(worker, |jobs| {
			if let Some(list) = jobs {
				list.retain(|job| *job != id);
				if list.is_empty() {
					*jobs = None;
				}
			}
		});
		T::Workers::note_settled(worker)
	}

	/// Stores `outcome` until `ResultRetention` blocks from now, evicting the oldest outcome
	/// when `MaxRetainedOutcomes` are kept.
	fn keep_outcome(id: JobId, outcome: JobOutcome<T>) -> DispatchResult {
		if !Self::queue_has_room(QueueKind::Retention, 1) {
			if let Some(oldest) = Self::pop(QueueKind::Retention) {
				Self::prune_outcome(oldest.job);
			}
		}
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResultRetention::get());
		Self::push(QueueKind::Retention, QueueEntry { job: id, attempt: 0, due })?;
		Outcomes::<T>::insert(id, outcome);
		Ok(())
	}

	pub(crate) fn prune_outcome(id: JobId) {
		Outcomes::<T>::remove(id);
		Self::deposit_event(Event::OutcomePruned { job: id });
	}
}
