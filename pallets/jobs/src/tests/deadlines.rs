//! Missed deadlines lead to slashing and reassignment, then to refund; jobs that find no
//! worker expire. No job is ever stuck.

use super::*;
use frame_support::weights::Weight;
use frame_system::RawOrigin;
use pallet_compute_staking::{Offence, PendingSlashes};
use pallet_spark::SparkBalance;
use sp_runtime::Perbill;

fn staking_record(worker: AccountId) -> pallet_compute_staking::Worker<Test> {
	pallet_compute_staking::Workers::<Test>::get(worker).unwrap()
}

/// Workers slashed, in order, for missing a commit deadline or, when `withheld`, for
/// withholding a committed result.
fn penalized(withheld: bool) -> Vec<AccountId> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::DeadlineMissed { worker, slash, .. } if !withheld => Some((worker, slash)),
			Event::RevealWithheld { worker, slash, .. } if withheld => Some((worker, slash)),
			_ => None,
		})
		.map(|(worker, slash)| {
			assert!(slash.is_some(), "the late worker is slashed");
			worker
		})
		.collect()
}

fn missed() -> Vec<AccountId> {
	penalized(false)
}

fn withheld() -> Vec<AccountId> {
	penalized(true)
}

/// The pending slashes of `worker`: what it would lose and why.
fn pending_slashes(worker: AccountId) -> Vec<(Balance, Offence)> {
	PendingSlashes::<Test>::iter_prefix_values(worker)
		.map(|slash| (slash.amount, slash.offence))
		.collect()
}

#[test]
fn a_missed_commit_slashes_the_worker_and_reassigns_the_seat() {
	test(|| {
		let model = market(3);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		let late = seated(id)[0];
		let quality = staking_record(late).quality;

		run_to(2 + COMMIT_WINDOW);

		assert_eq!(missed(), vec![late]);
		let record = staking_record(late);
		assert_eq!((record.pending_slashes, record.open_jobs), (1, 0));
		assert!(record.quality < quality);
		// Requeued at the head of the priority lane and assigned again by the next hook.
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);
		run_to(3 + COMMIT_WINDOW);
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.attempt, 2);
		assert!(
			matches!(job.status, JobStatus::Committing { commit_by, .. } if commit_by == 3 + 2 * COMMIT_WINDOW)
		);
		let seat = seated(id)[0];
		deliver(id, [3; 32]);
		assert!(
			matches!(JobMarket::job_state(id), Some(JobState::Settled { workers, .. }) if workers == vec![seat])
		);
	});
}

#[test]
fn a_missed_reveal_replaces_only_the_late_seat() {
	test(|| {
		let model = market(3);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(2);
		let workers = seated(id);
		for worker in &workers {
			assert_ok!(commit(*worker, id, [5; 32]));
		}
		assert_ok!(reveal(workers[0], id, [5; 32]));

		run_to(2 + COMMIT_WINDOW + REVEAL_WINDOW);
		assert_eq!((missed(), withheld()), (vec![], vec![workers[1]]));
		run_to(3 + COMMIT_WINDOW + REVEAL_WINDOW);

		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.seats.len(), 2, "the revealed seat is kept and the late one refilled");
		assert_eq!(job.seats[0].worker, workers[0]);
		assert!(job.seats[0].revealed.is_some());
		let replacement = job.seats[1].worker;
		assert_ok!(commit(replacement, id, [5; 32]));
		assert_ok!(reveal(replacement, id, [5; 32]));
		assert!(matches!(
			JobMarket::job_state(id),
			Some(JobState::Settled { workers, .. }) if workers == vec![workers[0], replacement]
		));
	});
}

#[test]
fn a_withheld_reveal_is_slashed_as_a_wrong_result() {
	test(|| {
		let model = market(3);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(2);
		let workers = seated(id);
		let stake = staking_record(workers[1]).active;
		assert_ok!(commit(workers[0], id, [5; 32]));
		// The cheater commits a made-up digest, sees the honest reveal and keeps its own back.
		assert_ok!(commit(workers[1], id, [6; 32]));
		assert_ok!(reveal(workers[0], id, [5; 32]));

		run_to(2 + COMMIT_WINDOW + REVEAL_WINDOW);

		assert_eq!(withheld(), vec![workers[1]]);
		assert_eq!(
			pending_slashes(workers[1]),
			vec![(DisputeSlash::get().mul_floor(stake), Offence::WithheldReveal)],
			"withholding costs what losing the dispute would have cost, not a missed deadline's"
		);
		assert!(DisputeSlash::get() > MISSED_DEADLINE_SLASH);
		assert_eq!(pending_slashes(workers[0]), vec![], "the honest seat is not touched");
	});
}

