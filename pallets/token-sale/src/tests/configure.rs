use super::last_event;
use crate::{mock::*, Error, Event, Phase, Terms};
use frame_support::{assert_noop, assert_ok, traits::fungible::Mutate, BoundedVec};
use sp_runtime::DispatchError;

fn rejects(terms: crate::TermsOf<Test>, error: Error<Test>) {
	assert_noop!(Sale::configure(RuntimeOrigin::root(), terms), error);
}

#[test]
fn the_admin_sets_the_terms_and_the_phases_follow_the_blocks() {
	test(|| {
		assert_eq!(Sale::phase(), Phase::Unconfigured);
		assert_noop!(
			Sale::configure(RuntimeOrigin::signed(1), default_terms()),
			DispatchError::BadOrigin
		);
		assert_ok!(Sale::configure(RuntimeOrigin::root(), default_terms()));
		assert_eq!(
			last_event(),
			Event::SaleConfigured { offering: OFFERING, start: START, end: END }
		);
		let terms = Terms::<Test>::get().unwrap();
		assert_eq!(terms.levels(), 1_000);
		assert_eq!((terms.price(0), terms.price(999)), (FLOOR, CEILING));
		assert_eq!(Sale::phase(), Phase::Pending);
		System::set_block_number(START);
		assert_eq!(Sale::phase(), Phase::Open);
		System::set_block_number(END);
		assert_eq!(Sale::phase(), Phase::Closed);
		assert_ok!(Sale::settle(RuntimeOrigin::signed(1)));
		assert_eq!(Sale::phase(), Phase::Settled);
	});
}

#[test]
fn the_terms_can_change_until_bidding_starts() {
	test(|| {
		assert_ok!(Sale::configure(RuntimeOrigin::root(), default_terms()));
		let mut smaller = default_terms();
		smaller.offering = OFFERING / 2;
		assert_ok!(Sale::configure(RuntimeOrigin::root(), smaller));
		assert_eq!(Terms::<Test>::get().unwrap().offering, OFFERING / 2);
		System::set_block_number(START);
		rejects(default_terms(), Error::<Test>::SaleStarted);
	});
}

#[test]
fn invalid_terms_are_rejected() {
	test(|| {
		let with = |change: fn(&mut crate::TermsOf<Test>)| {
			let mut terms = default_terms();
			change(&mut terms);
			terms
		};
		rejects(with(|t| t.offering = 0), Error::<Test>::ZeroOffering);
		rejects(with(|t| t.tick = 0), Error::<Test>::BadPriceGrid);
		rejects(with(|t| t.floor_price = 0), Error::<Test>::BadPriceGrid);
		rejects(with(|t| t.ceiling_price = FLOOR - 1), Error::<Test>::BadPriceGrid);
		rejects(with(|t| t.ceiling_price = CEILING + 1), Error::<Test>::BadPriceGrid);
		rejects(with(|t| t.ceiling_price = CEILING + TICK), Error::<Test>::TooManyLevels);
		rejects(with(|t| t.assets = BoundedVec::new()), Error::<Test>::BadAssetList);
		rejects(
			with(|t| t.assets = BoundedVec::truncate_from(vec![USDC, USDC])),
			Error::<Test>::BadAssetList,
		);
		rejects(
			with(|t| t.assets = BoundedVec::truncate_from(vec![USDC, 77])),
			Error::<Test>::UnknownAsset,
		);
		rejects(with(|t| t.start = 1), Error::<Test>::BadSchedule);
		rejects(with(|t| t.end = START), Error::<Test>::BadSchedule);
		rejects(with(|t| t.multiplier_pool = SALE_FUNDS), Error::<Test>::SaleUnderfunded);
	});
}

#[test]
fn the_sale_account_must_cover_offering_bonus_and_pool() {
	test(|| {
		// Offering + 10% + pool, and the existential deposit the account keeps.
		let needed = OFFERING + OFFERING / 10 + MULTIPLIER_POOL;
		Balances::set_balance(&SALE_ACCOUNT, needed + EXISTENTIAL_DEPOSIT - 1);
		rejects(default_terms(), Error::<Test>::SaleUnderfunded);
		Balances::set_balance(&SALE_ACCOUNT, needed + EXISTENTIAL_DEPOSIT);
		assert_ok!(Sale::configure(RuntimeOrigin::root(), default_terms()));
	});
}
