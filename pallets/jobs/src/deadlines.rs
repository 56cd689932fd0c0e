//! Missed deadlines: the late worker is penalized and replaced, and a job that keeps missing
//! is refunded.
//!
//! A seat silent at its commit deadline is slashed [`Config::MissedDeadlineSlash`]: it earns
//! nothing and has learnt nothing. A seat that committed and is silent at its reveal deadline
//! withheld its result, which is what a cheater does once it sees its digest would lose (the
//! others' reveals are public, an audit is drawn before reveals): it is slashed
//! [`Config::DisputeSlash`] as a wrong result, so withholding never costs less than being
//! caught.
//!
//! The hook handles a due entry in two steps: [`Pallet::inspect_deadline`] reads the job and
//! says what the deadline found, and [`Pallet::enforce_deadline`] acts on it. Between them the
//! hook charges the step: most deadlines find their job settled or its round complete and
//! cost one job read (`deadline_kept`), only a missed one costs slashes and a re-queue
//! (`enforce_deadline`).

use crate::{
	Config, Event, Job, JobId, JobStatus, Jobs, Pallet, QueueEntry, QueueKind, RefundReason,
};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::DispatchResult, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compute_staking::{traits::ComputeWorkers, Offence};

/// What a due commit or reveal deadline finds.
pub(crate) enum DueDeadline<T: Config> {
	/// The job has moved on (finished, or in a later round, phase or deadline), or no seat is
	/// late: nothing to do.
	Stale,
	/// Every seat committed in time and the job is unsettled: its reveal deadline, due at the
	/// block carried, is watched next.
	WatchReveals(BlockNumberFor<T>),
	/// These seats of the job are late; `withheld` when they had committed (a reveal
	/// deadline).
	Missed { job: Job<T>, late: Vec<T::AccountId>, withheld: bool },
}

impl<T: Config> DueDeadline<T> {
	/// Whether acting on it is the dear step (slashes, releases, re-queue or refund).
	pub(crate) fn is_missed(&self) -> bool {
		matches!(self, Self::Missed { .. })
	}
}

impl<T: Config> Pallet<T> {
	/// Reads the job of a due `kind` deadline `entry` and says what the deadline found.
	pub(crate) fn inspect_deadline(
		kind: QueueKind,
		entry: &QueueEntry<BlockNumberFor<T>>,
	) -> DueDeadline<T> {
		let Some(job) = Jobs::<T>::get(entry.job) else { return DueDeadline::Stale };
		if job.attempt != entry.attempt {
			return DueDeadline::Stale;
		}
		let late: Vec<_> = match (kind, &job.status) {
			(kind, JobStatus::Committing { commit_by, .. })
				if kind.is_commit_deadlines() && *commit_by == entry.due =>
			{
				job.seats.iter().filter(|seat| seat.commitment.is_none()).collect()
			},
			(kind, JobStatus::Revealing { reveal_by } | JobStatus::AuditDraw { reveal_by })
				if kind.is_commit_deadlines() =>
			{
				return DueDeadline::WatchReveals(*reveal_by)
			},
			(QueueKind::RevealDeadlines, JobStatus::Revealing { reveal_by })
				if *reveal_by == entry.due =>
			{
				job.seats.iter().filter(|seat| seat.revealed.is_none()).collect()
			},
			_ => return DueDeadline::Stale,
		};
		if late.is_empty() {
			return DueDeadline::Stale;
		}
		let late = late.into_iter().map(|seat| seat.worker.clone()).collect();
		let withheld = kind == QueueKind::RevealDeadlines;
		DueDeadline::Missed { job, late, withheld }
	}

	/// Acts on what deadline `entry` found ([`Self::inspect_deadline`]). A commit deadline
	/// that found every seat committed queues the job's reveal deadline: the hook takes commit
	/// deadlines only while the reveal queue has room for it.
	pub(crate) fn enforce_deadline(
		entry: QueueEntry<BlockNumberFor<T>>,
		due: DueDeadline<T>,
	) -> DispatchResult {
		let (mut job, late, withheld) = match due {
			DueDeadline::Stale => return Ok(()),
			DueDeadline::WatchReveals(reveal_by) => {
				let watch = QueueEntry { due: reveal_by, ..entry };
				return Self::push(QueueKind::RevealDeadlines, watch).map_err(Into::into);
			},
			DueDeadline::Missed { job, late, withheld } => (job, late, withheld),
		};
		for worker in &late {
			Self::penalize_late(entry.job, worker, withheld)?;
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
	/// A `withheld` reveal is slashed as a wrong result (the module's doc says why).
	fn penalize_late(id: JobId, worker: &T::AccountId, withheld: bool) -> DispatchResult {
		let (share, offence) = match withheld {
			true => (T::DisputeSlash::get(), Offence::WithheldReveal),
			false => (T::MissedDeadlineSlash::get(), Offence::MissedDeadline),
		};
		let slash = T::Workers::slash(worker, share, offence, Vec::new()).ok();
		T::Workers::report_outcome(worker, false)?;
		Self::release_seat(id, worker)?;
		let worker = worker.clone();
		Self::deposit_event(match withheld {
			true => Event::RevealWithheld { job: id, worker, slash },
			false => Event::DeadlineMissed { job: id, worker, slash },
		});
		Ok(())
	}
}