#[test]
fn a_lone_worker_withholding_from_its_audit_is_slashed_as_a_wrong_result() {
	test(|| {
		AuditRate::set(Perbill::one());
		let model = market(3);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		let lone = seated(id)[0];
		let stake = staking_record(lone).active;
		assert_ok!(commit(lone, id, [6; 32]));
		// The audit is drawn the block after the commit: the worker now knows it is checked.
		while !matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Committing { .. }) {
			run_to(System::block_number() + 1);
		}
		assert!(events().contains(&Event::AuditOrdered { job: id }));
		let auditor = *seated(id).iter().find(|worker| **worker != lone).expect("audited");
		assert_ok!(commit(auditor, id, [5; 32]));
		assert_ok!(reveal(auditor, id, [5; 32]));

		let reveal_by = match Jobs::<Test>::get(id).unwrap().status {
			JobStatus::Revealing { reveal_by } => reveal_by,
			status => panic!("expected reveals, found {status:?}"),
		};
		run_to(reveal_by + 1);

		assert_eq!(withheld(), vec![lone]);
		assert_eq!(
			pending_slashes(lone),
			vec![(DisputeSlash::get().mul_floor(stake), Offence::WithheldReveal)]
		);
		assert_eq!(pending_slashes(auditor), vec![]);
	});
}

#[test]
fn after_max_attempts_the_job_is_cancelled_and_refunded() {
	test(|| {
		let model = market(3);
		let creator_before = Balances::total_balance(&CREATOR);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		// Each missed round requeues the job, seated again by the next hook.
		for round in 1..=u64::from(MAX_ATTEMPTS) {
			run_to(2 + round * COMMIT_WINDOW + (round - 1));
		}

		assert_eq!(missed().len(), usize::from(MAX_ATTEMPTS));
		assert!(events()
			.contains(&Event::JobRefunded { job: id, reason: RefundReason::TooManyAttempts }));
		assert!(Jobs::<Test>::get(id).is_none());
		assert_eq!(Balances::total_balance(&CREATOR), creator_before);
		assert_eq!(held(CREATOR), 0);
		for i in 0..3 {
			assert_eq!(staking_record(WORKER + i).open_jobs, 0);
		}
	});
}

#[test]
fn a_job_without_workers_expires_with_a_full_refund() {
	test(|| {
		let model = idle_model(2);
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		let pot_before = free(POT);
		let id = submit(spec(model, 1, 1, PayWith::Spark));

		run_to(1 + MAX_WAIT - 1);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);
		run_to(1 + MAX_WAIT);

		assert!(events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Expired }));
		assert_eq!(Spark::spark_of(&CREATOR), SparkBalance { free: 100, premium: 0 });
		assert_eq!((free(POT), held(POT)), (pot_before, 0));
		assert_eq!(LiveJobs::<Test>::get(), 0);
	});
}

#[test]
fn a_waiting_job_is_assigned_once_a_worker_turns_up() {
	test(|| {
		let model = idle_model(2);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(5);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);

		register_worker(WORKER, MIN_WORKER_STAKE, CLASS, model);
		run_to(6);
		assert_eq!(seated(id), vec![WORKER]);
	});
}

#[test]
fn one_job_only_takes_workers_of_one_class() {
	test(|| {
		let model = register_model(2);
		register_worker(WORKER, MIN_WORKER_STAKE, b"cpu-x86_64", model);
		register_worker(WORKER + 1, MIN_WORKER_STAKE, CLASS, model);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(3);
		assert_eq!(
			Jobs::<Test>::get(id).unwrap().status,
			JobStatus::Queued,
			"no class has two workers"
		);

		register_worker(WORKER + 2, MIN_WORKER_STAKE, CLASS, model);
		run_to(4);
		let mut workers = seated(id);
		workers.sort();
		assert_eq!(workers, vec![WORKER + 1, WORKER + 2]);
		assert_eq!(Jobs::<Test>::get(id).unwrap().class.unwrap().into_inner(), CLASS.to_vec());
	});
}

/// A two-worker job assigned at block 2 whose seats have both committed.
fn committed_job() -> JobId {
	let model = market(3);
	let id = submit(spec(model, 1, 2, PayWith::Token));
	run_to(2);
	for worker in seated(id) {
		assert_ok!(commit(worker, id, [5; 32]));
	}
	id
}

fn deadlines(kind: QueueKind) -> Vec<(JobId, u64)> {
	QueueSlots::<Test>::iter_prefix_values(kind).map(|entry| (entry.job, entry.due)).collect()
}

