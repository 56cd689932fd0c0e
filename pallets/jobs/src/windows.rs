//! Commit windows that fit the work.
//!
//! With one fixed window, a creator could ask for more work than any worker can finish in it
//! (many units of a large image on the CPU class): every seat missed its deadline and was
//! slashed, and the creator was refunded. Now a model declares the most units a job may ask
//! and the time a unit takes on its reference class (`pallet_compute_staking::ModelLimits`,
//! corrected by the network-parameters track); a job gets the shortest window
//! `CommitWindow × 2^tier` that holds half a `CommitWindow` (fetching the input, sending the
//! commit) plus its units' time, and a job no tier holds is refused at submission. Windows come in tiers, each with
//! its own deadline queue, because a queue is only in due order when all its entries share
//! one window.

use crate::{Config, Job, Pallet, QueueKind};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compute_staking::{traits::ComputeWorkers, ModelLimits};
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

impl<T: Config> Pallet<T> {
	/// The tier of the shortest commit window that holds `units` at `limits`, if one does.
	pub(crate) fn commit_tier(units: u32, limits: &ModelLimits) -> Option<u8> {
		let base: u64 = T::CommitWindow::get().unique_saturated_into();
		let work_millis = u64::from(units).saturating_mul(limits.unit_millis.into());
		let work_blocks = work_millis.div_ceil(u64::from(T::BlockMillis::get()).max(1));
		let needed = (base / 2).saturating_add(work_blocks);
		(0..=T::MaxCommitTier::get()).find(|tier| base.saturating_mul(1 << tier) >= needed)
	}

	/// The commit window of `tier`: `CommitWindow × 2^tier` blocks.
	pub(crate) fn commit_window(tier: u8) -> BlockNumberFor<T> {
		T::CommitWindow::get().saturating_mul((1u32 << tier).into())
	}

	/// The tier a queued job's seats get, from its model's limits now (an increase of the
	/// time per unit since submission is the workers' gain); the longest if the model is gone.
	pub(crate) fn tier_of(job: &Job<T>) -> u8 {
		T::Workers::model(job.model)
			.and_then(|terms| Self::commit_tier(job.units, &terms.limits))
			.unwrap_or(T::MaxCommitTier::get())
	}

	/// Every commit-deadline queue, shortest window first.
	pub(crate) fn commit_queues() -> impl Iterator<Item = QueueKind> {
		(0..=T::MaxCommitTier::get()).map(QueueKind::commit_deadlines)
	}
}
