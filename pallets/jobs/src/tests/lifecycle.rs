//! Jobs from submission to settlement: who is paid what, exactly, and what is kept.

use super::*;
use frame_system::RawOrigin;

/// Total balances (free and held) of every account a job can touch.
fn balances(workers: u64) -> Vec<(AccountId, Balance)> {
	[CREATOR, POT, SPARK_BACKING, OWNER, TREASURY, JobMarket::escrow_account()]
		.into_iter()
		.chain((0..workers).map(|i| WORKER + i))
		.map(|who| (who, Balances::total_balance(&who)))
		.collect()
}

fn change(before: &[(AccountId, Balance)], who: AccountId) -> i128 {
	let then = before.iter().find(|(account, _)| *account == who).unwrap().1;
	Balances::total_balance(&who) as i128 - then as i128
}

/// Submits, assigns, commits, reveals, settles; checks every payment to the unit.
fn lifecycle(redundancy: u8, pay_with: PayWith, premium: bool) {
	test(|| {
		let model = market(5);
		match (pay_with, premium) {
			(PayWith::Spark, true) => {
				assert_ok!(Spark::grant_reward(RawOrigin::Root.into(), CREATOR, 100));
			},
			(PayWith::Spark, false) => {
				assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
			},
			(PayWith::Token, _) => {},
		}
		let issuance = Balances::total_issuance();
		let before = balances(5);
		let quality_before = pallet_compute_staking::Workers::<Test>::get(WORKER).unwrap().quality;

		let id = submit(spec(model, 7, redundancy, pay_with));
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.payment.buys_priority(), premium || pay_with == PayWith::Token);
		let escrow = job.escrow;
		// Who paid: the creator in token, the premium backing or the reward pot for Spark.
		let payer = match (pay_with, premium) {
			(PayWith::Token, _) => CREATOR,
			(PayWith::Spark, true) => SPARK_BACKING,
			(PayWith::Spark, false) => POT,
		};
		run_to(2);

		let workers = seated(id);
		assert_eq!(workers.len(), usize::from(redundancy));
		let mut distinct = workers.clone();
		distinct.sort();
		distinct.dedup();
		assert_eq!(distinct, {
			let mut sorted = workers.clone();
			sorted.sort();
			sorted
		});
		for worker in &workers {
			assert_eq!(WorkerJobs::<Test>::get(worker).into_inner(), vec![id]);
		}

		deliver(id, [9; 32]);

		// The split: 10% to the model owner, 5% and the remainder to the treasury, the rest in
		// equal parts to the workers.
		let model_fee = MODEL_FEE_SHARE.mul_floor(escrow);
		let protocol_fee = PROTOCOL_FEE.mul_floor(escrow);
		let to_workers = escrow - model_fee - protocol_fee;
		let worker_pay = to_workers / Balance::from(redundancy);
		let treasury_fee = protocol_fee + to_workers % Balance::from(redundancy);
		assert!(events().contains(&Event::JobSettled {
			job: id,
			digest: [9; 32],
			worker_pay,
			model_fee,
			treasury_fee,
			treasury_paid: 0,
		}));
		assert_eq!(change(&before, payer), -(escrow as i128));
		assert_eq!(change(&before, OWNER), model_fee as i128);
		assert_eq!(change(&before, TREASURY), treasury_fee as i128);
		for i in 0..5 {
			let paid = if workers.contains(&(WORKER + i)) { worker_pay } else { 0 };
			assert_eq!(change(&before, WORKER + i), paid as i128);
		}
		// Sum in == sum out: nothing created, nothing lost.
		let total: i128 = before.iter().map(|(who, _)| change(&before, *who)).sum();
		assert_eq!(total, 0);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(change(&before, JobMarket::escrow_account()), 0, "the escrow passes through");
		assert_eq!(held(JobMarket::escrow_account()), 0);

		assert!(Jobs::<Test>::get(id).is_none());
		assert!(Inputs::<Test>::get(id).is_none());
		assert_eq!(LiveJobs::<Test>::get(), 0);
		match JobMarket::job_state(id) {
			Some(JobState::Settled { digest, workers: paid, .. }) => {
				assert_eq!((digest, paid), ([9; 32], workers.clone()))
			},
			other => panic!("expected a settled job, got {other:?}"),
		}
		for worker in &workers {
			let record = pallet_compute_staking::Workers::<Test>::get(worker).unwrap();
			assert_eq!(record.open_jobs, 0);
			assert!(record.quality > quality_before, "a verified result raises quality");
			assert!(WorkerJobs::<Test>::get(worker).is_empty());
		}
	});
}

