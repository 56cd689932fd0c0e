//! How a job ends: settled on a digest and paid out (its losers slashed), or refunded. Both
//! release every seat, record the outcome and remove the job, so no job outlives its payment.

use crate::{
	Affiliation, BalanceOf, Config, CreatorJobs, Digest, Error, Event, HoldReason, Inputs, Job,
	JobId, JobOutcome, Jobs, LiveJobs, ModelJobs, Outcomes, Pallet, Payment, PremiumEscrow,
	QueueEntry, QueueKind, RefundReason, Seat, Unavailable, WorkerJobs,
};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
	BoundedVec,
};
use pallet_compute_staking::{traits::ComputeWorkers, Offence};
use pallet_spark::SparkSpender;
use sp_runtime::traits::{Saturating, UniqueSaturatedInto, Zero};

/// What [`Pallet::pay_seats`] paid.
pub(crate) struct SeatsPaid<Balance> {
	/// What the treasury added beyond the escrow.
	pub treasury_paid: Balance,
	/// What is left of the escrow.
	pub left: Balance,
	/// What each seat got from the escrow, in the order of the seats.
	pub from_escrow: Vec<Balance>,
}

impl<T: Config> Pallet<T> {
	/// Every seat has revealed: end the job as the creator's failure when most seats could not
	/// get its input, settle on a result that stands, or escalate the dispute.
	///
	/// A lone worker's unavailable report is checked by a second worker first: alone, a
	/// worker could call every input unavailable and earn attempt fees without computing.
	/// When some seats report the input unavailable and more computed a result, the result
	/// must be corroborated (two seats at least) before it stands: a worker that made one up
	/// without fetching a dead input must not win against the honest seats that report it.
	/// One result against reports gets one more seat, not a round of verifiers: a second
	/// result corroborates it, a report outnumbers it. A reporter who lied to skip the work so
	/// costs the treasury one seat's pay, not `EscalationSize`.
	pub(crate) fn conclude(id: JobId, mut job: Job<T>) -> DispatchResult {
		let (unavailable, results) = job.reports();
		if unavailable > 0 && job.wanted == 1 {
			job.wanted = 2;
			Self::requeue(id, job)?;
			Self::deposit_event(crate::Event::SecondOpinionOrdered { job: id });
			return Ok(());
		}
		if unavailable > results {
			return Self::end_unavailable(id, job);
		}
		match Self::majority(&job) {
			Some((digest, seats)) if unavailable == 0 || seats >= 2 => {
				Self::settle(id, job, digest)
			},
			Some(_) if unavailable > 0 => Self::escalate(id, job, 1),
			_ => Self::escalate(id, job, T::EscalationSize::get()),
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
	///
	/// Seats that reported the input unavailable while a result stood are not slashed (the
	/// input's server may have answered some workers and not others) and earn nothing; their
	/// quality falls, so a worker that calls inputs unavailable to skip work is drawn less.
	pub(crate) fn settle(id: JobId, job: Job<T>, digest: Digest) -> DispatchResult {
		let (winners, losers): (Vec<&Seat<T>>, Vec<&Seat<T>>) = job
			.seats
			.iter()
			.filter(|seat| seat.revealed.is_some())
			.partition(|seat| seat.revealed.as_ref().is_some_and(|(d, _)| *d == digest));
		let (reporters_of_unavailable, losers): (Vec<&Seat<T>>, Vec<&Seat<T>>) =
			losers.into_iter().partition(|seat| {
				seat.revealed.as_ref().is_some_and(|(d, _)| Unavailable::of(d).is_some())
			});
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
		let winners_accounts: Vec<T::AccountId> =
			winners.iter().map(|seat| seat.worker.clone()).collect();
		let mut left = escrow;
		// On a self-dealt job the fee stays in `left`, which the treasury gets at the end.
		let owner_paid = match &owner {
			Some((owner, _)) if !Self::self_dealt(owner, &job.creator, &winners_accounts) => {
				Self::pay_out(HoldReason::JobPayment, owner, model_fee)?;
				left -= model_fee;
				model_fee
			},
			_ => Zero::zero(),
		};
		let paid = Self::pay_seats(&winners_accounts, worker_pay, left)?;
		let (treasury_paid, left) = (paid.treasury_paid, paid.left);
		let premium = PremiumEscrow::<T>::get(id).unwrap_or_default();
		for (worker, from_escrow) in winners_accounts.iter().zip(paid.from_escrow) {
			T::Workers::report_outcome(worker, true)?;
			let rewardable = Self::rewardable(&job, premium, from_escrow);
			T::Workers::note_paid(worker, rewardable.unique_saturated_into());
		}
		Self::pay_out(HoldReason::JobPayment, &T::Treasury::get(), left)?;

		let reporters = winners_accounts;
		for seat in &losers {
			Self::reject(id, &seat.worker, reporters.clone())?;
		}
		for seat in &reporters_of_unavailable {
			T::Workers::report_outcome(&seat.worker, false)?;
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
			model_fee: owner_paid,
			treasury_fee: left,
			treasury_paid,
		});
		Ok(())
	}

	/// Whether a model's `owner` is one party with the job's `creator` or one of its paid
	/// `workers` (`Config::Affiliation`): then the model fee would be the owner paying itself.
	fn self_dealt(owner: &T::AccountId, creator: &T::AccountId, workers: &[T::AccountId]) -> bool {
		core::iter::once(creator)
			.chain(workers)
			.any(|party| T::Affiliation::affiliated(owner, party))
	}

	/// What of a seat's `pay` from the job's escrow counts towards its worker's era reward:
	/// all of it for a token job, the premium Spark's share for a Spark job. Free Spark is paid
	/// from the reward pot to whoever a registrar admitted: counted, a worker would earn
	/// rewards on the jobs of its own free grants on top of their pay. What the treasury adds
	/// (auditors, verifiers) is not counted either: a worker auditing jobs it submitted to its
	/// own model would earn rewards on the treasury's money. `premium` is the job's
	/// [`PremiumEscrow`].
	fn rewardable(job: &Job<T>, premium: BalanceOf<T>, pay: BalanceOf<T>) -> BalanceOf<T> {
		match job.payment {
			Payment::Token => pay,
			Payment::Spark(_) => Self::scale(premium, pay, job.escrow),
		}
	}

	/// A worker whose digest lost: slashed (deferred and appealable), its quality lowered.
	fn reject(id: JobId, worker: &T::AccountId, reporters: Vec<T::AccountId>) -> DispatchResult {
		let slash =
			T::Workers::slash(worker, T::DisputeSlash::get(), Offence::WrongResult, reporters).ok();
		T::Workers::report_outcome(worker, false)?;
		Self::deposit_event(Event::ResultRejected { job: id, worker: worker.clone(), slash });
		Ok(())
	}

	/// Pays each of `workers` `pay`, from the `left` of the job's escrow while it lasts and
	/// then from the treasury.
	pub(crate) fn pay_seats(
		workers: &[T::AccountId],
		pay: BalanceOf<T>,
		mut left: BalanceOf<T>,
	) -> Result<SeatsPaid<BalanceOf<T>>, sp_runtime::DispatchError> {
		let mut treasury_paid: BalanceOf<T> = Zero::zero();
		let mut paid_from_escrow = Vec::with_capacity(workers.len());
		for worker in workers {
			let from_escrow = pay.min(left);
			Self::pay_out(HoldReason::JobPayment, worker, from_escrow)?;
			left -= from_escrow;
			paid_from_escrow.push(from_escrow);
			treasury_paid =
				treasury_paid.saturating_add(Self::pay_from_treasury(worker, pay - from_escrow));
		}
		Ok(SeatsPaid { treasury_paid, left, from_escrow: paid_from_escrow })
	}

	/// Gives the creator back exactly what it paid: the Spark burned, or the token held.
	pub(crate) fn refund(id: JobId, job: Job<T>, reason: RefundReason) -> DispatchResult {
		Self::return_payment(id, &job, job.escrow)?;
		if let Payment::Spark(charge) = job.payment {
			T::Spark::refund(&job.creator, charge)?;
		}
		let at = frame_system::Pallet::<T>::block_number();
		Self::finish(id, &job, JobOutcome::Refunded { reason, at })?;
		Self::deposit_event(Event::JobRefunded { job: id, reason });
		Ok(())
	}

	/// Sends `amount` of job `id`'s escrow back where it came from: the creator for token
	/// payments; for Spark payments (whose Spark the caller refunds) the premium backing and
	/// the reward pot, each in proportion to what it gave.
	pub(crate) fn return_payment(id: JobId, job: &Job<T>, amount: BalanceOf<T>) -> DispatchResult {
		if job.payment == Payment::Token {
			return Self::pay_out(HoldReason::JobPayment, &job.creator, amount);
		}
		let premium = PremiumEscrow::<T>::get(id).unwrap_or_default();
		let to_backing =
			if amount == job.escrow { premium } else { Self::scale(premium, amount, job.escrow) };
		Self::pay_out(HoldReason::JobPayment, &T::Spark::backing(), to_backing)?;
		Self::return_free_spark(amount - to_backing);
		Self::pay_out(HoldReason::JobPayment, &T::RewardPot::get(), amount - to_backing)
	}

	/// `value × part / whole`, rounded down; `value` when `whole` is zero.
	pub(crate) fn scale(
		value: BalanceOf<T>,
		part: BalanceOf<T>,
		whole: BalanceOf<T>,
	) -> BalanceOf<T> {
		use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};
		if whole.is_zero() {
			return value;
		}
		let [value, part, whole]: [u128; 3] =
			[value, part, whole].map(|amount| amount.unique_saturated_into());
		multiply_by_rational_with_rounding(value, part, whole, Rounding::Down)
			.map_or(Zero::zero(), |scaled| scaled.unique_saturated_into())
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

	/// Releases every seat, removes the job, settles its deposit (forfeited when the job
	/// ended as the creator's failure) and keeps its outcome.
	pub(crate) fn finish(id: JobId, job: &Job<T>, outcome: JobOutcome<T>) -> DispatchResult {
		for seat in &job.seats {
			Self::release_seat(id, &seat.worker)?;
		}
		let forfeit = matches!(outcome, JobOutcome::Unavailable { .. });
		Self::settle_deposit(id, &job.creator, forfeit)?;
		PremiumEscrow::<T>::remove(id);
		Jobs::<T>::remove(id);
		Inputs::<T>::remove(id);
		LiveJobs::<T>::mutate(|live| *live = live.saturating_sub(1));
		CreatorJobs::<T>::mutate_exists(&job.creator, |count| {
			*count = count.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
		ModelJobs::<T>::mutate_exists(job.model, |count| {
			*count = count.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
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
