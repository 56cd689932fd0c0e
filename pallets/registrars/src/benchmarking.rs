//! Benchmarks of every call, each in its most expensive case. `scripts/benchmark.sh` turns
//! them into `weights.rs`.

use super::*;
use crate::Pallet as Registrars;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// An account funded for the deposit.
fn funded<T: Config<I>, I: 'static>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let amount = T::Deposit::get()
		.saturating_mul(2u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, amount);
	who
}

#[instance_benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn appoint() -> Result<(), BenchmarkError> {
		let origin =
			T::AppointOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = funded::<T, I>("registrar");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Appointed::<T, I>::contains_key(&who));
		Ok(())
	}

	/// The dearer branch: the deposit forfeited to another account.
	#[benchmark]
	fn dismiss() -> Result<(), BenchmarkError> {
		let origin =
			T::AppointOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = funded::<T, I>("registrar");
		Registrars::<T, I>::do_appoint(who.clone()).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), true);

		assert!(!Appointed::<T, I>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn release() -> Result<(), BenchmarkError> {
		let who = funded::<T, I>("registrar");
		Registrars::<T, I>::do_appoint(who.clone()).map_err(|_| BenchmarkError::Weightless)?;
		Registrars::<T, I>::do_resign(who.clone()).map_err(|_| BenchmarkError::Weightless)?;
		let later = frame_system::Pallet::<T>::block_number().saturating_add(T::ResignDelay::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone());

		assert!(!Resigned::<T, I>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn resign() -> Result<(), BenchmarkError> {
		let who = funded::<T, I>("registrar");
		Registrars::<T, I>::do_appoint(who.clone()).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Resigned::<T, I>::contains_key(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Registrars, crate::mock::new_test_ext(), crate::mock::Test);
}
