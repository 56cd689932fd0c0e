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
		assert_eq!(Balances::balance(&BACKING), cost);
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
		crate::PremiumOutstanding::<Test>::put(u128::from(u64::MAX - 1));
		assert_noop!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 2), Error::<Test>::Overflow);
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 1));
		// Free plus premium must fit one amount too, so that a charge can always sum them.
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), ALICE, 1));
		Accounts::<Test>::insert(ALICE, SparkBalance { free: 0, premium: u64::MAX });
		Totals::<Test>::mutate(|totals| totals.minted += u128::from(u64::MAX - 1));
		crate::PremiumOutstanding::<Test>::mutate(|premium| *premium += u128::from(u64::MAX - 1));
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
		assert_eq!(Balances::balance(&BACKING), 30 * PRICE);
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

#[test]
fn a_premium_spark_is_worth_its_share_of_the_backing_whatever_the_price() {
	use crate::{PremiumOutstanding, SparkSpender};
	test(|| {
		// Charlie buys 10 at 100, the price doubles, Bob is granted 10 at 200: 3,000 back 20.
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 10));
		assert_ok!(Spark::set_price(RuntimeOrigin::root(), 2 * PRICE));
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), BOB, 10));
		assert_eq!(PremiumOutstanding::<Test>::get(), 20);
		// The backing keeps its existence deposit (10): 2,990 spendable for 20 Spark.
		assert_eq!(<Spark as SparkSpender<AccountId>>::premium_value(20), 2_990);
		assert_eq!(<Spark as SparkSpender<AccountId>>::premium_value(10), 1_495);
		// Every premium Spark held can be spent, however the price moved.
		assert_ok!(Spark::set_price(RuntimeOrigin::root(), 10_000 * PRICE));
		assert_eq!(<Spark as SparkSpender<AccountId>>::premium_value(20), 2_990);
		assert_eq!(<Spark as SparkSpender<AccountId>>::premium_value(0), 0);

		// A price below the share does not make Spark cheaper than the share: buying at it and
		// spending at the share would take from the other holders.
		assert_ok!(Spark::set_price(RuntimeOrigin::root(), 1));
		assert_eq!(Spark::cost_of(10).unwrap(), 1_495);
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CHARLIE), 10));
		assert_eq!(<Spark as SparkSpender<AccountId>>::premium_value(10), 1_495);
	});
}

#[test]
fn the_migration_counts_premium_spark_and_backs_it_from_the_pot() {
	use crate::PremiumOutstanding;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		// As version 0 left it: premium Spark bought into the pot, no count, no backing.
		Accounts::<Test>::insert(CHARLIE, SparkBalance { free: 3, premium: 40 });
		Totals::<Test>::put(crate::SparkTotals { minted: 43, burned: 0 });
		StorageVersion::new(0).put::<Spark>();

		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Spark::on_chain_storage_version(), 1);
		assert_eq!(PremiumOutstanding::<Test>::get(), 40);
		assert_eq!(Balances::balance(&BACKING), 40 * PRICE);
		assert_eq!(Balances::balance(&POT), POT_FUNDS - 40 * PRICE);
	});
}
