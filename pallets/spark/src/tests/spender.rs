use super::last_event;
use crate::{mock::*, Accounts, Error, Event, SparkBalance, SparkCharge, SparkSpender, Totals};
use frame_support::{assert_noop, assert_ok};

type Spender = <Test as frame_system::Config>::AccountId;

fn fund(who: AccountId, free: u64, premium: u64) {
	assert_ok!(Spark::mint(&who, SparkBalance { free, premium }));
}

fn charge(who: AccountId, units: u64) -> Result<SparkCharge, sp_runtime::DispatchError> {
	<Spark as SparkSpender<Spender>>::charge(&who, units)
}

fn refund(who: AccountId, charge: SparkCharge) -> sp_runtime::DispatchResult {
	<Spark as SparkSpender<Spender>>::refund(&who, charge)
}

#[test]
fn a_charge_takes_premium_first_then_free() {
	test(|| {
		fund(BOB, 10, 4);
		assert_eq!(charge(BOB, 3), Ok(SparkCharge { premium: 3, free: 0 }));
		assert_eq!(charge(BOB, 5), Ok(SparkCharge { premium: 1, free: 4 }));
		assert_eq!(last_event(), Event::Spent { who: BOB, premium: 1, free: 4 });
		assert_eq!(
			<Spark as SparkSpender<Spender>>::balance(&BOB),
			SparkBalance { free: 6, premium: 0 }
		);
		assert_eq!(Totals::<Test>::get().burned, 8);
	});
}

#[test]
fn a_charge_that_empties_an_account_removes_its_entry() {
	test(|| {
		fund(BOB, 2, 2);
		assert_eq!(charge(BOB, 4), Ok(SparkCharge { premium: 2, free: 2 }));
		assert!(!Accounts::<Test>::contains_key(BOB));
	});
}

#[test]
fn charging_more_than_held_fails() {
	test(|| {
		fund(BOB, 2, 3);
		assert_noop!(charge(BOB, 6), Error::<Test>::InsufficientSpark);
		assert_noop!(charge(ALICE, 1), Error::<Test>::InsufficientSpark);
		assert_noop!(charge(BOB, u64::MAX), Error::<Test>::InsufficientSpark);
	});
}

#[test]
fn charging_zero_fails() {
	test(|| {
		fund(BOB, 2, 3);
		assert_noop!(charge(BOB, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn a_refund_restores_each_kind() {
	test(|| {
		fund(BOB, 10, 4);
		let taken = charge(BOB, 6).unwrap();
		assert_ok!(refund(BOB, taken));
		assert_eq!(Spark::spark_of(&BOB), SparkBalance { free: 10, premium: 4 });
		assert_eq!(last_event(), Event::Refunded { who: BOB, premium: 4, free: 2 });
		let totals = Totals::<Test>::get();
		assert_eq!((totals.minted, totals.burned), (14 + 6, 6));
	});
}

#[test]
fn refunding_nothing_fails() {
	test(|| {
		assert_noop!(refund(BOB, SparkCharge::default()), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn a_refund_beyond_the_type_limit_fails() {
	test(|| {
		fund(BOB, u64::MAX - 5, 0);
		assert_noop!(refund(BOB, SparkCharge { premium: 0, free: 6 }), Error::<Test>::Overflow);
		assert_noop!(refund(BOB, SparkCharge { premium: 6, free: 0 }), Error::<Test>::Overflow);
		assert_ok!(refund(BOB, SparkCharge { premium: 2, free: 3 }));
	});
}
