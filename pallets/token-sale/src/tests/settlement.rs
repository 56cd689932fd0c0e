//! Clearing and claims, with every figure computed by hand in the comments. Prices are in
//! micro-USD per token (0.01 USD = 10,000); tokens in planck (`UNIT` per token).

use super::{last_event, usdc};
use crate::{mock::*, Allocation, Cleared, Eligibility, Error, Event, Fill};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, Mutate as _},
		tokens::Preservation,
	},
};

/// 0.01 USD per token: level 99.
const CENT: Balance = 100 * TICK;

fn claim(who: AccountId) -> Allocation {
	assert_ok!(Sale::claim(RuntimeOrigin::signed(99), who));
	match last_event() {
		Event::Claimed { who: claimed, allocation } if claimed == who => allocation,
		other => panic!("expected a claim, got {other:?}"),
	}
}

#[test]
fn settling_needs_the_end_of_bidding_and_happens_once() {
	test(|| {
		open_sale();
		assert_noop!(Sale::settle(RuntimeOrigin::signed(1)), Error::<Test>::NotClosed);
		assert_noop!(Sale::claim(RuntimeOrigin::signed(1), 1), Error::<Test>::NotSettled);
		settle();
		assert_noop!(Sale::settle(RuntimeOrigin::signed(1)), Error::<Test>::AlreadySettled);
		assert_noop!(Sale::claim(RuntimeOrigin::signed(1), 1), Error::<Test>::NoBid);
	});
}

#[test]
fn undersubscribed_every_bid_fills_at_the_floor_and_the_rest_goes_to_the_treasury() {
	test(|| {
		open_sale();
		eligible(1, 0);
		bid(1, 10 * TICK, 1_000 * USD, false);
		settle();
		// 1,000 USD at 0.0001 buys 10,000,000 tokens; 290,000,000 are unsold.
		assert_eq!(
			last_event(),
			Event::Settled { price: FLOOR, sold: 10_000_000 * UNIT, unsold: 290_000_000 * UNIT }
		);
		assert_eq!(Balances::free_balance(TREASURY), 290_000_000 * UNIT);
		let allocation = claim(1);
		assert_eq!(
			allocation,
			Allocation { tokens: 10_000_000 * UNIT, cost: 1_000 * USD, ..Default::default() }
		);
		assert_eq!(tokens_of(1), 10_000_000 * UNIT);
		assert_noop!(Sale::claim(RuntimeOrigin::signed(1), 1), Error::<Test>::NoBid);
	});
}

#[test]
fn exactly_subscribed_everyone_fills_at_the_price_that_sells_it_all() {
	test(|| {
		open_sale();
		eligible(1, 0);
		eligible(2, 0);
		// 3,000,000 USD at 0.01 asks for exactly 300,000,000 tokens.
		bid(1, CENT, 1_000_000 * USD, false);
		bid(2, CENT, 2_000_000 * USD, false);
		settle();
		assert_eq!(Event::Settled { price: CENT, sold: OFFERING, unsold: 0 }, last_event());
		assert_eq!(claim(1).tokens, 100_000_000 * UNIT);
		assert_eq!(claim(2).tokens, 200_000_000 * UNIT);
		assert_eq!(Balances::free_balance(TREASURY), 0);
	});
}

#[test]
fn oversubscribed_bids_above_fill_and_the_marginal_level_shares_by_priority_then_pro_rata() {
	test(|| {
		open_sale();
		eligible(1, 0);
		eligible(2, 0);
		eligible(3, 2);
		eligible(4, 0);
		bid(1, 2 * CENT, 2_000_000 * USD, true);
		bid(2, CENT, 1_000_000 * USD, false);
		bid(3, CENT, 500_000 * USD, false);
		bid(4, CENT, 2_000_000 * USD, false);
		settle();
		// At 0.0101 only Alice's 2M USD bids: 198M tokens, short. At 0.01: 550M ≥ 300M.
		let result = Cleared::<Test>::get().unwrap();
		assert_eq!((result.level, result.price), (99, CENT));
		assert_eq!(result.above, Fill::Full);
		// Above: 200M to bidder 1. At 0.01, 100M left: score 2 (bidder 3) takes its 50M, then
		// score 0 (bidders 2 and 4, 3M USD) shares the last 50M by budget.
		assert_eq!(
			result.at,
			Fill::Shared { cutoff: 0, supply: 50_000_000 * UNIT, class_budget: 3_000_000 * USD }
		);
		assert_eq!(result.sold, OFFERING);

		// Bidder 1: 200M at 0.01 for its 2M USD, locked up: a 10% bonus, all frozen.
		assert_eq!(
			claim(1),
			Allocation {
				tokens: 200_000_000 * UNIT,
				bonus: 20_000_000 * UNIT,
				cost: 2_000_000 * USD,
				..Default::default()
			}
		);
		// Bidder 3: 50M for 500k USD, and score 2's 10% multiplier: 5M.
		assert_eq!(
			claim(3),
			Allocation {
				tokens: 50_000_000 * UNIT,
				multiplier: 5_000_000 * UNIT,
				cost: 500_000 * USD,
				..Default::default()
			}
		);
		// Bidder 2: 50M × 1/3 = 16,666,666.666666666666 tokens, rounded down to the planck;
		// cost 166,666.666667 USD, rounded up to the micro-USD; the rest of its 1M USD back.
		assert_eq!(
			claim(2),
			Allocation {
				tokens: 16_666_666_666_666_666_666,
				cost: 166_666_666_667,
				refund: 1_000_000 * USD - 166_666_666_667,
				..Default::default()
			}
		);
		// Bidder 4: 50M × 2/3 = 33,333,333.333333333333 tokens for 333,333.333334 USD.
		assert_eq!(
			claim(4),
			Allocation {
				tokens: 33_333_333_333_333_333_333,
				cost: 333_333_333_334,
				refund: 2_000_000 * USD - 333_333_333_334,
				..Default::default()
			}
		);
		assert_eq!(usdc(4), BIDDER_FUNDS - 333_333_333_334);
	});
}

