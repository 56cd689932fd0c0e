//! Thousands of random bid books, each cleared by the pallet (bids placed and raised through
//! the calls, settled, every bid claimed) and by a brute-force reference written from the
//! rules over the plain list of bids: identical clearing prices and allocations, and no value
//! created by rounding.

use crate::{
	clearing::{cost_of, tokens_for},
	mock::*,
	Allocation, Cleared, Eligibility, Event, SCORE_CLASSES,
};
use frame_support::{assert_ok, traits::fungibles::Inspect, BoundedVec};
use rand::{rngs::SmallRng, Rng, SeedableRng};
use sp_runtime::Permill;

const BOOKS: u64 = 2_000;

#[derive(Clone, Debug)]
struct PlainBid {
	who: AccountId,
	budget: Balance,
	level: u32,
	score: u8,
	lockup: bool,
	us: bool,
}

/// A random sale: a price grid, an offering near the book's demand, multipliers, a pool that
/// is sometimes too small.
fn random_terms(rng: &mut SmallRng) -> crate::TermsOf<Test> {
	let mut terms = default_terms();
	terms.tick = rng.gen_range(1..=500);
	terms.floor_price = rng.gen_range(1..=1_000);
	let levels: u128 = rng.gen_range(1..=1_000);
	terms.ceiling_price = terms.floor_price + terms.tick * (levels - 1);
	terms.min_bid = 100 * USD;
	terms.offering = rng.gen_range(1..=300_000_000) * UNIT;
	terms.lockup_bonus = Permill::from_percent(rng.gen_range(0..=20));
	terms.multiplier_pool = rng.gen_range(0..=20_000_000) * UNIT;
	for rate in terms.multipliers.iter_mut() {
		*rate = Permill::from_parts(rng.gen_range(0..=500_000));
	}
	terms.assets = BoundedVec::truncate_from(vec![USDC, USDT]);
	terms
}

/// Random bids on a few price levels, so that ties and shared levels are common.
fn random_bids(rng: &mut SmallRng, levels: u32) -> Vec<PlainBid> {
	let hot: Vec<u32> = (0..rng.gen_range(1..=4)).map(|_| rng.gen_range(0..levels)).collect();
	(1..=rng.gen_range(1..=20u64))
		.map(|who| {
			let us = rng.gen_bool(0.2);
			PlainBid {
				who,
				budget: rng.gen_range(100 * USD..=3_000_000 * USD),
				level: if rng.gen_bool(0.8) {
					hot[rng.gen_range(0..hot.len())]
				} else {
					rng.gen_range(0..levels)
				},
				score: rng.gen_range(0..SCORE_CLASSES as u8),
				lockup: us || rng.gen_bool(0.5),
				us,
			}
		})
		.collect()
}

/// The clearing price and every bid's allocation, computed directly from the rules.
fn reference(terms: &crate::TermsOf<Test>, bids: &[PlainBid]) -> (Balance, Vec<Allocation>) {
	let price = |level: u32| terms.floor_price + terms.tick * Balance::from(level);
	let budget_of =
		|bids: &mut dyn Iterator<Item = &PlainBid>| -> Balance { bids.map(|b| b.budget).sum() };
	// The highest level at which the bids at or above it ask for the whole offering.
	let clearing = (0..terms.levels()).rev().find(|&level| {
		let budget = budget_of(&mut bids.iter().filter(|b| b.level >= level));
		tokens_for(budget, price(level), UNIT) >= terms.offering
	});
	let mut tokens = vec![0; bids.len()];
	// What each score was allotted, the base of the multiplier pool's scaling.
	let mut allotted = [0; SCORE_CLASSES];
	let p = match clearing {
		None => {
			let p = price(0);
			for (i, b) in bids.iter().enumerate() {
				tokens[i] = tokens_for(b.budget, p, UNIT);
			}
			for score in 0..SCORE_CLASSES {
				let budget = budget_of(&mut bids.iter().filter(|b| usize::from(b.score) == score));
				allotted[score] = tokens_for(budget, p, UNIT);
			}
			p
		},
		Some(level) => {
			let p = price(level);
			let above: Vec<usize> = (0..bids.len()).filter(|&i| bids[i].level > level).collect();
			let at: Vec<usize> = (0..bids.len()).filter(|&i| bids[i].level == level).collect();
			let class_ask = |group: &[usize], score: usize| {
				let budget = budget_of(
					&mut group.iter().map(|&i| &bids[i]).filter(|b| usize::from(b.score) == score),
				);
				(budget, tokens_for(budget, p, UNIT))
			};
			let ask_above: Balance = (0..SCORE_CLASSES).map(|s| class_ask(&above, s).1).sum();
			let mut serve = |group: &[usize], supply: Balance| {
				let mut left = supply;
				for score in (0..SCORE_CLASSES).rev() {
					let (budget, ask) = class_ask(group, score);
					let members = group.iter().filter(|&&i| usize::from(bids[i].score) == score);
					if ask <= left {
						for &i in members {
							tokens[i] = tokens_for(bids[i].budget, p, UNIT);
						}
						allotted[score] += ask;
						left -= ask;
					} else {
						for &i in members {
							tokens[i] =
								sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
									left,
									bids[i].budget,
									budget,
									sp_runtime::Rounding::Down,
								)
								.unwrap();
						}
						allotted[score] += left;
						left = 0;
					}
				}
			};
			if ask_above >= terms.offering {
				serve(&above, terms.offering);
			} else {
				serve(&above, ask_above);
				serve(&at, terms.offering - ask_above);
			}
			p
		},
	};
	let wanted: Balance =
		(0..SCORE_CLASSES).map(|s| terms.multipliers[s].mul_floor(allotted[s])).sum();
	let allocations = bids
		.iter()
		.zip(tokens)
		.map(|(b, tokens)| {
			let bonus = if b.lockup && !b.us { terms.lockup_bonus.mul_floor(tokens) } else { 0 };
			let mut multiplier = terms.multipliers[usize::from(b.score)].mul_floor(tokens);
			if wanted > terms.multiplier_pool {
				multiplier = sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
					multiplier,
					terms.multiplier_pool,
					wanted,
					sp_runtime::Rounding::Down,
				)
				.unwrap();
			}
			let cost = cost_of(tokens, p, UNIT);
			Allocation { tokens, bonus, multiplier, cost, refund: b.budget - cost }
		})
		.collect();
	(p, allocations)
}

