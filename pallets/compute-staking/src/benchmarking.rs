//! Benchmarks of every call and of the operations pallet-jobs calls, each in its most
//! expensive case. `scripts/benchmark.sh` turns them into `weights.rs`.

use super::*;
use crate::{traits::ComputeWorkers, Pallet as Staking};

/// What the benchmarks' models declare.
const LIMITS: ModelLimits = ModelLimits { max_units: 16, unit_millis: 1_000 };
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{
		fungible::{Inspect, Mutate},
		Authorize, EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	fund::<T>(&who);
	who
}

/// `MaxSlashReporters` accounts that do not exist yet: paying them creates them.
fn reporters<T: Config>() -> alloc::vec::Vec<T::AccountId> {
	(0..T::MaxSlashReporters::get()).map(|i| account("reporter", i, 0)).collect()
}

fn fund<T: Config>(who: &T::AccountId) {
	let plenty = T::MinWorkerStake::get()
		.saturating_add(T::MinModelStake::get())
		.saturating_mul(1_000u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(who, plenty);
}

/// `MaxModelsPerWorker` models, owned by one developer.
fn models<T: Config>() -> alloc::vec::Vec<ModelId> {
	let owner = funded::<T>("developer", 0);
	(0..T::MaxModelsPerWorker::get())
		.map(|i| {
			let id = NextModelId::<T>::get();
			Staking::<T>::do_register_model(
				owner.clone(),
				([i as u8; 32], ModelKind::ImageGeneration, 1, LIMITS),
				BoundedVec::truncate_from(b"ipfs://model".to_vec()),
				T::MinModelStake::get(),
			)
			.expect("the developer is funded");
			id
		})
		.collect()
}

/// Fills each model's server list to its bound with active workers staking the minimum, each
/// list with members of its own (every member read is a distinct record): a newcomer staking
/// more evicts one from each list, after reading every member, which is the most expensive
/// join. Their records are copies of one registered worker's (the benchmark needs what is
/// read, not their held balances); their accounts are named `name`, distinct per call.
fn crowd<T: Config>(name: &'static str, models: &[ModelId]) {
	let template = funded::<T>("template", 0);
	Staking::<T>::do_register_worker(
		template.clone(),
		T::MinWorkerStake::get(),
		full_profile::<T>(&[]),
	)
	.expect("the template is funded");
	let template = Workers::<T>::take(&template).expect("just registered");
	let per_list = T::MaxWorkersPerModel::get();
	for (list, model) in (0u32..).zip(models) {
		let mut record = template.clone();
		record.profile.models = BoundedVec::truncate_from(alloc::vec![*model]);
		let servers = (0..per_list)
			.map(|i| account::<T::AccountId>(name, list * per_list + i, 0))
			.collect::<alloc::vec::Vec<_>>();
		for server in &servers {
			Workers::<T>::insert(server, record.clone());
		}
		ModelServers::<T>::insert(model, BoundedVec::truncate_from(servers));
	}
}

/// A newcomer's stake: more than a crowded list's members, so that it evicts one.
fn strong_stake<T: Config>() -> BalanceOf<T> {
	T::MinWorkerStake::get().saturating_mul(2u32.into())
}

/// The longest class name, registered: the profile check reads it.
fn long_class<T: Config>() -> ExecutionClass {
	let class = BoundedVec::truncate_from(alloc::vec![b'x'; MAX_CLASS_LEN as usize]);
	Classes::<T>::insert(&class, ClassRules { min_workers: 1 });
	class
}

fn full_profile<T: Config>(models: &[ModelId]) -> WorkerProfile<T> {
	WorkerProfile {
		class: long_class::<T>(),
		models: BoundedVec::truncate_from(models.to_vec()),
		endpoint: BoundedVec::truncate_from(alloc::vec![b'u'; MAX_URI_LEN as usize]),
	}
}

/// A registered worker serving the most models, in crowded server lists.
fn worker<T: Config>(who: &T::AccountId) -> alloc::vec::Vec<ModelId> {
	fund::<T>(who);
	let models = models::<T>();
	crowd::<T>("server", &models);
	Staking::<T>::do_register_worker(who.clone(), strong_stake::<T>(), full_profile::<T>(&models))
		.expect("the worker is funded and the models exist");
	models
}

/// Fills the worker's unbonding queue but for one chunk, each chunk in its own block.
fn unbonding_chunks<T: Config>(who: &T::AccountId, chunks: u32) {
	let one = T::Currency::minimum_balance().max(1u32.into());
	for _ in 0..chunks {
		Staking::<T>::do_bond_extra(who.clone(), one).expect("funded");
		Staking::<T>::do_unbond(who.clone(), one).expect("above the minimum");
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(next);
	}
}

/// Gives the worker rewards to claim, and the pot the funds to pay them.
fn earned<T: Config>(who: &T::AccountId) {
	fund::<T>(&T::RewardPot::get());
	Workers::<T>::mutate(who, |worker| {
		worker.as_mut().expect("registered").unclaimed =
			T::Currency::minimum_balance().max(1u32.into());
	});
}

fn set_era<T: Config>(era: EraIndex) {
	frame_system::Pallet::<T>::set_block_number(T::EraLength::get().saturating_mul(era.into()));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_worker() {
		let who = funded::<T>("worker", 0);
		let models = models::<T>();
		crowd::<T>("server", &models);
		let profile = full_profile::<T>(&models);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), strong_stake::<T>(), profile);

		assert!(Workers::<T>::contains_key(&who));
		assert_eq!(ModelServers::<T>::get(models[0]).len() as u32, T::MaxWorkersPerModel::get());
	}

	#[benchmark]
	fn bond_extra() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		let amount = T::MinWorkerStake::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(Staking::<T>::worker(&who).unwrap().active, amount.saturating_mul(3u32.into()));
	}

	/// The worst case adds a new chunk to an almost full queue.
	#[benchmark]
	fn unbond() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		unbonding_chunks::<T>(&who, T::MaxUnbondingChunks::get() - 1);
		let amount = T::MinWorkerStake::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(
			Staking::<T>::worker(&who).unwrap().unbonding.len() as u32,
			T::MaxUnbondingChunks::get()
		);
	}

	/// The worst case withdraws every chunk of a full queue and removes the leaving worker,
	/// paying out its last rewards.
	#[benchmark]
	fn withdraw_unbonded() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		unbonding_chunks::<T>(&who, T::MaxUnbondingChunks::get() - 1);
		Staking::<T>::do_deregister(who.clone()).expect("no open jobs");
		earned::<T>(&who);
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Workers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn chill() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Staking::<T>::worker(&who).unwrap().status, WorkerStatus::Chilled);
	}

	#[benchmark]
	fn unchill() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		Staking::<T>::do_chill(who.clone()).expect("active");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Staking::<T>::worker(&who).unwrap().status, WorkerStatus::Active);
	}

	/// The worst case leaves every crowded list of the old profile and joins as many full
	/// lists of other models, evicting a member from each.
	#[benchmark]
	fn update_profile() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		let others = models::<T>();
		crowd::<T>("other server", &others);
		let profile = full_profile::<T>(&others);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), profile);

		assert_eq!(Staking::<T>::worker(&who).unwrap().profile.models.to_vec(), others);
		assert!(ModelServers::<T>::get(others[0]).contains(&who));
	}

	#[benchmark]
	fn deregister() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		unbonding_chunks::<T>(&who, T::MaxUnbondingChunks::get() - 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Staking::<T>::worker(&who).unwrap().status, WorkerStatus::Leaving);
	}

	/// The worst case has missed eras to apply and paid work to turn into a reward.
	#[benchmark]
	fn heartbeat() {
		let who = T::BenchmarkHelper::worker_account();
		worker::<T>(&who);
		Staking::<T>::note_work_paid(&who, T::BaseEraReward::get().saturating_mul(1_000u32.into()));
		let era = T::MaxMissedEras::get();
		set_era::<T>(era);
		let signature = T::BenchmarkHelper::sign(&who, &Staking::<T>::heartbeat_message(&who, era));

		#[extrinsic_call]
		_(RawOrigin::Authorized, who.clone(), era, signature);

		let worker = Staking::<T>::worker(&who).unwrap();
		assert_eq!(worker.due_era, era + 1);
		assert!(!worker.unclaimed.is_zero(), "the paid work earned a reward");
	}

	#[benchmark]
	fn authorize_heartbeat() -> Result<(), BenchmarkError> {
		let who = T::BenchmarkHelper::worker_account();
		worker::<T>(&who);
		let era = T::MaxMissedEras::get();
		set_era::<T>(era);
		let signature = T::BenchmarkHelper::sign(&who, &Staking::<T>::heartbeat_message(&who, era));
		let call = Call::<T>::heartbeat { worker: who, era, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("heartbeat must be authorized")?
				.map_err(|_| "a correct heartbeat must be valid")?;
		}
		Ok(())
	}

	#[benchmark]
	fn chill_inactive() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		set_era::<T>(T::MaxMissedEras::get() + 2);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert_eq!(Staking::<T>::worker(&who).unwrap().status, WorkerStatus::Chilled);
	}

	#[benchmark]
	fn claim_rewards() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		earned::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Staking::<T>::worker(&who).unwrap().unclaimed.is_zero());
	}

	/// The worst case extends a running lock.
	#[benchmark]
	fn lock_stake() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		Staking::<T>::do_lock_stake(who.clone(), 1).expect("a one-week lock is valid");
		let weeks = T::MaxLockWeeks::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), weeks);

		assert_eq!(Staking::<T>::worker(&who).unwrap().lock.unwrap().weeks, weeks);
	}

	/// The worst case finds the registry full: it reads every model and whether it is served,
	/// and evicts the least-staked unserved one (the first copy after the served models),
	/// releasing its stake.
	#[benchmark]
	fn register_model() {
		let owner = funded::<T>("developer", 1);
		let served = models::<T>();
		crowd::<T>("server", &served);
		let copy = Models::<T>::get(served[0]).expect("registered");
		let evicted = NextModelId::<T>::get();
		while ModelCount::<T>::get() < T::MaxModels::get() {
			let id = NextModelId::<T>::get();
			Models::<T>::insert(id, copy.clone());
			NextModelId::<T>::put(id + 1);
			ModelCount::<T>::mutate(|count| *count += 1);
		}
		let uri: Uri = BoundedVec::truncate_from(alloc::vec![b'u'; MAX_URI_LEN as usize]);
		let stake = T::MinModelStake::get().saturating_add(1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), [7; 32], ModelKind::TextGeneration, 4, uri, stake, LIMITS);

		assert!(Models::<T>::get(evicted).is_none() && Models::<T>::get(served[0]).is_some());
		assert_eq!(ModelCount::<T>::get(), T::MaxModels::get());
	}

	#[benchmark]
	fn set_model_limits() -> Result<(), BenchmarkError> {
		let model = models::<T>()[0];
		let origin =
			T::LimitsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let limits = ModelLimits { max_units: 2, unit_millis: 2 };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, model, limits);

		assert_eq!(Models::<T>::get(model).unwrap().limits, limits);
		Ok(())
	}

	/// The worst case registers a new class of the longest name: the counter is read and
	/// written besides the entry.
	#[benchmark]
	fn set_class() -> Result<(), BenchmarkError> {
		let origin =
			T::LimitsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let class = ExecutionClass::truncate_from(alloc::vec![b'n'; MAX_CLASS_LEN as usize]);
		let rules = ClassRules { min_workers: 3 };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, class.clone(), Some(rules));

		assert_eq!(Classes::<T>::get(&class), Some(rules));
		Ok(())
	}

	/// Opening and closing cost the same: the model's existence is read, the entry written.
	#[benchmark]
	fn set_grant_model() -> Result<(), BenchmarkError> {
		let model = models::<T>()[0];
		let origin =
			T::LimitsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, model, true);

		assert!(GrantModels::<T>::contains_key(model));
		Ok(())
	}

	#[benchmark]
	fn bond_model_extra() {
		let model = models::<T>()[0];
		let owner = Models::<T>::get(model).unwrap().owner;
		let amount = T::MinModelStake::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, amount);

		assert_eq!(Models::<T>::get(model).unwrap().stake, amount.saturating_mul(2u32.into()));
	}

	/// The worst case drops the model from a full list of real workers' profiles.
	#[benchmark]
	fn retire_model() {
		let model = models::<T>()[0];
		let owner = Models::<T>::get(model).unwrap().owner;
		for i in 0..T::MaxWorkersPerModel::get() {
			let who = funded::<T>("server", i);
			Staking::<T>::do_register_worker(
				who,
				T::MinWorkerStake::get(),
				full_profile::<T>(&[model]),
			)
			.expect("funded, below the bound");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(!Models::<T>::contains_key(model));
	}

	/// The worst case takes every chunk of a leaving worker, which then goes, paid its last
	/// rewards, and pays `MaxSlashReporters` new accounts their share.
	#[benchmark]
	fn apply_slash() {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		unbonding_chunks::<T>(&who, T::MaxUnbondingChunks::get() - 1);
		Staking::<T>::do_deregister(who.clone()).expect("no open jobs");
		earned::<T>(&who);
		let slash = Staking::<T>::do_report_slash(
			&who,
			Perbill::one(),
			Offence::WrongResult,
			reporters::<T>(),
		)
		.expect("below the pending bound");
		let later =
			frame_system::Pallet::<T>::block_number().saturating_add(T::SlashDeferPeriod::get());
		frame_system::Pallet::<T>::set_block_number(later);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone(), slash);

		assert!(!Workers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn cancel_slash() -> Result<(), BenchmarkError> {
		let origin =
			T::AppealOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		let slash = Staking::<T>::do_report_slash(
			&who,
			Perbill::one(),
			Offence::WrongResult,
			reporters::<T>(),
		)
		.expect("below the pending bound");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), slash);

		assert_eq!(Staking::<T>::worker(&who).unwrap().pending_slashes, 0);
		Ok(())
	}

	#[benchmark]
	fn report_slash() -> Result<(), BenchmarkError> {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);
		unbonding_chunks::<T>(&who, T::MaxUnbondingChunks::get() - 1);

		#[block]
		{
			<Staking<T> as ComputeWorkers<T::AccountId>>::slash(
				&who,
				Perbill::from_percent(10),
				Offence::WrongResult,
				reporters::<T>(),
			)?;
		}

		assert_eq!(Staking::<T>::worker(&who).unwrap().pending_slashes, 1);
		Ok(())
	}

	#[benchmark]
	fn report_outcome() -> Result<(), BenchmarkError> {
		let who = funded::<T>("worker", 0);
		worker::<T>(&who);

		#[block]
		{
			<Staking<T> as ComputeWorkers<T::AccountId>>::report_outcome(&who, true)?;
		}
		Ok(())
	}

	/// Assignment reads every server of a full list.
	#[benchmark]
	fn candidates() {
		let model = models::<T>()[0];
		for i in 0..T::MaxWorkersPerModel::get() {
			let who = funded::<T>("server", i);
			Staking::<T>::do_register_worker(
				who,
				T::MinWorkerStake::get(),
				full_profile::<T>(&[model]),
			)
			.expect("funded, below the bound");
		}
		let found;

		#[block]
		{
			found = <Staking<T> as ComputeWorkers<T::AccountId>>::candidates(model);
		}

		assert_eq!(found.len() as u32, T::MaxWorkersPerModel::get());
	}

	impl_benchmark_test_suite!(Staking, crate::mock::new_test_ext(), crate::mock::Test);
}
