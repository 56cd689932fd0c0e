
//! Weights for `pallet_compute_staking`, generated from its benchmarks by `scripts/benchmark.sh`.
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
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn register_worker() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3042`
		//  Estimated: `37286`
		// Minimum execution time: 157_214_000 picoseconds.
		Weight::from_parts(278_360_000, 37286)
			.saturating_add(T::DbWeight::get().reads(19_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `801`
		//  Estimated: `4236`
		// Minimum execution time: 81_582_000 picoseconds.
		Weight::from_parts(134_832_000, 4236)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `904`
		//  Estimated: `4236`
		// Minimum execution time: 26_670_000 picoseconds.
		Weight::from_parts(53_500_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1261`
		//  Estimated: `6196`
		// Minimum execution time: 128_700_000 picoseconds.
		Weight::from_parts(224_680_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `604`
		//  Estimated: `4236`
		// Minimum execution time: 25_327_000 picoseconds.
		Weight::from_parts(47_589_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unchill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `604`
		//  Estimated: `4236`
		// Minimum execution time: 24_997_000 picoseconds.
		Weight::from_parts(48_441_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:8 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3384`
		//  Estimated: `37286`
		// Minimum execution time: 127_839_000 picoseconds.
		Weight::from_parts(214_881_000, 37286)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3292`
		//  Estimated: `37286`
		// Minimum execution time: 77_736_000 picoseconds.
		Weight::from_parts(135_753_000, 37286)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `658`
		//  Estimated: `4236`
		// Minimum execution time: 93_785_000 picoseconds.
		Weight::from_parts(161_812_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `658`
		//  Estimated: `4236`
		// Minimum execution time: 73_387_000 picoseconds.
		Weight::from_parts(120_605_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `604`
		//  Estimated: `4236`
		// Minimum execution time: 24_866_000 picoseconds.
		Weight::from_parts(49_292_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `847`
		//  Estimated: `6196`
		// Minimum execution time: 81_082_000 picoseconds.
		Weight::from_parts(137_686_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn lock_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `612`
		//  Estimated: `4236`
		// Minimum execution time: 25_027_000 picoseconds.
		Weight::from_parts(48_911_000, 4236)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:0 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	fn register_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `145`
		//  Estimated: `3593`
		// Minimum execution time: 70_592_000 picoseconds.
		Weight::from_parts(117_219_000, 3593)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn bond_model_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `629`
		//  Estimated: `3820`
		// Minimum execution time: 80_049_000 picoseconds.
		Weight::from_parts(130_634_000, 3820)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:64)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelCount` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9283`
		//  Estimated: `208734`
		// Minimum execution time: 540_489_000 picoseconds.
		Weight::from_parts(665_162_000, 208734)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(69_u64))
	}
	/// Storage: `ComputeStaking::PendingSlashes` (r:1 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn apply_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1489`
		//  Estimated: `8799`
		// Minimum execution time: 146_744_000 picoseconds.
		Weight::from_parts(226_423_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `ComputeStaking::PendingSlashes` (r:1 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn cancel_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `730`
		//  Estimated: `4236`
		// Minimum execution time: 30_807_000 picoseconds.
		Weight::from_parts(55_243_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	fn report_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `904`
		//  Estimated: `4236`
		// Minimum execution time: 24_125_000 picoseconds.
		Weight::from_parts(48_311_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn report_outcome() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `604`
		//  Estimated: `4236`
		// Minimum execution time: 18_976_000 picoseconds.
		Weight::from_parts(36_328_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn candidates() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8047`
		//  Estimated: `208734`
		// Minimum execution time: 433_149_000 picoseconds.
		Weight::from_parts(726_697_000, 208734)
			.saturating_add(T::DbWeight::get().reads(65_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(278_360_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(19_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(134_832_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(53_500_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(224_680_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn chill() -> Weight {
		Weight::from_parts(47_589_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn unchill() -> Weight {
		Weight::from_parts(48_441_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(214_881_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(17_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(135_753_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(161_812_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn authorize_heartbeat() -> Weight {
		Weight::from_parts(120_605_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn chill_inactive() -> Weight {
		Weight::from_parts(49_292_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(137_686_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn lock_stake() -> Weight {
		Weight::from_parts(48_911_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_model() -> Weight {
		Weight::from_parts(117_219_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn bond_model_extra() -> Weight {
		Weight::from_parts(130_634_000, 3820)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(665_162_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(69_u64))
	}
	fn apply_slash() -> Weight {
		Weight::from_parts(226_423_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(55_243_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn report_slash() -> Weight {
		Weight::from_parts(48_311_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn report_outcome() -> Weight {
		Weight::from_parts(36_328_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn candidates() -> Weight {
		Weight::from_parts(726_697_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(65_u64))
	}
}
