//! Clearing the auction from demand aggregated per price level and community score: the work
//! is O(levels × scores), independent of the number of bids, and each bid's allocation
//! follows from the result in O(1).
//!
//! A bid is a budget `B` with a maximum price; at price `P` it asks for `B / P` tokens. The
//! clearing price is the highest level at which the bids with a maximum at or above it ask
//! for at least the offering, or the floor if none does. Everyone pays it. Bids above it are
//! served first; if together they ask for the whole offering or more (possible between two
//! ticks), they share it and the bids at the clearing level get nothing; otherwise they are
//! filled and the bids at the clearing level share the rest. Within a sharing group higher
//! community scores are served first; the score where tokens run out shares what is left in
//! proportion to budgets. Every division rounds down, so no tokens are created.

use crate::types::{
	Allocation, Bid, Clearing, Fill, PriceLevel, Score, ScoreBudgets, SCORE_CLASSES,
};
use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Permill, Rounding};

/// `a × b / c` with a 256-bit intermediate, rounded as asked; zero when `c` is zero and
/// saturated when the result does not fit.
fn mul_div(a: u128, b: u128, c: u128, rounding: Rounding) -> u128 {
	if c == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(a, b, c, rounding).unwrap_or(u128::MAX)
}

/// Tokens (in planck, `unit` per whole token) that `budget` buys at `price` per whole token,
/// rounded down.
pub fn tokens_for(budget: u128, price: u128, unit: u128) -> u128 {
	mul_div(budget, unit, price, Rounding::Down)
}

/// What `tokens` cost at `price`, rounded up, so that the buyer never pays less than the
/// price.
pub fn cost_of(tokens: u128, price: u128, unit: u128) -> u128 {
	mul_div(tokens, price, unit, Rounding::Up)
}

fn sum(budgets: &ScoreBudgets<u128>) -> u128 {
	budgets.iter().fold(0u128, |total, b| total.saturating_add(*b))
}

/// The market the clearing works on: the offering and how prices and tokens are counted.
pub struct Market<'a> {
	pub offering: u128,
	/// Planck per whole token.
	pub unit: u128,
	/// Number of price levels.
	pub levels: u32,
	/// The price of a level.
	pub price: &'a dyn Fn(PriceLevel) -> u128,
	pub multipliers: [Permill; SCORE_CLASSES],
	pub multiplier_pool: u128,
}

impl Market<'_> {
	/// Clears the book whose budgets per level and score `demand` returns. Reads levels from
	/// the ceiling down and stops at the clearing level.
	pub fn clear(
		&self,
		mut demand: impl FnMut(PriceLevel) -> ScoreBudgets<u128>,
	) -> Clearing<u128> {
		let mut above = [0u128; SCORE_CLASSES];
		for level in (0..self.levels).rev() {
			let at = demand(level);
			let price = (self.price)(level);
			let budget = sum(&above).saturating_add(sum(&at));
			if tokens_for(budget, price, self.unit) >= self.offering {
				return self.clear_at(level, price, &above, &at);
			}
			for (total, add) in above.iter_mut().zip(at) {
				*total = total.saturating_add(add);
			}
		}
		// Undersubscribed: every bid is filled at the floor; the rest stays unsold.
		let price = (self.price)(0);
		let allocated = above.map(|budget| tokens_for(budget, price, self.unit));
		self.result(0, price, Fill::Full, Fill::Full, allocated)
	}

	/// Oversubscribed at `level`: `above` holds the budgets of the levels above it, `at` those
	/// of the level itself.
	fn clear_at(
		&self,
		level: PriceLevel,
		price: u128,
		above: &ScoreBudgets<u128>,
		at: &ScoreBudgets<u128>,
	) -> Clearing<u128> {
		let mut allocated = [0u128; SCORE_CLASSES];
		let asks_above = above.map(|budget| tokens_for(budget, price, self.unit));
		let (above_fill, at_fill) = if sum(&asks_above) >= self.offering {
			(share(above, &asks_above, self.offering, &mut allocated), Fill::Nothing)
		} else {
			allocated = asks_above;
			let asks_at = at.map(|budget| tokens_for(budget, price, self.unit));
			let left = self.offering - sum(&asks_above);
			(Fill::Full, share(at, &asks_at, left, &mut allocated))
		};
		self.result(level, price, above_fill, at_fill, allocated)
	}

	fn result(
		&self,
		level: PriceLevel,
		price: u128,
		above: Fill<u128>,
		at: Fill<u128>,
		allocated: ScoreBudgets<u128>,
	) -> Clearing<u128> {
		// An upper bound of the multiplier tokens the claims will ask for.
		let wanted = allocated
			.iter()
			.zip(self.multipliers)
			.fold(0u128, |total, (tokens, rate)| total.saturating_add(rate.mul_floor(*tokens)));
		let multiplier_scale =
			if wanted > self.multiplier_pool { (self.multiplier_pool, wanted) } else { (1, 1) };
		Clearing { level, price, above, at, sold: sum(&allocated), multiplier_scale }
	}
}

