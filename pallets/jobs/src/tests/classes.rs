//! Every job can be audited: jobs are seated only in registered classes with their quorum,
//! and a single-worker job only where another worker of its class could audit it; otherwise
//! it runs on two workers.

use super::*;
use crate::mock::{MinAuditors, OTHER_CLASS};
use frame_support::traits::fungible::Mutate;
use pallet_compute_staking::ClassRules;

fn class(name: &[u8]) -> pallet_compute_staking::ExecutionClass {
	BoundedVec::truncate_from(name.to_vec())
}

fn set_quorum(name: &[u8], min_workers: u32) {
	assert_ok!(Staking::set_class(
		RuntimeOrigin::root(),
		class(name),
		Some(ClassRules { min_workers })
	));
}

#[test]
fn a_worker_alone_in_its_class_never_runs_a_lone_job() {
	test(|| {
		MinAuditors::set(1);
		let model = register_model(2);
		// Two workers of one class, and the cheater alone in another: with a stake far above
		// theirs, it would win most draws if its class could be seated.
		register_worker(WORKER, MIN_WORKER_STAKE * 20, OTHER_CLASS, model);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(4);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued, "no one to audit it");

		register_worker(WORKER + 1, MIN_WORKER_STAKE, CLASS, model);
		register_worker(WORKER + 2, MIN_WORKER_STAKE, CLASS, model);
		let mut jobs = vec![id];
		for _ in 0..4 {
			jobs.push(submit(spec(model, 1, 1, PayWith::Token)));
			run_to(System::block_number() + 1);
		}
		for id in &jobs {
			assert_eq!(Jobs::<Test>::get(id).unwrap().class, Some(class(CLASS)));
			assert!(!seated(*id).contains(&WORKER));
		}

		// A second worker of its class makes it auditable: with the first class chilled, the
		// next job goes to the second.
		register_worker(WORKER + 3, MIN_WORKER_STAKE, OTHER_CLASS, model);
		for worker in [WORKER + 1, WORKER + 2] {
			assert_ok!(Staking::chill(RuntimeOrigin::signed(worker)));
		}
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(System::block_number() + 1);
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.class, Some(class(OTHER_CLASS)), "{job:?}");
	});
}

#[test]
fn a_class_below_its_quorum_is_not_seated() {
	test(|| {
		let model = market(2);
		set_quorum(CLASS, 3);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(4);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);

		register_worker(WORKER + 2, MIN_WORKER_STAKE, CLASS, model);
		run_to(5);
		assert_eq!(seated(id).len(), 2);
	});
}

#[test]
fn a_retired_class_takes_no_new_job() {
	test(|| {
		let model = market(3);
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), class(CLASS), None));
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(4);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);

		set_quorum(CLASS, 2);
		run_to(5);
		assert_eq!(seated(id).len(), 2);
	});
}

#[test]
fn a_lone_job_without_enough_auditors_is_audited_from_the_start_and_its_worker_fully_paid() {
	test(|| {
		MinAuditors::set(2);
		let model = market(2);
		assert_ok!(Balances::mint_into(&TREASURY, 1_000_000));
		let before: Vec<Balance> = [WORKER, WORKER + 1].map(free).to_vec();
		let id = submit(spec(model, 7, 1, PayWith::Token));
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		run_to(2);

		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!((job.redundancy, job.wanted), (1, 2));
		let roles: Vec<_> = job.seats.iter().map(|seat| seat.role).collect();
		assert_eq!(roles, vec![SeatRole::Worker, SeatRole::Auditor]);
		assert!(events().contains(&Event::AuditedFromStart { job: id }));
		deliver(id, [3; 32]);

		// The worker keeps the whole pay, the auditor is paid the same by the protocol fee
		// and the treasury: the creator paid for one run.
		let to_worker = escrow - MODEL_FEE_SHARE.mul_floor(escrow) - PROTOCOL_FEE.mul_floor(escrow);
		assert_eq!(settlement(id).worker_pay, to_worker);
		for (worker, before) in [WORKER, WORKER + 1].into_iter().zip(before) {
			assert_eq!(free(worker), before + to_worker);
		}

		// With a third worker, a lone job is seated alone and audited only if drawn.
		register_worker(WORKER + 2, MIN_WORKER_STAKE, CLASS, model);
		let id = submit(spec(model, 7, 1, PayWith::Token));
		run_to(System::block_number() + 1);
		assert_eq!(seated(id).len(), 1);
		assert_eq!(Jobs::<Test>::get(id).unwrap().wanted, 1);
	});
}

#[test]
fn a_lone_job_too_big_for_any_stake_alone_is_audited_from_the_start() {
	test(|| {
		// A job whose pay no stake covers alone at a 1% audit rate, but which a stake covers
		// when its result is checked for certain.
		let model = register_model(50);
		for i in 0..3 {
			register_worker(WORKER + i, MIN_WORKER_STAKE, CLASS, model);
		}
		let id = submit(spec(model, 8, 1, PayWith::Token));
		let job = Jobs::<Test>::get(id).unwrap();
		assert!(!JobMarket::covers(&job, MIN_WORKER_STAKE), "no worker may take it alone");
		let audited = JobMarket::audited_twin(&job).unwrap();
		assert!(JobMarket::covers(&audited, MIN_WORKER_STAKE), "audited for certain, it may");
		run_to(2);
		assert_eq!(seated(id).len(), 2);
		assert!(events().contains(&Event::AuditedFromStart { job: id }));
	});
}
