//! Missed deadlines: the late worker is penalized and replaced, and a job that keeps missing
//! is refunded.

use crate::{
	Config, Event, JobId, JobStatus, Jobs, Pallet, QueueEntry, QueueKind, RefundReason, Seat,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::DispatchResult, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compute_staking::{traits::ComputeWorkers, Offence};

impl<T: Config> Pallet<T> {
	/// Handles a due entry of the commit or reveal deadline queue. Entries whose job has moved
	/// on (finished, or in a later round, phase or deadline) are stale and ignored.
	pub(crate) fn enforce_deadline(
		kind: QueueKind,
		entry: QueueEntry<BlockNumberFor<T>>,
	) -> DispatchResult {
		let Some(mut job) = Jobs::<T>::get(entry.job) else { return Ok(()) };
		if job.attempt != entry.attempt {
			return Ok(());
		}
		let status = job.status;
		let is_late = |seat: &Seat<T>| match (kind, status) {
			(QueueKind::CommitDeadlines, JobStatus::Committing { commit_by, .. }) => {
				commit_by == entry.due && seat.commitment.is_none()
			},
			(QueueKind::RevealDeadlines, JobStatus::Revealing { reveal_by }) => {
				reveal_by == entry.due && seat.revealed.is_none()
			},
			_ => false,
		};
		let late: Vec<_> =
			job.seats.iter().filter(|seat| is_late(seat)).map(|seat| seat.worker.clone()).collect();
		if late.is_empty() {
			return Ok(());
		}
		for worker in &late {
			Self::penalize_late(entry.job, worker)?;
		}
		job.seats.retain(|seat| !late.contains(&seat.worker));
		job.missed_rounds = job.missed_rounds.saturating_add(1);

		if job.missed_rounds >= T::MaxAttempts::get() {
			return Self::give_up(entry.job, job, RefundReason::TooManyAttempts);
		}
		// Seats already filled have done their part: the job goes ahead of new ones.
		Self::requeue(entry.job, job)
	}

	/// Slashes a late worker (deferred and appealable), lowers its quality and frees its seat.
	fn penalize_late(id: JobId, worker: &T::AccountId) -> DispatchResult {
		let slash = T::Workers::slash(
			worker,
			T::MissedDeadlineSlash::get(),
			Offence::MissedDeadline,
			Vec::new(),
		)
		.ok();
		T::Workers::report_outcome(worker, false)?;
		Self::release_seat(id, worker)?;
		Self::deposit_event(Event::DeadlineMissed { job: id, worker: worker.clone(), slash });
		Ok(())
	}
}
