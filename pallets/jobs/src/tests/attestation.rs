//! Commit and reveal: every refusal, batches, and disagreeing results.

use super::*;
use frame_support::assert_noop;

/// A job with `redundancy` seats filled from three workers; returns it and its workers.
fn assigned(redundancy: u8) -> (JobId, Vec<AccountId>) {
	let model = market(3);
	let id = submit(spec(model, 1, redundancy, PayWith::Token));
	run_to(2);
	(id, seated(id))
}

#[test]
fn commits_are_refused_from_strangers_twice_and_after_the_deadline() {
	test(|| {
		let (id, workers) = assigned(2);
		let stranger = (WORKER..WORKER + 3).find(|w| !workers.contains(w)).unwrap();

		assert_noop!(commit(stranger, id, [1; 32]), Error::<Test>::NotAssigned);
		assert_noop!(commit(workers[0], 99, [1; 32]), Error::<Test>::UnknownJob);
		assert_ok!(commit(workers[0], id, [1; 32]));
		assert_noop!(commit(workers[0], id, [1; 32]), Error::<Test>::AlreadyCommitted);

		// At the deadline block (before the hook has run, as when it lags) commits are over.
		System::set_block_number(2 + COMMIT_WINDOW);
		assert_noop!(commit(workers[1], id, [1; 32]), Error::<Test>::CommitDeadlinePassed);
	});
}

#[test]
fn a_queued_job_takes_no_commits() {
	test(|| {
		let model = market(1);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		// The job exists but has no seats yet.
		assert_noop!(commit(WORKER, id, [1; 32]), Error::<Test>::NotAssigned);
	});
}

#[test]
fn reveals_need_a_commit_every_peer_committed_and_the_right_salt() {
	test(|| {
		let (id, workers) = assigned(2);

		assert_noop!(reveal(workers[0], id, [1; 32]), Error::<Test>::NotCommitted);
		assert_ok!(commit(workers[0], id, [1; 32]));
		assert_noop!(reveal(workers[0], id, [1; 32]), Error::<Test>::RevealsNotOpen);
		assert_ok!(commit(workers[1], id, [1; 32]));

		let mut wrong_salt = reveal_of(id, workers[0], [1; 32]);
		wrong_salt.salt = [0xee; 32];
		assert_noop!(
			JobMarket::reveal_result(RuntimeOrigin::signed(workers[0]), wrong_salt),
			Error::<Test>::BadReveal
		);
		// Another digest than the one committed to.
		assert_noop!(reveal(workers[0], id, [2; 32]), Error::<Test>::BadReveal);
		// A peer's commitment replayed: it binds the peer's account, not this one.
		assert_noop!(
			JobMarket::reveal_result(
				RuntimeOrigin::signed(workers[0]),
				reveal_of(id, workers[1], [1; 32])
			),
			Error::<Test>::BadReveal
		);

		assert_ok!(reveal(workers[0], id, [1; 32]));
		assert_noop!(reveal(workers[0], id, [1; 32]), Error::<Test>::AlreadyRevealed);
		System::set_block_number(2 + COMMIT_WINDOW + REVEAL_WINDOW);
		assert_noop!(reveal(workers[1], id, [1; 32]), Error::<Test>::RevealDeadlinePassed);
	});
}

