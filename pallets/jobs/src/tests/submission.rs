//! Submitting jobs: what each payment takes and holds, the lanes, and every refusal.

use super::*;
use codec::{Decode, Encode};
use frame_support::assert_noop;
use frame_system::RawOrigin;
use pallet_spark::{SparkBalance, SparkCharge};

fn claim_free_spark() {
	assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
}

fn grant_premium(units: u64) {
	assert_ok!(Spark::grant_reward(RawOrigin::Root.into(), CREATOR, units));
}

fn lane_len(lane: QueueKind) -> u32 {
	Queues::<Test>::get(lane).len()
}

#[test]
fn free_spark_is_burned_the_pot_backs_the_job_and_it_waits_in_the_standard_lane() {
	test(|| {
		let model = idle_model(2);
		claim_free_spark();
		let pot_before = free(POT);

		// 3 units × 2 Spark per job × redundancy 2 = 12 Spark, worth 12,000.
		let id = submit(spec(model, 3, 2, PayWith::Spark));

		assert_eq!(Spark::spark_of(&CREATOR), SparkBalance { free: 88, premium: 0 });
		assert_eq!(held(JobMarket::escrow_account()), 12 * SPARK_PRICE);
		assert_eq!(free(POT), pot_before - 12 * SPARK_PRICE);
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.payment, Payment::Spark(SparkCharge { premium: 0, free: 12 }));
		assert!(!job.payment.buys_priority());
		assert_eq!((lane_len(QueueKind::Standard), lane_len(QueueKind::Priority)), (1, 0));
		assert!(events().contains(&Event::JobSubmitted {
			job: id,
			creator: CREATOR,
			model,
			units: 3,
			redundancy: 2,
			priority: false,
			escrow: 12 * SPARK_PRICE,
			spark: Some(SparkCharge { premium: 0, free: 12 }),
		}));
	});
}

#[test]
fn premium_spark_is_spent_first_and_only_a_wholly_premium_charge_buys_priority() {
	test(|| {
		let model = idle_model(2);
		claim_free_spark();
		grant_premium(4);

		// 6 Spark: the 4 premium and 2 free. Mostly free Spark does not buy priority.
		let mixed = submit(spec(model, 3, 1, PayWith::Spark));
		assert_eq!(
			Jobs::<Test>::get(mixed).unwrap().payment,
			Payment::Spark(SparkCharge { premium: 4, free: 2 })
		);
		assert!(!Jobs::<Test>::get(mixed).unwrap().payment.buys_priority());
		assert_eq!((lane_len(QueueKind::Priority), lane_len(QueueKind::Standard)), (0, 1));

		grant_premium(4);
		let premium = submit(spec(model, 2, 1, PayWith::Spark));
		assert_eq!(
			Jobs::<Test>::get(premium).unwrap().payment,
			Payment::Spark(SparkCharge { premium: 4, free: 0 })
		);
		assert_eq!(lane_len(QueueKind::Priority), 1);
	});
}

#[test]
fn token_payment_is_discounted_escrowed_with_a_deposit_and_has_priority() {
	test(|| {
		let model = idle_model(2);
		let before = free(CREATOR);
		let escrow = JobMarket::escrow_account();

		let id = submit(spec(model, 3, 1, PayWith::Token));

		// 6 Spark worth 6,000, less the 10% discount, and the deposit.
		assert_eq!(held(escrow), 5_400);
		assert_eq!(free(CREATOR), before - 5_400 - DEPOSIT);
		assert_eq!(Deposits::<Test>::get(id), Some(DEPOSIT));
		assert_eq!(Spark::spark_of(&CREATOR), SparkBalance::default());
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(
			(job.payment, job.payer, job.escrow, job.payment.buys_priority()),
			(Payment::Token, escrow, 5_400, true)
		);
	});
}

