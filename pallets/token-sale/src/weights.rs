
//! Weights for `pallet_token_sale`, generated from its benchmarks by `scripts/benchmark.sh`.
//! Do not edit by hand: rerun the script after changing a call or its benchmark.
//!
//! CLI VERSION 64.0.0, DATE: 2026-12-07, STEPS: `50`, REPEAT: `20`
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//! WASM-EXECUTION: `Compiled`, DB CACHE: 1024

// Executed command:
// frame-omni-bencher
// v1
// benchmark
// pallet
// --runtime
// /root/.cache/tessera/target/release/wbuild/tessera-runtime/tessera_runtime_benchmarks.compact.compressed.wasm
// --genesis-builder-preset
// development
// --pallet
// pallet_token_sale
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// .maintain/frame-weight-template.hbs
// --output
// pallets/token-sale/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_token_sale`.
pub trait WeightInfo {
	fn configure() -> Weight;
	fn set_eligibility() -> Weight;
	fn bid() -> Weight;
	fn settle(l: u32, ) -> Weight;
	fn claim() -> Weight;
	fn release_lockup() -> Weight;
	fn withdraw_proceeds() -> Weight;
}

/// Weights for `pallet_token_sale` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `TokenSale::Terms` (r:1 w:1)
	/// Proof: `TokenSale::Terms` (`max_values`: Some(1), `max_size`: Some(153), added: 648, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Cleared` (r:1 w:0)
	/// Proof: `TokenSale::Cleared` (`max_values`: Some(1), `max_size`: Some(136), added: 631, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn configure() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `605`
		//  Estimated: `6360`
		// Minimum execution time: 23_004_000 picoseconds.
		Weight::from_parts(24_266_000, 6360)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `SaleAttesters::Appointed` (r:1 w:1)
	/// Proof: `SaleAttesters::Appointed` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::AttestedBy` (r:1 w:1)
	/// Proof: `TokenSale::AttestedBy` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Eligible` (r:1 w:1)
	/// Proof: `TokenSale::Eligible` (`max_values`: None, `max_size`: Some(50), added: 2525, mode: `MaxEncodedLen`)
	fn set_eligibility() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `239`
		//  Estimated: `3545`
		// Minimum execution time: 23_085_000 picoseconds.
		Weight::from_parts(24_366_000, 3545)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `TokenSale::Terms` (r:1 w:0)
	/// Proof: `TokenSale::Terms` (`max_values`: Some(1), `max_size`: Some(153), added: 648, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Cleared` (r:1 w:0)
	/// Proof: `TokenSale::Cleared` (`max_values`: Some(1), `max_size`: Some(136), added: 631, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Bids` (r:1 w:1)
	/// Proof: `TokenSale::Bids` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::LevelDemand` (r:2 w:2)
	/// Proof: `TokenSale::LevelDemand` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Escrowed` (r:1 w:1)
	/// Proof: `TokenSale::Escrowed` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn bid() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1243`
		//  Estimated: `6220`
		// Minimum execution time: 75_622_000 picoseconds.
		Weight::from_parts(78_667_000, 6220)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `TokenSale::Terms` (r:1 w:0)
	/// Proof: `TokenSale::Terms` (`max_values`: Some(1), `max_size`: Some(153), added: 648, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Cleared` (r:1 w:1)
	/// Proof: `TokenSale::Cleared` (`max_values`: Some(1), `max_size`: Some(136), added: 631, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::LevelDemand` (r:500 w:0)
	/// Proof: `TokenSale::LevelDemand` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 1000]`.
	fn settle(l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `632 + l * (37 ±0)`
		//  Estimated: `6196 + l * (1307 ±0)`
		// Minimum execution time: 17_576_000 picoseconds.
		Weight::from_parts(24_941_012, 6196)
			// Standard Error: 2_443
			.saturating_add(Weight::from_parts(1_983_686, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 1307).saturating_mul(l.into()))
	}
	/// Storage: `TokenSale::Terms` (r:1 w:0)
	/// Proof: `TokenSale::Terms` (`max_values`: Some(1), `max_size`: Some(153), added: 648, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Cleared` (r:1 w:0)
	/// Proof: `TokenSale::Cleared` (`max_values`: Some(1), `max_size`: Some(136), added: 631, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Bids` (r:1 w:1)
	/// Proof: `TokenSale::Bids` (`max_values`: None, `max_size`: Some(75), added: 2550, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Proceeds` (r:1 w:1)
	/// Proof: `TokenSale::Proceeds` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::Escrowed` (r:1 w:1)
	/// Proof: `TokenSale::Escrowed` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::LevelDemand` (r:1 w:1)
	/// Proof: `TokenSale::LevelDemand` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `TokenSale::BidCount` (r:1 w:1)
	/// Proof: `TokenSale::BidCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1816`
		//  Estimated: `6208`
		// Minimum execution time: 152_556_000 picoseconds.
		Weight::from_parts(157_314_000, 6208)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `TokenSale::Terms` (r:1 w:0)
	/// Proof: `TokenSale::Terms` (`max_values`: Some(1), `max_size`: Some(153), added: 648, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	fn release_lockup() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `626`
		//  Estimated: `4764`
		// Minimum execution time: 34_391_000 picoseconds.
		Weight::from_parts(36_073_000, 4764)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `TokenSale::Proceeds` (r:1 w:1)
	/// Proof: `TokenSale::Proceeds` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_proceeds() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1023`
		//  Estimated: `6208`
		// Minimum execution time: 64_205_000 picoseconds.
		Weight::from_parts(67_050_000, 6208)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn configure() -> Weight {
		Weight::from_parts(24_266_000, 6360)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_eligibility() -> Weight {
		Weight::from_parts(24_366_000, 3545)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn bid() -> Weight {
		Weight::from_parts(78_667_000, 6220)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn settle(l: u32, ) -> Weight {
		Weight::from_parts(24_941_012, 6196)
			.saturating_add(Weight::from_parts(1_983_686, 0).saturating_mul(l.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 1307).saturating_mul(l.into()))
	}
	fn claim() -> Weight {
		Weight::from_parts(157_314_000, 6208)
			.saturating_add(ParityDbWeight::get().reads(14_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn release_lockup() -> Weight {
		Weight::from_parts(36_073_000, 4764)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn withdraw_proceeds() -> Weight {
		Weight::from_parts(67_050_000, 6208)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
}
