use super::last_event;
use crate::{mock::*, traits::ComputeWorkers, Error, Event, UnrewardedPay, Workers};
use frame_support::{assert_noop, assert_ok, traits::fungible::Mutate};
use sp_runtime::Perbill;

#[test]
fn the_reward_scales_with_stake_up_to_the_cap() {
	test(|| {
		register(ALICE, STAKE_CAP / 2, &[]);
		register(BOB, STAKE_CAP * 3, &[]);
		let alice = Workers::<Test>::get(ALICE).unwrap();
		let bob = Workers::<Test>::get(BOB).unwrap();
		assert_eq!(Staking::stake_coefficient(&alice), Perbill::from_percent(50));
		assert_eq!(Staking::stake_coefficient(&bob), Perbill::one());
		// 1,000,000 × 50% × 100% online × 80% quality.
		assert_eq!(Staking::era_reward(&alice), 400_000);
		assert_eq!(Staking::era_reward(&bob), 800_000);
	});
}

#[test]
fn quality_is_an_exponential_moving_average_of_outcomes() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::report_outcome(&ALICE, false));
		// 20% × 0 + 80% × 80%.
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().quality, Perbill::from_percent(64));
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::report_outcome(&ALICE, true));
		// 20% × 100% + 80% × 64%.
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().quality, Perbill::from_parts(712_000_000));
		assert_eq!(
			last_event(),
			Event::QualityUpdated { worker: ALICE, quality: Perbill::from_parts(712_000_000) }
		);
	});
}

#[test]
fn claiming_pays_from_the_pot() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		assert_noop!(
			Staking::claim_rewards(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NoRewards
		);
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		assert_ok!(Staking::claim_rewards(RuntimeOrigin::signed(ALICE)));
		assert_eq!(Balances::free_balance(ALICE), FUNDS - STAKE_CAP + 800_000);
		assert_eq!(Balances::free_balance(POT), POT_FUNDS - 800_000);
		assert_eq!(last_event(), Event::RewardsClaimed { worker: ALICE, amount: 800_000 });
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().unclaimed, 0);
	});
}

#[test]
fn an_empty_pot_keeps_the_rewards_claimable() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		Balances::set_balance(&POT, 1_000);
		assert_noop!(
			Staking::claim_rewards(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::RewardPotExhausted
		);
		Balances::set_balance(&POT, POT_FUNDS);
		assert_ok!(Staking::claim_rewards(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn idle_stake_earns_nothing() {
	test(|| {
		// The largest stake, online and heartbeating every era, never drawn for a job.
		register(ALICE, STAKE_CAP * 3, &[]);
		for era in 0..4 {
			go_to_era(era);
			assert_ok!(heartbeat(ALICE));
		}
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!((worker.unclaimed, worker.online), (0, Perbill::one()), "online, unpaid");
		assert_noop!(
			Staking::claim_rewards(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NoRewards
		);
	});
}

#[test]
fn the_reward_is_bounded_by_the_work_paid_since_the_last_heartbeat() {
	test(|| {
		register(ALICE, STAKE_CAP, &[]);
		let unclaimed = || Workers::<Test>::get(ALICE).unwrap().unclaimed;
		// Paid 1,000,000 for seats: 5% of it, below the era reward of 800,000.
		<Staking as ComputeWorkers<AccountId>>::note_paid(&ALICE, 1_000_000);
		assert_eq!(UnrewardedPay::<Test>::get(ALICE), 1_000_000);
		assert_ok!(heartbeat(ALICE));
		assert_eq!(unclaimed(), REWARD_WORK_SHARE.mul_floor(1_000_000));
		assert_eq!(UnrewardedPay::<Test>::get(ALICE), 0, "the heartbeat consumed the pay");
		// Paid far more: the era reward is the cap, and the rest is not carried over.
		go_to_era(1);
		<Staking as ComputeWorkers<AccountId>>::note_paid(&ALICE, 100 * FULL_WORK);
		assert_ok!(heartbeat(ALICE));
		assert_eq!(unclaimed(), 50_000 + 800_000);
		go_to_era(2);
		assert_ok!(heartbeat(ALICE));
		assert_eq!(unclaimed(), 50_000 + 800_000, "no work since the last heartbeat");
	});
}

#[test]
fn pay_is_not_kept_for_strangers_nor_after_the_worker_leaves() {
	test(|| {
		<Staking as ComputeWorkers<AccountId>>::note_paid(&BOB, FULL_WORK);
		assert!(!UnrewardedPay::<Test>::contains_key(BOB));
		register(ALICE, MIN_WORKER_STAKE, &[]);
		worked(ALICE);
		assert_ok!(Staking::deregister(RuntimeOrigin::signed(ALICE)));
		System::set_block_number(1 + UNBONDING_PERIOD);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert!(!Workers::<Test>::contains_key(ALICE));
		assert!(!UnrewardedPay::<Test>::contains_key(ALICE));
	});
}
