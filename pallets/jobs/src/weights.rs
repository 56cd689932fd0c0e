
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
	/// Storage: `Parameters::Parameters` (r:2 w:0)
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
	/// Storage: `Jobs::FreeSparkDrawn` (r:1 w:0)
	/// Proof: `Jobs::FreeSparkDrawn` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
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
		//  Measured:  `1088`
		//  Estimated: `8799`
		// Minimum execution time: 180_419_000 picoseconds.
		Weight::from_parts(182_843_000, 8799)
			// Standard Error: 666_359
			.saturating_add(Weight::from_parts(118_088_263, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn commit_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320 + n * (569 ±0)`
		//  Estimated: `990 + n * (6780 ±0)`
		// Minimum execution time: 36_217_000 picoseconds.
		Weight::from_parts(31_617_952, 990)
			// Standard Error: 77_037
			.saturating_add(Weight::from_parts(18_395_042, 0).saturating_mul(n.into()))
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
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:64 w:64)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:5 w:5)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::UnrewardedPay` (r:5 w:5)
	/// Proof: `ComputeStaking::UnrewardedPay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
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
	/// Storage: `Jobs::QueueSlots` (r:0 w:64)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:64)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn reveal_results(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2710 + n * (1803 ±0)`
		//  Estimated: `21814 + n * (6780 ±0)`
		// Minimum execution time: 645_501_000 picoseconds.
		Weight::from_parts(655_108_000, 21814)
			// Standard Error: 3_535_466
			.saturating_add(Weight::from_parts(560_315_123, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(32_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(28_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	/// Storage: `Jobs::Queues` (r:11 w:0)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	fn block_work_base() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `114`
		//  Estimated: `28413`
		// Minimum execution time: 43_972_000 picoseconds.
		Weight::from_parts(64_661_000, 28413)
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
	/// Storage: `Jobs::FreeSparkDrawn` (r:1 w:1)
	/// Proof: `Jobs::FreeSparkDrawn` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
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
		//  Measured:  `2675`
		//  Estimated: `18735`
		// Minimum execution time: 333_947_000 picoseconds.
		Weight::from_parts(365_596_000, 18735)
			.saturating_add(T::DbWeight::get().reads(27_u64))
			.saturating_add(T::DbWeight::get().writes(34_u64))
	}
	/// Storage: `Jobs::Queues` (r:2 w:2)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:1 w:2)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	fn deadline_kept() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1608`
		//  Estimated: `7770`
		// Minimum execution time: 41_968_000 picoseconds.
		Weight::from_parts(44_423_000, 7770)
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
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::WorkerJobs` (r:64 w:11)
	/// Proof: `Jobs::WorkerJobs` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Classes` (r:1 w:0)
	/// Proof: `ComputeStaking::Classes` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[11, 64]`.
	/// The range of component `s` is `[1, 11]`.
	fn assign_job(c: u32, s: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1213 + c * (117 ±0)`
		//  Estimated: `7770 + c * (3549 ±0)`
		// Minimum execution time: 354_716_000 picoseconds.
		Weight::from_parts(68_205_429, 7770)
			// Standard Error: 434_219
			.saturating_add(Weight::from_parts(18_836_040, 0).saturating_mul(c.into()))
			// Standard Error: 2_207_212
			.saturating_add(Weight::from_parts(6_518_105, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
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
	/// Storage: `Jobs::FreeSparkDrawn` (r:1 w:1)
	/// Proof: `Jobs::FreeSparkDrawn` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
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
		//  Measured:  `3646`
		//  Estimated: `36480`
		// Minimum execution time: 288_141_000 picoseconds.
		Weight::from_parts(309_961_000, 36480)
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(38_u64))
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
		//  Measured:  `393`
		//  Estimated: `28413`
		// Minimum execution time: 86_973_000 picoseconds.
		Weight::from_parts(92_323_000, 28413)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `Babe::NextRandomness` (r:1 w:0)
	/// Proof: `Babe::NextRandomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochStart` (r:1 w:0)
	/// Proof: `Babe::EpochStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Queues` (r:1 w:1)
	/// Proof: `Jobs::Queues` (`max_values`: None, `max_size`: Some(18), added: 2493, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	fn draw_audit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `841`
		//  Estimated: `7770`
		// Minimum execution time: 46_497_000 picoseconds.
		Weight::from_parts(49_653_000, 7770)
			.saturating_add(T::DbWeight::get().reads(6_u64))
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
	/// Storage: `Jobs::FreeSparkDrawn` (r:1 w:1)
	/// Proof: `Jobs::FreeSparkDrawn` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
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
		//  Measured:  `7391`
		//  Estimated: `40029`
		// Minimum execution time: 291_537_000 picoseconds.
		Weight::from_parts(326_433_000, 40029)
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(38_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(4305), added: 6780, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Models` (r:1 w:0)
	/// Proof: `ComputeStaking::Models` (`max_values`: None, `max_size`: Some(363), added: 2838, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:9 w:9)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PremiumEscrow` (r:1 w:1)
	/// Proof: `Jobs::PremiumEscrow` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::Workers` (r:11 w:11)
	/// Proof: `ComputeStaking::Workers` (`max_values`: None, `max_size`: Some(771), added: 3246, mode: `MaxEncodedLen`)
	/// Storage: `ComputeStaking::UnrewardedPay` (r:6 w:6)
	/// Proof: `ComputeStaking::UnrewardedPay` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
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
	/// Storage: `Jobs::QueueSlots` (r:0 w:1)
	/// Proof: `Jobs::QueueSlots` (`max_values`: None, `max_size`: Some(35), added: 2510, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(4115), added: 6590, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `8035`
		//  Estimated: `40029`
		// Minimum execution time: 929_003_000 picoseconds.
		Weight::from_parts(1_011_798_000, 40029)
			.saturating_add(T::DbWeight::get().reads(51_u64))
			.saturating_add(T::DbWeight::get().writes(58_u64))
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
		//  Measured:  `564`
		//  Estimated: `4330`
		// Minimum execution time: 85_180_000 picoseconds.
		Weight::from_parts(91_532_000, 4330)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

/// The same weights with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_jobs(n: u32, ) -> Weight {
		Weight::from_parts(182_843_000, 8799)
			.saturating_add(Weight::from_parts(118_088_263, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(18_u64))
			.saturating_add(ParityDbWeight::get().writes(11_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
	fn commit_results(n: u32, ) -> Weight {
		Weight::from_parts(31_617_952, 990)
			.saturating_add(Weight::from_parts(18_395_042, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn reveal_results(n: u32, ) -> Weight {
		Weight::from_parts(655_108_000, 21814)
			.saturating_add(Weight::from_parts(560_315_123, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(32_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(28_u64))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 6780).saturating_mul(n.into()))
	}
	fn block_work_base() -> Weight {
		Weight::from_parts(64_661_000, 28413)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
	}
	fn enforce_deadline() -> Weight {
		Weight::from_parts(365_596_000, 18735)
			.saturating_add(ParityDbWeight::get().reads(27_u64))
			.saturating_add(ParityDbWeight::get().writes(34_u64))
	}
	fn deadline_kept() -> Weight {
		Weight::from_parts(44_423_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn assign_job(c: u32, s: u32, ) -> Weight {
		Weight::from_parts(68_205_429, 7770)
			.saturating_add(Weight::from_parts(18_836_040, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(6_518_105, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 3549).saturating_mul(c.into()))
	}
	fn expire_job() -> Weight {
		Weight::from_parts(309_961_000, 36480)
			.saturating_add(ParityDbWeight::get().reads(36_u64))
			.saturating_add(ParityDbWeight::get().writes(38_u64))
	}
	fn prune_outcome() -> Weight {
		Weight::from_parts(92_323_000, 28413)
			.saturating_add(ParityDbWeight::get().reads(14_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn draw_audit() -> Weight {
		Weight::from_parts(49_653_000, 7770)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn expire_arbitration() -> Weight {
		Weight::from_parts(326_433_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(36_u64))
			.saturating_add(ParityDbWeight::get().writes(38_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(1_011_798_000, 40029)
			.saturating_add(ParityDbWeight::get().reads(51_u64))
			.saturating_add(ParityDbWeight::get().writes(58_u64))
	}
	fn mint_output() -> Weight {
		Weight::from_parts(91_532_000, 4330)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
}
