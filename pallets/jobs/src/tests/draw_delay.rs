//! The runtime's draw delay of two blocks: every draw waits for a block authored after the
//! block that fixed what it decides, so that block's author cannot know the randomness.

use super::*;
use frame_support::assert_ok;

/// A market of 3 workers under the runtime's delay.
fn market_drawing_two_blocks_later() -> ModelId {
	DrawDelay::set(2);
	market(3)
}

#[test]
fn a_job_is_drawn_two_blocks_after_the_block_that_queued_it() {
	test(|| {
		let model = market_drawing_two_blocks_later();
		let id = submit(spec(model, 1, 2, PayWith::Token));
		// Block 2's hook draws with block 1's randomness: block 1's author chose to include
		// the job knowing it.
		run_to(2);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);
		assert!(seated(id).is_empty());
		JobMarket::do_try_state().expect("waiting in its lane");
		run_to(3);
		assert_eq!(seated(id).len(), 2);
	});
}

#[test]
fn a_lone_commit_is_audit_drawn_two_blocks_later() {
	test(|| {
		let model = market_drawing_two_blocks_later();
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(3);
		let worker = seated(id)[0];
		assert_ok!(commit(worker, id, [1; 32]));
		run_to(4);
		assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::AuditDraw { .. }));
		run_to(5);
		assert!(!matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::AuditDraw { .. }));
	});
}

#[test]
fn a_job_the_hook_requeues_waits_as_long_as_a_new_one() {
	test(|| {
		let model = market_drawing_two_blocks_later();
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(3);
		let Some(JobStatus::Committing { commit_by, .. }) = Jobs::<Test>::get(id).map(|j| j.status)
		else {
			panic!("seated at block 3")
		};
		// Nobody commits: the deadline's hook requeues the job, the hook after waits.
		run_to(commit_by + 1);
		assert_eq!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Queued);
		run_to(commit_by + 2);
		assert_eq!(Jobs::<Test>::get(id).unwrap().attempt, 2);
		assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Committing { .. }));
	});
}

/// Randomness older than the draw allows (the runtime's fallback on BABE's epoch randomness,
/// known to everyone for a whole epoch) seats no job and draws no audit: both wait for a block
/// whose randomness came after what they decide.
#[test]
fn randomness_known_before_the_draw_was_fixed_draws_nothing() {
	test(|| {
		let model = market_drawing_two_blocks_later();
		let lone = submit(spec(model, 1, 1, PayWith::Token));
		run_to(3);
		let worker = seated(lone)[0];
		assert_ok!(commit(worker, lone, [1; 32]));
		let queued = submit(spec(model, 1, 2, PayWith::Token));
		SeedAge::set(100);
		run_to(8);
		assert!(matches!(Jobs::<Test>::get(lone).unwrap().status, JobStatus::AuditDraw { .. }));
		assert_eq!(Jobs::<Test>::get(queued).unwrap().status, JobStatus::Queued);
		JobMarket::do_try_state().expect("both waiting");
		SeedAge::set(0);
		run_to(9);
		assert!(!matches!(Jobs::<Test>::get(lone).unwrap().status, JobStatus::AuditDraw { .. }));
		assert_eq!(seated(queued).len(), 2);
	});
}

/// A job waiting through blocks without fresh randomness still expires on time: an expiry
/// draws nothing.
#[test]
fn a_job_expires_on_time_through_blocks_without_fresh_randomness() {
	test(|| {
		let model = market_drawing_two_blocks_later();
		SeedAge::set(100);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(1 + MAX_WAIT);
		assert!(events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Expired }));
		JobMarket::do_try_state().expect("refunded");
	});
}
