
//! Weights for `pallet_compute_staking`, generated from its benchmarks by `scripts/benchmark.sh`.
//! Do not edit by hand: rerun the script after changing a call or its benchmark.
//!
//! CLI VERSION 64.0.0, DATE: 2026-12-08, STEPS: `50`, REPEAT: `20`
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
	fn set_grant_model() -> Weight;
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
	/// Storage: `ComputeStaking::Workers` (r:513 w:9)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Classes` (r:1 w:0)
	/// Proof: `ComputeStaking::Classes` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
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
		//  Measured:  `64110`
		//  Estimated: `1666188`
		// Minimum execution time: 3_457_716_000 picoseconds.
		Weight::from_parts(3_716_953_000, 1666188)
			.saturating_add(T::DbWeight::get().reads(532_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1772`
		//  Estimated: `4236`
		// Minimum execution time: 95_809_000 picoseconds.
		Weight::from_parts(107_883_000, 4236)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1841`
		//  Estimated: `4236`
		// Minimum execution time: 36_338_000 picoseconds.
		Weight::from_parts(47_339_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::UnrewardedPay` (r:0 w:1)
	/// Proof: `ComputeStaking::UnrewardedPay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2200`
		//  Estimated: `6196`
		// Minimum execution time: 148_207_000 picoseconds.
		Weight::from_parts(167_424_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1541`
		//  Estimated: `4236`
		// Minimum execution time: 34_525_000 picoseconds.
		Weight::from_parts(46_136_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn unchill() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1541`
		//  Estimated: `4236`
		// Minimum execution time: 34_965_000 picoseconds.
		Weight::from_parts(47_910_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:513 w:9)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Classes` (r:1 w:0)
	/// Proof: `ComputeStaking::Classes` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:8 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:16 w:16)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `96764`
		//  Estimated: `1666188`
		// Minimum execution time: 3_857_225_000 picoseconds.
		Weight::from_parts(4_209_166_000, 1666188)
			.saturating_add(T::DbWeight::get().reads(538_u64))
			.saturating_add(T::DbWeight::get().writes(25_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:8 w:8)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `18383`
		//  Estimated: `37286`
		// Minimum execution time: 97_102_000 picoseconds.
		Weight::from_parts(112_631_000, 37286)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::UnrewardedPay` (r:1 w:1)
	/// Proof: `ComputeStaking::UnrewardedPay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1821`
		//  Estimated: `4236`
		// Minimum execution time: 113_002_000 picoseconds.
		Weight::from_parts(125_866_000, 4236)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_heartbeat() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1766`
		//  Estimated: `4236`
		// Minimum execution time: 79_118_000 picoseconds.
		Weight::from_parts(85_921_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn chill_inactive() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1541`
		//  Estimated: `4236`
		// Minimum execution time: 33_563_000 picoseconds.
		Weight::from_parts(39_144_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1784`
		//  Estimated: `6196`
		// Minimum execution time: 92_373_000 picoseconds.
		Weight::from_parts(104_386_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn lock_stake() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1549`
		//  Estimated: `4236`
		// Minimum execution time: 34_926_000 picoseconds.
		Weight::from_parts(40_486_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::ModelCount` (r:1 w:1)
	/// Proof: `ComputeStaking::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:257 w:2)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:256 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextModelId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::GrantModels` (r:0 w:1)
	/// Proof: `ComputeStaking::GrantModels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn register_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `13818`
		//  Estimated: `1162462`
		// Minimum execution time: 1_927_486_000 picoseconds.
		Weight::from_parts(1_996_134_000, 1162462)
			.saturating_add(T::DbWeight::get().reads(519_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	fn set_model_limits() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `548`
		//  Estimated: `3828`
		// Minimum execution time: 22_803_000 picoseconds.
		Weight::from_parts(24_606_000, 3828)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Classes` (r:1 w:1)
	/// Proof: `ComputeStaking::Classes` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::CounterForClasses` (r:1 w:1)
	/// Proof: `ComputeStaking::CounterForClasses` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn set_class() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `226`
		//  Estimated: `3518`
		// Minimum execution time: 24_606_000 picoseconds.
		Weight::from_parts(26_399_000, 3518)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::GrantModels` (r:0 w:1)
	/// Proof: `ComputeStaking::GrantModels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_grant_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `470`
		//  Estimated: `3828`
		// Minimum execution time: 22_913_000 picoseconds.
		Weight::from_parts(24_776_000, 3828)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::Models` (r:1 w:1)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bond_model_extra() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `707`
		//  Estimated: `3828`
		// Minimum execution time: 80_871_000 picoseconds.
		Weight::from_parts(84_338_000, 3828)
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
	/// Storage: `ComputeStaking::GrantModels` (r:0 w:1)
	/// Proof: `ComputeStaking::GrantModels` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9360`
		//  Estimated: `208734`
		// Minimum execution time: 516_539_000 picoseconds.
		Weight::from_parts(547_397_000, 208734)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(70_u64))
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
	/// Storage: `ComputeStaking::UnrewardedPay` (r:0 w:1)
	/// Proof: `ComputeStaking::UnrewardedPay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn apply_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3012`
		//  Estimated: `37432`
		// Minimum execution time: 716_194_000 picoseconds.
		Weight::from_parts(758_202_000, 37432)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `ComputeStaking::PendingSlashes` (r:1 w:1)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:0 w:1)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	fn cancel_slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1677`
		//  Estimated: `4236`
		// Minimum execution time: 43_301_000 picoseconds.
		Weight::from_parts(52_529_000, 4236)
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
		//  Measured:  `1841`
		//  Estimated: `4236`
		// Minimum execution time: 40_576_000 picoseconds.
		Weight::from_parts(43_071_000, 4236)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `ComputeStaking::Workers` (r:1 w:1)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn report_outcome() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1541`
		//  Estimated: `4236`
		// Minimum execution time: 26_009_000 picoseconds.
		Weight::from_parts(28_613_000, 4236)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:0)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	fn candidates() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8116`
		//  Estimated: `208734`
		// Minimum execution time: 413_616_000 picoseconds.
		Weight::from_parts(435_747_000, 208734)
			.saturating_add(T::DbWeight::get().reads(65_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(3_716_953_000, 1666188)
			.saturating_add(ParityDbWeight::get().reads(532_u64))
			.saturating_add(ParityDbWeight::get().writes(19_u64))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(107_883_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(47_339_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(167_424_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn chill() -> Weight {
		Weight::from_parts(46_136_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn unchill() -> Weight {
		Weight::from_parts(47_910_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(4_209_166_000, 1666188)
			.saturating_add(ParityDbWeight::get().reads(538_u64))
			.saturating_add(ParityDbWeight::get().writes(25_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(112_631_000, 37286)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(125_866_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn authorize_heartbeat() -> Weight {
		Weight::from_parts(85_921_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn chill_inactive() -> Weight {
		Weight::from_parts(39_144_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(104_386_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn lock_stake() -> Weight {
		Weight::from_parts(40_486_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_model() -> Weight {
		Weight::from_parts(1_996_134_000, 1162462)
			.saturating_add(ParityDbWeight::get().reads(519_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn set_model_limits() -> Weight {
		Weight::from_parts(24_606_000, 3828)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_class() -> Weight {
		Weight::from_parts(26_399_000, 3518)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_grant_model() -> Weight {
		Weight::from_parts(24_776_000, 3828)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn bond_model_extra() -> Weight {
		Weight::from_parts(84_338_000, 3828)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(547_397_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(70_u64))
	}
	fn apply_slash() -> Weight {
		Weight::from_parts(758_202_000, 37432)
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().writes(19_u64))
	}
	fn cancel_slash() -> Weight {
		Weight::from_parts(52_529_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn report_slash() -> Weight {
		Weight::from_parts(43_071_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn report_outcome() -> Weight {
		Weight::from_parts(28_613_000, 4236)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn candidates() -> Weight {
		Weight::from_parts(435_747_000, 208734)
			.saturating_add(ParityDbWeight::get().reads(65_u64))
	}
}
