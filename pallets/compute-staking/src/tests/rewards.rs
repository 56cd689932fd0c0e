use super::last_event;
use crate::{mock::*, traits::ComputeWorkers, Error, Event, Workers};
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