#[test]
fn bad_jobs_are_refused() {
	test(|| {
		let model = idle_model(2);
		claim_free_spark();
		let creator = RuntimeOrigin::signed(CREATOR);

		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(99, 1, 1, PayWith::Spark)),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(model, 0, 1, PayWith::Spark)),
			Error::<Test>::ZeroUnits
		);
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(model, 1, 0, PayWith::Spark)),
			Error::<Test>::BadRedundancy
		);
		assert_noop!(
			JobMarket::submit_job(
				creator.clone(),
				spec(model, 1, MAX_REDUNDANCY as u8 + 1, PayWith::Spark)
			),
			Error::<Test>::BadRedundancy
		);
		// More units than the model allows.
		assert_noop!(
			JobMarket::submit_job(
				creator.clone(),
				spec(model, MODEL_LIMITS.max_units + 1, 1, PayWith::Spark)
			),
			Error::<Test>::TooManyUnits
		);
		// 8 units at 13 Spark cost 104 Spark; the creator has 100.
		let dear = idle_model(13);
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(dear, 8, 1, PayWith::Spark)),
			Error::<Test>::InsufficientSpark
		);
		// Free Spark the creator holds, but worth more than the pot holds.
		{
			use frame_support::traits::fungible::Mutate;
			let _ = Balances::set_balance(&POT, EXISTENTIAL_DEPOSIT);
		}
		assert_noop!(
			JobMarket::submit_job(creator.clone(), spec(model, 1, 1, PayWith::Spark)),
			Error::<Test>::RewardPotExhausted
		);
		// An account without native token cannot pay in token.
		assert_noop!(
			JobMarket::submit_job(RuntimeOrigin::signed(77), spec(model, 1, 1, PayWith::Token)),
			Error::<Test>::InsufficientBalance
		);

		assert_ok!(Staking::retire_model(RuntimeOrigin::signed(OWNER), model));
		assert_noop!(
			JobMarket::submit_job(creator, spec(model, 1, 1, PayWith::Spark)),
			Error::<Test>::UnknownModel
		);
	});
}

#[test]
fn an_inline_input_longer_than_max_input_len_does_not_decode() {
	// A client that sends a longer input gets the call refused before it runs; the encoding
	// of `JobSpec` is (model, input variant, bytes, units, redundancy, pay_with).
	let encoded = |len: usize| (0u32, 0u8, vec![7u8; len], 1u32, 1u8, 0u8).encode();
	assert!(JobSpec::<Test>::decode(&mut &encoded(MAX_INPUT_LEN as usize)[..]).is_ok());
	assert!(JobSpec::<Test>::decode(&mut &encoded(MAX_INPUT_LEN as usize + 1)[..]).is_err());
}

#[test]
fn live_jobs_are_bounded() {
	test(|| {
		// Two servers' backlog, filled by two creators within their own bounds.
		let model = market(2);
		fund(2);
		for i in 0..MAX_LIVE_JOBS {
			let creator = if i < MAX_LIVE_JOBS_PER_ACCOUNT { CREATOR } else { 2 };
			assert_ok!(JobMarket::submit_job(
				RuntimeOrigin::signed(creator),
				spec(model, 1, 1, PayWith::Token)
			));
		}
		fund(3);
		assert_noop!(
			JobMarket::submit_job(RuntimeOrigin::signed(3), spec(model, 1, 1, PayWith::Token)),
			Error::<Test>::TooManyLiveJobs
		);
	});
}

#[test]
fn a_project_is_accepted_whole_or_not_at_all() {
	test(|| {
		let model = idle_model(2);
		claim_free_spark();
		let project = |jobs: Vec<JobSpec<Test>>| {
			JobMarket::submit_jobs(RuntimeOrigin::signed(CREATOR), BoundedVec::truncate_from(jobs))
		};

		assert_ok!(project(vec![spec(model, 1, 1, PayWith::Spark); 3]));
		assert_eq!(NextJobId::<Test>::get(), 3);
		assert_eq!(LiveJobs::<Test>::get(), 3);
		assert_eq!(Spark::spark_of(&CREATOR).free, 94);

		let with_a_bad_job =
			vec![spec(model, 1, 1, PayWith::Spark), spec(model, 0, 1, PayWith::Spark)];
		assert_noop!(project(with_a_bad_job), Error::<Test>::ZeroUnits);
		assert_noop!(project(vec![]), Error::<Test>::EmptyBatch);
	});
}

