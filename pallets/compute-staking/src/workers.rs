//! The worker registry: joining, profiles, pausing, locks and leaving.

use crate::{
	Config, Error, Event, ModelServers, Models, Pallet, StakeLock, Worker, WorkerProfile,
	WorkerStatus, Workers,
};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

/// How much more than a full server list's weakest member a newcomer must weigh to evict it.
pub const EVICTION_MARGIN: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);

impl<T: Config> Pallet<T> {
	pub(crate) fn worker(who: &T::AccountId) -> Result<Worker<T>, Error<T>> {
		Workers::<T>::get(who).ok_or(Error::<T>::NotAWorker)
	}

	pub(crate) fn do_register_worker(
		who: T::AccountId,
		stake: crate::BalanceOf<T>,
		profile: WorkerProfile<T>,
	) -> DispatchResult {
		ensure!(!Workers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(stake >= T::MinWorkerStake::get(), Error::<T>::BelowMinimumStake);
		Self::ensure_valid_profile(&profile)?;
		Self::hold_worker_stake(&who, stake)?;
		// A newcomer is active with its whole stake.
		Self::serve_models(&who, &profile, stake)?;
		let worker = Worker {
			profile,
			active: stake,
			unbonding: BoundedVec::new(),
			status: WorkerStatus::Active,
			lock: None,
			quality: T::InitialQuality::get(),
			online: sp_runtime::Perbill::one(),
			due_era: Self::current_era(),
			open_jobs: 0,
			pending_slashes: 0,
			slash_reserved: Zero::zero(),
			unclaimed: Zero::zero(),
		};
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::WorkerRegistered { worker: who, stake });
		Ok(())
	}

