//! Before and during bidding: the terms, eligibility and bids.

use crate::{
	AssetIdOf, Bid, BidCount, Bids, Config, Eligibility, Eligible, Error, Escrowed, Event,
	LevelDemand, Pallet, Phase, PriceLevel, Score, Terms, TermsOf, SCORE_CLASSES,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible, fungibles,
		tokens::{Fortitude, Preservation},
		Get,
	},
};
use sp_runtime::traits::AccountIdConversion;

impl<T: Config> Pallet<T> {
	/// Where the sale stands now.
	pub fn phase() -> Phase {
		let Some(terms) = Terms::<T>::get() else { return Phase::Unconfigured };
		let now = frame_system::Pallet::<T>::block_number();
		if crate::Cleared::<T>::exists() {
			Phase::Settled
		} else if now < terms.start {
			Phase::Pending
		} else if now < terms.end {
			Phase::Open
		} else {
			Phase::Closed
		}
	}

	/// The account that holds the escrowed stablecoins and the proceeds.
	pub fn escrow_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	pub(crate) fn do_configure(terms: TermsOf<T>) -> DispatchResult {
		ensure!(
			matches!(Self::phase(), Phase::Unconfigured | Phase::Pending),
			Error::<T>::SaleStarted
		);
		ensure!(terms.offering > 0, Error::<T>::ZeroOffering);
		ensure!(
			terms.tick > 0
				&& terms.floor_price > 0
				&& terms.ceiling_price >= terms.floor_price
				&& terms.level_of(terms.ceiling_price).is_some(),
			Error::<T>::BadPriceGrid
		);
		ensure!(terms.levels() <= T::MaxPriceLevels::get(), Error::<T>::TooManyLevels);
		ensure!(!terms.assets.is_empty(), Error::<T>::BadAssetList);
		for (i, asset) in terms.assets.iter().enumerate() {
			ensure!(!terms.assets[..i].contains(asset), Error::<T>::BadAssetList);
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::asset_exists(asset.clone()),
				Error::<T>::UnknownAsset
			);
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < terms.start && terms.start < terms.end, Error::<T>::BadSchedule);
		let needed = terms
			.offering
			.saturating_add(terms.lockup_bonus.mul_ceil(terms.offering))
			.saturating_add(terms.multiplier_pool);
		let available = <T::Currency as fungible::Inspect<_>>::reducible_balance(
			&T::SaleAccount::get(),
			Preservation::Preserve,
			Fortitude::Polite,
		);
		ensure!(available >= needed, Error::<T>::SaleUnderfunded);

		Self::deposit_event(Event::SaleConfigured {
			offering: terms.offering,
			start: terms.start,
			end: terms.end,
		});
		Terms::<T>::put(terms);
		Ok(())
	}

	pub(crate) fn do_set_eligibility(
		who: T::AccountId,
		eligibility: Option<Eligibility>,
	) -> DispatchResult {
		if let Some(attested) = eligibility {
			ensure!(usize::from(attested.score) < SCORE_CLASSES, Error::<T>::BadScore);
		}
		Eligible::<T>::set(&who, eligibility);
		Self::deposit_event(Event::EligibilitySet { who, eligibility });
		Ok(())
	}

	pub(crate) fn do_bid(
		who: T::AccountId,
		max_price: u128,
		budget: u128,
		asset: AssetIdOf<T>,
		lockup: bool,
	) -> DispatchResult {
		ensure!(Self::phase() == Phase::Open, Error::<T>::NotOpen);
		let terms = Terms::<T>::get().ok_or(Error::<T>::NotOpen)?;
		ensure!(terms.assets.contains(&asset), Error::<T>::UnknownAsset);
		let level = Self::price_level(&terms, max_price)?;
		ensure!(budget >= terms.min_bid, Error::<T>::BelowMinimum);

		let (bid, added) = match Bids::<T>::get(&who) {
			None => {
				let eligibility = Eligible::<T>::get(&who).ok_or(Error::<T>::NotEligible)?;
				ensure!(!eligibility.us || lockup, Error::<T>::UsWithoutLockup);
				let bid = Bid {
					budget,
					max_level: level,
					asset: asset.clone(),
					lockup,
					us: eligibility.us,
					score: eligibility.score,
				};
				BidCount::<T>::mutate(|count| *count = count.saturating_add(1));
				(bid, budget)
			},
			Some(old) => {
				ensure!(old.asset == asset, Error::<T>::AssetMismatch);
				ensure!(
					level >= old.max_level && budget >= old.budget && (lockup || !old.lockup),
					Error::<T>::Lowering
				);
				ensure!(
					level > old.max_level || budget > old.budget || lockup != old.lockup,
					Error::<T>::NothingRaised
				);
				Self::remove_demand(old.max_level, old.score, old.budget);
				(Bid { budget, max_level: level, lockup, ..old }, budget - old.budget)
			},
		};
		Self::escrow(&who, asset.clone(), added)?;
		Self::add_demand(bid.max_level, bid.score, bid.budget);
		Bids::<T>::insert(&who, bid);
		Self::deposit_event(Event::BidPlaced { who, asset, budget, max_price, lockup });
		Ok(())
	}

	/// The level of `price`, or why it has none.
	fn price_level(terms: &TermsOf<T>, price: u128) -> Result<PriceLevel, Error<T>> {
		terms.level_of(price).ok_or(if price < terms.floor_price || price > terms.ceiling_price {
			Error::<T>::PriceOutOfRange
		} else {
			Error::<T>::PriceOffTick
		})
	}

	fn escrow(who: &T::AccountId, asset: AssetIdOf<T>, amount: u128) -> DispatchResult {
		if amount == 0 {
			return Ok(());
		}
		use fungibles::{Inspect, Mutate};
		let spendable = T::Assets::reducible_balance(
			asset.clone(),
			who,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		ensure!(spendable >= amount, Error::<T>::InsufficientFunds);
		T::Assets::transfer(
			asset.clone(),
			who,
			&Self::escrow_account(),
			amount,
			Preservation::Expendable,
		)?;
		Escrowed::<T>::mutate(asset, |total| *total = total.saturating_add(amount));
		Ok(())
	}

	fn add_demand(level: PriceLevel, score: Score, budget: u128) {
		LevelDemand::<T>::mutate(level, |budgets| {
			budgets[usize::from(score)] = budgets[usize::from(score)].saturating_add(budget)
		});
	}

	/// Takes a bid's budget out of the aggregate, dropping levels that become empty.
	pub(crate) fn remove_demand(level: PriceLevel, score: Score, budget: u128) {
		LevelDemand::<T>::mutate_exists(level, |entry| {
			if let Some(budgets) = entry {
				budgets[usize::from(score)] = budgets[usize::from(score)].saturating_sub(budget);
				if budgets.iter().all(|b| *b == 0) {
					*entry = None;
				}
			}
		});
	}
}