#[test]
fn lifecycle_redundancy_1_free_spark() {
	lifecycle(1, PayWith::Spark, false);
}

#[test]
fn lifecycle_redundancy_1_premium_spark() {
	lifecycle(1, PayWith::Spark, true);
}

#[test]
fn lifecycle_redundancy_1_token() {
	lifecycle(1, PayWith::Token, false);
}

#[test]
fn lifecycle_redundancy_3_free_spark() {
	lifecycle(3, PayWith::Spark, false);
}

#[test]
fn lifecycle_redundancy_3_premium_spark() {
	lifecycle(3, PayWith::Spark, true);
}

#[test]
fn lifecycle_redundancy_3_token() {
	lifecycle(3, PayWith::Token, false);
}

#[test]
fn the_runtime_api_follows_a_job_through_its_phases() {
	test(|| {
		let model = market(1);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		assert_eq!(JobMarket::job_state(id), Some(JobState::Queued { attempt: 0 }));
		assert!(JobMarket::jobs_of(&WORKER).is_empty());

		run_to(2);
		let (commit_by, reveal_by) = (2 + COMMIT_WINDOW, 2 + COMMIT_WINDOW + REVEAL_WINDOW);
		assert_eq!(
			JobMarket::job_state(id),
			Some(JobState::Committing { workers: vec![WORKER], commit_by, reveal_by })
		);
		let assigned = JobMarket::jobs_of(&WORKER);
		assert_eq!(assigned.len(), 1);
		assert_eq!(assigned[0].input, InputView::Inline(b"a lighthouse at dusk".to_vec()));
		assert_eq!((assigned[0].commit_by, assigned[0].committed), (Some(commit_by), false));

		assert_ok!(commit(WORKER, id, [1; 32]));
		assert_eq!(
			JobMarket::job_state(id),
			Some(JobState::AuditDraw { workers: vec![WORKER], reveal_by })
		);
		assert_eq!(JobMarket::jobs_of(&WORKER)[0].commit_by, None);
		assert!(JobMarket::jobs_of(&WORKER)[0].committed);
		assert!(!JobMarket::jobs_of(&WORKER)[0].reveals_open);

		// Job 0 is not drawn for an audit at the mock's 1%.
		run_to(3);
		assert_eq!(
			JobMarket::job_state(id),
			Some(JobState::Revealing { workers: vec![WORKER], reveal_by })
		);
		assert!(JobMarket::jobs_of(&WORKER)[0].reveals_open);

		assert_ok!(reveal(WORKER, id, [1; 32]));
		assert_eq!(
			JobMarket::job_state(id),
			Some(JobState::Settled {
				digest: [1; 32],
				uri: b"https://w/out".to_vec(),
				workers: vec![WORKER],
				at: 3
			})
		);
		assert!(JobMarket::jobs_of(&WORKER).is_empty());
	});
}

#[test]
fn outcomes_are_pruned_after_the_retention_period() {
	test(|| {
		let model = market(1);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		deliver(id, [1; 32]);
		let settled = System::block_number();

		run_to(settled + RESULT_RETENTION - 1);
		assert!(Outcomes::<Test>::contains_key(id));
		run_to(settled + RESULT_RETENTION);
		assert!(!Outcomes::<Test>::contains_key(id));
		assert!(events().contains(&Event::OutcomePruned { job: id }));
		assert_eq!(JobMarket::job_state(id), None);
	});
}

#[test]
fn the_oldest_outcome_makes_room_when_the_retention_queue_is_full() {
	test(|| {
		let model = market(4);
		let mut ids = vec![];
		for _ in 0..=MAX_OUTCOMES {
			let id = submit(spec(model, 1, 1, PayWith::Token));
			run_to(System::block_number() + 1);
			deliver(id, [1; 32]);
			ids.push(id);
		}
		assert!(!Outcomes::<Test>::contains_key(ids[0]));
		assert!(ids[1..].iter().all(|id| Outcomes::<Test>::contains_key(id)));
		assert_eq!(Queues::<Test>::get(QueueKind::Retention).len(), MAX_OUTCOMES);
	});
}
