//! Inputs most seats could not get or run: the job ends as the creator's failure.
//!
//! A dead input URL, a server that never answers, an input over the model's limits: no worker
//! can compute the job, through no fault of its own. Each seat reports it in time, as a result
//! ([`Unavailable::digest`]), so no honest seat is ever late. When the reports outnumber the
//! results, every seat that revealed is paid an attempt fee from the escrow, the rest of the
//! payment goes back, the creator's deposit goes to the treasury, and nobody is slashed: the
//! creator, not the workers, pays for a job nobody could run. A seat that computed a result
//! (the input's server answered it and not the others) is paid the same fee as a report: its
//! result is unverified, so no more, lest a made-up result pay; but not nothing, lest a creator
//! serve its input to one worker alone and have that worker's work for the others' fees.

use crate::{BalanceOf, Config, Event, Job, JobId, JobOutcome, Pallet, Payment, Unavailable};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use pallet_spark::{SparkCharge, SparkSpender};
use sp_runtime::traits::UniqueSaturatedInto;

impl<T: Config> Pallet<T> {
	/// Ends `job` as the creator's failure: each seat that revealed (a report or a result)
	/// earns `AttemptFee` of one seat's pay, the rest is refunded (Spark in proportion), the
	/// deposit is forfeited. Nobody is slashed: the input's server may have answered some seats
	/// and not the others.
	pub(crate) fn end_unavailable(id: JobId, job: Job<T>) -> DispatchResult {
		let revealed = job.seats.iter().filter_map(|seat| {
			seat.revealed.as_ref().map(|(digest, _)| (seat.worker.clone(), digest))
		});
		let (mut workers, mut reasons) = (Vec::new(), Vec::new());
		for (worker, digest) in revealed {
			reasons.extend(Unavailable::of(digest));
			workers.push(worker);
		}
		let reason = Self::most_reported(reasons.into_iter()).unwrap_or(Unavailable::Unreachable);

		let seat_pay = job.escrow / BalanceOf::<T>::from(u32::from(job.redundancy.max(1)));
		let attempt_fee = T::AttemptFee::get().mul_floor(seat_pay);
		let left = Self::pay_seats(&workers, attempt_fee, job.escrow)?.left;
		Self::return_payment(id, &job, left)?;
		if let Payment::Spark(charge) = job.payment {
			let kept = Self::share_of(charge, left, job.escrow);
			if kept.premium > 0 || kept.free > 0 {
				T::Spark::refund(&job.creator, kept)?;
			}
		}

		let at = frame_system::Pallet::<T>::block_number();
		let outcome =
			JobOutcome::Unavailable { reason, workers: BoundedVec::truncate_from(workers), at };
		Self::finish(id, &job, outcome)?;
		Self::deposit_event(Event::JobUnavailable { job: id, reason, attempt_fee, refunded: left });
		Ok(())
	}

	/// The reason reported most often; the lowest code among equals.
	fn most_reported(reasons: impl Iterator<Item = Unavailable>) -> Option<Unavailable> {
		let mut counts = BTreeMap::<Unavailable, u32>::new();
		for reason in reasons {
			*counts.entry(reason).or_default() += 1;
		}
		let most = counts.values().copied().max()?;
		counts.into_iter().find(|(_, count)| *count == most).map(|(reason, _)| reason)
	}

	/// `charge` scaled by `part / whole`, each kind rounded down.
	fn share_of(charge: SparkCharge, part: BalanceOf<T>, whole: BalanceOf<T>) -> SparkCharge {
		let scale = |amount: u64| -> u64 {
			Self::scale(amount.unique_saturated_into(), part, whole).unique_saturated_into()
		};
		SparkCharge { premium: scale(charge.premium), free: scale(charge.free) }
	}
}
