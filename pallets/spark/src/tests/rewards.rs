use super::last_event;
use crate::{mock::*, Error, Event, RewardSpending, RewardsGranted};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use sp_runtime::DispatchError;

#[test]
fn a_reward_mints_premium_spark() {
	test(|| {
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, 30));
		assert_eq!(Spark::spark_of(&BOB).premium, 30);
		assert_eq!(Spark::spark_of(&BOB).free, 0);
		assert_eq!(last_event(), Event::RewardGranted { who: BOB, amount: 30, cost: 30 * PRICE });
		// Backed like bought Spark, by the pot.
		assert_eq!(Balances::balance(&BACKING), 30 * PRICE);
		assert_eq!(Balances::balance(&POT), POT_FUNDS - 30 * PRICE);
		assert_eq!(RewardsGranted::<Test>::get(), RewardSpending { period: 0, granted: 30 });
	});
}

#[test]
fn rewards_over_the_period_budget_fail() {
	test(|| {
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, REWARD_BUDGET - 10));
		assert_noop!(
			Spark::grant_reward(RuntimeOrigin::root(), ALICE, 11),
			Error::<Test>::RewardBudgetExceeded
		);
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), ALICE, 10));
		assert_noop!(
			Spark::grant_reward(RuntimeOrigin::root(), ALICE, u64::MAX),
			Error::<Test>::RewardBudgetExceeded
		);
	});
}

#[test]
fn the_budget_renews_each_period() {
	test(|| {
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, REWARD_BUDGET));
		System::set_block_number(REWARD_PERIOD - 1);
		assert_noop!(
			Spark::grant_reward(RuntimeOrigin::root(), BOB, 1),
			Error::<Test>::RewardBudgetExceeded
		);
		System::set_block_number(REWARD_PERIOD);
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, REWARD_BUDGET));
		assert_eq!(Spark::spark_of(&BOB).premium, 2 * REWARD_BUDGET);
		assert_eq!(
			RewardsGranted::<Test>::get(),
			RewardSpending { period: 1, granted: REWARD_BUDGET }
		);
	});
}

#[test]
fn a_zero_reward_fails() {
	test(|| {
		assert_noop!(Spark::grant_reward(RuntimeOrigin::root(), BOB, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn only_the_reward_origin_grants() {
	test(|| {
		assert_noop!(
			Spark::grant_reward(RuntimeOrigin::signed(BOB), BOB, 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_reward_the_pot_cannot_back_is_refused() {
	test(|| {
		use frame_support::traits::fungible::Mutate;
		assert_ok!(Balances::burn_from(
			&POT,
			POT_FUNDS - 1,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Force,
		));
		assert_noop!(
			Spark::grant_reward(RuntimeOrigin::root(), BOB, 30),
			Error::<Test>::RewardFundingExhausted
		);
	});
}
