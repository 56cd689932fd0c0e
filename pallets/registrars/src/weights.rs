//! Weights for `pallet_registrars`.
//!
//! Not yet measured: estimated from the storage each call touches (one registrar entry and its
//! counter, one account and its holds) at the timing of similar measured calls of this runtime
//! (`pallet_compute_staking::bond_model_extra`), until `scripts/benchmark.sh
//! pallet_registrars pallets/registrars/src/weights.rs` is run on the reference machine.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions needed for `pallet_registrars`.
pub trait WeightInfo {
	fn appoint() -> Weight;
	fn dismiss() -> Weight;
	fn resign() -> Weight;
	fn release() -> Weight;
}

/// Estimated weights with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrars::Appointed` (r:1 w:1), `Registrars::CounterForAppointed` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn appoint() -> Weight {
		Weight::from_parts(150_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Registrars::Appointed` (r:1 w:1), `Registrars::CounterForAppointed` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `System::Account` (r:2 w:2)
	fn dismiss() -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Registrars::Appointed` (r:1 w:1), `Registrars::CounterForAppointed` (r:1 w:1),
	/// `Registrars::Resigned` (w:1)
	fn resign() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Registrars::Resigned` (r:1 w:1), `Balances::Holds` (r:1 w:1),
	/// `System::Account` (r:1 w:1)
	fn release() -> Weight {
		Weight::from_parts(120_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn appoint() -> Weight {
		Weight::from_parts(150_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn dismiss() -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn resign() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn release() -> Weight {
		Weight::from_parts(120_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