#[test]
fn the_priority_lane_is_served_before_the_standard_lane() {
	test(|| {
		// One worker, one open job at a time: the first job assigned shows the order.
		let model = register_model(1);
		register_worker(WORKER, MIN_WORKER_STAKE, CLASS, model);
		claim_free_spark();
		let standard = submit(spec(model, 1, 1, PayWith::Spark));
		let priority = submit(spec(model, 1, 1, PayWith::Token));
		for _ in 1..MAX_JOBS_PER_WORKER {
			submit(spec(model, 1, 1, PayWith::Token));
		}

		run_to(2);

		assert!(WorkerJobs::<Test>::get(WORKER).contains(&priority));
		assert!(!WorkerJobs::<Test>::get(WORKER).contains(&standard), "the worker is full");
		assert_eq!(Jobs::<Test>::get(standard).unwrap().status, JobStatus::Queued);
	});
}

#[test]
fn bought_spark_is_backed_whatever_empties_the_reward_pot() {
	use frame_support::traits::{
		fungible::Mutate,
		tokens::{Fortitude, Precision, Preservation},
	};
	test(|| {
		let model = idle_model(2);
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CREATOR), 20));
		// Era rewards (or anything else the pot pays) empty it.
		let pot = free(POT);
		assert_ok!(Balances::burn_from(
			&POT,
			pot - 1,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Force
		));
		let backing = free(SPARK_BACKING);

		// 3 units × 2 Spark: 6 of the 20 bought, their share of the backing (less its
		// existence deposit).
		let id = submit(spec(model, 3, 1, PayWith::Spark));
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		assert_eq!(escrow, (20 * SPARK_PRICE - 1) * 6 / 20);
		assert_eq!(free(SPARK_BACKING), backing - escrow);
		assert_eq!(PremiumEscrow::<Test>::get(id), Some(escrow));

		// Refunded, the backing gets all of it back, and the Spark too.
		run_to(1 + MAX_WAIT);
		assert!(events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Expired }));
		assert_eq!(free(SPARK_BACKING), backing);
		assert_eq!(Spark::spark_of(&CREATOR).premium, 20);
		assert_eq!(PremiumEscrow::<Test>::get(id), None);

		// Free Spark is what the empty pot cannot back.
		// 8 units × 2 Spark × 2 runs: the 20 premium and 12 free.
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 8, 2, PayWith::Spark)
			),
			Error::<Test>::RewardPotExhausted
		);
	});
}

#[test]
fn a_job_that_would_pay_its_workers_nothing_is_refused() {
	test(|| {
		let model = idle_model(2);
		assert_ok!(Spark::grant_reward(RawOrigin::Root.into(), CREATOR, 6));
		// So many premium Spark outstanding that six are worth nothing of the backing.
		pallet_spark::PremiumOutstanding::<Test>::put(u128::from(u64::MAX));
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 3, 1, PayWith::Spark)
			),
			Error::<Test>::PaymentTooSmall
		);
		pallet_spark::PremiumOutstanding::<Test>::put(6);
	});
}

#[test]
fn only_a_spark_submission_that_would_be_accepted_goes_without_a_fee() {
	test(|| {
		let model = idle_model(2);
		let dear = idle_model(13);
		claim_free_spark();
		let creator = RuntimeOrigin::signed(CREATOR);
		let fee_less = |origin: &RuntimeOrigin, spec: JobSpec<Test>| {
			JobMarket::submits_for_spark(origin, &spec)
		};

		assert!(fee_less(&creator, spec(model, 1, 1, PayWith::Spark)));
		// Paid in token: its fee is the price of block space as for any call.
		assert!(!fee_less(&creator, spec(model, 1, 1, PayWith::Token)));
		// Any submission that would fail: it would burn no Spark, so it pays the fee.
		assert!(!fee_less(&creator, spec(dear, 8, 1, PayWith::Spark)));
		assert!(!fee_less(&creator, spec(99, 1, 1, PayWith::Spark)));
		assert!(!fee_less(&creator, spec(model, MODEL_LIMITS.max_units + 1, 1, PayWith::Spark)));
		assert!(!fee_less(&RuntimeOrigin::signed(77), spec(model, 1, 1, PayWith::Spark)));
		assert!(!fee_less(&RuntimeOrigin::root(), spec(model, 1, 1, PayWith::Spark)));
		{
			use frame_support::traits::fungible::Mutate;
			let _ = Balances::set_balance(&POT, EXISTENTIAL_DEPOSIT);
		}
		assert!(!fee_less(&creator, spec(model, 1, 1, PayWith::Spark)));
	});
}
