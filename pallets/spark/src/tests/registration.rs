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
fn only_governance_and_appointed_registrars_register_and_revoke() {
	test(|| {
		assert_noop!(Spark::register(RuntimeOrigin::signed(BOB), BOB), DispatchError::BadOrigin);
		assert_noop!(Spark::revoke(RuntimeOrigin::signed(ALICE), ALICE), DispatchError::BadOrigin);
		assert_noop!(Spark::register(RuntimeOrigin::none(), BOB), DispatchError::BadOrigin);
	});
}

#[test]
fn an_appointed_registrar_registers_users_within_its_quota_without_a_referendum() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), REGISTRAR));
		let registrar = RuntimeOrigin::signed(REGISTRAR);
		for user in 100..100 + u64::from(REGISTRAR_QUOTA) {
			assert_ok!(Spark::register(registrar.clone(), user));
			assert_eq!(crate::RegisteredBy::<Test>::get(user), Some(REGISTRAR));
			// The new user claims at once, fee-less.
			assert_ok!(Spark::claim_free(frame_system::RawOrigin::Authorized.into(), user));
		}
		assert_noop!(
			Spark::register(registrar.clone(), 200),
			pallet_registrars::Error::<Test>::QuotaUsed
		);
		// Governance is not bound by a quota.
		assert_ok!(Spark::register(RuntimeOrigin::root(), 200));
	});
}

#[test]
fn a_registrar_revokes_its_own_registrations_only_and_a_dismissed_one_nothing() {
	test(|| {
		assert_ok!(Registrars::appoint(RuntimeOrigin::root(), REGISTRAR));
		let registrar = RuntimeOrigin::signed(REGISTRAR);
		assert_ok!(Spark::register(registrar.clone(), 100));
		assert_ok!(Spark::register(registrar.clone(), 101));
		// Alice was registered by governance at genesis.
		assert_noop!(Spark::revoke(registrar.clone(), ALICE), Error::<Test>::NotYourRegistration);
		assert_ok!(Spark::revoke(registrar.clone(), 100));
		assert_eq!(crate::RegisteredBy::<Test>::get(100), None);
		// Governance revokes any registration.
		assert_ok!(Spark::revoke(RuntimeOrigin::root(), 101));

		assert_ok!(Registrars::dismiss(RuntimeOrigin::root(), REGISTRAR, true));
		assert_noop!(Spark::register(registrar, 102), DispatchError::BadOrigin);
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

#[test]
fn a_registration_keeps_an_account_without_native_token_alive_and_revoking_releases_it() {
	test(|| {
		// 300 holds no native token: only its registration makes it an account, with a nonce
		// it can sign with.
		const NEWCOMER: AccountId = 300;
		assert!(!System::account_exists(&NEWCOMER));
		assert_ok!(Spark::register(RuntimeOrigin::root(), NEWCOMER));
		assert!(System::account_exists(&NEWCOMER));
		assert_eq!(System::sufficients(&NEWCOMER), 1);

		assert_ok!(Spark::revoke(RuntimeOrigin::root(), NEWCOMER));
		assert_eq!(System::sufficients(&NEWCOMER), 0);
		assert!(!System::account_exists(&NEWCOMER));
	});
}

#[test]
fn the_v2_migration_gives_each_registration_its_sufficient_reference_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		// As version 1 left it: a registration that took no reference.
		Registrations::<Test>::insert(300, Registration { next_claim_at: 0 });
		StorageVersion::new(1).put::<Spark>();
		let before = System::sufficients(&ALICE);

		crate::migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();
		crate::migrations::v2::MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Spark::on_chain_storage_version(), 2);
		assert_eq!(System::sufficients(&300), 1);
		assert_eq!(System::sufficients(&ALICE), before + 1);
	});
}
