//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{
	BidCount, Bids, Cleared, Config, Escrowed, LevelDemand, Pallet, Proceeds, ScoreBudgets, Terms,
	SCORE_CLASSES,
};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungibles::Inspect};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		// Per asset: at most `MaxAssets` entries.
		let mut escrowed = alloc::vec::Vec::<(crate::AssetIdOf<T>, u128)>::new();
		let mut demand = BTreeMap::<_, ScoreBudgets<u128>>::new();
		for who in crate::AttestedBy::<T>::iter_keys() {
			ensure!(
				crate::Eligible::<T>::contains_key(&who),
				"an attester of an unattested account"
			);
		}
		let mut count = 0u32;
		let levels = Terms::<T>::get().map(|terms| terms.levels()).unwrap_or(0);
		for (_, bid) in Bids::<T>::iter() {
			count += 1;
			ensure!(bid.max_level < levels, "a bid above the ceiling");
			ensure!(usize::from(bid.score) < SCORE_CLASSES, "a bid with an invalid score");
			match escrowed.iter_mut().find(|(asset, _)| *asset == bid.asset) {
				Some((_, total)) => *total = total.saturating_add(bid.budget),
				None => escrowed.push((bid.asset.clone(), bid.budget)),
			}
			let budgets = demand.entry(bid.max_level).or_insert([0u128; SCORE_CLASSES]);
			budgets[usize::from(bid.score)] =
				budgets[usize::from(bid.score)].saturating_add(bid.budget);
		}
		ensure!(count == BidCount::<T>::get(), "the bid count is wrong");
		for (asset, total) in Escrowed::<T>::iter() {
			let position = escrowed.iter().position(|(a, _)| *a == asset);
			let bids_total = position.map_or(0, |i| escrowed.swap_remove(i).1);
			ensure!(bids_total == total, "escrowed stablecoin differs from the sum of the bids");
			let held = T::Assets::balance(asset.clone(), &Self::escrow_account());
			ensure!(
				held >= total.saturating_add(Proceeds::<T>::get(&asset)),
				"the escrow account holds less than the bids and proceeds",
			);
		}
		ensure!(
			escrowed.iter().all(|(_, total)| *total == 0),
			"a bid's asset has no escrow record"
		);
		for (level, budgets) in LevelDemand::<T>::iter() {
			ensure!(
				demand.remove(&level).unwrap_or([0; SCORE_CLASSES]) == budgets,
				"aggregated demand differs from the bids",
			);
		}
		ensure!(demand.is_empty(), "bids missing from the aggregated demand");
		ensure!(!Cleared::<T>::exists() || Terms::<T>::exists(), "a clearing result without terms",);
		if let (Some(result), Some(terms)) = (Cleared::<T>::get(), Terms::<T>::get()) {
			ensure!(result.sold <= terms.offering, "more tokens sold than offered");
		}
		Ok(())
	}
}
