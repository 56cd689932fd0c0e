//! What pallet-jobs uses: picking workers for a job, tracking their open work, feeding their
//! quality, slashing them, and reading models.

use crate::{
	Config, ExecutionClass, ModelId, ModelKind, ModelServers, Models, Offence, Pallet, SlashId,
	Workers,
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
	/// Its weight in the draw of a job's paid seats: `active × lock_boost × quality ×
	/// online` ([`Pallet::selection_weight`]).
	pub weight: u128,
	/// Its weight in the draw of auditors and verifiers: `min(active, RewardStakeCap) ×
	/// quality × online`, without the lock boost ([`Pallet::check_weight`]).
	pub check_weight: u128,
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

	/// How many candidates of `class` a model needs before a new job of it is seated in the
	/// class ([`crate::ClassRules::min_workers`]); `None` for a class that is not registered
	/// (never registered, or retired), where no new job is seated.
	fn class_quorum(class: &ExecutionClass) -> Option<u32>;

	/// A job was assigned to `worker`: it may not deregister nor withdraw stake until the job
	/// is settled. Refused for a worker at its pending-slash limit.
	fn note_assigned(worker: &AccountId) -> DispatchResult;

	/// A job of `worker` was settled (verified, failed or cancelled).
	fn note_settled(worker: &AccountId) -> DispatchResult;

	/// Folds a verification outcome into the worker's quality.
	fn report_outcome(worker: &AccountId, good: bool) -> DispatchResult;

	/// `worker` was paid `amount` for a settled seat, free Spark excluded: what its next era
	/// reward is bounded by.
	fn note_paid(worker: &AccountId, amount: u128);

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

	/// Whether free Spark may pay for `model`'s jobs ([`crate::GrantModels`]): one read, made
	/// only where a job would spend free Spark.
	fn takes_free_spark(model: ModelId) -> bool;
}

impl<T: Config> ComputeWorkers<T::AccountId> for Pallet<T> {
	fn candidates(model: ModelId) -> Vec<Candidate<T::AccountId>> {
		ModelServers::<T>::get(model)
			.into_iter()
			.filter_map(|who| {
				let worker = Workers::<T>::get(&who)?;
				Self::takes_jobs(&worker).then(|| Candidate {
					weight: Self::selection_weight(&worker),
					check_weight: Self::check_weight(&worker),
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

	fn class_quorum(class: &ExecutionClass) -> Option<u32> {
		crate::Classes::<T>::get(class).map(|rules| rules.min_workers)
	}

	fn servers(model: ModelId) -> u32 {
		ModelServers::<T>::decode_len(model).unwrap_or(0) as u32
	}

	fn note_assigned(worker: &T::AccountId) -> DispatchResult {
		Workers::<T>::try_mutate(worker, |entry| {
			let entry = entry.as_mut().ok_or(crate::Error::<T>::NotAWorker)?;
			ensure!(
				entry.pending_slashes < T::MaxPendingSlashes::get(),
				crate::Error::<T>::TooManyPendingSlashes
			);
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

	fn note_paid(worker: &T::AccountId, amount: u128) {
		Self::note_work_paid(worker, amount.unique_saturated_into())
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

	fn takes_free_spark(model: ModelId) -> bool {
		crate::GrantModels::<T>::contains_key(model)
	}
}

impl<T: Config> Pallet<T> {
	/// `active × lock_boost × quality × online`: the weight of a worker in the draw of a
	/// job's paid seats ([`Self::lock_boost_milli`]).
	pub fn selection_weight(worker: &crate::Worker<T>) -> u128 {
		let stake: u128 = worker.active.unique_saturated_into();
		let weeks = match worker.lock {
			Some(lock) if frame_system::Pallet::<T>::block_number() < lock.until => lock.weeks,
			_ => 0,
		};
		let boosted = stake.saturating_mul(Self::lock_boost_milli(weeks)) / 1_000;
		worker.online.mul_floor(worker.quality.mul_floor(boosted))
	}

	/// `min(active, RewardStakeCap) × quality × online`: the weight of a worker in the draw
	/// of auditors and verifiers. No lock boost and capped stake, so that capturing the checks
	/// of one's own jobs costs a majority of the capped stake of the class, not one long lock
	/// or one large bond.
	pub fn check_weight(worker: &crate::Worker<T>) -> u128 {
		let stake: u128 = worker.active.min(T::RewardStakeCap::get()).unique_saturated_into();
		worker.online.mul_floor(worker.quality.mul_floor(stake))
	}

	/// The lock boost in thousandths for a lock of `weeks`: `1 + (B − 1)·(w/W)^1.5`, from 1
	/// without a lock to `B` = `MaxLockBoost` at `W` = `MaxLockWeeks`. `(w/W)^1.5` is computed
	/// as `√((w/W)³)` in thousandths.
	pub fn lock_boost_milli(weeks: u32) -> u128 {
		let max_weeks = u128::from(T::MaxLockWeeks::get().max(1));
		let weeks = u128::from(weeks).min(max_weeks);
		let ratio_cubed_micro = weeks.pow(3).saturating_mul(1_000_000) / max_weeks.pow(3);
		let extra = u128::from(T::MaxLockBoost::get().saturating_sub(1));
		1_000 + extra.saturating_mul(ratio_cubed_micro.integer_sqrt())
	}
}
