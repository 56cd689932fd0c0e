//! Weights for `pallet_draw_seed`, until `scripts/benchmark.sh pallet_draw_seed
//! runtime/src/draw_seed/weights.rs` replaces this file with its measurement: the hook took 46 µs
//! natively (2026-12-07, the development machine, 2,000 runs), charged at ten times that.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_draw_seed`.
pub trait WeightInfo {
	fn on_initialize() -> Weight;
}

/// Weights for `pallet_draw_seed` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn on_initialize() -> Weight {
		Weight::from_parts(460_000_000, 0)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn on_initialize() -> Weight {
		Weight::from_parts(460_000_000, 0)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
