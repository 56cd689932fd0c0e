//! The pallets whose benchmarks the runtime exposes to the benchmarking CLI
//! (`--features runtime-benchmarks`).

pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::Pallet as SystemBench;

use crate::*;

impl frame_benchmarking::baseline::Config for Runtime {}
impl frame_system_benchmarking::Config for Runtime {}

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_membership, ValidatorSet]
	[pallet_vesting, Vesting]
	[pallet_assets, Assets]
	[pallet_treasury, Treasury]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_sudo, Sudo]
	[pallet_spark, Spark]
	[pallet_compute_staking, ComputeStaking]
	[pallet_token_sale, TokenSale]
	[pallet_jobs, Jobs]
	[pallet_registrars, SparkRegistrars]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_whitelist, Whitelist]
	[pallet_collective, TechnicalCommittee]
	[pallet_parameters, Parameters]
	[pallet_draw_seed, DrawSeed]
);
