//! What pallet-token-sale stores: the sale's terms, eligibility, bids and the clearing result.

use crate::{AssetIdOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::Permill;

/// Community scores run from 0 (no priority) to `SCORE_CLASSES - 1`. A higher score is served
/// first wherever bids share tokens, and earns its multiplier.
pub const SCORE_CLASSES: usize = 8;

/// A community score: `0..SCORE_CLASSES`.
pub type Score = u8;

/// Budgets per community score at one price level (or summed over several).
pub type ScoreBudgets<Balance> = [Balance; SCORE_CLASSES];

/// Price levels are numbered from 0 (the floor) to `levels - 1` (the ceiling).
pub type PriceLevel = u32;

/// The terms of the sale, set by the admin origin before it opens.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct SaleTerms<T: Config> {
	/// Tokens offered, in planck.
	pub offering: u128,
	/// Lowest price: stablecoin units (e.g. micro-USD) per whole token.
	pub floor_price: u128,
	/// Highest price, on the tick grid above the floor.
	pub ceiling_price: u128,
	/// Distance between two price levels.
	pub tick: u128,
	/// Smallest budget a bid may have, in stablecoin units.
	pub min_bid: u128,
	/// Stablecoins accepted, as asset ids; all with the same decimals (prices are per unit).
	pub assets: BoundedVec<AssetIdOf<T>, T::MaxAssets>,
	/// First block of bidding.
	pub start: BlockNumberFor<T>,
	/// First block after bidding: from here on the sale can be settled.
	pub end: BlockNumberFor<T>,
	/// How long locked-up tokens stay frozen after `end`.
	pub lockup: BlockNumberFor<T>,
	/// Extra tokens for a voluntary lockup (not for US bidders, whose lockup is required).
	pub lockup_bonus: Permill,
	/// Tokens set aside for community multipliers.
	pub multiplier_pool: u128,
	/// Extra tokens per community score, as a share of the tokens bought, paid from the pool.
	pub multipliers: [Permill; SCORE_CLASSES],
}

impl<T: Config> SaleTerms<T> {
	/// Number of price levels: floor, ceiling and every tick between.
	pub fn levels(&self) -> u32 {
		let span = (self.ceiling_price - self.floor_price) / self.tick;
		u32::try_from(span).unwrap_or(u32::MAX).saturating_add(1)
	}

	/// The price of `level`.
	pub fn price(&self, level: PriceLevel) -> u128 {
		self.floor_price + self.tick * u128::from(level)
	}

	/// The level of `price`, if it is on the grid and in range.
	pub fn level_of(&self, price: u128) -> Option<PriceLevel> {
		if price < self.floor_price || price > self.ceiling_price {
			return None;
		}
		let offset = price - self.floor_price;
		if offset % self.tick != 0 {
			return None;
		}
		(offset / self.tick).try_into().ok()
	}
}

/// Where the sale stands.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum Phase {
	/// No terms set.
	Unconfigured,
	/// Terms set, bidding has not started; the admin may still change the terms.
	Pending,
	/// Bidding.
	Open,
	/// Bidding ended; anyone may settle.
	Closed,
	/// Cleared: bidders claim.
	Settled,
}

/// What an account may do in the sale, as the eligibility origin attested.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Eligibility {
	/// A US person: may only bid with the lockup, and gets no lockup bonus.
	pub us: bool,
	/// Community score, `0..SCORE_CLASSES`.
	pub score: Score,
}

/// An account's bid: a budget and the highest price it accepts.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Bid<AssetId, Balance> {
	/// Stablecoin escrowed: the most the bidder pays.
	pub budget: Balance,
	pub max_level: PriceLevel,
	pub asset: AssetId,
	pub lockup: bool,
	/// The bidder's eligibility when it bid; later changes do not move a bid between classes.
	pub us: bool,
	pub score: Score,
}

/// How a group of bids (those above the clearing price, or those at it) is served.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Fill<Balance> {
	/// Every bid gets all it asks for.
	Full,
	/// No bid gets anything.
	Nothing,
	/// Scores above `cutoff` get all they ask for; bids with score `cutoff` share `supply`
	/// tokens in proportion to their budgets (out of `class_budget`); lower scores get nothing.
	Shared { cutoff: Score, supply: Balance, class_budget: Balance },
}

/// The result of clearing: the price everyone pays, and who is served how.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Clearing<Balance> {
	pub level: PriceLevel,
	pub price: Balance,
	/// Bids with a maximum above `level`.
	pub above: Fill<Balance>,
	/// Bids with a maximum exactly at `level`.
	pub at: Fill<Balance>,
	/// Tokens allocated in total (an upper bound of what claims pay: each claim rounds down).
	pub sold: Balance,
	/// Multiplier tokens are scaled by `multiplier_scale.0 / multiplier_scale.1` when their
	/// demand exceeds the pool.
	pub multiplier_scale: (Balance, Balance),
}

/// What one bid receives and pays once the sale is cleared.
#[derive(
	Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Allocation {
	/// Tokens bought at the clearing price.
	#[cfg_attr(feature = "std", serde(with = "crate::runtime_api::json::decimal"))]
	pub tokens: u128,
	/// Lockup bonus tokens.
	#[cfg_attr(feature = "std", serde(with = "crate::runtime_api::json::decimal"))]
	pub bonus: u128,
	/// Community multiplier tokens.
	#[cfg_attr(feature = "std", serde(with = "crate::runtime_api::json::decimal"))]
	pub multiplier: u128,
	/// Stablecoin paid: the tokens at the clearing price, rounded up.
	#[cfg_attr(feature = "std", serde(with = "crate::runtime_api::json::decimal"))]
	pub cost: u128,
	/// Stablecoin returned: the rest of the budget.
	#[cfg_attr(feature = "std", serde(with = "crate::runtime_api::json::decimal"))]
	pub refund: u128,
}

impl Allocation {
	/// Every token the bidder receives.
	pub fn total_tokens(&self) -> u128 {
		self.tokens.saturating_add(self.bonus).saturating_add(self.multiplier)
	}
}
