//! Benchmarks of every call and of each step of the block hook, each in its most expensive
//! case. `scripts/benchmark.sh` turns them into `weights.rs`.

use super::*;
use crate::{assignment::Assignment, Pallet as JobMarket};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_compute_staking::{traits::ComputeWorkers, ModelId};
use sp_runtime::traits::{One, Saturating, Zero};

const CLASS: &[u8] = b"cuda-sm90";

/// A model and `workers` workers of one class serving it.
fn market<T: Config>(workers: u32) -> (ModelId, Vec<T::AccountId>) {
	let owner: T::AccountId = account("owner", 0, 0);
	let model = T::BenchmarkHelper::register_model(&owner);
	let workers = (0..workers)
		.map(|i| {
			let who: T::AccountId = account("worker", i, 0);
			T::BenchmarkHelper::register_worker(&who, model, CLASS);
			who
		})
		.collect();
	(model, workers)
}

/// The largest job: the longest inline input, every seat, paid in Spark (a charge and a hold
/// on the pot, the dearer payment).
fn largest_spec<T: Config>(model: ModelId) -> JobSpec<T> {
	JobSpec {
		model,
		input: JobInput::Inline(BoundedVec::truncate_from(alloc::vec![
			7u8;
			T::MaxInputLen::get() as usize
		])),
		units: 1,
		redundancy: T::MaxRedundancy::get() as u8,
		pay_with: PayWith::Spark,
	}
}

/// A creator with Spark for `jobs` largest jobs.
fn creator<T: Config>(jobs: u32) -> T::AccountId {
	let who: T::AccountId = account("creator", 0, 0);
	T::BenchmarkHelper::give_spark(&who, u64::from(jobs) * u64::from(T::MaxRedundancy::get()));
	who
}

/// The lane that holds the jobs just submitted: the priority lane if they went there.
fn lane_of_submissions<T: Config>() -> QueueKind {
	if Queues::<T>::get(QueueKind::Priority).is_empty() {
		QueueKind::Standard
	} else {
		QueueKind::Priority
	}
}

/// `jobs` largest jobs, each assigned to every one of `MaxRedundancy` workers.
fn assigned_jobs<T: Config>(jobs: u32) -> (Vec<JobId>, Vec<T::AccountId>) {
	let (model, workers) = market::<T>(T::MaxRedundancy::get());
	let creator = creator::<T>(jobs);
	let ids = (0..jobs)
		.map(|_| {
			let id = JobMarket::<T>::do_submit(&creator, largest_spec::<T>(model)).expect("paid");
			let job = Jobs::<T>::get(id).expect("just submitted");
			assert_eq!(JobMarket::<T>::try_assign(id, job), Ok(Assignment::Assigned));
			id
		})
		.collect();
	(ids, workers)
}

fn digest(id: JobId) -> Digest {
	[id as u8; 32]
}

fn salt() -> Salt {
	[9; 32]
}

fn commit_as<T: Config>(worker: &T::AccountId, id: JobId) {
	JobMarket::<T>::do_commit(worker, id, commitment_of(&digest(id), &salt(), worker))
		.expect("seated");
}

fn reveal<T: Config>(id: JobId) -> Reveal<T> {
	Reveal {
		job: id,
		digest: digest(id),
		salt: salt(),
		uri: BoundedVec::truncate_from(alloc::vec![b'u'; T::MaxUriLen::get() as usize]),
	}
}

