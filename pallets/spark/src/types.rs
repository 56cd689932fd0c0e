//! The values pallet-spark stores and hands to other pallets and clients.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A quantity of Spark. One Spark pays for one standard job unit, so Spark is counted in
/// whole units: there is nothing smaller to pay for.
pub type SparkAmount = u64;

/// The two kinds of Spark an account can hold.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum SparkKind {
	/// Granted for free to registered accounts; capped, spent last.
	Free,
	/// Bought or earned; spent first and gives a job queue priority.
	Premium,
}

/// The Spark an account holds. Kept apart from the native token's accounts so that no
/// fungible-token path (transfer, hold, teleport) can ever reach it.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct SparkBalance {
	pub free: SparkAmount,
	pub premium: SparkAmount,
}

impl SparkBalance {
	/// Both kinds together, or `None` if that does not fit a [`SparkAmount`].
	pub fn total(&self) -> Option<SparkAmount> {
		self.free.checked_add(self.premium)
	}

	/// Both kinds together, widened so that it never overflows: for totals.
	pub fn sum(&self) -> u128 {
		u128::from(self.free) + u128::from(self.premium)
	}

	pub fn is_empty(&self) -> bool {
		self.free == 0 && self.premium == 0
	}
}

/// What one charge took from an account, kind by kind. A refund gives back exactly this, so a
/// cancelled job restores premium Spark as premium and free Spark as free.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct SparkCharge {
	pub premium: SparkAmount,
	pub free: SparkAmount,
}

impl SparkCharge {
	/// Whether premium Spark paid for the whole job, which entitles it to queue priority. A
	/// single premium Spark must not lift a job paid otherwise with free Spark (which the
	/// reward pot pays for) into the lane of paying creators.
	pub fn all_premium(&self) -> bool {
		self.premium > 0 && self.free == 0
	}
}

/// An account the registrar has verified, and when it may next claim its free grant.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Registration<BlockNumber> {
	/// The first block in which the next free-grant claim is valid.
	pub next_claim_at: BlockNumber,
}

/// Running totals over every account, for supply accounting and for `try_state`.
///
/// Refunds count as mints and spends as burns, so at all times
/// `sum of all balances == minted - burned`.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct SparkTotals {
	pub minted: u128,
	pub burned: u128,
}

impl SparkTotals {
	/// Spark held by all accounts together.
	pub fn outstanding(&self) -> u128 {
		self.minted.saturating_sub(self.burned)
	}
}

/// Premium Spark granted as task rewards in one reward period, for the per-period budget.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct RewardSpending<BlockNumber> {
	/// The period the figure belongs to: the block number divided by the period length.
	pub period: BlockNumber,
	pub granted: SparkAmount,
}

/// Everything a client needs to show an account's Spark, returned by the runtime API.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SparkAccountInfo<BlockNumber> {
	pub free: SparkAmount,
	pub premium: SparkAmount,
	/// Whether the registrar has verified the account, which it needs to claim free Spark.
	pub registered: bool,
	/// The first block at which a free-grant claim is valid; `None` when not registered.
	pub next_claim_at: Option<BlockNumber>,
}
