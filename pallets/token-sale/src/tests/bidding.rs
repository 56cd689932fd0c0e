use super::{last_event, usdc};
use crate::{mock::*, Bids, Eligibility, Error, Escrowed, Event, LevelDemand};
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_bid_escrows_its_budget_and_joins_the_demand_at_its_level() {
	test(|| {
		open_sale();
		eligible(1, 3);
		bid(1, 2 * TICK, 500 * USD, false);
		assert_eq!(usdc(1), BIDDER_FUNDS - 500 * USD);
		assert_eq!(usdc(Sale::escrow_account()), 500 * USD);
		assert_eq!(Escrowed::<Test>::get(USDC), 500 * USD);
		// 2 × TICK is level 1 (the floor is level 0).
		let mut expected = [0; crate::SCORE_CLASSES];
		expected[3] = 500 * USD;
		assert_eq!(LevelDemand::<Test>::get(1), expected);
		assert_eq!(
			last_event(),
			Event::BidPlaced {
				who: 1,
				asset: USDC,
				budget: 500 * USD,
				max_price: 2 * TICK,
				lockup: false
			}
		);
	});
}

#[test]
fn bids_are_only_taken_while_the_sale_is_open() {
	test(|| {
		eligible(1, 0);
		assert_noop!(
			Sale::bid(RuntimeOrigin::signed(1), FLOOR, 100 * USD, USDC, false),
			Error::<Test>::NotOpen
		);
		assert_ok!(Sale::configure(RuntimeOrigin::root(), default_terms()));
		assert_noop!(
			Sale::bid(RuntimeOrigin::signed(1), FLOOR, 100 * USD, USDC, false),
			Error::<Test>::NotOpen
		);
		System::set_block_number(END);
		assert_noop!(
			Sale::bid(RuntimeOrigin::signed(1), FLOOR, 100 * USD, USDC, false),
			Error::<Test>::NotOpen
		);
	});
}

#[test]
fn invalid_bids_are_rejected() {
	test(|| {
		open_sale();
		eligible(1, 0);
		let try_bid = |who, price, budget, asset, lockup| {
			Sale::bid(RuntimeOrigin::signed(who), price, budget, asset, lockup)
		};
		assert_noop!(try_bid(1, FLOOR, 100 * USD - 1, USDC, false), Error::<Test>::BelowMinimum);
		assert_noop!(try_bid(1, FLOOR + 1, 100 * USD, USDC, false), Error::<Test>::PriceOffTick);
		assert_noop!(try_bid(1, FLOOR - 1, 100 * USD, USDC, false), Error::<Test>::PriceOutOfRange);
		assert_noop!(
			try_bid(1, CEILING + TICK, 100 * USD, USDC, false),
			Error::<Test>::PriceOutOfRange
		);
		assert_noop!(try_bid(1, FLOOR, 100 * USD, DAI, false), Error::<Test>::UnknownAsset);
		assert_noop!(try_bid(2, FLOOR, 100 * USD, USDC, false), Error::<Test>::NotEligible);
		assert_noop!(
			try_bid(1, FLOOR, BIDDER_FUNDS + 1, USDC, false),
			Error::<Test>::InsufficientFunds
		);
		assert_noop!(
			Sale::set_eligibility(
				RuntimeOrigin::root(),
				3,
				Some(Eligibility { us: false, score: crate::SCORE_CLASSES as u8 })
			),
			Error::<Test>::BadScore
		);
	});
}

#[test]
fn us_bidders_must_take_the_lockup() {
	test(|| {
		open_sale();
		assert_ok!(Sale::set_eligibility(
			RuntimeOrigin::root(),
			1,
			Some(Eligibility { us: true, score: 0 })
		));
		assert_noop!(
			Sale::bid(RuntimeOrigin::signed(1), FLOOR, 100 * USD, USDC, false),
			Error::<Test>::UsWithoutLockup
		);
		bid(1, FLOOR, 100 * USD, true);
	});
}

#[test]
fn a_bid_can_only_be_raised() {
	test(|| {
		open_sale();
		eligible(1, 2);
		bid(1, 10 * TICK, 1_000 * USD, false);
		let raise = |price, budget, asset, lockup| {
			Sale::bid(RuntimeOrigin::signed(1), price, budget, asset, lockup)
		};
		assert_noop!(raise(9 * TICK, 1_000 * USD, USDC, false), Error::<Test>::Lowering);
		assert_noop!(raise(10 * TICK, 999 * USD, USDC, false), Error::<Test>::Lowering);
		assert_noop!(raise(10 * TICK, 1_000 * USD, USDC, false), Error::<Test>::NothingRaised);
		assert_noop!(raise(10 * TICK, 2_000 * USD, USDT, false), Error::<Test>::AssetMismatch);

		// Raised in price and budget, and locked up: only the difference is escrowed, and the
		// demand moves to the new level.
		assert_ok!(raise(20 * TICK, 1_500 * USD, USDC, true));
		assert_eq!(usdc(1), BIDDER_FUNDS - 1_500 * USD);
		assert!(!LevelDemand::<Test>::contains_key(9));
		assert_eq!(LevelDemand::<Test>::get(19)[2], 1_500 * USD);
		let stored = Bids::<Test>::get(1).unwrap();
		assert_eq!((stored.budget, stored.max_level, stored.lockup), (1_500 * USD, 19, true));
		// The lockup cannot be dropped again.
		assert_noop!(raise(30 * TICK, 1_500 * USD, USDC, false), Error::<Test>::Lowering);
	});
}

#[test]
fn a_bid_keeps_the_score_it_was_placed_with() {
	test(|| {
		open_sale();
		eligible(1, 5);
		bid(1, FLOOR, 100 * USD, false);
		eligible(1, 1);
		bid(1, FLOOR, 200 * USD, false);
		assert_eq!(Bids::<Test>::get(1).unwrap().score, 5);
		assert_eq!(LevelDemand::<Test>::get(0)[5], 200 * USD);
	});
}

#[test]
fn an_appointed_attester_attests_bidders_within_its_quota_without_a_referendum() {
	use crate::AttestedBy;
	let community = Some(Eligibility { us: false, score: 1 });
	test(|| {
		assert_noop!(
			Sale::set_eligibility(RuntimeOrigin::signed(ATTESTER), 1, community),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Attesters::appoint(RuntimeOrigin::root(), ATTESTER));
		let attester = RuntimeOrigin::signed(ATTESTER);
		assert_ok!(Sale::set_eligibility(attester.clone(), 1, community));
		assert_ok!(Sale::set_eligibility(attester.clone(), 2, community));
		assert_eq!(AttestedBy::<Test>::get(1), Some(ATTESTER));
		// Its quota for the era is used; changing its own attestations does not count.
		assert_noop!(
			Sale::set_eligibility(attester.clone(), 3, community),
			pallet_registrars::Error::<Test>::QuotaUsed
		);
		assert_ok!(Sale::set_eligibility(
			attester.clone(),
			1,
			Some(Eligibility { us: true, score: 1 })
		));
		assert_ok!(Sale::set_eligibility(attester.clone(), 2, None));
		assert_eq!(AttestedBy::<Test>::get(2), None);
		// Governance's attestations, and other attesters', are not its to change.
		assert_ok!(Sale::set_eligibility(RuntimeOrigin::root(), 5, community));
		assert_noop!(
			Sale::set_eligibility(attester.clone(), 5, None),
			Error::<Test>::NotYourAttestation
		);
		// Governance changes any.
		assert_ok!(Sale::set_eligibility(RuntimeOrigin::root(), 1, None));
		assert_eq!(AttestedBy::<Test>::get(1), None);
	});
}