/// A job of `MaxSeats` workers in arbitration: every seat revealed, alternately digest
/// `[1; 32]` and `[2; 32]`, with the treasury funded to pay every winner beyond the escrow.
fn disputed_job<T: Config>() -> JobId {
	let (model, workers) = market::<T>(T::MaxSeats::get());
	let creator = creator::<T>(1);
	let id = JobMarket::<T>::do_submit(&creator, largest_spec::<T>(model)).expect("paid");
	let mut job = Jobs::<T>::get(id).expect("just submitted");
	for (i, worker) in workers.iter().enumerate() {
		T::Workers::note_assigned(worker).expect("registered");
		WorkerJobs::<T>::mutate(worker, |jobs| jobs.try_push(id).expect("room"));
		let digest = [1 + (i % 2) as u8; 32];
		job.seats
			.try_push(Seat {
				worker: worker.clone(),
				role: if i < usize::from(job.redundancy) {
					SeatRole::Worker
				} else {
					SeatRole::Verifier
				},
				stake: 1,
				commitment: Some(commitment_of(&digest, &salt(), worker)),
				revealed: Some((
					digest,
					BoundedVec::truncate_from(alloc::vec![b'u'; T::MaxUriLen::get() as usize]),
				)),
			})
			.expect("MaxSeats seats");
	}
	job.wanted = T::MaxSeats::get() as u8;
	job.escalations = T::MaxEscalations::get().max(1);
	let until =
		frame_system::Pallet::<T>::block_number().saturating_add(T::ArbitrationPeriod::get());
	job.status = JobStatus::Arbitration { until };
	JobMarket::<T>::push(
		QueueKind::Arbitrations,
		QueueEntry { job: id, attempt: job.attempt, due: until },
	)
	.expect("room");
	Jobs::<T>::insert(id, job);
	let treasury = T::Treasury::get();
	let plenty = T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into());
	T::Currency::set_balance(&treasury, plenty);
	id
}

