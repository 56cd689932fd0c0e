//! `try_state` must catch a broken invariant, or the check after every test proves nothing.

use crate::{mock::*, GrantModels, ModelCount, ModelServers, PendingSlashes, UnlockChunk, Workers};
use frame_support::{assert_ok, traits::fungible::MutateHold, BoundedVec};

fn broken(tamper: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let model = register_model();
		register(ALICE, 3_000, &[model]);
		assert_ok!(Staking::do_try_state());
		tamper();
		assert!(Staking::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_free_spark_opened_to_a_removed_model() {
	broken(|| GrantModels::<Test>::insert(42, ()));
}

#[test]
fn try_state_catches_a_stake_that_is_not_held() {
	broken(|| Workers::<Test>::mutate(ALICE, |w| w.as_mut().unwrap().active += 1));
}

#[test]
fn try_state_catches_a_hold_without_stake() {
	broken(|| {
		assert_ok!(Balances::hold(&crate::HoldReason::WorkerStake.into(), &ALICE, 10));
	});
}

#[test]
fn try_state_catches_an_unsorted_unbonding_queue() {
	broken(|| {
		Workers::<Test>::mutate(ALICE, |w| {
			let w = w.as_mut().unwrap();
			w.active -= 20;
			w.unbonding = BoundedVec::truncate_from(vec![
				UnlockChunk { value: 10, unlock_at: 9 },
				UnlockChunk { value: 10, unlock_at: 5 },
			]);
		})
	});
}

#[test]
fn try_state_catches_a_wrong_slash_count() {
	broken(|| Workers::<Test>::mutate(ALICE, |w| w.as_mut().unwrap().pending_slashes = 1));
}

#[test]
fn try_state_catches_an_unlisted_server() {
	broken(|| ModelServers::<Test>::remove(0));
}

#[test]
fn try_state_catches_a_wrong_model_count() {
	broken(|| ModelCount::<Test>::put(7));
}

#[test]
fn try_state_catches_a_slash_without_a_count() {
	broken(|| {
		PendingSlashes::<Test>::insert(
			ALICE,
			0,
			crate::PendingSlash { amount: 1, offence: crate::Offence::WrongResult, apply_at: 5 },
		)
	});
}
