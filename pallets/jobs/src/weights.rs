
//! Weights for `pallet_jobs`, generated from its benchmarks by `scripts/benchmark.sh`.
//! Do not edit by hand: rerun the script after changing a call or its benchmark.
//!
//! CLI VERSION 64.0.0, DATE: 2026-12-03, STEPS: `50`, REPEAT: `20`
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
// pallet_jobs
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// .maintain/frame-weight-template.hbs
// --output
// pallets/jobs/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_jobs`.
pub trait WeightInfo {
	fn submit_jobs(n: u32, ) -> Weight;
	fn commit_results(n: u32, ) -> Weight;
	fn reveal_results(n: u32, ) -> Weight;
	fn block_work_base() -> Weight;
	fn enforce_deadline() -> Weight;
	fn deadline_kept() -> Weight;
	fn assign_job(c: u32, s: u32, ) -> Weight;
	fn expire_job() -> Weight;
	fn prune_outcome() -> Weight;
	fn draw_audit() -> Weight;
	fn expire_arbitration() -> Weight;
	fn resolve_dispute() -> Weight;
	fn mint_output() -> Weight;
}

/// Weights for `pallet_jobs` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Spark::SparkPrice` (r:1 w:0)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::NextJobId` (r:1 w:1)
	/// Proof: `Jobs::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:64)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:64)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn submit_jobs(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `713`
		//  Estimated: `3820`
		// Minimum execution time: 102_242_000 picoseconds.
		Weight::from_parts(118_818_303, 3820)
			// Standard Error: 835_126
			.saturating_add(Weight::from_parts(90_641_212, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn commit_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `249 + n * (569 ±0)`
		//  Estimated: `990 + n * (6780 ±0)`
		// Minimum execution time: 37_766_000 picoseconds.
		Weight::from_parts(40_259_000, 990)
			// Standard Error: 140_924
			.saturating_add(Weight::from_parts(19_836_492, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:5 w:5)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:5 w:5)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:64)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:64)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:64)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn reveal_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2457 + n * (1766 ±0)`
		//  Estimated: `21814 + n * (6780 ±0)`
		// Minimum execution time: 491_921_000 picoseconds.
		Weight::from_parts(664_907_000, 21814)
			// Standard Error: 2_720_402
			.saturating_add(Weight::from_parts(530_539_426, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	/// Storage: `Jobs::Queues` (r:7 w:0)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn block_work_base() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `76`
		//  Estimated: `18434`
		// Minimum execution time: 17_166_000 picoseconds.
		Weight::from_parts(26_810_000, 18434)
			.saturating_add(T::DbWeight::get().reads(7_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:5 w:5)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:5 w:5)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:5)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn enforce_deadline() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2296`
		//  Estimated: `18735`
		// Minimum execution time: 230_122_000 picoseconds.
		Weight::from_parts(317_922_000, 18735)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(28_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	fn deadline_kept() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1466`
		//  Estimated: `7770`
		// Minimum execution time: 28_823_000 picoseconds.
		Weight::from_parts(39_008_000, 7770)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:64 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[11, 64]`.
	/// The range of component `s` is `[1, 11]`.
	fn assign_job(c: u32, s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `655 + c * (117 ±0)`
		//  Estimated: `7770 + c * (3549 ±0)`
		// Minimum execution time: 264_974_000 picoseconds.
		Weight::from_parts(53_807_123, 7770)
			// Standard Error: 234_095
			.saturating_add(Weight::from_parts(14_928_414, 0).saturating_mul(c.into()))
			// Standard Error: 1_189_948
			.saturating_add(Weight::from_parts(13_275_577, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 3549).saturating_mul(c.into()))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:10 w:10)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:10 w:10)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn expire_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3266`
		//  Estimated: `36480`
		// Minimum execution time: 200_978_000 picoseconds.
		Weight::from_parts(308_458_000, 36480)
			.saturating_add(T::DbWeight::get().reads(29_u64))
			.saturating_add(T::DbWeight::get().writes(32_u64))
	}
	/// Storage: `Jobs::Queues` (r:7 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:2 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	fn prune_outcome() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `322`
		//  Estimated: `18434`
		// Minimum execution time: 49_163_000 picoseconds.
		Weight::from_parts(73_739_000, 18434)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	fn draw_audit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `601`
		//  Estimated: `7770`
		// Minimum execution time: 28_333_000 picoseconds.
		Weight::from_parts(42_242_000, 7770)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:11 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:11 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn expire_arbitration() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7010`
		//  Estimated: `40029`
		// Minimum execution time: 201_159_000 picoseconds.
		Weight::from_parts(262_210_000, 40029)
			.saturating_add(T::DbWeight::get().reads(29_u64))
			.saturating_add(T::DbWeight::get().writes(32_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:9 w:9)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:11 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:11 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:0 w:5)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:5)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7747`
		//  Estimated: `40029`
		// Minimum execution time: 691_276_000 picoseconds.
		Weight::from_parts(985_524_000, 40029)
			.saturating_add(T::DbWeight::get().reads(40_u64))
			.saturating_add(T::DbWeight::get().writes(49_u64))
	}
	/// Storage: `Jobs::Outcomes` (r:1 w:0)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(865), added: 3340, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemMetadataOf` (r:1 w:1)
	/// Proof: `Nfts::ItemMetadataOf` (`max_values`: None, `max_size`: Some(351), added: 2826, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionRoleOf` (r:0 w:1)
	/// Proof: `Nfts::CollectionRoleOf` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:0 w:1)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionAccount` (r:0 w:1)
	/// Proof: `Nfts::CollectionAccount` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	fn mint_output() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `526`
		//  Estimated: `4330`
		// Minimum execution time: 63_474_000 picoseconds.
		Weight::from_parts(100_710_000, 4330)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_jobs(n: u32, ) -> Weight {
		Weight::from_parts(118_818_303, 3820)
			.saturating_add(Weight::from_parts(90_641_212, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn commit_results(n: u32, ) -> Weight {
		Weight::from_parts(40_259_000, 990)
			.saturating_add(Weight::from_parts(19_836_492, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn reveal_results(n: u32, ) -> Weight {
		Weight::from_parts(664_907_000, 21814)
			.saturating_add(Weight::from_parts(530_539_426, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn block_work_base() -> Weight {
		Weight::from_parts(26_810_000, 18434)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
	}
	fn enforce_deadline() -> Weight {
		Weight::from_parts(317_922_000, 18735)
			.saturating_add(ParityDbWeight::get().reads(20_u64))
			.saturating_add(ParityDbWeight::get().writes(28_u64))
	}
	fn deadline_kept() -> Weight {
		Weight::from_parts(39_008_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn assign_job(c: u32, s: u32, ) -> Weight {
		Weight::from_parts(53_807_123, 7770)
			.saturating_add(Weight::from_parts(14_928_414, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(13_275_577, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 3549).saturating_mul(c.into()))
	}
	fn expire_job() -> Weight {
		Weight::from_parts(308_458_000, 36480)
			.saturating_add(ParityDbWeight::get().reads(29_u64))
			.saturating_add(ParityDbWeight::get().writes(32_u64))
	}
	fn prune_outcome() -> Weight {
		Weight::from_parts(73_739_000, 18434)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn draw_audit() -> Weight {
		Weight::from_parts(42_242_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn expire_arbitration() -> Weight {
		Weight::from_parts(262_210_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(29_u64))
			.saturating_add(ParityDbWeight::get().writes(32_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(985_524_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(40_u64))
			.saturating_add(ParityDbWeight::get().writes(49_u64))
	}
	fn mint_output() -> Weight {
		Weight::from_parts(100_710_000, 4330)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
}
