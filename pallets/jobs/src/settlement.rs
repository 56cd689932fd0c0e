//! How a job ends: settled on a digest and paid out (its losers slashed), or refunded. Both
//! release every seat, record the outcome and remove the job, so no job outlives its payment.

use crate::{
	BalanceOf, Config, Digest, Error, Event, HoldReason, Inputs, Job, JobId, JobOutcome, Jobs,
	LiveJobs, Outcomes, Pallet, Payment, QueueEntry, QueueKind, RefundReason, Seat, WorkerJobs,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get,
	},
	BoundedVec,
};
use pallet_compute_staking::{traits::ComputeWorkers, Offence};
use pallet_spark::SparkSpender;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Every seat has revealed: settle on a digest that stands, or escalate the dispute.
	pub(crate) fn conclude(id: JobId, job: Job<T>) -> DispatchResult {
		match Self::majority(&job) {
			Some(digest) => Self::settle(id, job, digest),
			None => Self::escalate(id, job),
		}
	}

	/// Pays for a job whose result is `digest`: the model owner its fee share, every seat that
	/// revealed `digest` one worker's pay, the treasury what is left. Seats that revealed
	/// anything else are slashed, with the winners as reporters.
	///
	/// One worker's pay is `(escrow − model fee − protocol fee) / redundancy`. Winners beyond
	/// what the escrow covers (auditors, verifiers) are paid from the protocol fee and then by
	/// the treasury, which collects the protocol fee of every job: checking never costs the
	/// creator.
	pub(crate) fn settle(id: JobId, job: Job<T>, digest: Digest) -> DispatchResult {
		let (winners, losers): (Vec<&Seat<T>>, Vec<&Seat<T>>) = job
			.seats
			.iter()
			.filter(|seat| seat.revealed.is_some())
			.partition(|seat| seat.revealed.as_ref().is_some_and(|(d, _)| *d == digest));
		let uri = winners
			.first()
			.and_then(|seat| seat.revealed.as_ref())
			.map(|(_, uri)| uri.clone())
			.ok_or(Error::<T>::UnknownDigest)?;

		let escrow = job.escrow;
		let owner = T::Workers::model(job.model).map(|terms| (terms.owner, terms.fee_share));
		let model_fee = owner.as_ref().map_or(Zero::zero(), |(_, share)| share.mul_floor(escrow));
		let protocol_fee = T::ProtocolFee::get().mul_floor(escrow).min(escrow - model_fee);
		let worker_pay = (escrow - model_fee - protocol_fee) / u32::from(job.redundancy).into();
		let mut left = escrow;
		if let Some((owner, _)) = &owner {
			Self::pay(&job.payer, owner, model_fee)?;
			left -= model_fee;
		}
		let mut treasury_paid: BalanceOf<T> = Zero::zero();
		for seat in &winners {
			let from_escrow = worker_pay.min(left);
			Self::pay(&job.payer, &seat.worker, from_escrow)?;
			left -= from_escrow;
			treasury_paid = treasury_paid
				.saturating_add(Self::pay_from_treasury(&seat.worker, worker_pay - from_escrow));
			T::Workers::report_outcome(&seat.worker, true)?;
		}
		Self::pay(&job.payer, &T::Treasury::get(), left)?;

		let reporters: Vec<T::AccountId> = winners.iter().map(|seat| seat.worker.clone()).collect();
		for seat in &losers {
			Self::reject(id, &seat.worker, reporters.clone())?;
		}

		let at = frame_system::Pallet::<T>::block_number();
		let outcome = JobOutcome::Settled {
			creator: job.creator.clone(),
			model: job.model,
			model_hash: job.model_hash,
			digest,
			uri,
			workers: BoundedVec::truncate_from(reporters),
			at,
		};
		Self::finish(id, &job, outcome)?;
		Self::deposit_event(Event::JobSettled {
			job: id,
			digest,
			worker_pay,
			model_fee,
			treasury_fee: left,
			treasury_paid,
		});
		Ok(())
	}

	/// A worker whose digest lost: slashed (deferred and appealable), its quality lowered.
	fn reject(id: JobId, worker: &T::AccountId, reporters: Vec<T::AccountId>) -> DispatchResult {
		let slash =
			T::Workers::slash(worker, T::DisputeSlash::get(), Offence::WrongResult, reporters).ok();
		T::Workers::report_outcome(worker, false)?;
		Self::deposit_event(Event::ResultRejected { job: id, worker: worker.clone(), slash });
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

	/// Pays `amount` from the treasury's spendable balance, as much of it as there is: what a
	/// winner's pay needs beyond the job's escrow. Returns what was paid.
	fn pay_from_treasury(to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		let treasury = T::Treasury::get();
		let spendable =
			T::Currency::reducible_balance(&treasury, Preservation::Preserve, Fortitude::Polite);
		let amount = amount.min(spendable);
		if amount.is_zero() {
			return amount;
		}
		T::Currency::transfer(&treasury, to, amount, Preservation::Preserve)
			.unwrap_or_else(|_| Zero::zero())
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