#[test]
fn a_job_settled_within_its_commit_window_leaves_one_deadline_entry() {
	test(|| {
		let model = market(3);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(2);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![(id, 2 + COMMIT_WINDOW)]);
		deliver(id, [4; 32]);
		assert!(Jobs::<Test>::get(id).is_none(), "settled");

		run_to(2 + COMMIT_WINDOW + REVEAL_WINDOW);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![]);
		assert_eq!(deadlines(QueueKind::RevealDeadlines), vec![], "no reveal deadline was queued");
		assert!(missed().is_empty());
	});
}

#[test]
fn the_reveal_deadline_is_queued_when_the_commit_deadline_passes() {
	test(|| {
		let id = committed_job();
		run_to(2 + COMMIT_WINDOW - 1);
		assert_eq!(deadlines(QueueKind::RevealDeadlines), vec![]);
		JobMarket::do_try_state().expect("the commit deadline watches the revealing job");

		run_to(2 + COMMIT_WINDOW);
		let reveal_by = 2 + COMMIT_WINDOW + REVEAL_WINDOW;
		assert_eq!(deadlines(QueueKind::RevealDeadlines), vec![(id, reveal_by)]);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![]);
		JobMarket::do_try_state().expect("the reveal deadline watches the revealing job");
		assert!(missed().is_empty(), "every seat committed in time");
	});
}

#[test]
fn commit_deadlines_wait_while_the_reveal_queue_is_full() {
	test(|| {
		let id = committed_job();
		// Stale entries (no such job) fill the reveal queue until just after the commit
		// deadline.
		let filler = QueueEntry { job: JobId::MAX, attempt: 0, due: 2 + COMMIT_WINDOW + 1 };
		while JobMarket::queue_has_room(QueueKind::RevealDeadlines, 1) {
			assert_ok!(JobMarket::push(QueueKind::RevealDeadlines, filler));
		}

		run_to(2 + COMMIT_WINDOW);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![(id, 2 + COMMIT_WINDOW)], "waits");
		JobMarket::do_try_state().expect("the waiting commit deadline still watches the job");

		// The fillers fall due and leave; the commit deadline is taken the block after.
		run_to(2 + COMMIT_WINDOW + 2);
		let reveal_by = 2 + COMMIT_WINDOW + REVEAL_WINDOW;
		assert_eq!(deadlines(QueueKind::RevealDeadlines), vec![(id, reveal_by)]);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![]);

		// And it is enforced: the seats that do not reveal are penalized at `reveal_by`.
		let workers = seated(id);
		assert_ok!(reveal(workers[0], id, [5; 32]));
		run_to(reveal_by);
		assert_eq!((missed(), withheld()), (vec![], vec![workers[1]]));
	});
}

type Weights = ();

#[test]
fn a_deadline_that_finds_nothing_late_is_charged_a_look() {
	test(|| {
		let id = committed_job();
		run_to(2 + COMMIT_WINDOW - 1);
		let base = Weights::block_work_base();
		HookWeight::set(base + Weights::deadline_kept());

		System::set_block_number(2 + COMMIT_WINDOW);
		let used = JobMarket::do_block_work(2 + COMMIT_WINDOW);
		assert_eq!(used, base + Weights::deadline_kept());
		let reveal_by = 2 + COMMIT_WINDOW + REVEAL_WINDOW;
		assert_eq!(deadlines(QueueKind::RevealDeadlines), vec![(id, reveal_by)]);
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![]);
	});
}

#[test]
fn a_missed_deadline_waits_for_a_block_with_room_for_its_penalties() {
	test(|| {
		let model = market(3);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		let worker = seated(id)[0];
		let base = Weights::block_work_base();
		assert!(Weights::deadline_kept().all_lt(Weights::enforce_deadline()));
		HookWeight::set(base + Weights::enforce_deadline() - Weight::from_parts(1, 0));

		System::set_block_number(2 + COMMIT_WINDOW);
		let used = JobMarket::do_block_work(2 + COMMIT_WINDOW);
		assert_eq!(used, base + Weights::deadline_kept(), "the look is charged");
		assert!(missed().is_empty(), "too dear for this block's hook");
		assert_eq!(deadlines(QueueKind::CommitDeadlines), vec![(id, 2 + COMMIT_WINDOW)]);
		JobMarket::do_try_state().expect("the waiting deadline still watches the job");

		HookWeight::set(Weight::MAX);
		run_to(2 + COMMIT_WINDOW + 1);
		assert_eq!(missed(), vec![worker]);
	});
}
