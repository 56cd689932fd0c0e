//! Commit and reveal: workers bind themselves to a result before anyone can see another's.

use crate::{
	commitment_of, Commitment, Config, Error, Event, JobId, JobStatus, Jobs, Pallet, QueueEntry,
	QueueKind, Reveal,
};
use frame_support::{
	ensure, pallet_prelude::DispatchResult, storage::with_storage_layer, traits::Get,
};
use sp_runtime::{traits::Saturating, DispatchError};

/// What a reveal led to, for the weight its call is charged.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RevealOutcome {
	/// Other seats are still to reveal.
	Pending,
	/// The last reveal, every result the same: settled as `reveal_results` is benchmarked.
	Agreed,
	/// The last reveal, results disagreeing (or a job already in dispute): settlement with
	/// slashes, or escalation, as costly as `resolve_dispute` at worst.
	Disputed,
}

impl RevealOutcome {
	pub(crate) fn disputed(self) -> bool {
		self == RevealOutcome::Disputed
	}
}

impl<T: Config> Pallet<T> {
	/// Records `worker`'s commitment; the last one opens the reveals.
	pub(crate) fn do_commit(
		worker: &T::AccountId,
		id: JobId,
		commitment: Commitment,
	) -> DispatchResult {
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let seat = job.seat_of(worker).ok_or(Error::<T>::NotAssigned)?;
		ensure!(job.seats[seat].commitment.is_none(), Error::<T>::AlreadyCommitted);
		let JobStatus::Committing { commit_by, reveal_by } = job.status else {
			return Err(Error::<T>::CommitsClosed.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < commit_by, Error::<T>::CommitDeadlinePassed);

		job.seats[seat].commitment = Some(commitment);
		Self::deposit_event(Event::ResultCommitted { job: id, worker: worker.clone() });
		if job.all_committed() {
			if job.wanted == 1 {
				// A lone worker: whether it is audited is drawn from the randomness of a block
				// authored after this one, which neither the worker nor this block's author
				// knows now.
				job.status = JobStatus::AuditDraw { reveal_by };
				let due = now.saturating_add(T::DrawDelay::get());
				Self::push(
					QueueKind::AuditDraws,
					QueueEntry { job: id, attempt: job.attempt, due },
				)?;
			} else {
				job.status = JobStatus::Revealing { reveal_by };
				Self::deposit_event(Event::RevealsOpened { job: id, reveal_by });
			}
		}
		Jobs::<T>::insert(id, job);
		Ok(())
	}

	/// Checks `worker`'s reveal against its commitment; the last reveal settles the job.
	pub(crate) fn do_reveal(
		worker: &T::AccountId,
		reveal: Reveal<T>,
	) -> Result<RevealOutcome, DispatchError> {
		let id = reveal.job;
		let mut job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		let seat = job.seat_of(worker).ok_or(Error::<T>::NotAssigned)?;
		let committed = job.seats[seat].commitment.ok_or(Error::<T>::NotCommitted)?;
		let JobStatus::Revealing { reveal_by } = job.status else {
			return Err(Error::<T>::RevealsNotOpen.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < reveal_by, Error::<T>::RevealDeadlinePassed);
		ensure!(job.seats[seat].revealed.is_none(), Error::<T>::AlreadyRevealed);
		ensure!(
			commitment_of(&reveal.digest, &reveal.salt, worker) == committed,
			Error::<T>::BadReveal
		);

		job.seats[seat].revealed = Some((reveal.digest, reveal.uri));
		Self::deposit_event(Event::ResultRevealed {
			job: id,
			worker: worker.clone(),
			digest: reveal.digest,
		});
		if !job.all_revealed() {
			Jobs::<T>::insert(id, job);
			return Ok(RevealOutcome::Pending);
		}
		let outcome =
			if job.results_agree() { RevealOutcome::Agreed } else { RevealOutcome::Disputed };
		Self::conclude(id, job)?;
		Ok(outcome)
	}

	/// Applies each step of a worker's batch in its own storage layer: a failed step leaves no
	/// trace and is reported by [`Event::BatchItemFailed`]. The call fails, with the first error,
	/// only when no step succeeded.
	pub(crate) fn apply_each<F: FnOnce() -> DispatchResult>(
		steps: impl Iterator<Item = (JobId, F)>,
	) -> DispatchResult {
		let mut first_error: Option<DispatchError> = None;
		let mut applied = false;
		for (job, step) in steps {
			match with_storage_layer(step) {
				Ok(()) => applied = true,
				Err(error) => {
					Self::deposit_event(Event::BatchItemFailed { job, error });
					first_error.get_or_insert(error);
				},
			}
		}
		match first_error {
			Some(error) if !applied => Err(error),
			None if !applied => Err(Error::<T>::EmptyBatch.into()),
			_ => Ok(()),
		}
	}
}
