//! The read API the worker and clients use, and the node's `jobs_*` RPC methods serve.

use crate::{
	AssignedJob, Config, InputView, Inputs, JobId, JobInput, JobOutcome, JobState, JobStatus, Jobs,
	Outcomes, Pallet, RevealedResult, WorkerJobs,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;

sp_api::decl_runtime_apis! {
	/// Jobs by worker and by id.
	pub trait JobsApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The jobs `worker` holds a seat in, with their inputs and what is due next: what a
		/// worker polls each block.
		fn jobs_of(worker: AccountId) -> Vec<AssignedJob<BlockNumber>>;

		/// Where job `job` stands; its result once settled. `None` for an unknown job or an
		/// outcome pruned after `ResultRetention`.
		fn job(job: JobId) -> Option<JobState<AccountId, BlockNumber>>;
	}
}

impl<T: Config> Pallet<T> {
	/// What [`JobsApi::jobs_of`] returns.
	pub fn jobs_of(worker: &T::AccountId) -> Vec<AssignedJob<BlockNumberFor<T>>> {
		WorkerJobs::<T>::get(worker)
			.into_iter()
			.filter_map(|id| {
				let job = Jobs::<T>::get(id)?;
				let seat = &job.seats[job.seat_of(worker)?];
				let (commit_by, reveal_by) = match job.status {
					JobStatus::Committing { commit_by, reveal_by } => {
						(Some(commit_by), Some(reveal_by))
					},
					JobStatus::Revealing { reveal_by } | JobStatus::AuditDraw { reveal_by } => {
						(None, Some(reveal_by))
					},
					JobStatus::Queued | JobStatus::Arbitration { .. } => (None, None),
				};
				let input = match Inputs::<T>::get(id)? {
					JobInput::Inline(bytes) => InputView::Inline(bytes.into_inner()),
					JobInput::Remote { digest, uri } => {
						InputView::Remote { digest, uri: uri.into_inner() }
					},
				};
				Some(AssignedJob {
					job: id,
					model: job.model,
					input,
					units: job.units,
					role: seat.role,
					commit_by,
					reveal_by,
					committed: seat.commitment.is_some(),
					reveals_open: matches!(job.status, JobStatus::Revealing { .. }),
					revealed: seat.revealed.is_some(),
				})
			})
			.collect()
	}

	/// What [`JobsApi::job`] returns.
	pub fn job_state(id: JobId) -> Option<JobState<T::AccountId, BlockNumberFor<T>>> {
		if let Some(job) = Jobs::<T>::get(id) {
			let workers = job.seats.iter().map(|seat| seat.worker.clone()).collect();
			return Some(match job.status {
				JobStatus::Queued => JobState::Queued { attempt: job.attempt },
				JobStatus::Committing { commit_by, reveal_by } => {
					JobState::Committing { workers, commit_by, reveal_by }
				},
				JobStatus::Revealing { reveal_by } => JobState::Revealing { workers, reveal_by },
				JobStatus::AuditDraw { reveal_by } => JobState::AuditDraw { workers, reveal_by },
				JobStatus::Arbitration { until } => JobState::Arbitration {
					results: job
						.seats
						.iter()
						.filter_map(|seat| {
							let (digest, _) = seat.revealed.as_ref()?;
							Some(RevealedResult { worker: seat.worker.clone(), digest: *digest })
						})
						.collect(),
					until,
				},
			});
		}
		Outcomes::<T>::get(id).map(|outcome| match outcome {
			JobOutcome::Settled { digest, uri, workers, at, .. } => JobState::Settled {
				digest,
				uri: uri.into_inner(),
				workers: workers.into_inner(),
				at,
			},
			JobOutcome::Refunded { reason, at } => JobState::Refunded { reason, at },
			JobOutcome::Unavailable { reason, workers, at } => {
				JobState::Unavailable { reason, workers: workers.into_inner(), at }
			},
		})
	}
}
