use super::{held, last_event};
use crate::{mock::*, traits::ComputeWorkers, Error, Event, Offence, PendingSlashes, Workers};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, Perbill};

fn slash(who: AccountId, percent: u32) -> u32 {
	reported(who, percent, vec![])
}

fn reported(who: AccountId, percent: u32, reporters: Vec<AccountId>) -> u32 {
	<Staking as ComputeWorkers<AccountId>>::slash(
		&who,
		Perbill::from_percent(percent),
		Offence::WrongResult,
		reporters,
	)
	.expect("the slash is recorded")
}

#[test]
fn a_slash_is_deferred_then_applied_to_the_treasury() {
	test(|| {
		register(ALICE, 4_000, &[]);
		let id = slash(ALICE, 25);
		assert_eq!(
			last_event(),
			Event::SlashReported {
				worker: ALICE,
				slash: id,
				amount: 1_000,
				offence: Offence::WrongResult,
				apply_at: 1 + SLASH_DEFER
			}
		);
		System::set_block_number(SLASH_DEFER);
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id),
			Error::<Test>::SlashNotDue
		);
		System::set_block_number(1 + SLASH_DEFER);
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id));
		assert_eq!(
			last_event(),
			Event::SlashApplied { worker: ALICE, slash: id, amount: 1_000, reward: 0 }
		);
		assert_eq!(held(ALICE), 3_000);
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().active, 3_000);
		assert_eq!(Balances::free_balance(TREASURY), EXISTENTIAL_DEPOSIT + 1_000);
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id),
			Error::<Test>::UnknownSlash
		);
	});
}

#[test]
fn an_appeal_cancels_the_slash() {
	test(|| {
		register(ALICE, 4_000, &[]);
		let id = slash(ALICE, 50);
		assert_noop!(
			Staking::cancel_slash(RuntimeOrigin::signed(BOB), ALICE, id),
			DispatchError::BadOrigin
		);
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), ALICE, id));
		assert_eq!(last_event(), Event::SlashCancelled { worker: ALICE, slash: id });
		assert!(PendingSlashes::<Test>::get(ALICE, id).is_none());
		System::set_block_number(1 + SLASH_DEFER);
		assert_noop!(
			Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id),
			Error::<Test>::UnknownSlash
		);
		assert_eq!(held(ALICE), 4_000);
	});
}

#[test]
fn reporters_share_half_of_an_applied_slash() {
	test(|| {
		register(ALICE, 4_000, &[]);
		let id = reported(ALICE, 25, vec![BOB, CHARLIE, 77]);
		let before = [BOB, CHARLIE].map(Balances::free_balance);
		System::set_block_number(1 + SLASH_DEFER);
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id));
		// 1,000 slashed: 500 to the reporters, 166 each, and the rest to the treasury.
		assert_eq!(
			last_event(),
			Event::SlashApplied { worker: ALICE, slash: id, amount: 1_000, reward: 166 }
		);
		assert_eq!(Balances::free_balance(BOB), before[0] + 166);
		assert_eq!(Balances::free_balance(CHARLIE), before[1] + 166);
		assert_eq!(Balances::free_balance(77), 166, "a new account is created by its reward");
		assert_eq!(Balances::free_balance(TREASURY), EXISTENTIAL_DEPOSIT + 1_000 - 3 * 166);
		assert_eq!(held(ALICE), 3_000);
		assert!(crate::SlashReporters::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_cancelled_slash_rewards_no_reporter() {
	test(|| {
		register(ALICE, 4_000, &[]);
		let id = reported(ALICE, 25, vec![BOB]);
		let before = Balances::free_balance(BOB);
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), ALICE, id));
		assert!(crate::SlashReporters::<Test>::iter().next().is_none());
		assert_eq!(Balances::free_balance(BOB), before);
		assert_eq!(held(ALICE), 4_000);
	});
}

#[test]
fn too_many_reporters_are_refused() {
	test(|| {
		register(ALICE, 4_000, &[]);
		assert_noop!(
			<Staking as ComputeWorkers<AccountId>>::slash(
				&ALICE,
				Perbill::from_percent(10),
				Offence::WrongResult,
				(0..=MAX_SLASH_REPORTERS as u64).map(|i| 100 + i).collect(),
			),
			Error::<Test>::TooManyReporters
		);
	});
}

#[test]
fn unbonding_after_the_offence_does_not_escape_the_slash() {
	test(|| {
		register(ALICE, 4_000, &[]);
		let id = slash(ALICE, 50); // 2,000 of 4,000
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 3_000));
		System::set_block_number(1 + UNBONDING_PERIOD);
		// 3,000 unlocked, but 2,000 of the 4,000 held must stay for the slash.
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Withdrawn { worker: ALICE, amount: 2_000 });
		assert_eq!(held(ALICE), 2_000);
		System::set_block_number(1 + SLASH_DEFER);
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(TREASURY), EXISTENTIAL_DEPOSIT + 2_000);
		// The slash took the active 1,000 first, then the 1,000 left unbonding.
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!(worker.active, 0);
		assert!(worker.unbonding.is_empty());
	});
}

#[test]
fn a_slash_during_unbonding_reaches_the_unbonding_stake() {
	test(|| {
		register(ALICE, 4_000, &[]);
		assert_ok!(Staking::deregister(RuntimeOrigin::signed(ALICE)));
		let id = slash(ALICE, 100);
		System::set_block_number(1 + SLASH_DEFER);
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(BOB), ALICE, id));
		assert_eq!(Balances::free_balance(TREASURY), EXISTENTIAL_DEPOSIT + 4_000);
		assert!(!Workers::<Test>::contains_key(ALICE), "nothing left: the leaving worker is gone");
	});
}

#[test]
fn slashes_past_the_limit_are_recorded_and_keep_the_worker_from_new_seats() {
	test(|| {
		register(ALICE, 4_000, &[]);
		for _ in 0..MAX_PENDING_SLASHES {
			slash(ALICE, 10);
		}
		// One more offence, from a seat it already held: recorded, never dropped.
		let past_the_limit = slash(ALICE, 10);
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!(worker.pending_slashes, MAX_PENDING_SLASHES + 1);
		assert!(PendingSlashes::<Test>::contains_key(ALICE, past_the_limit));
		assert_eq!(worker.slash_reserved, 400 * u128::from(MAX_PENDING_SLASHES + 1));
		// What keeps the count bounded: no new seat until a slash is applied or cancelled.
		assert_noop!(
			<Staking as ComputeWorkers<AccountId>>::note_assigned(&ALICE),
			Error::<Test>::TooManyPendingSlashes
		);
		assert_noop!(
			Staking::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::SlashesPending
		);
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), ALICE, past_the_limit));
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), ALICE, past_the_limit - 1));
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::note_assigned(&ALICE));
	});
}

#[test]
fn slashes_together_never_exceed_the_stake() {
	test(|| {
		register(ALICE, 4_000, &[]);
		slash(ALICE, 70);
		slash(ALICE, 70);
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().slash_reserved, 4_000);
	});
}

#[test]
fn slashing_an_unknown_worker_fails() {
	test(|| {
		assert_noop!(
			<Staking as ComputeWorkers<AccountId>>::slash(
				&BOB,
				Perbill::one(),
				Offence::WrongResult,
				vec![]
			),
			Error::<Test>::NotAWorker
		);
	});
}