/// Places `bid` through the pallet, sometimes as a smaller, lower bid raised afterwards.
fn place(
	terms: &crate::TermsOf<Test>,
	bid: &PlainBid,
	asset: AssetId,
	raise_from: Option<(u32, Balance)>,
) {
	assert_ok!(Sale::set_eligibility(
		RuntimeOrigin::root(),
		bid.who,
		Some(Eligibility { us: bid.us, score: bid.score })
	));
	if let Some((level, budget)) = raise_from {
		assert_ok!(Sale::bid(
			RuntimeOrigin::signed(bid.who),
			terms.price(level),
			budget,
			asset,
			bid.us
		));
	}
	assert_ok!(Sale::bid(
		RuntimeOrigin::signed(bid.who),
		terms.price(bid.level),
		bid.budget,
		asset,
		bid.lockup
	));
}

#[test]
fn random_books_clear_like_the_brute_force_reference() {
	let mut rng = SmallRng::seed_from_u64(0x7e55e7a);
	let (mut oversubscribed, mut shared) = (0, 0);
	for book in 0..BOOKS {
		let terms = random_terms(&mut rng);
		let bids = random_bids(&mut rng, terms.levels());
		let raises: Vec<_> = bids
			.iter()
			.map(|b| {
				(rng.gen_bool(0.3) && b.budget >= 200 * USD)
					.then(|| (rng.gen_range(0..=b.level), rng.gen_range(100 * USD..b.budget)))
			})
			.collect();
		let assets: Vec<_> =
			bids.iter().map(|_| if rng.gen_bool(0.5) { USDC } else { USDT }).collect();
		let (expected_price, expected) = reference(&terms, &bids);

		test(|| {
			assert_ok!(Sale::configure(RuntimeOrigin::root(), terms.clone()));
			System::set_block_number(terms.start);
			for ((bid, raise), asset) in bids.iter().zip(&raises).zip(&assets) {
				place(&terms, bid, *asset, *raise);
			}
			System::set_block_number(terms.end);
			assert_ok!(Sale::settle(RuntimeOrigin::signed(1)));
			let result = Cleared::<Test>::get().unwrap();
			assert_eq!(result.price, expected_price, "book {book}: clearing price");
			if result.sold == terms.offering {
				oversubscribed += 1;
			}
			if matches!(result.above, crate::Fill::Shared { .. })
				|| matches!(result.at, crate::Fill::Shared { .. })
			{
				shared += 1;
			}

			let sale_before = Balances::free_balance(SALE_ACCOUNT);
			let (mut paid_out, mut multipliers, mut bonuses) = (0, 0, 0);
			for (bid, want) in bids.iter().zip(&expected) {
				assert_ok!(Sale::claim(RuntimeOrigin::signed(1), bid.who));
				let Some(Event::Claimed { allocation, .. }) =
					System::events().into_iter().rev().find_map(|r| match r.event {
						RuntimeEvent::Sale(e @ Event::Claimed { .. }) => Some(e),
						_ => None,
					})
				else {
					panic!("book {book}: no claim event")
				};
				assert_eq!(&allocation, want, "book {book}: allocation of bid {bid:?}");
				assert!(allocation.cost <= bid.budget);
				paid_out += allocation.total_tokens();
				multipliers += allocation.multiplier;
				bonuses += allocation.bonus;
			}
			// No value created: tokens within what was sold plus the pools, the sale account
			// down by exactly what was paid, stablecoin conserved.
			let base: Balance = expected.iter().map(|a| a.tokens).sum();
			assert!(base <= result.sold && result.sold <= terms.offering, "book {book}");
			assert!(multipliers <= terms.multiplier_pool, "book {book}");
			assert!(bonuses <= terms.lockup_bonus.mul_floor(terms.offering), "book {book}");
			assert_eq!(sale_before - Balances::free_balance(SALE_ACCOUNT), paid_out);
			let escrow = Sale::escrow_account();
			let cost: Balance = expected.iter().map(|a| a.cost).sum();
			let held = <Assets as Inspect<AccountId>>::balance(USDC, &escrow)
				+ <Assets as Inspect<AccountId>>::balance(USDT, &escrow);
			assert_eq!(held, cost, "book {book}: the escrow keeps exactly the proceeds");
		});
	}
	// The books exercise every branch, not just the easy ones.
	assert!(oversubscribed > BOOKS / 10, "only {oversubscribed} oversubscribed books");
	assert!(shared > BOOKS / 10, "only {shared} books with a shared group");
}
