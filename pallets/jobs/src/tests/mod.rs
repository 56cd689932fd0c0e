//! Unit tests, by concern; shared helpers here.

mod assignment_budget;
mod attestation;
mod classes;
mod deadlines;
mod draw_delay;
mod economics;
mod fairness;
mod griefing;
mod laundering;
mod lifecycle;
mod provenance;
mod submission;
mod verification;
mod windows;
mod work_rewards;

use crate::{mock::*, *};
use frame_support::{
	assert_ok,
	traits::fungible::{Inspect, InspectHold},
	BoundedVec,
};
use pallet_compute_staking::ModelId;

pub const CLASS: &[u8] = b"cuda-sm90";

/// A job of `model` with a small inline prompt.
pub fn spec(model: ModelId, units: u32, redundancy: u8, pay_with: PayWith) -> JobSpec<Test> {
	JobSpec {
		model,
		input: JobInput::Inline(BoundedVec::truncate_from(b"a lighthouse at dusk".to_vec())),
		units,
		redundancy,
		pay_with,
	}
}

/// Submits as the creator; returns the job id.
pub fn submit(spec: JobSpec<Test>) -> JobId {
	let id = NextJobId::<Test>::get();
	assert_ok!(JobMarket::submit_job(RuntimeOrigin::signed(CREATOR), spec));
	id
}

/// Workers that serve a model each and take no job (chilled): `IDLE + model`.
pub const IDLE: AccountId = 99;

/// A model costing `units_per_job` Spark a job whose only server (`IDLE + model`) takes no
/// job: a model needs a server to accept jobs at all.
pub fn idle_model(units_per_job: u32) -> ModelId {
	let model = register_model(units_per_job);
	let idle = IDLE + u64::from(model);
	register_worker(idle, MIN_WORKER_STAKE, CLASS, model);
	assert_ok!(Staking::chill(RuntimeOrigin::signed(idle)));
	model
}

/// A model with `workers` workers of [`CLASS`], each staking the minimum.
pub fn market(workers: u64) -> ModelId {
	let model = register_model(2);
	for i in 0..workers {
		register_worker(WORKER + i, MIN_WORKER_STAKE, CLASS, model);
	}
	model
}

/// The workers seated on job `id`.
pub fn seated(id: JobId) -> Vec<AccountId> {
	Jobs::<Test>::get(id).expect("a live job").seats.iter().map(|s| s.worker).collect()
}

pub fn salt_of(worker: AccountId) -> Salt {
	[worker as u8; 32]
}

pub fn commit(worker: AccountId, id: JobId, digest: Digest) -> sp_runtime::DispatchResult {
	JobMarket::commit_result(
		RuntimeOrigin::signed(worker),
		id,
		commitment_of(&digest, &salt_of(worker), &worker),
	)
}

pub fn reveal_of(id: JobId, worker: AccountId, digest: Digest) -> Reveal<Test> {
	Reveal {
		job: id,
		digest,
		salt: salt_of(worker),
		uri: BoundedVec::truncate_from(b"https://w/out".to_vec()),
	}
}

pub fn reveal(
	worker: AccountId,
	id: JobId,
	digest: Digest,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	JobMarket::reveal_result(RuntimeOrigin::signed(worker), reveal_of(id, worker, digest))
}

/// Every seat without a commitment commits, then every seat without a reveal reveals, each
/// the digest `answer` gives it. Advances a block when the job waits for an audit draw, until
/// the job has revealed, waits for seats or arbitration, or has ended.
pub fn attest(id: JobId, answer: impl Fn(AccountId) -> Digest) {
	while let Some(job) = Jobs::<Test>::get(id) {
		match job.status {
			JobStatus::Committing { .. } => {
				for seat in job.seats.iter().filter(|seat| seat.commitment.is_none()) {
					assert_ok!(commit(seat.worker, id, answer(seat.worker)));
				}
			},
			JobStatus::Revealing { .. } => {
				for seat in job.seats.iter().filter(|seat| seat.revealed.is_none()) {
					assert_ok!(reveal(seat.worker, id, answer(seat.worker)));
				}
				return;
			},
			JobStatus::AuditDraw { .. } => run_to(System::block_number() + 1),
			JobStatus::Queued | JobStatus::Arbitration { .. } => return,
		}
	}
}

/// Every seat of `id`, auditors included, commits and reveals `digest`, advancing blocks while
/// the job waits for an audit draw or for seats, until it settles.
pub fn deliver(id: JobId, digest: Digest) {
	while let Some(job) = Jobs::<Test>::get(id) {
		assert!(
			!matches!(job.status, JobStatus::Arbitration { .. }),
			"agreeing results never reach arbitration"
		);
		attest(id, |_| digest);
		if Jobs::<Test>::contains_key(id) {
			run_to(System::block_number() + 1);
		}
	}
}

/// The digest job `id` settled on, while its outcome is kept.
pub fn settled_digest(id: JobId) -> Option<Digest> {
	match Outcomes::<Test>::get(id)? {
		JobOutcome::Settled { digest, .. } => Some(digest),
		_ => None,
	}
}

/// Free native token of `who`.
pub fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// Native token held for job payments from `who`.
pub fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::JobPayment.into(), &who)
}

/// How job `id` was paid when it settled: each winner's pay, the model fee and what the
/// treasury added.
pub struct Settlement {
	pub worker_pay: Balance,
	pub model_fee: Balance,
	pub treasury_paid: Balance,
}

/// The [`Settlement`] of job `id`, from its `JobSettled` event.
pub fn settlement(id: JobId) -> Settlement {
	events()
		.into_iter()
		.find_map(|event| match event {
			Event::JobSettled { job, worker_pay, model_fee, treasury_paid, .. } if job == id => {
				Some(Settlement { worker_pay, model_fee, treasury_paid })
			},
			_ => None,
		})
		.expect("the job settled")
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::JobMarket(event) => Some(event),
			_ => None,
		})
		.collect()
}
