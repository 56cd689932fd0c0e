//! Appointing, dismissing and resigning; quotas per era.

use crate::{mock::*, Appointed, Error, Event, Registrars as _};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::DispatchError;

fn held(who: AccountId) -> Balance {
	Balances::total_balance_on_hold(&who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Registrars(event) => Some(event),
			_ => None,
		})
		.expect("an event")
}

#[test]
fn governance_appoints_a_registrar_whose_deposit_is_held() {
	test(|| {
		assert_noop!(
			Registrars::appoint(RuntimeOrigin::signed(ALICE), ALICE),
			DispatchError::BadOrigin
		);
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::Appointed { who: ALICE, deposit: DEPOSIT });
		assert_eq!(held(ALICE), DEPOSIT);
		assert!(Registrars::is_registrar(&ALICE));
		assert_noop!(
			Registrars::appoint(RuntimeOrigin::root(), ALICE),
			Error::<Test>::AlreadyAppointed
		);
		// An account that cannot pay the deposit is not appointed.
		assert!(Registrars::appoint(RuntimeOrigin::root(), 77).is_err());
		assert!(!Registrars::is_registrar(&77));
	});
}

#[test]
fn at_most_max_registrars_are_appointed() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), BOB));
		assert_noop!(
			Registrars::appoint(RuntimeOrigin::root(), CHARLIE),
			Error::<Test>::TooManyRegistrars
		);
		assert_ok!(Registrars::resign(RuntimeOrigin::signed(BOB)));
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), CHARLIE));
	});
}

#[test]
fn a_registrar_registers_its_quota_each_era_and_no_more() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		for _ in 0..QUOTA {
			assert_ok!(Registrars::note_registration(&ALICE));
		}
		assert_noop!(Registrars::note_registration(&ALICE), Error::<Test>::QuotaUsed);
		System::set_block_number(ERA - 1);
		assert_noop!(Registrars::note_registration(&ALICE), Error::<Test>::QuotaUsed);
		// A new era, a new quota.
		System::set_block_number(ERA);
		assert_ok!(Registrars::note_registration(&ALICE));
		assert_eq!(Appointed::<Test>::get(ALICE).unwrap().used, 1);
		assert_noop!(Registrars::note_registration(&BOB), Error::<Test>::NotRegistrar);
	});
}

#[test]
fn a_registrar_dismissed_for_misconduct_forfeits_its_deposit() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), BOB));
		assert_noop!(
			Registrars::dismiss(RuntimeOrigin::signed(BOB), ALICE, true),
			DispatchError::BadOrigin
		);
		assert_ok!(Registrars::dismiss(RuntimeOrigin::root(), ALICE, true));
		assert_eq!(last_event(), Event::Dismissed { who: ALICE, forfeited: DEPOSIT });
		assert_eq!((held(ALICE), Balances::balance(&ALICE)), (0, FUNDS - DEPOSIT));
		assert_eq!(Balances::balance(&TREASURY), 1 + DEPOSIT);
		assert_noop!(Registrars::note_registration(&ALICE), Error::<Test>::NotRegistrar);

		// Without blame, the deposit is released.
		assert_ok!(Registrars::dismiss(RuntimeOrigin::root(), BOB, false));
		assert_eq!(last_event(), Event::Dismissed { who: BOB, forfeited: 0 });
		assert_eq!((held(BOB), Balances::balance(&BOB)), (0, FUNDS));
		assert_noop!(
			Registrars::dismiss(RuntimeOrigin::root(), BOB, false),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn a_registrar_resigns_and_gets_its_deposit_back_after_the_delay() {
	test(|| {
		assert_noop!(Registrars::resign(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotRegistrar);
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		assert_ok!(Registrars::resign(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Resigned { who: ALICE, until: 1 + RESIGN_DELAY });
		assert!(!Registrars::is_registrar(&ALICE), "it registers nobody from now on");
		assert_eq!(held(ALICE), DEPOSIT);
		assert_noop!(
			Registrars::release(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::TooEarly
		);
		assert_noop!(
			Registrars::appoint(RuntimeOrigin::root(), ALICE),
			Error::<Test>::AlreadyAppointed
		);
		System::set_block_number(1 + RESIGN_DELAY);
		assert_ok!(Registrars::release(RuntimeOrigin::signed(BOB), ALICE));
		assert_eq!(last_event(), Event::Released { who: ALICE });
		assert_eq!((held(ALICE), Balances::balance(&ALICE)), (0, FUNDS));
	});
}

#[test]
fn resigning_does_not_dodge_a_dismissal_for_misconduct() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), ALICE));
		// It sees the dismissal referendum coming and resigns first.
		assert_ok!(Registrars::resign(RuntimeOrigin::signed(ALICE)));
		System::set_block_number(RESIGN_DELAY);
		assert_ok!(Registrars::dismiss(RuntimeOrigin::root(), ALICE, true));
		assert_eq!(last_event(), Event::Dismissed { who: ALICE, forfeited: DEPOSIT });
		assert_eq!(Balances::balance(&TREASURY), 1 + DEPOSIT);
		assert_noop!(
			Registrars::release(RuntimeOrigin::signed(ALICE), ALICE),
			Error::<Test>::NotRegistrar
		);
	});
}
