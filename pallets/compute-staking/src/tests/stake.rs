use super::{held, last_event};
use crate::{mock::*, Error, Event, UnlockChunk, Workers};
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
fn a_lock_boosts_the_selection_weight_by_weeks_to_the_power_of_one_and_a_half() {
	test(|| {
		register(ALICE, 4_000, &[]);
		// 4,000 × 80% quality × 100% online.
		assert_eq!(Staking::selection_weight(&worker()), 3_200);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 4));
		// 4^1.5 = 8.
		assert_eq!(Staking::selection_weight(&worker()), 25_600);
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(ALICE), 9));
		// 9^1.5 = 27.
		assert_eq!(Staking::selection_weight(&worker()), 86_400);
		System::set_block_number(1 + 9 * BLOCKS_PER_WEEK);
		assert_eq!(Staking::selection_weight(&worker()), 3_200, "an expired lock boosts nothing");
	});
}
