
//! Weights for `pallet_spark`, generated from its benchmarks by `scripts/benchmark.sh`.
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
	/// Storage: `SparkRegistrars::Appointed` (r:1 w:1)
	/// Proof: `SparkRegistrars::Appointed` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::RegisteredBy` (r:0 w:1)
	/// Proof: `Spark::RegisteredBy` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `397`
		//  Estimated: `3593`
		// Minimum execution time: 27_421_000 picoseconds.
		Weight::from_parts(29_303_000, 3593)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `SparkRegistrars::Appointed` (r:1 w:0)
	/// Proof: `SparkRegistrars::Appointed` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Spark::RegisteredBy` (r:1 w:1)
	/// Proof: `Spark::RegisteredBy` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn revoke() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `659`
		//  Estimated: `3593`
		// Minimum execution time: 29_695_000 picoseconds.
		Weight::from_parts(31_547_000, 3593)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Spark::Registrations` (r:1 w:1)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn claim_free() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `437`
		//  Estimated: `6012`
		// Minimum execution time: 30_505_000 picoseconds.
		Weight::from_parts(32_398_000, 6012)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Spark::Registrations` (r:1 w:0)
	/// Proof: `Spark::Registrations` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:0)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn authorize_claim_free() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `380`
		//  Estimated: `6012`
		// Minimum execution time: 16_014_000 picoseconds.
		Weight::from_parts(17_015_000, 6012)
			.saturating_add(T::DbWeight::get().reads(4_u64))
	}
	/// Storage: `Spark::RewardsGranted` (r:1 w:1)
	/// Proof: `Spark::RewardsGranted` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Spark::SparkPrice` (r:1 w:0)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn grant_reward() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `428`
		//  Estimated: `6196`
		// Minimum execution time: 67_190_000 picoseconds.
		Weight::from_parts(70_395_000, 6196)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Spark::SparkPrice` (r:1 w:0)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn buy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `360`
		//  Estimated: `6196`
		// Minimum execution time: 66_739_000 picoseconds.
		Weight::from_parts(69_874_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Spark::SparkPrice` (r:0 w:1)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_price() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 4_747_000 picoseconds.
		Weight::from_parts(5_328_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn charge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3529`
		// Minimum execution time: 14_392_000 picoseconds.
		Weight::from_parts(15_373_000, 3529)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn refund() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `257`
		//  Estimated: `3529`
		// Minimum execution time: 14_271_000 picoseconds.
		Weight::from_parts(15_402_000, 3529)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(29_303_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn revoke() -> Weight {
		Weight::from_parts(31_547_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn claim_free() -> Weight {
		Weight::from_parts(32_398_000, 6012)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn authorize_claim_free() -> Weight {
		Weight::from_parts(17_015_000, 6012)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
	}
	fn grant_reward() -> Weight {
		Weight::from_parts(70_395_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn buy() -> Weight {
		Weight::from_parts(69_874_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_price() -> Weight {
		Weight::from_parts(5_328_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn charge() -> Weight {
		Weight::from_parts(15_373_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn refund() -> Weight {
		Weight::from_parts(15_402_000, 3529)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
