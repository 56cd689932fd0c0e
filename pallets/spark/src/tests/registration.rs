use super::last_event;
use crate::{mock::*, Error, Event, Registration, Registrations};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn registrar_registers_an_account_that_may_claim_at_once() {
	test(|| {
		System::set_block_number(7);
		assert_ok!(Spark::register(RuntimeOrigin::root(), BOB));
		assert_eq!(Registrations::<Test>::get(BOB), Some(Registration { next_claim_at: 7 }));
		assert_eq!(last_event(), Event::Registered { who: BOB });
		assert_ok!(Spark::claim_free(frame_system::RawOrigin::Authorized.into(), BOB));
	});
}

#[test]
fn registering_twice_fails() {
	test(|| {
		assert_noop!(
			Spark::register(RuntimeOrigin::root(), ALICE),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn only_the_registrar_registers_and_revokes() {
	test(|| {
		assert_noop!(Spark::register(RuntimeOrigin::signed(BOB), BOB), DispatchError::BadOrigin);
		assert_noop!(Spark::revoke(RuntimeOrigin::signed(ALICE), ALICE), DispatchError::BadOrigin);
	});
}

#[test]
fn revoking_stops_claims_but_keeps_spark() {
	test(|| {
		assert_ok!(Spark::claim_free(frame_system::RawOrigin::Authorized.into(), ALICE));
		assert_ok!(Spark::revoke(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::RegistrationRevoked { who: ALICE });
		assert_eq!(Spark::spark_of(&ALICE).free, FREE_GRANT);

		System::set_block_number(1 + GRANT_PERIOD);
		assert_noop!(
			Spark::claim_free(frame_system::RawOrigin::Authorized.into(), ALICE),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn revoking_an_unregistered_account_fails() {
	test(|| {
		assert_noop!(Spark::revoke(RuntimeOrigin::root(), BOB), Error::<Test>::NotRegistered);
	});
}