#[test]
fn a_batch_applies_each_item_on_its_own() {
	test(|| {
		let model = market(1);
		let first = submit(spec(model, 1, 1, PayWith::Token));
		let second = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		let commitment = |id| (id, commitment_of(&[id as u8; 32], &salt_of(WORKER), &WORKER));

		assert_ok!(JobMarket::commit_results(
			RuntimeOrigin::signed(WORKER),
			BoundedVec::truncate_from(vec![commitment(first), commitment(99), commitment(second)])
		));
		assert!(events().contains(&Event::BatchItemFailed {
			job: 99,
			error: Error::<Test>::UnknownJob.into()
		}));
		// A lone worker's reveals wait for the audit draw.
		assert!(matches!(Jobs::<Test>::get(second).unwrap().status, JobStatus::AuditDraw { .. }));

		// Every item failing fails the call, with the first error.
		assert_noop!(
			JobMarket::commit_results(
				RuntimeOrigin::signed(WORKER),
				BoundedVec::truncate_from(vec![commitment(first)])
			),
			Error::<Test>::AlreadyCommitted
		);
		assert_noop!(
			JobMarket::commit_results(RuntimeOrigin::signed(WORKER), BoundedVec::new()),
			Error::<Test>::EmptyBatch
		);

		run_to(3);
		let reveals = vec![
			reveal_of(first, WORKER, [first as u8; 32]),
			reveal_of(second, WORKER, [second as u8; 32]),
		];
		assert_ok!(JobMarket::reveal_results(
			RuntimeOrigin::signed(WORKER),
			BoundedVec::truncate_from(reveals)
		));
		assert!(Outcomes::<Test>::contains_key(first) && Outcomes::<Test>::contains_key(second));
	});
}

/// The weight a reveal call is charged in the end: the worst case only when results disagree.
fn charged(
	result: frame_support::dispatch::DispatchResultWithPostInfo,
) -> frame_support::weights::Weight {
	result.expect("the reveal succeeds").actual_weight.expect("the call reports its weight")
}

#[test]
fn agreeing_reveals_are_refunded_the_price_of_a_dispute() {
	test(|| {
		let (id, workers) = assigned(2);
		for worker in &workers {
			assert_ok!(commit(*worker, id, [1; 32]));
		}
		let plain = <() as crate::WeightInfo>::reveal_results(1);
		assert_eq!(
			charged(reveal(workers[0], id, [1; 32])),
			plain,
			"a reveal that settles nothing"
		);
		assert_eq!(charged(reveal(workers[1], id, [1; 32])), plain, "the last of agreeing reveals");
		assert!(Outcomes::<Test>::contains_key(id), "the job settled");
	});
}

#[test]
fn the_reveal_that_concludes_a_disagreement_pays_for_the_dispute() {
	test(|| {
		let (id, workers) = assigned(2);
		assert_ok!(commit(workers[0], id, [1; 32]));
		assert_ok!(commit(workers[1], id, [2; 32]));
		let plain = <() as crate::WeightInfo>::reveal_results(1);
		let dispute = plain + <() as crate::WeightInfo>::resolve_dispute();
		assert_eq!(charged(reveal(workers[0], id, [1; 32])), plain);
		assert_eq!(charged(reveal(workers[1], id, [2; 32])), dispute, "the results disagree");
		assert!(Jobs::<Test>::get(id).expect("escalated, not settled").disputed());
	});
}

#[test]
fn a_batch_of_agreeing_reveals_is_charged_as_benchmarked() {
	test(|| {
		let model = market(2);
		let jobs =
			[spec(model, 1, 2, PayWith::Token), spec(model, 1, 2, PayWith::Token)].map(submit);
		run_to(2);
		let mut workers = seated(jobs[0]);
		workers.sort();
		for job in jobs {
			let mut seated = seated(job);
			seated.sort();
			assert_eq!(seated, workers, "two workers, two seats: both sit on both jobs");
			for worker in &workers {
				assert_ok!(commit(*worker, job, [7; 32]));
			}
			assert_ok!(reveal(workers[0], job, [7; 32]));
		}
		let last_reveals = jobs.map(|job| reveal_of(job, workers[1], [7; 32])).to_vec();
		let batch = JobMarket::reveal_results(
			RuntimeOrigin::signed(workers[1]),
			BoundedVec::truncate_from(last_reveals),
		);
		assert_eq!(charged(batch), <() as crate::WeightInfo>::reveal_results(2));
		assert!(jobs.iter().all(|job| Outcomes::<Test>::contains_key(job)), "both settled");
	});
}