/// Serves one group of bids with `supply` tokens, highest score first; adds what each score
/// gets to `allocated`.
fn share(
	budgets: &ScoreBudgets<u128>,
	asks: &ScoreBudgets<u128>,
	supply: u128,
	allocated: &mut ScoreBudgets<u128>,
) -> Fill<u128> {
	let mut left = supply;
	for score in (0..SCORE_CLASSES).rev() {
		if asks[score] <= left {
			left -= asks[score];
			allocated[score] = allocated[score].saturating_add(asks[score]);
		} else {
			allocated[score] = allocated[score].saturating_add(left);
			return Fill::Shared {
				cutoff: score as Score,
				supply: left,
				class_budget: budgets[score],
			};
		}
	}
	Fill::Full
}

/// What `bid` receives and pays under `clearing`.
pub fn allocation<AssetId>(
	bid: &Bid<AssetId, u128>,
	clearing: &Clearing<u128>,
	unit: u128,
	lockup_bonus: Permill,
	multipliers: &[Permill; SCORE_CLASSES],
) -> Allocation {
	let fill = match bid.max_level {
		level if level > clearing.level => clearing.above,
		level if level == clearing.level => clearing.at,
		_ => Fill::Nothing,
	};
	let full = tokens_for(bid.budget, clearing.price, unit);
	let tokens = match fill {
		Fill::Full => full,
		Fill::Nothing => 0,
		Fill::Shared { cutoff, .. } if bid.score > cutoff => full,
		Fill::Shared { cutoff, supply, class_budget } if bid.score == cutoff => {
			mul_div(supply, bid.budget, class_budget, Rounding::Down)
		},
		Fill::Shared { .. } => 0,
	};
	let bonus = if bid.lockup && !bid.us { lockup_bonus.mul_floor(tokens) } else { 0 };
	let rate = multipliers[usize::from(bid.score).min(SCORE_CLASSES - 1)];
	let (pool, wanted) = clearing.multiplier_scale;
	let multiplier = mul_div(rate.mul_floor(tokens), pool, wanted, Rounding::Down);
	let cost = cost_of(tokens, clearing.price, unit).min(bid.budget);
	Allocation { tokens, bonus, multiplier, cost, refund: bid.budget - cost }
}

/// Tokens demanded at each level: `(price, tokens)` from the floor up, where `tokens` is what
/// the bids with a maximum at or above the level ask for at its price.
pub fn demand_curve(
	levels: u32,
	price: impl Fn(PriceLevel) -> u128,
	unit: u128,
	mut demand: impl FnMut(PriceLevel) -> ScoreBudgets<u128>,
) -> alloc::vec::Vec<(u128, u128)> {
	let mut curve = alloc::vec::Vec::with_capacity(levels as usize);
	let mut budget = 0u128;
	for level in (0..levels).rev() {
		budget = budget.saturating_add(sum(&demand(level)));
		curve.push((price(level), tokens_for(budget, price(level), unit)));
	}
	curve.reverse();
	curve
}
