//! After bidding: clearing, paying bidders, lockups and proceeds.

use crate::{
	clearing::{self, Market},
	Allocation, AssetIdOf, BidCount, BidOf, Bids, Cleared, Clearing, Config, Error, Escrowed,
	Event, FreezeReason, LevelDemand, Pallet, Phase, Proceeds, Terms, TermsOf,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{self, InspectFreeze, MutateFreeze},
		fungibles,
		tokens::{DepositConsequence, Preservation, Provenance},
		Get,
	},
};

impl<T: Config> Pallet<T> {
	/// The market that `terms` describe.
	pub(crate) fn clear_with(terms: &TermsOf<T>) -> Clearing<u128> {
		let price = |level| terms.price(level);
		let market = Market {
			offering: terms.offering,
			unit: T::TokenUnit::get(),
			levels: terms.levels(),
			price: &price,
			multipliers: terms.multipliers,
			multiplier_pool: terms.multiplier_pool,
		};
		market.clear(LevelDemand::<T>::get)
	}

	pub(crate) fn do_settle() -> DispatchResult {
		match Self::phase() {
			Phase::Closed => {},
			Phase::Settled => return Err(Error::<T>::AlreadySettled.into()),
			_ => return Err(Error::<T>::NotClosed.into()),
		}
		let terms = Terms::<T>::get().ok_or(Error::<T>::NotClosed)?;
		let result = Self::clear_with(&terms);
		let unsold = terms.offering.saturating_sub(result.sold);
		if unsold > 0 {
			<T::Currency as fungible::Mutate<_>>::transfer(
				&T::SaleAccount::get(),
				&T::Treasury::get(),
				unsold,
				Preservation::Preserve,
			)?;
		}
		Cleared::<T>::put(result);
		Self::deposit_event(Event::Settled { price: result.price, sold: result.sold, unsold });
		Ok(())
	}

	/// What `bid` gets under `result`, by the rules of [`clearing::allocation`].
	pub(crate) fn allocation_of(
		bid: &BidOf<T>,
		terms: &TermsOf<T>,
		result: &Clearing<u128>,
	) -> Allocation {
		clearing::allocation(
			bid,
			result,
			T::TokenUnit::get(),
			terms.lockup_bonus,
			&terms.multipliers,
		)
	}

	/// What `bid` gets under `clearing`, with an allocation too small to be received (below
	/// the existential deposit for a bidder without tokens) turned into a full refund.
	fn payable_allocation(
		who: &T::AccountId,
		bid: &BidOf<T>,
		terms: &TermsOf<T>,
		result: &Clearing<u128>,
	) -> Allocation {
		let allocation = Self::allocation_of(bid, terms, result);
		let total = allocation.total_tokens();
		let receivable = total == 0
			|| <T::Currency as fungible::Inspect<_>>::can_deposit(who, total, Provenance::Extant)
				== DepositConsequence::Success;
		if receivable {
			allocation
		} else {
			Allocation { refund: bid.budget, ..Default::default() }
		}
	}

	pub(crate) fn do_claim(who: T::AccountId) -> DispatchResult {
		ensure!(Self::phase() == Phase::Settled, Error::<T>::NotSettled);
		let terms = Terms::<T>::get().ok_or(Error::<T>::NotSettled)?;
		let result = Cleared::<T>::get().ok_or(Error::<T>::NotSettled)?;
		let bid = Bids::<T>::take(&who).ok_or(Error::<T>::NoBid)?;
		let allocation = Self::payable_allocation(&who, &bid, &terms, &result);

		let tokens = allocation.total_tokens();
		if tokens > 0 {
			<T::Currency as fungible::Mutate<_>>::transfer(
				&T::SaleAccount::get(),
				&who,
				tokens,
				Preservation::Preserve,
			)?;
			if bid.lockup {
				T::Currency::increase_frozen(&FreezeReason::SaleLockup.into(), &who, tokens)?;
			}
		}
		Self::pay_refund(&who, bid.asset.clone(), allocation.refund, allocation.cost);
		Escrowed::<T>::mutate(&bid.asset, |total| *total = total.saturating_sub(bid.budget));
		Self::remove_demand(bid.max_level, bid.score, bid.budget);
		BidCount::<T>::mutate(|count| *count = count.saturating_sub(1));
		Self::deposit_event(Event::Claimed { who, allocation });
		Ok(())
	}

	/// Returns `refund` to the bidder and books `cost` as proceeds. A refund the bidder's
	/// account cannot receive (below the asset's minimum for an account that no longer holds
	/// it) is booked as proceeds too, so that no claim can be blocked.
	fn pay_refund(who: &T::AccountId, asset: AssetIdOf<T>, refund: u128, cost: u128) {
		use fungibles::{Inspect, Mutate};
		let mut proceeds = cost;
		if refund > 0 {
			let paid = T::Assets::can_deposit(asset.clone(), who, refund, Provenance::Extant)
				== DepositConsequence::Success
				&& T::Assets::transfer(
					asset.clone(),
					&Self::escrow_account(),
					who,
					refund,
					Preservation::Expendable,
				)
				.is_ok();
			if !paid {
				proceeds = proceeds.saturating_add(refund);
			}
		}
		Proceeds::<T>::mutate(asset, |total| *total = total.saturating_add(proceeds));
	}

	pub(crate) fn do_release_lockup(who: T::AccountId) -> DispatchResult {
		let terms = Terms::<T>::get().ok_or(Error::<T>::NotSettled)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= terms.end + terms.lockup, Error::<T>::LockupNotOver);
		let reason = FreezeReason::SaleLockup.into();
		let amount = T::Currency::balance_frozen(&reason, &who);
		ensure!(amount > 0, Error::<T>::NotLocked);
		T::Currency::thaw(&reason, &who)?;
		Self::deposit_event(Event::LockupReleased { who, amount });
		Ok(())
	}

	pub(crate) fn do_withdraw_proceeds(asset: AssetIdOf<T>) -> DispatchResult {
		let amount = Proceeds::<T>::get(&asset);
		ensure!(amount > 0, Error::<T>::NoProceeds);
		<T::Assets as fungibles::Mutate<_>>::transfer(
			asset.clone(),
			&Self::escrow_account(),
			&T::Treasury::get(),
			amount,
			Preservation::Expendable,
		)?;
		Proceeds::<T>::remove(&asset);
		Self::deposit_event(Event::ProceedsWithdrawn { asset, amount });
		Ok(())
	}
}
