//! No laundering: a model's owner earns no fee paying itself, free Spark pays only for models
//! governance opened to it, and free-Spark jobs draw at most the period's budget from the
//! reward pot.

use super::*;
use frame_support::assert_noop;
use frame_system::RawOrigin;

/// Runs job `id` to settlement.
fn settle(id: JobId) {
	run_to(System::block_number() + 1);
	deliver(id, [5; 32]);
}

#[test]
fn a_job_of_another_creator_served_by_others_pays_the_model_fee() {
	test(|| {
		let model = market(2);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		settle(id);
		assert!(settlement(id).model_fee > 0);
	});
}

#[test]
fn the_owner_earns_no_fee_on_a_job_it_submitted() {
	test(|| {
		let model = market(2);
		let id = NextJobId::<Test>::get();
		assert_ok!(JobMarket::submit_job(
			RuntimeOrigin::signed(OWNER),
			spec(model, 1, 2, PayWith::Token)
		));
		let (owner_before, treasury_before) = (free(OWNER), free(TREASURY));
		settle(id);
		assert_eq!(settlement(id).model_fee, 0);
		assert_eq!(free(OWNER), owner_before + DEPOSIT, "only its deposit came back");
		assert!(free(TREASURY) > treasury_before, "the fee went to the treasury");
	});
}

#[test]
fn the_owner_earns_no_fee_on_a_job_its_own_worker_served() {
	test(|| {
		let model = register_model(2);
		fund(OWNER);
		register_worker(OWNER, MIN_WORKER_STAKE, CLASS, model);
		register_worker(WORKER, MIN_WORKER_STAKE, CLASS, model);
		// Both servers are drawn: the owner's worker is one of the job's paid seats.
		let id = submit(spec(model, 1, 2, PayWith::Token));
		settle(id);
		assert_eq!(settlement(id).model_fee, 0);
	});
}

#[test]
fn free_spark_jobs_stop_at_the_period_budget() {
	test(|| {
		let model = market(2);
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		// A job of 1 unit × 2 Spark is worth 2,000: the budget holds two.
		FreeSparkBudget::set(2 * 2 * SPARK_PRICE);
		submit(spec(model, 1, 1, PayWith::Spark));
		submit(spec(model, 1, 1, PayWith::Spark));
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 1, 1, PayWith::Spark)
			),
			Error::<Test>::FreeSparkBudgetExhausted
		);
		// Paying creators are not held back by it.
		submit(spec(model, 1, 1, PayWith::Token));
		// The next period has a budget of its own.
		run_to(FREE_SPARK_PERIOD);
		submit(spec(model, 1, 1, PayWith::Spark));
	});
}

#[test]
fn a_refunded_free_spark_job_gives_its_budget_back() {
	test(|| {
		// The model's only server is chilled: the job waits and expires, refunded.
		let model = idle_model(2);
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		FreeSparkBudget::set(2 * SPARK_PRICE);
		let id = submit(spec(model, 1, 1, PayWith::Spark));
		assert_eq!(FreeSparkDrawn::<Test>::get().1, 2 * SPARK_PRICE);
		run_to(1 + MAX_WAIT);
		assert!(events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Expired }));
		assert_eq!(FreeSparkDrawn::<Test>::get().1, 0, "nothing was paid out");
		submit(spec(model, 1, 1, PayWith::Spark));
	});
}

/// A model its owner's own workers alone serve, closed to free Spark.
fn private_market() -> ModelId {
	let model = market(2);
	assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), model, false));
	model
}

#[test]
fn free_spark_is_refused_on_a_model_not_opened_to_it() {
	test(|| {
		// The launderer's move: its grant spent on its own model, its own workers paid from
		// the reward pot for work nobody independent checks.
		let model = private_market();
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		let pot = free(POT);
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 1, 1, PayWith::Spark)
			),
			Error::<Test>::NoFreeSparkForModel
		);
		assert!(!JobMarket::submits_for_spark(
			&RuntimeOrigin::signed(CREATOR),
			&spec(model, 1, 1, PayWith::Spark)
		));
		assert_eq!(free(POT), pot, "the pot paid nothing");
		// Governance opens it: the grant pays.
		assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), model, true));
		submit(spec(model, 1, 1, PayWith::Spark));
	});
}

#[test]
fn premium_spark_and_token_pay_on_any_model() {
	test(|| {
		let model = private_market();
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CREATOR), 2));
		submit(spec(model, 1, 1, PayWith::Spark));
		submit(spec(model, 1, 1, PayWith::Token));
	});
}

#[test]
fn free_spark_does_not_make_up_a_premium_shortfall_on_a_closed_model() {
	test(|| {
		let model = private_market();
		// One premium Spark of the two the job costs: the rest would be free.
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CREATOR), 1));
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 1, 1, PayWith::Spark)
			),
			Error::<Test>::NoFreeSparkForModel
		);
	});
}