#[test]
fn bids_above_share_the_offering_when_between_two_ticks_they_ask_for_more() {
	test(|| {
		open_sale();
		eligible(1, 0);
		eligible(2, 4);
		eligible(3, 7);
		// At 0.0101 the 3.01M USD above ask for 298,019,801 tokens: short. At 0.01 they ask for
		// 301M, more than the offering, so they share it and the bid at 0.01 gets nothing,
		// whatever its score.
		bid(1, CENT + TICK, 2_010_000 * USD, false);
		bid(2, CENT + TICK, 1_000_000 * USD, false);
		bid(3, CENT, 5_000_000 * USD, false);
		settle();
		let result = Cleared::<Test>::get().unwrap();
		assert_eq!(result.price, CENT);
		assert_eq!(result.at, Fill::Nothing);
		// Score 4 first: 100M. Score 0 shares the remaining 200M alone.
		assert_eq!(
			result.above,
			Fill::Shared { cutoff: 0, supply: 200_000_000 * UNIT, class_budget: 2_010_000 * USD }
		);
		let first = claim(1);
		assert_eq!((first.tokens, first.cost), (200_000_000 * UNIT, 2_000_000 * USD));
		assert_eq!(first.refund, 10_000 * USD);
		let second = claim(2);
		// 20% multiplier for score 4.
		assert_eq!((second.tokens, second.multiplier), (100_000_000 * UNIT, 20_000_000 * UNIT));
		assert_eq!(claim(3), Allocation { refund: 5_000_000 * USD, ..Default::default() });
		assert_eq!(usdc(3), BIDDER_FUNDS);
	});
}

#[test]
fn multipliers_are_scaled_down_to_the_pool() {
	test(|| {
		let mut terms = default_terms();
		terms.multiplier_pool = 10_000_000 * UNIT;
		assert_ok!(Sale::configure(RuntimeOrigin::root(), terms));
		System::set_block_number(START);
		eligible(1, 7);
		bid(1, CENT, 3_000_000 * USD, false);
		settle();
		// Score 7 wants 35% of 300M = 105M; the pool has 10M.
		assert_eq!(
			Cleared::<Test>::get().unwrap().multiplier_scale,
			(10_000_000 * UNIT, 105_000_000 * UNIT)
		);
		assert_eq!(claim(1).multiplier, 10_000_000 * UNIT);
	});
}

#[test]
fn us_bidders_are_locked_up_without_a_bonus() {
	test(|| {
		open_sale();
		assert_ok!(Sale::set_eligibility(
			RuntimeOrigin::root(),
			1,
			Some(Eligibility { us: true, score: 0 })
		));
		bid(1, CENT, 1_000 * USD, true);
		settle();
		let allocation = claim(1);
		assert_eq!((allocation.tokens, allocation.bonus), (10_000_000 * UNIT, 0));
		assert_eq!(
			Balances::reducible_balance(
				&1,
				Preservation::Expendable,
				frame_support::traits::tokens::Fortitude::Polite
			),
			BIDDER_TOKENS
		);
	});
}

#[test]
fn locked_up_tokens_stay_frozen_until_the_lockup_ends() {
	test(|| {
		open_sale();
		eligible(1, 0);
		eligible(2, 0);
		bid(1, CENT, 1_000 * USD, true);
		bid(2, CENT, 1_000 * USD, false);
		settle();
		claim(1);
		claim(2);
		// Undersubscribed, at the floor: 10,000,000 tokens + 10% bonus, frozen; the tokens it
		// held before stay free.
		assert_eq!(tokens_of(1), 11_000_000 * UNIT);
		assert!(Balances::transfer(&1, &3, BIDDER_TOKENS + 1, Preservation::Expendable).is_err());
		assert_ok!(Balances::transfer(&2, &3, 10_000_000 * UNIT, Preservation::Expendable));

		assert_noop!(
			Sale::release_lockup(RuntimeOrigin::signed(1), 1),
			Error::<Test>::LockupNotOver
		);
		System::set_block_number(END + LOCKUP);
		assert_noop!(Sale::release_lockup(RuntimeOrigin::signed(1), 2), Error::<Test>::NotLocked);
		assert_ok!(Sale::release_lockup(RuntimeOrigin::signed(9), 1));
		assert_eq!(last_event(), Event::LockupReleased { who: 1, amount: 11_000_000 * UNIT });
		assert_ok!(Balances::transfer(&1, &3, 11_000_000 * UNIT, Preservation::Expendable));
	});
}

#[test]
fn proceeds_go_to_the_treasury() {
	test(|| {
		open_sale();
		eligible(1, 0);
		bid(1, CENT, 1_000 * USD, false);
		settle();
		assert_noop!(
			Sale::withdraw_proceeds(RuntimeOrigin::signed(5), USDC),
			Error::<Test>::NoProceeds
		);
		claim(1);
		assert_ok!(Sale::withdraw_proceeds(RuntimeOrigin::signed(5), USDC));
		assert_eq!(usdc(TREASURY), 1_000 * USD);
		assert_eq!(usdc(Sale::escrow_account()), 0);
		assert_eq!(last_event(), Event::ProceedsWithdrawn { asset: USDC, amount: 1_000 * USD });
	});
}
