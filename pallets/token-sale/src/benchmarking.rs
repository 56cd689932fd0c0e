//! Benchmarks of every call, each in its most expensive case. `scripts/benchmark.sh` turns
//! them into `weights.rs`.

use super::*;
use crate::Pallet as Sale;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect as _, InspectFreeze, Mutate as _},
		fungibles::Mutate as _,
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::Zero, Permill};

/// Stablecoin units a bidder holds.
const FUNDS: u128 = 1_000_000_000_000;
const MIN_BID: u128 = 100_000_000;

/// Terms with `levels` price levels, starting next block, funded.
fn terms<T: Config>(levels: u32) -> TermsOf<T> {
	let unit = T::TokenUnit::get();
	let assets: alloc::vec::Vec<_> = (0..T::MaxAssets::get())
		.map(|i| {
			let asset = T::BenchmarkHelper::asset(i);
			T::BenchmarkHelper::create_asset(asset.clone());
			asset
		})
		.collect();
	let offering = 1_000_000 * unit;
	let pool = 100_000 * unit;
	T::Currency::set_balance(
		&T::SaleAccount::get(),
		offering * 2 + pool + T::Currency::minimum_balance(),
	);
	let now = frame_system::Pallet::<T>::block_number();
	SaleTerms {
		offering,
		floor_price: 100,
		ceiling_price: 100 * u128::from(levels),
		tick: 100,
		min_bid: MIN_BID,
		assets: BoundedVec::truncate_from(assets),
		// Not the next block: the benchmark framework may move to block 1 after the setup.
		start: now + 10u32.into(),
		end: now + 20u32.into(),
		lockup: 10u32.into(),
		lockup_bonus: Permill::from_percent(10),
		multiplier_pool: pool,
		multipliers: [Permill::from_percent(5); SCORE_CLASSES],
	}
}

fn open<T: Config>(levels: u32) -> TermsOf<T> {
	let terms = terms::<T>(levels);
	Sale::<T>::do_configure(terms.clone()).expect("valid terms");
	frame_system::Pallet::<T>::set_block_number(terms.start);
	terms
}

/// An eligible, funded bidder.
fn bidder<T: Config>(index: u32, asset: &AssetIdOf<T>, us: bool) -> T::AccountId {
	let who: T::AccountId = account("bidder", index, 0);
	T::Assets::mint_into(asset.clone(), &who, FUNDS).expect("the asset exists");
	T::Currency::set_balance(&who, T::Currency::minimum_balance() * 1_000);
	Eligible::<T>::insert(&who, Eligibility { us, score: (SCORE_CLASSES - 1) as u8 });
	who
}

fn close<T: Config>(terms: &TermsOf<T>) {
	frame_system::Pallet::<T>::set_block_number(terms.end);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Replacing pending terms with the most assets.
	#[benchmark]
	fn configure() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let terms = terms::<T>(T::MaxPriceLevels::get());
		Sale::<T>::do_configure(terms.clone()).expect("valid terms");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, terms);

		assert!(Terms::<T>::exists());
		Ok(())
	}

	/// The dearer path: an appointed attester's first attestation of an account, counted
	/// against its quota.
	#[benchmark]
	fn set_eligibility() {
		use pallet_registrars::Registrars as _;
		let attester: T::AccountId = account("attester", 0, 0);
		T::Attesters::appoint_for_benchmarks(&attester);
		let who: T::AccountId = account("bidder", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(attester), who.clone(), Some(Eligibility { us: false, score: 1 }));

		assert!(Eligible::<T>::contains_key(&who));
	}

	/// The worst case raises a bid: its demand moves from one level to another.
	#[benchmark]
	fn bid() {
		let terms = open::<T>(T::MaxPriceLevels::get());
		let asset = terms.assets[0].clone();
		let who = bidder::<T>(0, &asset, false);
		Sale::<T>::do_bid(who.clone(), terms.floor_price, MIN_BID, asset.clone(), false)
			.expect("a valid first bid");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), terms.ceiling_price, MIN_BID * 2, asset, true);

		assert_eq!(Bids::<T>::get(&who).unwrap().budget, MIN_BID * 2);
	}

	/// Clearing reads every one of `l` levels when the sale is undersubscribed.
	#[benchmark]
	fn settle(l: Linear<1, { T::MaxPriceLevels::get() }>) {
		let terms = open::<T>(l);
		let mut budgets = [0u128; SCORE_CLASSES];
		budgets[0] = MIN_BID;
		for level in 0..l {
			LevelDemand::<T>::insert(level, budgets);
		}
		close::<T>(&terms);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller));

		assert!(Cleared::<T>::exists());
	}

	/// The worst case pays tokens with the bonus and a multiplier, freezes them for the lockup
	/// and refunds part of the budget.
	#[benchmark]
	fn claim() {
		let terms = open::<T>(T::MaxPriceLevels::get());
		let asset = terms.assets[0].clone();
		let who = bidder::<T>(0, &asset, false);
		let other = bidder::<T>(1, &asset, false);
		// Two bids at the ceiling that together ask for ten times the offering: they share it,
		// so this one gets tokens and a refund.
		Sale::<T>::do_bid(who.clone(), terms.ceiling_price, FUNDS / 2, asset.clone(), true)
			.expect("a valid bid");
		Sale::<T>::do_bid(other, terms.ceiling_price, FUNDS / 2, asset, false)
			.expect("a valid bid");
		close::<T>(&terms);
		Sale::<T>::do_settle().expect("closed");
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Bids::<T>::contains_key(&who));
	}

	#[benchmark]
	fn release_lockup() {
		let terms = open::<T>(1);
		let asset = terms.assets[0].clone();
		let who = bidder::<T>(0, &asset, true);
		Sale::<T>::do_bid(who.clone(), terms.floor_price, MIN_BID, asset, true)
			.expect("a valid bid");
		close::<T>(&terms);
		Sale::<T>::do_settle().expect("closed");
		Sale::<T>::do_claim(who.clone()).expect("a bid");
		frame_system::Pallet::<T>::set_block_number(terms.end + terms.lockup);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(T::Currency::balance_frozen(&FreezeReason::SaleLockup.into(), &who).is_zero());
	}

	#[benchmark]
	fn withdraw_proceeds() {
		let terms = open::<T>(1);
		let asset = terms.assets[0].clone();
		let who = bidder::<T>(0, &asset, false);
		Sale::<T>::do_bid(who.clone(), terms.floor_price, MIN_BID, asset.clone(), false)
			.expect("a valid bid");
		close::<T>(&terms);
		Sale::<T>::do_settle().expect("closed");
		Sale::<T>::do_claim(who).expect("a bid");
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), asset.clone());

		assert!(!Proceeds::<T>::contains_key(&asset));
	}

	impl_benchmark_test_suite!(Sale, crate::mock::new_test_ext(), crate::mock::Test);
}
