
//! Weights for `pallet_jobs`, generated from its benchmarks by `scripts/benchmark.sh`.
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
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::NextJobId` (r:1 w:1)
	/// Proof: `Jobs::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::SparkPrice` (r:1 w:0)
	/// Proof: `Spark::SparkPrice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:0 w:64)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:64)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:64)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn submit_jobs(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1015`
		//  Estimated: `8799`
		// Minimum execution time: 125_226_000 picoseconds.
		Weight::from_parts(33_897_741, 8799)
			// Standard Error: 37_024
			.saturating_add(Weight::from_parts(79_723_392, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn commit_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `282 + n * (569 ±0)`
		//  Estimated: `990 + n * (6780 ±0)`
		// Minimum execution time: 23_004_000 picoseconds.
		Weight::from_parts(1_662_746, 990)
			// Standard Error: 19_983
			.saturating_add(Weight::from_parts(13_626_652, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:5 w:5)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:5 w:5)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deposits` (r:64 w:0)
	/// Proof: `Jobs::Deposits` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:64)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:0 w:64)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:64)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:64)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn reveal_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2612 + n * (1766 ±0)`
		//  Estimated: `21814 + n * (6780 ±0)`
		// Minimum execution time: 456_928_000 picoseconds.
		Weight::from_parts(66_621_851, 21814)
			// Standard Error: 149_667
			.saturating_add(Weight::from_parts(376_028_009, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(23_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	/// Storage: `Jobs::Queues` (r:11 w:0)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	fn block_work_base() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `76`
		//  Estimated: `28413`
		// Minimum execution time: 30_956_000 picoseconds.
		Weight::from_parts(32_298_000, 28413)
			.saturating_add(T::DbWeight::get().reads(11_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:5 w:5)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:5 w:5)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:1 w:1)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deposits` (r:1 w:0)
	/// Proof: `Jobs::Deposits` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:5)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn enforce_deadline() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2602`
		//  Estimated: `18735`
		// Minimum execution time: 251_213_000 picoseconds.
		Weight::from_parts(257_292_000, 18735)
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().writes(33_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	fn deadline_kept() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1570`
		//  Estimated: `7770`
		// Minimum execution time: 29_373_000 picoseconds.
		Weight::from_parts(30_946_000, 7770)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::ModelServers` (r:1 w:0)
	/// Proof: `ComputeStaking::ModelServers` (`max_values`: None, `max_size`: Some(2062), added: 4537, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:64 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:64 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[11, 64]`.
	/// The range of component `s` is `[1, 11]`.
	fn assign_job(c: u32, s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `893 + c * (117 ±0)`
		//  Estimated: `7770 + c * (3549 ±0)`
		// Minimum execution time: 231_174_000 picoseconds.
		Weight::from_parts(52_912_320, 7770)
			// Standard Error: 25_951
			.saturating_add(Weight::from_parts(9_974_400, 0).saturating_mul(c.into()))
			// Standard Error: 131_913
			.saturating_add(Weight::from_parts(6_819_693, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 3549).saturating_mul(c.into()))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:1 w:1)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:10 w:10)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:10 w:10)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deposits` (r:1 w:0)
	/// Proof: `Jobs::Deposits` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn expire_job() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3573`
		//  Estimated: `36480`
		// Minimum execution time: 216_332_000 picoseconds.
		Weight::from_parts(222_351_000, 36480)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(37_u64))
	}
	/// Storage: `Jobs::Queues` (r:11 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:2 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	fn prune_outcome() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `322`
		//  Estimated: `28413`
		// Minimum execution time: 64_366_000 picoseconds.
		Weight::from_parts(66_859_000, 28413)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	fn draw_audit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `668`
		//  Estimated: `7770`
		// Minimum execution time: 27_722_000 picoseconds.
		Weight::from_parts(29_223_000, 7770)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:1 w:1)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Accounts` (r:1 w:1)
	/// Proof: `Spark::Accounts` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Spark::Totals` (r:1 w:1)
	/// Proof: `Spark::Totals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Spark::PremiumOutstanding` (r:1 w:1)
	/// Proof: `Spark::PremiumOutstanding` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:11 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:11 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deposits` (r:1 w:0)
	/// Proof: `Jobs::Deposits` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn expire_arbitration() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7318`
		//  Estimated: `40029`
		// Minimum execution time: 217_663_000 picoseconds.
		Weight::from_parts(223_242_000, 40029)
			.saturating_add(T::DbWeight::get().reads(35_u64))
			.saturating_add(T::DbWeight::get().writes(37_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:9 w:9)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:11 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::NextSlashId` (r:1 w:1)
	/// Proof: `ComputeStaking::NextSlashId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:11 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deposits` (r:1 w:0)
	/// Proof: `Jobs::Deposits` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::LiveJobs` (r:1 w:1)
	/// Proof: `Jobs::LiveJobs` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::CreatorJobs` (r:1 w:1)
	/// Proof: `Jobs::CreatorJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ModelJobs` (r:1 w:1)
	/// Proof: `Jobs::ModelJobs` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::SlashReporters` (r:0 w:5)
	/// Proof: `ComputeStaking::SlashReporters` (`max_values`: None, `max_size`: Some(413), added: 2888, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::PendingSlashes` (r:0 w:5)
	/// Proof: `ComputeStaking::PendingSlashes` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Outcomes` (r:0 w:1)
	/// Proof: `Jobs::Outcomes` (`max_values`: None, `max_size`: Some(732), added: 3207, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:0 w:1)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `7902`
		//  Estimated: `40029`
		// Minimum execution time: 669_485_000 picoseconds.
		Weight::from_parts(681_863_000, 40029)
			.saturating_add(T::DbWeight::get().reads(43_u64))
			.saturating_add(T::DbWeight::get().writes(52_u64))
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
		// Minimum execution time: 59_358_000 picoseconds.
		Weight::from_parts(61_502_000, 4330)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_jobs(n: u32, ) -> Weight {
		Weight::from_parts(33_897_741, 8799)
			.saturating_add(Weight::from_parts(79_723_392, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(16_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn commit_results(n: u32, ) -> Weight {
		Weight::from_parts(1_662_746, 990)
			.saturating_add(Weight::from_parts(13_626_652, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn reveal_results(n: u32, ) -> Weight {
		Weight::from_parts(66_621_851, 21814)
			.saturating_add(Weight::from_parts(376_028_009, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(23_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn block_work_base() -> Weight {
		Weight::from_parts(32_298_000, 28413)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
	}
	fn enforce_deadline() -> Weight {
		Weight::from_parts(257_292_000, 18735)
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().writes(33_u64))
	}
	fn deadline_kept() -> Weight {
		Weight::from_parts(30_946_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn assign_job(c: u32, s: u32, ) -> Weight {
		Weight::from_parts(52_912_320, 7770)
			.saturating_add(Weight::from_parts(9_974_400, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(6_819_693, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 3549).saturating_mul(c.into()))
	}
	fn expire_job() -> Weight {
		Weight::from_parts(222_351_000, 36480)
			.saturating_add(ParityDbWeight::get().reads(35_u64))
			.saturating_add(ParityDbWeight::get().writes(37_u64))
	}
	fn prune_outcome() -> Weight {
		Weight::from_parts(66_859_000, 28413)
			.saturating_add(ParityDbWeight::get().reads(14_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn draw_audit() -> Weight {
		Weight::from_parts(29_223_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn expire_arbitration() -> Weight {
		Weight::from_parts(223_242_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(35_u64))
			.saturating_add(ParityDbWeight::get().writes(37_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(681_863_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(43_u64))
			.saturating_add(ParityDbWeight::get().writes(52_u64))
	}
	fn mint_output() -> Weight {
		Weight::from_parts(61_502_000, 4330)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
}
