use super::last_event;
use crate::{invalid_claim, mock::*, Call, Error, Event, Registrations};
use frame_support::{
	assert_noop, assert_ok,
	pallet_prelude::{InvalidTransaction, TransactionSource},
	traits::Authorize,
};
use frame_system::RawOrigin;
use sp_runtime::DispatchError;

fn claim(who: AccountId) -> sp_runtime::DispatchResult {
	Spark::claim_free(RawOrigin::Authorized.into(), who)
}

fn authorize(who: AccountId) -> sp_runtime::transaction_validity::TransactionValidityWithRefund {
	Call::<Test>::claim_free { who }
		.authorize(TransactionSource::External)
		.expect("claim_free has an authorization")
}

#[test]
fn a_claim_mints_the_grant_and_sets_the_next_claim() {
	test(|| {
		assert_ok!(claim(ALICE));
		assert_eq!(Spark::spark_of(&ALICE).free, FREE_GRANT);
		assert_eq!(Spark::spark_of(&ALICE).premium, 0);
		let next_claim_at = 1 + GRANT_PERIOD;
		assert_eq!(Registrations::<Test>::get(ALICE).unwrap().next_claim_at, next_claim_at);
		assert_eq!(
			last_event(),
			Event::FreeGrantClaimed { who: ALICE, amount: FREE_GRANT, next_claim_at }
		);
		assert_eq!(crate::Totals::<Test>::get().minted, u128::from(FREE_GRANT));
	});
}

#[test]
fn a_claim_before_the_period_ends_fails() {
	test(|| {
		assert_ok!(claim(ALICE));
		System::set_block_number(GRANT_PERIOD);
		assert_noop!(claim(ALICE), Error::<Test>::ClaimNotDue);
		System::set_block_number(1 + GRANT_PERIOD);
		assert_ok!(claim(ALICE));
	});
}

#[test]
fn claims_stop_at_the_cap_and_the_last_is_cut_down() {
	test(|| {
		let mut block = 1;
		for _ in 0..2 {
			assert_ok!(claim(ALICE));
			block += GRANT_PERIOD;
			System::set_block_number(block);
		}
		// 100 held, cap 120: the third claim brings 20, not 50.
		assert_ok!(claim(ALICE));
		assert_eq!(Spark::spark_of(&ALICE).free, FREE_CAP);
		assert_eq!(
			last_event(),
			Event::FreeGrantClaimed {
				who: ALICE,
				amount: FREE_CAP - 2 * FREE_GRANT,
				next_claim_at: block + GRANT_PERIOD,
			}
		);
		System::set_block_number(block + GRANT_PERIOD);
		assert_noop!(claim(ALICE), Error::<Test>::FreeCapReached);
	});
}

#[test]
fn premium_spark_does_not_count_against_the_cap() {
	test(|| {
		assert_ok!(Spark::grant_reward(RuntimeOrigin::root(), ALICE, REWARD_BUDGET));
		assert_ok!(claim(ALICE));
		assert_eq!(Spark::spark_of(&ALICE).free, FREE_GRANT);
	});
}

#[test]
fn an_unregistered_account_cannot_claim() {
	test(|| {
		assert_noop!(claim(BOB), Error::<Test>::NotRegistered);
	});
}

#[test]
fn a_claim_needs_the_authorized_origin() {
	test(|| {
		assert_noop!(
			Spark::claim_free(RuntimeOrigin::signed(ALICE), ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(Spark::claim_free(RuntimeOrigin::root(), ALICE), DispatchError::BadOrigin);
		assert_noop!(Spark::claim_free(RuntimeOrigin::none(), ALICE), DispatchError::BadOrigin);
	});
}

#[test]
fn a_due_claim_is_valid_with_one_pool_slot_per_account() {
	test(|| {
		let (validity, refund) = authorize(ALICE).expect("a due claim is valid");
		assert_eq!(refund, frame_support::weights::Weight::zero());
		assert_eq!(validity.priority, 0);
		assert_eq!(validity.longevity, CLAIM_LONGEVITY);
		assert!(validity.requires.is_empty());
		assert_eq!(validity.provides.len(), 1);

		assert_ok!(Spark::register(RuntimeOrigin::root(), BOB));
		let (bob_validity, _) = authorize(BOB).expect("a due claim is valid");
		assert_ne!(validity.provides, bob_validity.provides, "each account has its own slot");
	});
}

#[test]
fn a_failing_claim_is_invalid_before_it_enters_a_block() {
	test(|| {
		let rejected = |who| authorize(who).map(|_| ()).unwrap_err();
		let custom = |code| InvalidTransaction::Custom(code).into();

		assert_eq!(rejected(BOB), custom(invalid_claim::NOT_REGISTERED));

		assert_ok!(claim(ALICE));
		assert_eq!(rejected(ALICE), custom(invalid_claim::NOT_DUE));

		// Fill to the cap, then wait out the period: the claim is due but over the cap.
		System::set_block_number(1 + GRANT_PERIOD);
		assert_ok!(claim(ALICE));
		System::set_block_number(1 + 2 * GRANT_PERIOD);
		assert_ok!(claim(ALICE));
		System::set_block_number(1 + 3 * GRANT_PERIOD);
		assert_eq!(rejected(ALICE), custom(invalid_claim::CAP_REACHED));

		assert_ok!(Spark::revoke(RuntimeOrigin::root(), ALICE));
		assert_eq!(rejected(ALICE), custom(invalid_claim::NOT_REGISTERED));
	});
}

#[test]
fn validation_changes_no_state() {
	test(|| {
		frame_support::assert_storage_noop!({
			let _ = authorize(ALICE);
			let _ = authorize(BOB);
		});
	});
}
