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
	/// on (finished, or in a later round, phase or deadline) are stale and ignored. A commit
	/// deadline that finds every seat committed and the job unsettled queues the job's reveal
	/// deadline: the hook takes commit deadlines only while the reveal queue has room for it.
	pub(crate) fn enforce_deadline(
		kind: QueueKind,
		entry: QueueEntry<BlockNumberFor<T>>,
	) -> DispatchResult {
		let Some(mut job) = Jobs::<T>::get(entry.job) else { return Ok(()) };
		if job.attempt != entry.attempt {
			return Ok(());
		}
		let is_late: fn(&Seat<T>) -> bool = match (kind, job.status) {
			(QueueKind::CommitDeadlines, JobStatus::Committing { commit_by, .. })
				if commit_by == entry.due =>
			{
				|seat| seat.commitment.is_none()
			},
			(
				QueueKind::CommitDeadlines,
				JobStatus::Revealing { reveal_by } | JobStatus::AuditDraw { reveal_by },
			) => {
				let watch = QueueEntry { due: reveal_by, ..entry };
				return Self::push(QueueKind::RevealDeadlines, watch).map_err(Into::into);
			},
			(QueueKind::RevealDeadlines, JobStatus::Revealing { reveal_by })
				if reveal_by == entry.due =>
			{
				|seat| seat.revealed.is_none()
			},
			_ => return Ok(()),
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
