//! Benchmarks of every call and of the [`SparkSpender`] operations, each in its most
//! expensive case. `scripts/benchmark.sh` turns them into `weights.rs`.

use super::*;
use crate::Pallet as Spark;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{
		fungible::{Inspect, Mutate},
		Authorize, EnsureOrigin, Get,
	},
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_registrars::Registrars as _;
use sp_runtime::traits::{One, Saturating};

fn registered_account<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("creator", 0, 0);
	Spark::<T>::do_register(who.clone()).expect("a fresh account registers");
	who
}

/// Holds both kinds of Spark, so that a charge takes some of each.
fn account_with_spark<T: Config>(free: SparkAmount, premium: SparkAmount) -> T::AccountId {
	let who: T::AccountId = account("payer", 0, 0);
	Spark::<T>::mint(&who, SparkBalance { free, premium }).expect("minting fits the types");
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The dearer path: an appointed registrar, whose quota is counted and who is
	/// remembered as the account's registrar.
	#[benchmark]
	fn register() {
		let registrar: T::AccountId = account("registrar", 0, 0);
		T::Registrars::appoint_for_benchmarks(&registrar);
		let who: T::AccountId = account("creator", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(registrar.clone()), who.clone());

		assert!(Registrations::<T>::contains_key(&who));
		assert_eq!(RegisteredBy::<T>::get(&who), Some(registrar));
	}

	/// The dearer path: the registrar that registered the account.
	#[benchmark]
	fn revoke() {
		let registrar: T::AccountId = account("registrar", 0, 0);
		T::Registrars::appoint_for_benchmarks(&registrar);
		let who: T::AccountId = account("creator", 0, 0);
		Spark::<T>::register_for(RawOrigin::Signed(registrar.clone()).into(), who.clone())
			.expect("a registrar registers a fresh account");

		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), who.clone());

		assert!(!Registrations::<T>::contains_key(&who));
	}

	/// The worst case holds some free Spark already, so the cap is computed and the account
	/// entry rewritten.
	#[benchmark]
	fn claim_free() {
		let who = registered_account::<T>();
		Spark::<T>::mint(&who, SparkBalance { free: 1, premium: 1 }).expect("fits");

		#[extrinsic_call]
		_(RawOrigin::Authorized, who.clone());

		assert_eq!(
			Spark::<T>::spark_of(&who).free,
			1 + T::FreeGrant::get().min(T::FreeCap::get() - 1)
		);
	}

	#[benchmark]
	fn authorize_claim_free() -> Result<(), BenchmarkError> {
		let who = registered_account::<T>();
		Spark::<T>::mint(&who, SparkBalance { free: 1, premium: 1 }).expect("fits");
		let call = Call::<T>::claim_free { who };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or("claim_free must be authorized")?
				.map_err(|_| "a due claim must be valid")?;
		}
		Ok(())
	}

	/// The worst case starts a new reward period, which resets the period's figure.
	#[benchmark]
	fn grant_reward() -> Result<(), BenchmarkError> {
		let origin =
			T::RewardOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = account_with_spark::<T>(1, 1);
		let period = T::RewardPeriod::get();
		frame_system::Pallet::<T>::set_block_number(period.saturating_add(One::one()));
		RewardsGranted::<T>::put(RewardSpending {
			period: BlockNumberFor::<T>::default(),
			granted: T::RewardBudget::get(),
		});
		let amount = T::RewardBudget::get();
		let cost = Spark::<T>::price_of(amount).map_err(|_| BenchmarkError::Weightless)?;
		let minimum = T::Currency::minimum_balance();
		T::Currency::set_balance(
			&T::RewardFunding::get(),
			cost.saturating_mul(2u32.into()).saturating_add(minimum),
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), amount);

		assert_eq!(Spark::<T>::spark_of(&who).premium, 1 + amount);
		Ok(())
	}

	#[benchmark]
	fn buy() {
		let who = account_with_spark::<T>(1, 1);
		let amount: SparkAmount = 1_000;
		let cost = Spark::<T>::price_of(amount).expect("the price of 1000 Spark fits");
		let minimum = T::Currency::minimum_balance();
		T::Currency::set_balance(&who, cost.saturating_mul(2u32.into()).saturating_add(minimum));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(Spark::<T>::spark_of(&who).premium, 1 + amount);
	}

	#[benchmark]
	fn set_price() -> Result<(), BenchmarkError> {
		let origin =
			T::PriceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let price = T::DefaultPrice::get().saturating_add(One::one());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, price);

		assert_eq!(SparkPrice::<T>::get(), price);
		Ok(())
	}

	/// The worst case takes both kinds and empties the account, which removes its entry.
	#[benchmark]
	fn charge() -> Result<(), BenchmarkError> {
		let who = account_with_spark::<T>(5, 5);

		#[block]
		{
			<Spark<T> as SparkSpender<T::AccountId>>::charge(&who, 10)?;
		}

		assert!(Spark::<T>::spark_of(&who).is_empty());
		Ok(())
	}

	#[benchmark]
	fn refund() -> Result<(), BenchmarkError> {
		let who = account_with_spark::<T>(5, 5);
		let taken = SparkCharge { premium: 5, free: 5 };

		#[block]
		{
			<Spark<T> as SparkSpender<T::AccountId>>::refund(&who, taken)?;
		}

		assert_eq!(Spark::<T>::spark_of(&who), SparkBalance { free: 10, premium: 10 });
		Ok(())
	}

	impl_benchmark_test_suite!(Spark, crate::mock::new_test_ext(), crate::mock::Test);
}
