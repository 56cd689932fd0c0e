//! Three workers over four eras with different stake, uptime and quality: every payout is
//! checked against the formula computed by hand.

use crate::{mock::*, traits::ComputeWorkers, Workers};
use frame_support::assert_ok;

#[test]
fn payouts_over_four_eras_match_the_formula() {
	test(|| {
		// Stake coefficients: Alice 100%, Bob 50%, Charlie 20%.
		register(ALICE, 10_000, &[]);
		register(BOB, 5_000, &[]);
		register(CHARLIE, 2_000, &[]);
		// Quality from 80%: Bob gets a bad outcome (64%), Charlie a good one (84%).
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::report_outcome(&BOB, false));
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::report_outcome(&CHARLIE, true));

		// Alice heartbeats every era; Bob in eras 0 and 2; Charlie in eras 0 and 3.
		let schedule: [(u32, &[AccountId]); 4] = [
			(0, &[ALICE, BOB, CHARLIE]),
			(1, &[ALICE]),
			(2, &[ALICE, BOB]),
			(3, &[ALICE, CHARLIE]),
		];
		for (era, present) in schedule {
			go_to_era(era);
			for who in present {
				worked(*who);
				assert_ok!(heartbeat(*who));
			}
		}

		// Alice: 4 × 1,000,000 × 100% × 100% × 80%.
		let alice = 4 * 800_000;
		// Bob, era 0: 1,000,000 × 50% × 100% × 64% = 320,000.
		//      era 2: one era missed, online 100% − 10% = 90%: 500,000 × 90% × 64% = 288,000.
		let bob = 320_000 + 288_000;
		// Charlie, era 0: 1,000,000 × 20% × 100% × 84% = 168,000.
		//          era 3: two eras missed, online 80%: 200,000 × 80% × 84% = 134,400.
		let charlie = 168_000 + 134_400;
		let unclaimed = |who| Workers::<Test>::get(who).unwrap().unclaimed;
		assert_eq!((unclaimed(ALICE), unclaimed(BOB), unclaimed(CHARLIE)), (alice, bob, charlie));

		for (who, earned) in [(ALICE, alice), (BOB, bob), (CHARLIE, charlie)] {
			let before = Balances::free_balance(who);
			assert_ok!(Staking::claim_rewards(RuntimeOrigin::signed(who)));
			assert_eq!(Balances::free_balance(who) - before, earned);
		}
		assert_eq!(Balances::free_balance(POT), POT_FUNDS - alice - bob - charlie);
	});
}
