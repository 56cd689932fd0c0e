
//! Weights for `pallet_compute_staking`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_compute_staking
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// .maintain/frame-weight-template.hbs
// --output
// pallets/compute-staking/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_compute_staking`.
pub trait WeightInfo {
	fn register_worker() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn chill() -> Weight;
	fn unchill() -> Weight;
	fn update_profile() -> Weight;
	fn deregister() -> Weight;
	fn heartbeat() -> Weight;
	fn authorize_heartbeat() -> Weight;
	fn chill_inactive() -> Weight;
	fn claim_rewards() -> Weight;
	fn lock_stake() -> Weight;
	fn register_model() -> Weight;
	fn set_model_limits() -> Weight;
	fn set_class() -> Weight;
	fn bond_model_extra() -> Weight;
	fn retire_model() -> Weight;
	fn apply_slash() -> Weight;
	fn cancel_slash() -> Weight;
	fn report_slash() -> Weight;
	fn report_outcome() -> Weight;
	fn candidates() -> Weight;
}

/// Weights for `pallet_compute_staking` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:8 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3076`
		//  Estimated: `37286`
		// Minimum execution time: 122_753_000 picoseconds.
		Weight::from_parts(131_926_000, 37286)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `835`
		//  Estimated: `4236`
		// Minimum execution time: 63_114_000 picoseconds.
		Weight::from_parts(69_664_000, 4236)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `938`
		//  Estimated: `4236`
		// Minimum execution time: 17_456_000 picoseconds.
		Weight::from_parts(20_841_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1263`
		//  Estimated: `6196`
		// Minimum execution time: 100_379_000 picoseconds.
		Weight::from_parts(120_249_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `638`
		//  Estimated: `4236`
		// Minimum execution time: 16_855_000 picoseconds.
		Weight::from_parts(20_440_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unchill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `638`
		//  Estimated: `4236`
		// Minimum execution time: 16_665_000 picoseconds.
		Weight::from_parts(20_080_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:8 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3418`
		//  Estimated: `37286`
		// Minimum execution time: 99_899_000 picoseconds.
		Weight::from_parts(113_478_000, 37286)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3326`
		//  Estimated: `37286`
		// Minimum execution time: 57_515_000 picoseconds.
		Weight::from_parts(63_795_000, 37286)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `695`
		//  Estimated: `4236`
		// Minimum execution time: 69_694_000 picoseconds.
		Weight::from_parts(76_133_000, 4236)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `692`
		//  Estimated: `4236`
		// Minimum execution time: 54_792_000 picoseconds.
		Weight::from_parts(58_287_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `638`
		//  Estimated: `4236`
		// Minimum execution time: 16_875_000 picoseconds.
		Weight::from_parts(20_200_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `881`
		//  Estimated: `6196`
		// Minimum execution time: 62_843_000 picoseconds.
		Weight::from_parts(70_385_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn lock_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `646`
		//  Estimated: `4236`
		// Minimum execution time: 16_665_000 picoseconds.
		Weight::from_parts(19_789_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::ModelCount` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextModelId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:0 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	fn register_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `179`
		//  Estimated: `3730`
		// Minimum execution time: 55_052_000 picoseconds.
		Weight::from_parts(64_666_000, 3730)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	fn set_model_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `512`
		//  Estimated: `3828`
		// Minimum execution time: 15_022_000 picoseconds.
		Weight::from_parts(17_566_000, 3828)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Classes` (r:1 w:1)
	/// Storage: `ComputeStaking::CounterForClasses` (r:1 w:1)
	fn set_class() -> Weight {
		Weight::from_parts(17_566_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bond_model_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `671`
		//  Estimated: `3828`
		// Minimum execution time: 62_112_000 picoseconds.
		Weight::from_parts(72_698_000, 3828)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:64)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelCount` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9325`
		//  Estimated: `208734`
		// Minimum execution time: 425_873_000 picoseconds.
		Weight::from_parts(494_915_000, 208734)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(69_u64))
	}
	/// Storage: `ComputeStaking::PendingSlashes` (r:1 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:1 w:1)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:14 w:14)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn apply_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2020`
		//  Estimated: `37432`
		// Minimum execution time: 571_108_000 picoseconds.
		Weight::from_parts(644_678_000, 37432)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `ComputeStaking::PendingSlashes` (r:1 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:0 w:1)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	fn cancel_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `797`
		//  Estimated: `4236`
		// Minimum execution time: 23_325_000 picoseconds.
		Weight::from_parts(27_902_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:0 w:1)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	fn report_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `938`
		//  Estimated: `4236`
		// Minimum execution time: 24_546_000 picoseconds.
		Weight::from_parts(29_945_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn report_outcome() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `638`
		//  Estimated: `4236`
		// Minimum execution time: 13_069_000 picoseconds.
		Weight::from_parts(15_804_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn candidates() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8081`
		//  Estimated: `208734`
		// Minimum execution time: 353_705_000 picoseconds.
		Weight::from_parts(387_836_000, 208734)
			.saturating_add(T::DbWeight::get().reads(65_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(131_926_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(69_664_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(20_841_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(120_249_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn chill() -> Weight {
		Weight::from_parts(20_440_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn unchill() -> Weight {
		Weight::from_parts(20_080_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(113_478_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(17_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(63_795_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(76_133_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn authorize_heartbeat() -> Weight {
		Weight::from_parts(58_287_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn chill_inactive() -> Weight {
		Weight::from_parts(20_200_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(70_385_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn lock_stake() -> Weight {
		Weight::from_parts(19_789_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_model() -> Weight {
		Weight::from_parts(64_666_000, 3730)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn set_model_limits() -> Weight {
		Weight::from_parts(17_566_000, 3828)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Classes` (r:1 w:1)
	/// Storage: `ComputeStaking::CounterForClasses` (r:1 w:1)
	fn set_class() -> Weight {
		Weight::from_parts(17_566_000, 3_600)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn bond_model_extra() -> Weight {
		Weight::from_parts(72_698_000, 3828)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(494_915_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(69_u64))
	}
	fn apply_slash() -> Weight {
		Weight::from_parts(644_678_000, 37432)
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().writes(18_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(27_902_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn report_slash() -> Weight {
		Weight::from_parts(29_945_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn report_outcome() -> Weight {
		Weight::from_parts(15_804_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn candidates() -> Weight {
		Weight::from_parts(387_836_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(65_u64))
	}
}
