//! Commit windows that fit the work: a job is due no sooner than an honest worker can finish
//! it, and a job no window holds is refused.

use super::*;
use frame_support::assert_noop;
use pallet_compute_staking::{ModelLimits, PendingSlashes};

/// A model of [`CLASS`] with `workers` workers whose unit takes one block (6 s).
fn slow_market(workers: u64) -> ModelId {
	let model = market(workers);
	let limits = ModelLimits { max_units: 32, unit_millis: BLOCK_MILLIS };
	assert_ok!(Staking::set_model_limits(RuntimeOrigin::root(), model, limits));
	model
}

fn commit_by(id: JobId) -> u64 {
	match Jobs::<Test>::get(id).unwrap().status {
		JobStatus::Committing { commit_by, .. } => commit_by,
		other => panic!("not committing: {other:?}"),
	}
}

fn queued(kind: QueueKind) -> u32 {
	Queues::<Test>::get(kind).len()
}

#[test]
fn each_tier_holds_half_a_base_window_and_its_work() {
	let limits = ModelLimits { max_units: 100, unit_millis: BLOCK_MILLIS };
	// Base 5 blocks, 2 of them for fetching: 3 one-block units fit tier 0 (5 blocks), 8 tier 1
	// (10), 18 tier 2 (20); 19 none.
	for (units, tier) in [(1, Some(0)), (3, Some(0)), (4, Some(1)), (8, Some(1)), (9, Some(2))] {
		assert_eq!(JobMarket::commit_tier(units, &limits), tier, "{units} units");
	}
	assert_eq!(JobMarket::commit_tier(18, &limits), Some(2));
	assert_eq!(JobMarket::commit_tier(19, &limits), None);
	// A fraction of a block is a whole block.
	assert_eq!(JobMarket::commit_tier(3, &ModelLimits { unit_millis: 6_001, ..limits }), Some(1));
}

#[test]
fn a_job_beyond_its_models_limits_is_refused() {
	test(|| {
		let model = slow_market(1);
		let creator = RuntimeOrigin::signed(CREATOR);
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(model, 19, 1, PayWith::Token)),
			Error::<Test>::JobTooLong
		);
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(model, 33, 1, PayWith::Token)),
			Error::<Test>::TooManyUnits
		);
		assert_ok!(JobMarket::submit_job(creator, spec(model, 18, 1, PayWith::Token)));
	});
}

#[test]
fn an_oversized_job_gets_a_window_its_workers_can_meet() {
	test(|| {
		AuditRate::set(sp_runtime::Perbill::zero());
		// 12 units of a block each: far beyond the base window of 5 blocks.
		let model = slow_market(2);
		let id = submit(spec(model, 12, 2, PayWith::Token));
		run_to(2);
		assert_eq!(commit_by(id), 2 + 4 * COMMIT_WINDOW, "tier 2: 20 blocks");
		assert_eq!(queued(QueueKind::commit_deadlines(2)), 1);
		assert_eq!(queued(QueueKind::CommitDeadlines), 0);

		// The honest workers take the 12 blocks the work needs, and more.
		run_to(2 + 15);
		attest(id, |_| [5; 32]);

		assert_eq!(settled_digest(id), Some([5; 32]));
		assert_eq!(PendingSlashes::<Test>::iter().count(), 0, "nobody was late");
	});
}

#[test]
fn each_tier_is_enforced_on_time_whatever_the_others_hold() {
	test(|| {
		AuditRate::set(sp_runtime::Perbill::zero());
		let model = slow_market(4);
		// A long job first, then a short one: the short one's deadline falls first.
		let long = submit(spec(model, 12, 2, PayWith::Token));
		let short = submit(spec(model, 1, 2, PayWith::Token));
		run_to(2);
		assert_eq!((commit_by(long), commit_by(short)), (22, 2 + COMMIT_WINDOW));

		// Nobody commits the short job: its seats are penalized at its deadline, not the long
		// job's.
		run_to(2 + COMMIT_WINDOW);
		let missed: Vec<_> = events()
			.into_iter()
			.filter_map(|event| match event {
				Event::DeadlineMissed { job, .. } => Some(job),
				_ => None,
			})
			.collect();
		assert_eq!(missed, vec![short, short]);
		assert!(matches!(Jobs::<Test>::get(long).unwrap().status, JobStatus::Committing { .. }));
	});
}
