//! What pallet-jobs uses: picking workers for a job, tracking their open work, feeding their
//! quality, slashing them, and reading models.

use crate::{
	Config, ExecutionClass, ModelId, ModelKind, ModelServers, Models, Offence, Pallet, SlashId,
	WorkerStatus, Workers,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use sp_runtime::{
	traits::{IntegerSquareRoot, Saturating, UniqueSaturatedInto},
	DispatchError, Perbill,
};

/// A worker that may take a job, and how strongly it should be preferred.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Candidate<AccountId> {
	pub worker: AccountId,
	/// Its execution class: the workers of one job share one, so that their outputs can be
	/// compared bit for bit.
	pub class: ExecutionClass,
	/// `active × lock_boost × quality × online`, with `lock_boost = w^1.5` for a lock of `w`
	/// weeks (1 without a lock).
	pub weight: u128,
	/// What a slash can still take: the stake held for it (unbonding included) less its
	/// pending slashes. Verification weighs votes by it and asks it to cover the job's pay.
	pub stake: u128,
}

/// The model facts a job needs.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ModelTerms<AccountId> {
	pub owner: AccountId,
	/// Content hash of the weights the workers load.
	pub weights_hash: [u8; 32],
	pub kind: ModelKind,
	pub units_per_job: u32,
	/// The owner's share of each job's fee.
	pub fee_share: Perbill,
	/// The most units a job may ask, and a unit's time.
	pub limits: crate::ModelLimits,
}

/// The worker side of the job market.
pub trait ComputeWorkers<AccountId> {
	/// Active, online workers serving `model`, of every execution class, with their selection
	/// weight; at most `MaxWorkersPerModel`.
	fn candidates(model: ModelId) -> Vec<Candidate<AccountId>>;

	/// The most candidates [`ComputeWorkers::candidates`] returns: `MaxWorkersPerModel`.
	fn max_candidates() -> u32;

	/// How many workers serve `model`, eligible or not: what [`ComputeWorkers::candidates`]
	/// reads, so what a caller is charged for it. One read of the list's length.
	fn servers(model: ModelId) -> u32;

	/// A job was assigned to `worker`: it may not deregister until the job is settled.
	fn note_assigned(worker: &AccountId) -> DispatchResult;

	/// A job of `worker` was settled (verified, failed or cancelled).
	fn note_settled(worker: &AccountId) -> DispatchResult;

	/// Folds a verification outcome into the worker's quality.
	fn report_outcome(worker: &AccountId, good: bool) -> DispatchResult;

	/// Reports an offence: `fraction` of the worker's held stake is slashed after the
	/// deferral period unless cancelled on appeal; `reporters` (at most `MaxSlashReporters`)
	/// then share `SlashRewardShare` of it.
	fn slash(
		worker: &AccountId,
		fraction: Perbill,
		offence: Offence,
		reporters: Vec<AccountId>,
	) -> Result<SlashId, DispatchError>;

	/// The terms of a registered model.
	fn model(model: ModelId) -> Option<ModelTerms<AccountId>>;
}

impl<T: Config> ComputeWorkers<T::AccountId> for Pallet<T> {
	fn candidates(model: ModelId) -> Vec<Candidate<T::AccountId>> {
		ModelServers::<T>::get(model)
			.into_iter()
			.filter_map(|who| {
				let worker = Workers::<T>::get(&who)?;
				// A worker at its pending-slash limit could not be slashed again: it takes no
				// jobs until a slash is applied or cancelled.
				let eligible = worker.status == WorkerStatus::Active
					&& worker.active >= T::MinWorkerStake::get()
					&& worker.pending_slashes < T::MaxPendingSlashes::get()
					&& !Self::has_lapsed(&worker);
				eligible.then(|| Candidate {
					weight: Self::selection_weight(&worker),
					stake: worker
						.total_held()
						.saturating_sub(worker.slash_reserved)
						.unique_saturated_into(),
					class: worker.profile.class.clone(),
					worker: who,
				})
			})
			.collect()
	}

	fn max_candidates() -> u32 {
		T::MaxWorkersPerModel::get()
	}

	fn servers(model: ModelId) -> u32 {
		ModelServers::<T>::decode_len(model).unwrap_or(0) as u32
	}

	fn note_assigned(worker: &T::AccountId) -> DispatchResult {
		Workers::<T>::try_mutate(worker, |entry| {
			let entry = entry.as_mut().ok_or(crate::Error::<T>::NotAWorker)?;
			entry.open_jobs = entry.open_jobs.checked_add(1).ok_or(crate::Error::<T>::Overflow)?;
			Ok(())
		})
	}

	fn note_settled(worker: &T::AccountId) -> DispatchResult {
		Workers::<T>::try_mutate(worker, |entry| {
			let entry = entry.as_mut().ok_or(crate::Error::<T>::NotAWorker)?;
			ensure!(entry.open_jobs > 0, crate::Error::<T>::NoOpenJobs);
			entry.open_jobs -= 1;
			Ok(())
		})
	}

	fn report_outcome(worker: &T::AccountId, good: bool) -> DispatchResult {
		Self::record_outcome(worker, good)
	}

	fn slash(
		worker: &T::AccountId,
		fraction: Perbill,
		offence: Offence,
		reporters: Vec<T::AccountId>,
	) -> Result<SlashId, DispatchError> {
		Self::do_report_slash(worker, fraction, offence, reporters)
	}

	fn model(model: ModelId) -> Option<ModelTerms<T::AccountId>> {
		Models::<T>::get(model).map(|entry| ModelTerms {
			owner: entry.owner,
			weights_hash: entry.weights_hash,
			kind: entry.kind,
			units_per_job: entry.units_per_job,
			fee_share: T::ModelFeeShare::get(),
			limits: entry.limits,
		})
	}
}

impl<T: Config> Pallet<T> {
	/// `active × w^1.5 × quality × online`; `w^1.5` is computed as `√(w³)` in thousandths.
	pub fn selection_weight(worker: &crate::Worker<T>) -> u128 {
		let stake: u128 = worker.active.unique_saturated_into();
		let weeks: u128 = match worker.lock {
			Some(lock) if frame_system::Pallet::<T>::block_number() < lock.until => {
				lock.weeks.into()
			},
			_ => 1,
		};
		let boost_milli = (weeks.saturating_pow(3).saturating_mul(1_000_000)).integer_sqrt();
		let boosted = stake.saturating_mul(boost_milli) / 1_000;
		worker.online.mul_floor(worker.quality.mul_floor(boosted))
	}
}
