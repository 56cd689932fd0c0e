use super::{held, last_event};
use crate::{mock::*, traits::ComputeWorkers, Error, Event, UnlockChunk, Workers};
use frame_support::{assert_noop, assert_ok};

fn worker() -> crate::Worker<Test> {
	Workers::<Test>::get(ALICE).unwrap()
}

#[test]
fn bonding_extra_holds_more() {
	test(|| {
		register(ALICE, MIN_WORKER_STAKE, &[]);
		assert_ok!(Staking::bond_extra(RuntimeOrigin::signed(ALICE), 500));
		assert_eq!(
			(worker().active, held(ALICE)),
			(MIN_WORKER_STAKE + 500, MIN_WORKER_STAKE + 500)
		);
		assert_eq!(last_event(), Event::Bonded { worker: ALICE, amount: 500 });
		assert_noop!(
			Staking::bond_extra(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(Staking::bond_extra(RuntimeOrigin::signed(BOB), 5), Error::<Test>::NotAWorker);
	});
}

#[test]
fn unbonding_queues_chunks_that_stay_held() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 500));
		// Same block, same unlock: one chunk.
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 200));
		System::set_block_number(2);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 300));
		let queue = worker().unbonding.to_vec();
		assert_eq!(
			queue,
			vec![
				UnlockChunk { value: 700, unlock_at: 1 + UNBONDING_PERIOD },
				UnlockChunk { value: 300, unlock_at: 2 + UNBONDING_PERIOD },
			]
		);
		assert_eq!((worker().active, held(ALICE)), (2_000, 3_000));
		assert_eq!(
			last_event(),
			Event::Unbonded { worker: ALICE, amount: 300, unlock_at: 2 + UNBONDING_PERIOD }
		);
	});
}

#[test]
fn unbonding_more_than_bonded_or_below_the_minimum_fails() {
	test(|| {
		register(ALICE, 1_500, &[]);
		assert_noop!(
			Staking::unbond(RuntimeOrigin::signed(ALICE), 1_501),
			Error::<Test>::UnbondingMoreThanActive
		);
		assert_noop!(
			Staking::unbond(RuntimeOrigin::signed(ALICE), 501),
			Error::<Test>::BelowMinimumStake
		);
		assert_noop!(Staking::unbond(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::ZeroAmount);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 500));
	});
}

#[test]
fn the_unbonding_queue_is_bounded() {
	test(|| {
		register(ALICE, 5_000, &[]);
		for block in 1..=u64::from(MAX_CHUNKS) {
			System::set_block_number(block);
			assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 100));
		}
		System::set_block_number(u64::from(MAX_CHUNKS) + 1);
		assert_noop!(
			Staking::unbond(RuntimeOrigin::signed(ALICE), 100),
			Error::<Test>::TooManyUnbondingChunks
		);
	});
}

#[test]
fn nothing_is_withdrawn_while_the_worker_holds_a_seat() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 1_000));
		// Drawn for a job with its unbonding stake counted as collateral.
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::note_assigned(&ALICE));
		System::set_block_number(1 + UNBONDING_PERIOD);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::OpenJobs
		);
		assert_eq!(held(ALICE), 3_000, "the stake that answers for the job stays held");
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::note_settled(&ALICE));
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert_eq!(held(ALICE), 2_000);
	});
}

#[test]
fn withdrawing_before_the_period_fails_and_after_it_releases_only_unlocked_chunks() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 500));
		System::set_block_number(5);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 300));

		System::set_block_number(UNBONDING_PERIOD);
		assert_noop!(
			Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NothingToWithdraw
		);
		System::set_block_number(1 + UNBONDING_PERIOD);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Withdrawn { worker: ALICE, amount: 500 });
		assert_eq!(held(ALICE), 2_500);
		assert_eq!(Balances::free_balance(ALICE), FUNDS - 2_500);
		assert_eq!(
			worker().unbonding.to_vec(),
			vec![UnlockChunk { value: 300, unlock_at: 5 + UNBONDING_PERIOD }]
		);
	});
}

#[test]
fn a_lock_blocks_unbonding_until_it_expires() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 2));
		let until = 1 + 2 * BLOCKS_PER_WEEK;
		assert_eq!(last_event(), Event::StakeLocked { worker: ALICE, weeks: 2, until });
		assert_noop!(
			Staking::unbond(RuntimeOrigin::signed(ALICE), 100),
			Error::<Test>::StakeLocked
		);
		assert_noop!(Staking::deregister(RuntimeOrigin::signed(ALICE)), Error::<Test>::StakeLocked);
		System::set_block_number(until);
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(ALICE), 100));
	});
}

#[test]
fn a_lock_cannot_be_shortened_only_extended() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 4));
		assert_noop!(
			Staking::lock_stake(RuntimeOrigin::signed(ALICE), 3),
			Error::<Test>::LockShortened
		);
		// Renewing the same length later ends later: allowed.
		System::set_block_number(50);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 4));
		assert_eq!(worker().lock.unwrap().until, 50 + 4 * BLOCKS_PER_WEEK);
		// After a lock expires, any length goes.
		System::set_block_number(50 + 4 * BLOCKS_PER_WEEK);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 1));
	});
}

#[test]
fn lock_lengths_are_bounded() {
	test(|| {
		register(ALICE, 3_000, &[]);
		assert_noop!(
			Staking::lock_stake(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::BadLockLength
		);
		assert_noop!(
			Staking::lock_stake(RuntimeOrigin::signed(ALICE), MAX_LOCK_WEEKS + 1),
			Error::<Test>::BadLockLength
		);
	});
}

#[test]
fn a_lock_boosts_the_selection_weight_up_to_max_lock_boost_at_the_longest_lock() {
	test(|| {
		register(ALICE, 4_000, &[]);
		// 4,000 × 80% quality × 100% online.
		assert_eq!(Staking::selection_weight(&worker()), 3_200);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), MAX_LOCK_WEEKS / 4));
		// 1 + (3 − 1) × (1/4)^1.5 = 1.25.
		assert_eq!(Staking::selection_weight(&worker()), 4_000);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), MAX_LOCK_WEEKS));
		// The longest lock: MAX_LOCK_BOOST = 3, not 52^1.5 ≈ 375.
		assert_eq!(Staking::selection_weight(&worker()), 3_200 * u128::from(MAX_LOCK_BOOST));
		System::set_block_number(1 + u64::from(MAX_LOCK_WEEKS) * BLOCKS_PER_WEEK);
		assert_eq!(Staking::selection_weight(&worker()), 3_200, "an expired lock boosts nothing");
	});
}

#[test]
fn the_check_weight_ignores_locks_and_caps_stake() {
	test(|| {
		register(ALICE, 4_000, &[]);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), MAX_LOCK_WEEKS));
		assert_eq!(Staking::check_weight(&worker()), 3_200, "the lock does not count");
		register(BOB, 5 * STAKE_CAP, &[]);
		let bob = Workers::<Test>::get(BOB).unwrap();
		assert_eq!(Staking::selection_weight(&bob), 4 * STAKE_CAP);
		assert_eq!(Staking::check_weight(&bob), 8 * STAKE_CAP / 10, "capped at STAKE_CAP");
	});
}
