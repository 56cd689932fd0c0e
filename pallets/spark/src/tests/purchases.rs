use super::last_event;
use crate::{mock::*, Accounts, Error, Event, SparkBalance, SparkPrice, Totals};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use sp_runtime::DispatchError;

#[test]
fn buying_pays_the_pot_and_mints_premium_spark() {
	test(|| {
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 40));
		let cost = 40 * PRICE;
		assert_eq!(Balances::balance(&CHARLIE), CHARLIE_FUNDS - cost);
		assert_eq!(Balances::balance(&POT), cost);
		assert_eq!(Spark::spark_of(&CHARLIE), SparkBalance { free: 0, premium: 40 });
		assert_eq!(last_event(), Event::Purchased { who: CHARLIE, amount: 40, cost });
	});
}

#[test]
fn buying_with_too_little_balance_fails() {
	test(|| {
		assert_noop!(Spark::buy(RuntimeOrigin::signed(BOB), 1), Error::<Test>::InsufficientBalance);
		// Spending everything would reap Charlie's account: the buyer must keep the deposit.
		let everything = (CHARLIE_FUNDS / PRICE) as u64;
		assert_noop!(
			Spark::buy(RuntimeOrigin::signed(CHARLIE), everything),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), everything - 1));
	});
}

#[test]
fn buying_zero_fails() {
	test(|| {
		assert_noop!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn buying_needs_a_signed_origin() {
	test(|| {
		assert_noop!(Spark::buy(RuntimeOrigin::root(), 1), DispatchError::BadOrigin);
	});
}

#[test]
fn a_cost_beyond_the_balance_type_fails() {
	test(|| {
		assert_ok!(Spark::set_price(RuntimeOrigin::root(), u128::MAX / 2));
		assert_noop!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 3), Error::<Test>::Overflow);
	});
}

#[test]
fn a_balance_beyond_the_spark_type_fails() {
	test(|| {
		// Charlie holds almost the largest premium balance there is.
		Accounts::<Test>::insert(CHARLIE, SparkBalance { free: 0, premium: u64::MAX - 1 });
		Totals::<Test>::mutate(|totals| totals.minted = u128::from(u64::MAX - 1));
		assert_noop!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 2), Error::<Test>::Overflow);
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 1));
		// Free plus premium must fit one amount too, so that a charge can always sum them.
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), ALICE, 1));
		Accounts::<Test>::insert(ALICE, SparkBalance { free: 0, premium: u64::MAX });
		Totals::<Test>::mutate(|totals| totals.minted += u128::from(u64::MAX - 1));
		assert_noop!(
			Spark::claim_free(frame_system::RawOrigin::Authorized.into(), ALICE),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn governance_sets_the_price_and_purchases_follow_it() {
	test(|| {
		assert_eq!(SparkPrice::<Test>::get(), PRICE);
		assert_ok!(Spark::set_price(RuntimeOrigin::root(), 3 * PRICE));
		assert_eq!(last_event(), Event::PriceSet { price: 3 * PRICE });
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 10));
		assert_eq!(Balances::balance(&POT), 30 * PRICE);
	});
}

#[test]
fn a_zero_price_fails() {
	test(|| {
		assert_noop!(Spark::set_price(RuntimeOrigin::root(), 0), Error::<Test>::ZeroPrice);
	});
}

#[test]
fn only_the_price_origin_sets_the_price() {
	test(|| {
		assert_noop!(Spark::set_price(RuntimeOrigin::signed(CHARLIE), 1), DispatchError::BadOrigin);
	});
}