/// What the hook does with the due head of the commit deadline queue: looks at its job, then
/// acts on what the deadline found.
fn take_commit_deadline<T: Config>() -> frame_support::pallet_prelude::DispatchResult {
	let kind = QueueKind::CommitDeadlines;
	let entry = JobMarket::<T>::peek(kind).expect("queued at assignment");
	let due = JobMarket::<T>::inspect_deadline(kind, &entry);
	JobMarket::<T>::pop(kind);
	JobMarket::<T>::enforce_deadline(entry, due)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_jobs(n: Linear<1, { T::MaxJobsPerBatch::get() }>) {
		let (model, _) = market::<T>(1);
		let creator = creator::<T>(n);
		let specs = BoundedVec::truncate_from((0..n).map(|_| largest_spec::<T>(model)).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(creator), specs);

		assert_eq!(LiveJobs::<T>::get(), n);
	}

	/// Each commit is the last of its job, which opens the reveals.
	#[benchmark]
	fn commit_results(n: Linear<1, { T::MaxJobsPerBatch::get() }>) {
		let (ids, workers) = assigned_jobs::<T>(n);
		let (last, others) = workers.split_last().expect("at least one seat");
		for id in &ids {
			others.iter().for_each(|worker| commit_as::<T>(worker, *id));
		}
		let commits = BoundedVec::truncate_from(
			ids.iter().map(|id| (*id, commitment_of(&digest(*id), &salt(), last))).collect(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), commits);

		assert!(ids.iter().all(|id| matches!(
			Jobs::<T>::get(id).expect("live").status,
			JobStatus::Revealing { .. }
		)));
	}

	/// Each reveal is the last of its job, which settles it and pays every seat.
	#[benchmark]
	fn reveal_results(n: Linear<1, { T::MaxJobsPerBatch::get() }>) {
		let (ids, workers) = assigned_jobs::<T>(n);
		for id in &ids {
			workers.iter().for_each(|worker| commit_as::<T>(worker, *id));
		}
		let (last, others) = workers.split_last().expect("at least one seat");
		for id in &ids {
			for worker in others {
				JobMarket::<T>::do_reveal(worker, reveal::<T>(*id)).expect("committed");
			}
		}
		let reveals = BoundedVec::truncate_from(ids.iter().map(|id| reveal::<T>(*id)).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), reveals);

		assert!(ids.iter().all(|id| Outcomes::<T>::contains_key(id)));
		assert_eq!(LiveJobs::<T>::get(), 0);
	}

	/// The hook with every queue empty.
	#[benchmark]
	fn block_work_base() {
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			JobMarket::<T>::do_block_work(now);
		}
	}

	/// Every seat missed the commit deadline of the job's last round: each is slashed and
	/// released, and the job is refunded. The hook's look at the job included.
	#[benchmark]
	fn enforce_deadline() {
		let (ids, _) = assigned_jobs::<T>(1);
		let id = ids[0];
		let mut job = Jobs::<T>::get(id).expect("assigned");
		job.missed_rounds = T::MaxAttempts::get() - 1;
		Jobs::<T>::insert(id, job);

		#[block]
		{
			take_commit_deadline::<T>().expect("refunded");
		}

		assert!(Jobs::<T>::get(id).is_none());
	}

	/// The commit deadline of a job of `MaxSeats` seats, every one committed: the dearest of
	/// the deadlines that find nothing late, it queues the job's reveal deadline.
	#[benchmark]
	fn deadline_kept() {
		let (ids, workers) = assigned_jobs::<T>(1);
		let id = ids[0];
		for worker in &workers {
			commit_as::<T>(worker, id);
		}
		let mut job = Jobs::<T>::get(id).expect("assigned");
		assert!(matches!(job.status, JobStatus::Revealing { .. }), "every seat committed");
		let committed = job.seats[0].clone();
		for i in job.seats.len() as u32..T::MaxSeats::get() {
			let worker = account("extra seat", i, 0);
			job.seats.try_push(Seat { worker, ..committed.clone() }).expect("below MaxSeats");
		}
		Jobs::<T>::insert(id, job);

		#[block]
		{
			take_commit_deadline::<T>().expect("reveal queue has room");
		}

		assert_eq!(Queues::<T>::get(QueueKind::RevealDeadlines).len(), 1);
	}

	/// `s` empty seats drawn from the `c` servers of the job's model, every one eligible. The
	/// hook's look at the job and its lane included.
	#[benchmark]
	fn assign_job(
		c: Linear<{ T::MaxSeats::get() }, { T::Workers::max_candidates() }>,
		s: Linear<1, { T::MaxSeats::get() }>,
	) {
		let (model, _) = market::<T>(c);
		let creator = creator::<T>(1);
		let id = JobMarket::<T>::do_submit(&creator, largest_spec::<T>(model)).expect("paid");
		Jobs::<T>::mutate(id, |job| job.as_mut().expect("just submitted").wanted = s as u8);
		let lane = lane_of_submissions::<T>();
		let assigned;

		#[block]
		{
			let entry = JobMarket::<T>::peek(lane).expect("queued at submission");
			let job = Jobs::<T>::get(entry.job).expect("queued");
			let _ = JobMarket::<T>::assign_weights(&job);
			JobMarket::<T>::pop(lane);
			assigned = JobMarket::<T>::try_assign(id, job).expect("no error");
		}

		assert_eq!(assigned, Assignment::Assigned);
		assert_eq!(Jobs::<T>::get(id).expect("assigned").seats.len(), s as usize);
	}

	/// A Spark-paid job that waited too long with every seat but one filled (seats a job keeps
	/// while it waits for their replacements): each is released, the pot's hold is released
	/// and the Spark minted back. The hook's look at the job and its lane included.
	#[benchmark]
	fn expire_job() {
		let (model, workers) = market::<T>(T::MaxSeats::get() - 1);
		let creator = creator::<T>(1);
		let id = JobMarket::<T>::do_submit(&creator, largest_spec::<T>(model)).expect("paid");
		let lane = lane_of_submissions::<T>();
		let mut job = Jobs::<T>::get(id).expect("just submitted");
		job.wanted = T::MaxSeats::get() as u8;
		for worker in workers {
			T::Workers::note_assigned(&worker).expect("registered");
			WorkerJobs::<T>::mutate(&worker, |jobs| jobs.try_push(id).expect("room"));
			let seat =
				Seat { worker, role: SeatRole::Worker, stake: 1, commitment: None, revealed: None };
			job.seats.try_push(seat).expect("below MaxSeats");
		}
		Jobs::<T>::insert(id, job);
		let due = JobMarket::<T>::peek(lane).expect("queued at submission").due;
		frame_system::Pallet::<T>::set_block_number(due);

		#[block]
		{
			let entry = JobMarket::<T>::peek(lane).expect("queued at submission");
			let job = Jobs::<T>::get(entry.job).expect("queued");
			JobMarket::<T>::pop(lane);
			JobMarket::<T>::give_up(entry.job, job, RefundReason::Expired).expect("refundable");
		}

		assert!(Outcomes::<T>::contains_key(id));
		assert!(WorkerJobs::<T>::iter().next().is_none(), "every seat released");
	}

	#[benchmark]
	fn prune_outcome() {
		let (model, _) = market::<T>(1);
		let creator = creator::<T>(1);
		let id = JobMarket::<T>::do_submit(&creator, largest_spec::<T>(model)).expect("paid");
		let job = Jobs::<T>::get(id).expect("just submitted");
		JobMarket::<T>::refund(id, job, RefundReason::Expired).expect("refundable");
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResultRetention::get());
		frame_system::Pallet::<T>::set_block_number(due.saturating_add(BlockNumberFor::<T>::one()));
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			JobMarket::<T>::do_block_work(now);
		}

		assert!(!Outcomes::<T>::contains_key(id));
	}

	/// The audit draw of a lone worker's job, when the hook ran late and the reveal window is
	/// extended (a queue push either way: the lane or the reveal deadlines).
	#[benchmark]
	fn draw_audit() {
		// A lone job is seated alone where its class has its quorum and an auditor besides.
		let quorum = T::Workers::class_quorum(&BoundedVec::truncate_from(CLASS.to_vec()));
		let lone = quorum.unwrap_or(1).max(T::MinAuditors::get().saturating_add(1));
		let (model, workers) = market::<T>(lone);
		let creator = creator::<T>(1);
		let mut spec = largest_spec::<T>(model);
		spec.redundancy = 1;
		let id = JobMarket::<T>::do_submit(&creator, spec).expect("paid");
		let job = Jobs::<T>::get(id).expect("just submitted");
		assert_eq!(JobMarket::<T>::try_assign(id, job), Ok(Assignment::Assigned));
		let worker = &Jobs::<T>::get(id).expect("assigned").seats[0].worker;
		assert!(workers.contains(worker));
		commit_as::<T>(worker, id);
		let job = Jobs::<T>::get(id).expect("committed");
		let JobStatus::AuditDraw { reveal_by } = job.status else { panic!("a lone worker") };
		frame_system::Pallet::<T>::set_block_number(reveal_by);
		let entry = QueueEntry { job: id, attempt: job.attempt, due: reveal_by };

		#[block]
		{
			JobMarket::<T>::draw_audit(entry).expect("drawn");
		}

		assert!(!matches!(Jobs::<T>::get(id).expect("live").status, JobStatus::AuditDraw { .. }));
	}

	/// A dispute of `MaxSeats` seats that nobody decided: refunded, every seat released.
	#[benchmark]
	fn expire_arbitration() {
		let id = disputed_job::<T>();
		let job = Jobs::<T>::get(id).expect("disputed");
		let JobStatus::Arbitration { until } = job.status else { panic!("in arbitration") };
		let entry = QueueEntry { job: id, attempt: job.attempt, due: until };

		#[block]
		{
			JobMarket::<T>::expire_arbitration(entry).expect("refunded");
		}

		assert!(Jobs::<T>::get(id).is_none());
	}

	/// Upholding a digest of a `MaxSeats` dispute: half the seats paid (most of them by the
	/// treasury), the other half slashed with the winners as reporters. This is also the most
	/// a reveal's settlement can cost, so reveals are charged it on top of their own weight.
	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let id = disputed_job::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Resolution::Uphold([1; 32]));

		assert!(matches!(Outcomes::<T>::get(id), Some(JobOutcome::Settled { .. })));
		Ok(())
	}

	#[benchmark]
	fn mint_output() {
		let creator: T::AccountId = account("creator", 0, 0);
		let id = 7;
		Outcomes::<T>::insert(
			id,
			JobOutcome::Settled {
				creator: creator.clone(),
				model: 0,
				model_hash: [5; 32],
				digest: [6; 32],
				uri: BoundedVec::truncate_from(alloc::vec![b'u'; T::MaxUriLen::get() as usize]),
				workers: BoundedVec::new(),
				at: Zero::zero(),
			},
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id);
	}

	impl_benchmark_test_suite!(JobMarket, crate::mock::new_test_ext(), crate::mock::Test);
}
