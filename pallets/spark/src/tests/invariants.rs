//! `try_state` must catch a broken invariant, or the check after every test proves nothing.

use crate::{mock::*, Accounts, RewardSpending, RewardsGranted, SparkBalance, SparkPrice, Totals};
use frame_support::assert_ok;

fn broken(tamper: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, 10));
		assert_ok!(Spark::do_try_state());
		tamper();
		assert!(Spark::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_spark_minted_outside_the_totals() {
	broken(|| Accounts::<Test>::insert(ALICE, SparkBalance { free: 1, premium: 0 }));
}

#[test]
fn try_state_catches_an_empty_account_entry() {
	broken(|| Accounts::<Test>::insert(ALICE, SparkBalance::default()));
}

#[test]
fn try_state_catches_burned_above_minted() {
	broken(|| Totals::<Test>::mutate(|totals| totals.burned = totals.minted + 1));
}

#[test]
fn try_state_catches_rewards_over_budget() {
	broken(|| {
		RewardsGranted::<Test>::put(RewardSpending { period: 0, granted: REWARD_BUDGET + 1 })
	});
}

#[test]
fn try_state_catches_a_zero_price() {
	broken(|| SparkPrice::<Test>::put(0));
}
