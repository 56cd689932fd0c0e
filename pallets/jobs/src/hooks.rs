//! The block hook: audit draws first (they open reveals before reveal deadlines are checked),
//! then deadlines (they free seats), lapsed arbitrations, assignment (priority lane before
//! standard), then pruning; all within `HookWeight`, each step priced by its benchmark.

use crate::{Config, Event, JobId, JobStatus, Jobs, Pallet, QueueKind, RefundReason, WeightInfo};
use frame_support::{
	pallet_prelude::{DispatchResult, Weight},
	storage::with_storage_layer,
	traits::Get,
	weights::WeightMeter,
};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_block_work(now: BlockNumberFor<T>) -> Weight {
		let mut meter = WeightMeter::with_limit(T::HookWeight::get());
		meter.consume(T::WeightInfo::block_work_base());
		while let Some(entry) =
			Self::due(QueueKind::AuditDraws, now, &mut meter, T::WeightInfo::draw_audit())
		{
			Self::step(entry.job, || Self::draw_audit(entry));
		}
		for kind in [QueueKind::CommitDeadlines, QueueKind::RevealDeadlines] {
			// A commit deadline may queue the job's reveal deadline: commit deadlines are taken
			// while the reveal queue has room, which its entries free within `RevealWindow`.
			let takes = || {
				kind != QueueKind::CommitDeadlines
					|| Self::queue_has_room(QueueKind::RevealDeadlines, 1)
			};
			while takes() {
				let weight = T::WeightInfo::enforce_deadline();
				let Some(entry) = Self::due(kind, now, &mut meter, weight) else { break };
				Self::step(entry.job, || Self::enforce_deadline(kind, entry));
			}
		}
		while let Some(entry) =
			Self::due(QueueKind::Arbitrations, now, &mut meter, T::WeightInfo::expire_arbitration())
		{
			Self::step(entry.job, || Self::expire_arbitration(entry));
		}
		for lane in [QueueKind::Priority, QueueKind::Standard] {
			Self::work_lane(lane, now, &mut meter);
		}
		while let Some(entry) =
			Self::due(QueueKind::Retention, now, &mut meter, T::WeightInfo::prune_outcome())
		{
			Self::prune_outcome(entry.job);
		}
		meter.consumed()
	}

	/// Pops the head of `kind` when it is due and `weight` fits in the meter.
	fn due(
		kind: QueueKind,
		now: BlockNumberFor<T>,
		meter: &mut WeightMeter,
		weight: Weight,
	) -> Option<crate::QueueEntry<BlockNumberFor<T>>> {
		if !meter.can_consume(weight) {
			return None;
		}
		let head = Self::peek(kind).filter(|entry| entry.due <= now)?;
		meter.consume(weight);
		Self::pop(kind);
		Some(head)
	}

	/// Looks at each job of a lane at most once: expires it, assigns it, or sends it to the
	/// back of the lane to wait for workers.
	fn work_lane(lane: QueueKind, now: BlockNumberFor<T>, meter: &mut WeightMeter) {
		let waiting = crate::Queues::<T>::get(lane).len();
		let weight = T::WeightInfo::assign_job().max(T::WeightInfo::expire_job());
		for _ in 0..waiting {
			if !meter.can_consume(weight) {
				return;
			}
			let Some(entry) = Self::pop(lane) else { return };
			meter.consume(weight);
			let Some(job) = Jobs::<T>::get(entry.job) else { continue };
			if job.status != JobStatus::Queued || job.attempt != entry.attempt {
				continue;
			}
			if entry.due <= now {
				Self::step(entry.job, || Self::give_up(entry.job, job, RefundReason::Expired));
				continue;
			}
			let mut assigned = false;
			Self::step(entry.job, || {
				assigned = Self::try_assign(entry.job, job)?;
				Ok(())
			});
			if !assigned {
				// Room is certain: this entry was just popped.
				let _ = Self::push(lane, entry);
			}
		}
	}

	/// Runs one hook step in its own storage layer, so that a failure leaves the job as it was
	/// and is reported instead of aborting the block.
	fn step(job: JobId, body: impl FnOnce() -> DispatchResult) {
		if let Err(error) = with_storage_layer(body) {
			log::error!(target: "runtime::jobs", "hook step of job {job} failed: {error:?}");
			Self::deposit_event(Event::HookStepFailed { job, error });
		}
	}
}
