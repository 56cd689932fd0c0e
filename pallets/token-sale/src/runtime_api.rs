//! The read API for bidders' apps and the node's `sale_*` RPC methods.
//!
//! In JSON, amounts are decimal strings: JavaScript numbers lose precision above 2^53.

use crate::{
	clearing, Allocation, BidCount, Bids, Cleared, Config, Escrowed, LevelDemand, Pallet, Phase,
	Terms,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::traits::Get;
use scale_info::TypeInfo;

/// The sale at a glance.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct SaleStatus<BlockNumber> {
	pub phase: Phase,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub offering: u128,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub floor_price: u128,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub ceiling_price: u128,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub tick: u128,
	pub start: Option<BlockNumber>,
	pub end: Option<BlockNumber>,
	/// Unclaimed bids.
	pub bidders: u32,
	/// Stablecoin escrowed by the unclaimed bids, all assets together.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub escrowed: u128,
	/// The clearing price: settled, or what settling now would give.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub clearing_price: u128,
	/// Tokens sold at that price.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub sold: u128,
}

/// One price level of the demand curve.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct DemandPoint {
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub price: u128,
	/// Tokens the bids at or above this price ask for at it.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub tokens: u128,
}

sp_api::decl_runtime_apis! {
	/// The token sale.
	pub trait TokenSaleApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// Phase, terms, totals and the (current) clearing price.
		fn status() -> SaleStatus<BlockNumber>;
		/// Tokens demanded at each price level, from the floor up.
		fn demand_curve() -> Vec<DemandPoint>;
		/// What `who`'s bid receives: at the settled price, or if the sale settled now.
		fn allocation(who: AccountId) -> Option<Allocation>;
	}
}

impl<T: Config> Pallet<T> {
	/// The clearing result: the stored one once settled, otherwise what settling now gives.
	fn clearing_now() -> Option<crate::Clearing<u128>> {
		Cleared::<T>::get().or_else(|| Terms::<T>::get().map(|terms| Self::clear_with(&terms)))
	}

	/// What [`TokenSaleApi::status`] returns.
	pub fn status() -> SaleStatus<frame_system::pallet_prelude::BlockNumberFor<T>> {
		let terms = Terms::<T>::get();
		let result = Self::clearing_now();
		SaleStatus {
			phase: Self::phase(),
			offering: terms.as_ref().map_or(0, |t| t.offering),
			floor_price: terms.as_ref().map_or(0, |t| t.floor_price),
			ceiling_price: terms.as_ref().map_or(0, |t| t.ceiling_price),
			tick: terms.as_ref().map_or(0, |t| t.tick),
			start: terms.as_ref().map(|t| t.start),
			end: terms.as_ref().map(|t| t.end),
			bidders: BidCount::<T>::get(),
			escrowed: Escrowed::<T>::iter_values().fold(0u128, |sum, v| sum.saturating_add(v)),
			clearing_price: result.map_or(0, |r| r.price),
			sold: result.map_or(0, |r| r.sold),
		}
	}

	/// What [`TokenSaleApi::demand_curve`] returns: one point per level, at most
	/// `MaxPriceLevels`.
	pub fn demand_curve() -> Vec<DemandPoint> {
		let Some(terms) = Terms::<T>::get() else { return Vec::new() };
		clearing::demand_curve(
			terms.levels(),
			|level| terms.price(level),
			T::TokenUnit::get(),
			LevelDemand::<T>::get,
		)
		.into_iter()
		.map(|(price, tokens)| DemandPoint { price, tokens })
		.collect()
	}

	/// What [`TokenSaleApi::allocation`] returns.
	pub fn allocation(who: &T::AccountId) -> Option<Allocation> {
		let bid = Bids::<T>::get(who)?;
		let terms = Terms::<T>::get()?;
		let result = Self::clearing_now()?;
		Some(Self::allocation_of(&bid, &terms, &result))
	}
}

/// Serde helpers for the JSON form of the types above.
#[cfg(feature = "std")]
pub(crate) mod json {
	/// A number as a decimal string.
	pub mod decimal {
		use serde::{de::Error, Deserialize, Deserializer, Serializer};

		pub fn serialize<S: Serializer>(value: &u128, serializer: S) -> Result<S::Ok, S::Error> {
			serializer.collect_str(value)
		}

		pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
			let text = String::deserialize(deserializer)?;
			text.parse().map_err(|_| D::Error::custom(format!("not a decimal number: {text}")))
		}
	}
}
