use super::last_event;
use crate::{invalid_heartbeat, mock::*, Call, Error, Event, WorkerStatus, Workers};
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource},
	traits::Authorize,
};
use sp_runtime::{testing::TestSignature, DispatchError, Perbill};

fn authorize(who: AccountId, era: u32, signature: TestSignature) -> Result<(), InvalidTransaction> {
	Call::<Test>::heartbeat { worker: who, era, signature }
		.authorize(TransactionSource::External)
		.expect("heartbeat has an authorization")
		.map(|_| ())
		.map_err(|error| match error {
			sp_runtime::transaction_validity::TransactionValidityError::Invalid(invalid) => invalid,
			other => panic!("unexpected {other:?}"),
		})
}

fn signed(who: AccountId, era: u32) -> TestSignature {
	TestSignature(who, Staking::heartbeat_message(&who, era))
}

#[test]
fn eras_follow_the_block_number() {
	test(|| {
		assert_eq!(Staking::current_era(), 0);
		System::set_block_number(ERA_LENGTH - 1);
		assert_eq!(Staking::current_era(), 0);
		System::set_block_number(ERA_LENGTH);
		assert_eq!(Staking::current_era(), 1);
	});
}

#[test]
fn a_heartbeat_records_the_era_and_credits_the_reward() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		worked(ALICE);
		// Due at once, in the era it registered in.
		assert_ok!(heartbeat(ALICE));
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!(worker.due_era, 1);
		// 1,000,000 × 100% stake × 100% online × 80% quality.
		assert_eq!(worker.unclaimed, 800_000);
		assert_eq!(
			last_event(),
			Event::Heartbeat { worker: ALICE, era: 0, reward: 800_000, online: Perbill::one() }
		);
	});
}

#[test]
fn one_heartbeat_per_era() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		go_to_era(1);
		assert_ok!(heartbeat(ALICE));
		assert_noop!(heartbeat(ALICE), Error::<Test>::AlreadySeen);
		assert_eq!(
			authorize(ALICE, 1, signed(ALICE, 1)),
			Err(InvalidTransaction::Custom(invalid_heartbeat::ALREADY_SEEN))
		);
	});
}

#[test]
fn missed_eras_lower_the_online_coefficient_and_heartbeats_restore_it() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		go_to_era(3); // eras 1 and 2 missed
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		// Rewarded at 80% online, then restored by 5%.
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().unclaimed, 800_000 + 640_000);
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().online, Perbill::from_percent(85));
		go_to_era(4);
		assert_ok!(heartbeat(ALICE));
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().online, Perbill::from_percent(90));
	});
}

#[test]
fn the_transaction_pool_rejects_bad_heartbeats() {
	test(|| {
		let custom = |code| Err(InvalidTransaction::Custom(code));
		assert_eq!(authorize(BOB, 0, signed(BOB, 0)), custom(invalid_heartbeat::NOT_A_WORKER));

		register(ALICE, STAKE_CAP, &[]);
		go_to_era(1);
		assert_eq!(authorize(ALICE, 2, signed(ALICE, 2)), custom(invalid_heartbeat::WRONG_ERA));
		assert_eq!(authorize(ALICE, 1, signed(BOB, 1)), custom(invalid_heartbeat::BAD_SIGNATURE));
		assert_eq!(
			authorize(ALICE, 1, TestSignature(ALICE, b"something else".to_vec())),
			custom(invalid_heartbeat::BAD_SIGNATURE)
		);
		assert_eq!(authorize(ALICE, 1, signed(ALICE, 1)), Ok(()));

		assert_ok!(Staking::chill(RuntimeOrigin::signed(ALICE)));
		assert_eq!(authorize(ALICE, 1, signed(ALICE, 1)), custom(invalid_heartbeat::NOT_ACTIVE));
		assert_ok!(Staking::unchill(RuntimeOrigin::signed(ALICE)));

		// Unchilled in era 1: by era 2 + MAX_MISSED_ERAS, eras 1 ..= 1 + MAX_MISSED_ERAS are
		// missed, one too many.
		let late = 2 + MAX_MISSED_ERAS;
		go_to_era(late);
		assert_eq!(
			authorize(ALICE, late, signed(ALICE, late)),
			custom(invalid_heartbeat::TOO_LATE)
		);
	});
}

#[test]
fn a_heartbeat_needs_the_authorized_origin() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		go_to_era(1);
		assert_noop!(
			Staking::heartbeat(RuntimeOrigin::signed(ALICE), ALICE, 1, signed(ALICE, 1)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn anyone_may_chill_a_worker_that_missed_too_many_eras() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		go_to_era(MAX_MISSED_ERAS); // eras 0 .. MAX_MISSED_ERAS missed
		assert_noop!(
			Staking::chill_inactive(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::StillOnline
		);
		go_to_era(1 + MAX_MISSED_ERAS);
		assert_ok!(Staking::chill_inactive(RuntimeOrigin::signed(BOB), ALICE));
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().status, WorkerStatus::Chilled);
		// The missed eras are charged: four at 10% each.
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().online, Perbill::from_percent(60));
		assert_eq!(last_event(), Event::Chilled { worker: ALICE });
		assert_noop!(
			Staking::chill_inactive(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn chilling_does_not_wipe_the_eras_missed_before_it() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		go_to_era(3); // eras 1 and 2 missed
		assert_ok!(Staking::chill(RuntimeOrigin::signed(ALICE)));
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().online, Perbill::from_percent(80));
		// Eras spent chilled do not count.
		go_to_era(9);
		assert_ok!(Staking::unchill(RuntimeOrigin::signed(ALICE)));
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		// Era 9 rewarded at 80% online: 1,000,000 × 80% × 80% quality.
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().unclaimed, 800_000 + 640_000);
	});
}

#[test]
fn a_lapsed_worker_may_unchill_itself_and_keeps_the_penalty() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		assert_noop!(Staking::unchill(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotChilled);
		let late = 1 + MAX_MISSED_ERAS; // eras 0 ..= MAX_MISSED_ERAS missed
		go_to_era(late);
		assert_noop!(heartbeat(ALICE), Error::<Test>::MissedTooManyEras);
		assert_ok!(Staking::unchill(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Unchilled { worker: ALICE });
		let worker = Workers::<Test>::get(ALICE).unwrap();
		// Four missed eras at 10% each.
		assert_eq!(worker.online, Perbill::from_percent(60));
		assert_eq!((worker.status, worker.due_era), (WorkerStatus::Active, late));
		assert_ok!(heartbeat(ALICE));
	});
}