	pub(crate) fn do_update_profile(
		who: T::AccountId,
		profile: WorkerProfile<T>,
	) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status != WorkerStatus::Leaving, Error::<T>::Leaving);
		Self::ensure_valid_profile(&profile)?;
		Self::stop_serving_models(&who, &worker.profile);
		Self::serve_models(&who, &profile, Self::server_strength(&worker))?;
		worker.profile = profile;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::ProfileUpdated { worker: who });
		Ok(())
	}

	/// The eras missed before chilling still count against the online coefficient, so that
	/// chilling and unchilling cannot wipe them.
	pub(crate) fn do_chill(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status == WorkerStatus::Active, Error::<T>::NotActive);
		Self::apply_missed_eras(&mut worker);
		worker.status = WorkerStatus::Chilled;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Chilled { worker: who });
		Ok(())
	}

	/// Resumes a chilled worker, or one that has lapsed (missed more than `MaxMissedEras` eras
	/// without being chilled yet). It keeps its online coefficient, lowered by the eras it
	/// missed while active; the eras spent chilled do not count.
	pub(crate) fn do_unchill(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		match worker.status {
			WorkerStatus::Chilled => worker.due_era = Self::current_era(),
			WorkerStatus::Active if Self::has_lapsed(&worker) => {
				Self::apply_missed_eras(&mut worker)
			},
			_ => return Err(Error::<T>::NotChilled.into()),
		}
		ensure!(worker.active >= T::MinWorkerStake::get(), Error::<T>::BelowMinimumStake);
		worker.status = WorkerStatus::Active;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Unchilled { worker: who });
		Ok(())
	}

	/// Unbonds everything; the record stays until the stake is withdrawn, so that offences
	/// found during the unbonding period can still be slashed.
	pub(crate) fn do_deregister(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status != WorkerStatus::Leaving, Error::<T>::Leaving);
		ensure!(worker.open_jobs == 0, Error::<T>::OpenJobs);
		ensure!(worker.pending_slashes == 0, Error::<T>::SlashesPending);
		ensure!(!Self::is_locked(&worker), Error::<T>::StakeLocked);
		let amount = worker.active;
		let unlock_at = Self::start_unbonding(&mut worker, amount)?;
		Self::stop_serving_models(&who, &worker.profile);
		// A leaving worker serves nothing: its record must not claim the models it left.
		worker.profile.models = Default::default();
		worker.status = WorkerStatus::Leaving;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Unbonded { worker: who.clone(), amount, unlock_at });
		Self::deposit_event(Event::Deregistered { worker: who });
		Ok(())
	}

	/// Whether a leaving worker has nothing held and nothing pending: its record can go.
	pub(crate) fn has_left(worker: &Worker<T>) -> bool {
		worker.status == WorkerStatus::Leaving
			&& worker.total_held().is_zero()
			&& worker.pending_slashes == 0
	}

	/// Drops a leaving worker with nothing held, paying its unclaimed rewards first. If the
	/// pot cannot pay them now, the record stays (nothing held) and goes with the
	/// `claim_rewards` that pays them: an empty pot never keeps stake from its owner.
	pub(crate) fn remove_worker(who: &T::AccountId, mut worker: Worker<T>) {
		if !worker.unclaimed.is_zero() {
			if Self::pay_rewards(who, worker.unclaimed).is_err() {
				Workers::<T>::insert(who, worker);
				return;
			}
			worker.unclaimed = Zero::zero();
		}
		Workers::<T>::remove(who);
		crate::UnrewardedPay::<T>::remove(who);
		Self::deposit_event(Event::WorkerRemoved { worker: who.clone() });
	}

	/// Locks the whole active stake until `weeks` weeks from now.
	pub(crate) fn do_lock_stake(who: T::AccountId, weeks: u32) -> DispatchResult {
		ensure!((1..=T::MaxLockWeeks::get()).contains(&weeks), Error::<T>::BadLockLength);
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status != WorkerStatus::Leaving, Error::<T>::Leaving);
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(T::BlocksPerWeek::get().saturating_mul(weeks.into()));
		if let Some(lock) = worker.lock.filter(|lock| now < lock.until) {
			ensure!(until >= lock.until && weeks >= lock.weeks, Error::<T>::LockShortened);
		}
		worker.lock = Some(StakeLock { weeks, until });
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::StakeLocked { worker: who, weeks, until });
		Ok(())
	}

	fn ensure_valid_profile(profile: &WorkerProfile<T>) -> DispatchResult {
		ensure!(crate::Classes::<T>::contains_key(&profile.class), Error::<T>::UnknownClass);
		for (i, model) in profile.models.iter().enumerate() {
			ensure!(Models::<T>::contains_key(model), Error::<T>::UnknownModel);
			ensure!(!profile.models[..i].contains(model), Error::<T>::DuplicateModel);
		}
		Ok(())
	}

	/// Lists `who`, of strength `strength` ([`Self::server_strength`]), as a server of each
	/// model of `profile`. A full list evicts its weakest member for a newcomer stronger by
	/// more than [`EVICTION_MARGIN`] ([`Self::weakest_server`]): otherwise the first
	/// `MaxWorkersPerModel` workers of a model, however idle or small, would hold it against
	/// every later one. The margin keeps two workers of nearly equal stake from evicting each
	/// other back and forth at the price of a fee.
	fn serve_models(
		who: &T::AccountId,
		profile: &WorkerProfile<T>,
		strength: crate::BalanceOf<T>,
	) -> Result<(), DispatchError> {
		for model in &profile.models {
			ModelServers::<T>::try_mutate(model, |servers| {
				if servers.try_push(who.clone()).is_ok() {
					return Ok(());
				}
				let (index, weakest) =
					Self::weakest_server(servers).ok_or(Error::<T>::TooManyWorkersForModel)?;
				let needed = weakest.saturating_add(EVICTION_MARGIN.mul_floor(weakest));
				ensure!(strength > needed, Error::<T>::TooManyWorkersForModel);
				let evicted = core::mem::replace(&mut servers[index], who.clone());
				Workers::<T>::mutate(&evicted, |worker| {
					if let Some(worker) = worker {
						worker.profile.models.retain(|served| served != model);
					}
				});
				Self::deposit_event(Event::ServerEvicted { model: *model, worker: evicted });
				Ok::<_, DispatchError>(())
			})?;
		}
		Ok(())
	}

	/// Whether `worker` may be drawn for jobs: active, staking at least the minimum, not
	/// lapsed, and below its pending-slash limit (a worker at the limit could not be slashed
	/// again: it takes no jobs until a slash is applied or cancelled).
	pub(crate) fn takes_jobs(worker: &Worker<T>) -> bool {
		worker.status == WorkerStatus::Active
			&& worker.active >= T::MinWorkerStake::get()
			&& worker.pending_slashes < T::MaxPendingSlashes::get()
			&& !Self::has_lapsed(worker)
	}

	/// What a worker weighs against a full server list: its active stake while it
	/// [takes jobs](Self::takes_jobs), zero otherwise. An idle member goes first; an idle
	/// newcomer evicts no one.
	pub(crate) fn server_strength(worker: &Worker<T>) -> crate::BalanceOf<T> {
		match Self::takes_jobs(worker) {
			true => worker.active,
			false => Zero::zero(),
		}
	}

	/// The position and strength of the weakest of `servers` ([`Self::server_strength`]; zero
	/// for one without a record); the earliest of equals.
	fn weakest_server(servers: &[T::AccountId]) -> Option<(usize, crate::BalanceOf<T>)> {
		servers
			.iter()
			.map(|server| {
				Workers::<T>::get(server)
					.map_or(Zero::zero(), |worker| Self::server_strength(&worker))
			})
			.enumerate()
			.min_by(|(i, a), (j, b)| a.cmp(b).then(i.cmp(j)))
	}

	pub(crate) fn stop_serving_models(who: &T::AccountId, profile: &WorkerProfile<T>) {
		for model in &profile.models {
			ModelServers::<T>::mutate_exists(model, |servers| {
				if let Some(list) = servers {
					list.retain(|server| server != who);
					if list.is_empty() {
						*servers = None;
					}
				}
			});
		}
	}
}
