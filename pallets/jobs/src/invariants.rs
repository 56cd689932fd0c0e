//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{
	BalanceOf, Config, HoldReason, Inputs, JobStatus, Jobs, LiveJobs, NextJobId, Outcomes, Pallet,
	QueueKind, QueueSlots, Queues, WorkerJobs,
};
use alloc::collections::{BTreeMap, BTreeSet};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut waiting = BTreeSet::new();
		for lane in [QueueKind::Priority, QueueKind::Standard] {
			for entry in QueueSlots::<T>::iter_prefix_values(lane) {
				waiting.insert((entry.job, entry.attempt));
			}
		}
		let mut held = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut live = 0u32;
		for (id, job) in Jobs::<T>::iter() {
			live += 1;
			ensure!(id < NextJobId::<T>::get(), "a job id beyond the counter");
			ensure!(Inputs::<T>::contains_key(id), "a live job without its input");
			let escrow = held.entry(job.payer.clone()).or_default();
			*escrow = escrow.saturating_add(job.escrow);

			let distinct: BTreeSet<_> = job.seats.iter().map(|seat| &seat.worker).collect();
			ensure!(distinct.len() == job.seats.len(), "a worker holds two seats of one job");
			ensure!(job.seats.len() <= usize::from(job.redundancy), "more seats than redundancy");
			for seat in &job.seats {
				ensure!(
					WorkerJobs::<T>::get(&seat.worker).contains(&id),
					"a seat missing from its worker's job list",
				);
				ensure!(
					seat.revealed.is_none() || seat.commitment.is_some(),
					"a reveal without commit"
				);
			}
			match job.status {
				JobStatus::Queued => {
					ensure!(waiting.contains(&(id, job.attempt)), "a queued job is in no lane",)
				},
				JobStatus::Committing { .. } => ensure!(
					job.seats.len() == usize::from(job.redundancy),
					"an assigned job with empty seats",
				),
				JobStatus::Revealing { .. } => {
					ensure!(job.all_committed(), "reveals open before every seat committed")
				},
			}
			ensure!(job.attempt <= T::MaxAttempts::get(), "a job past its last attempt");
		}
		ensure!(live == LiveJobs::<T>::get(), "the live-job count is wrong");
		ensure!(live <= T::MaxLiveJobs::get(), "more live jobs than allowed");
		ensure!(Inputs::<T>::iter_keys().count() as u32 == live, "an input without its job");

		for (payer, escrow) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::JobPayment.into(), &payer) == escrow,
				"a payer's held balance differs from the escrows of its open jobs",
			);
		}
		for (worker, jobs) in WorkerJobs::<T>::iter() {
			ensure!(!jobs.is_empty(), "an empty job list is stored");
			for id in jobs {
				let seated = Jobs::<T>::get(id).is_some_and(|job| job.seat_of(&worker).is_some());
				ensure!(seated, "a worker lists a job it holds no seat in");
			}
		}
		for kind in [
			QueueKind::Priority,
			QueueKind::Standard,
			QueueKind::CommitDeadlines,
			QueueKind::RevealDeadlines,
			QueueKind::Retention,
		] {
			let bounds = Queues::<T>::get(kind);
			ensure!(bounds.len() <= Self::queue_capacity(kind), "a queue over its capacity");
			ensure!(
				QueueSlots::<T>::iter_prefix(kind).count() as u32 == bounds.len(),
				"a queue's slots differ from its bounds",
			);
		}
		ensure!(
			Outcomes::<T>::iter_keys().count() as u32 <= T::MaxRetainedOutcomes::get(),
			"more outcomes kept than allowed",
		);
		Ok(())
	}
}
