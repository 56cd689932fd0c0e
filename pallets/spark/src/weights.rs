
//! Weights for `pallet_spark`, generated from its benchmarks by `scripts/benchmark.sh`.
//! Do not edit by hand: rerun the script after changing a call or its benchmark.
//!
//! CLI VERSION 64.0.0, DATE: 2026-11-21, STEPS: `50`, REPEAT: `20`
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
// pallet_spark
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// .maintain/frame-weight-template.hbs
// --output
// pallets/spark/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_spark`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn revoke() -> Weight;
	fn claim_free() -> Weight;
	fn authorize_claim_free() -> Weight;
	fn grant_reward() -> Weight;
	fn buy() -> Weight;
	fn set_price() -> Weight;
	fn charge() -> Weight;
	fn refund() -> Weight;
}

/// Weights for `pallet_spark` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `200`
		//  Estimated: `3517`
		// Minimum execution time: 19_687_000 picoseconds.
		Weight::from_parts(35_377_000, 3517)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn revoke() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3517`
		// Minimum execution time: 18_324_000 picoseconds.
		Weight::from_parts(34_315_000, 3517)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn claim_free() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `395`
		//  Estimated: `3529`
		// Minimum execution time: 32_240_000 picoseconds.
		Weight::from_parts(53_811_000, 3529)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Spark::Registrations` (r:1 w:0)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:0)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn authorize_claim_free() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `377`
		//  Estimated: `3529`
		// Minimum execution time: 14_998_000 picoseconds.
		Weight::from_parts(26_049_000, 3529)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Spark::RewardsGranted` (r:1 w:1)
	/// Proof: `Spark::RewardsGranted` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn grant_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `249`
		//  Estimated: `3529`
		// Minimum execution time: 25_548_000 picoseconds.
		Weight::from_parts(45_024_000, 3529)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Spark::SparkPrice` (r:1 w:0)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn buy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `373`
		//  Estimated: `6196`
		// Minimum execution time: 80_550_000 picoseconds.
		Weight::from_parts(135_253_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Spark::SparkPrice` (r:0 w:1)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 8_486_000 picoseconds.
		Weight::from_parts(16_341_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn charge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `218`
		//  Estimated: `3529`
		// Minimum execution time: 17_222_000 picoseconds.
		Weight::from_parts(29_706_000, 3529)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn refund() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `218`
		//  Estimated: `3529`
		// Minimum execution time: 17_172_000 picoseconds.
		Weight::from_parts(27_782_000, 3529)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(35_377_000, 3517)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke() -> Weight {
		Weight::from_parts(34_315_000, 3517)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_free() -> Weight {
		Weight::from_parts(53_811_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn authorize_claim_free() -> Weight {
		Weight::from_parts(26_049_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn grant_reward() -> Weight {
		Weight::from_parts(45_024_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn buy() -> Weight {
		Weight::from_parts(135_253_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn set_price() -> Weight {
		Weight::from_parts(16_341_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn charge() -> Weight {
		Weight::from_parts(29_706_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn refund() -> Weight {
		Weight::from_parts(27_782_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
