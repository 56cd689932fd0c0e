//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{
	Config, ModelCount, ModelServers, Models, NextModelId, NextSlashId, Pallet, PendingSlashes,
	SlashReporters, WorkerStatus, Workers,
};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// What the balances pallet holds for the worker; `try_state` compares it with the record.
	pub(crate) fn held_for_worker(who: &T::AccountId) -> crate::BalanceOf<T> {
		T::Currency::balance_on_hold(&crate::HoldReason::WorkerStake.into(), who)
	}

	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		for (who, worker) in Workers::<T>::iter() {
			ensure!(
				Self::held_for_worker(&who) == worker.total_held(),
				"a worker's held balance differs from its recorded stake",
			);
			ensure!(
				worker.unbonding.windows(2).all(|pair| pair[0].unlock_at < pair[1].unlock_at),
				"an unbonding queue is not sorted by unlock block",
			);
			ensure!(
				worker.unbonding.iter().all(|chunk| !chunk.value.is_zero()),
				"an unbonding chunk is empty",
			);
			ensure!(
				worker.status != WorkerStatus::Leaving || worker.active.is_zero(),
				"a leaving worker has active stake",
			);
			let pending: alloc::vec::Vec<_> =
				PendingSlashes::<T>::iter_prefix_values(&who).collect();
			ensure!(
				pending.len() as u32 == worker.pending_slashes,
				"a worker's pending-slash count is wrong",
			);
			let reserved = pending.iter().fold(Zero::zero(), |sum: crate::BalanceOf<T>, slash| {
				sum.saturating_add(slash.amount)
			});
			ensure!(reserved == worker.slash_reserved, "a worker's slash reservation is wrong");
			ensure!(
				worker.slash_reserved <= worker.total_held(),
				"pending slashes exceed a worker's held stake",
			);
			for model in &worker.profile.models {
				ensure!(
					ModelServers::<T>::get(model).contains(&who),
					"a worker serves a model without being listed for it",
				);
			}
		}
		for (model, servers) in ModelServers::<T>::iter() {
			ensure!(Models::<T>::contains_key(model), "servers listed for an unknown model");
			for server in servers {
				let serves = Workers::<T>::get(&server)
					.is_some_and(|worker| worker.profile.models.contains(&model));
				ensure!(serves, "a listed server does not serve the model");
			}
		}
		let mut count = 0u32;
		let mut staked_by_owner =
			alloc::collections::BTreeMap::<T::AccountId, crate::BalanceOf<T>>::new();
		for (id, model) in Models::<T>::iter() {
			count += 1;
			ensure!(id < NextModelId::<T>::get(), "a model id beyond the counter");
			let staked = staked_by_owner.entry(model.owner).or_default();
			*staked = staked.saturating_add(model.stake);
		}
		for (owner, staked) in staked_by_owner {
			ensure!(
				T::Currency::balance_on_hold(&crate::HoldReason::ModelStake.into(), &owner)
					== staked,
				"an owner's held model stake differs from its models' stakes",
			);
		}
		ensure!(count == ModelCount::<T>::get(), "the model count is wrong");
		for model in crate::GrantModels::<T>::iter_keys() {
			ensure!(Models::<T>::contains_key(model), "free Spark opened to a removed model");
		}
		ensure!(count <= T::MaxModels::get(), "more models than MaxModels");
		for (_, slash, _) in PendingSlashes::<T>::iter() {
			ensure!(slash < NextSlashId::<T>::get(), "a slash id beyond the counter");
		}
		for who in crate::UnrewardedPay::<T>::iter_keys() {
			ensure!(Workers::<T>::contains_key(&who), "unrewarded pay kept for a removed worker");
		}
		for (who, slash, reporters) in SlashReporters::<T>::iter() {
			ensure!(
				PendingSlashes::<T>::contains_key(&who, slash),
				"reporters kept for a slash that is not pending",
			);
			ensure!(!reporters.is_empty(), "an empty reporter list is stored");
		}
		let mut classes = 0u32;
		for (class, rules) in crate::Classes::<T>::iter() {
			classes += 1;
			ensure!(!class.is_empty(), "an empty execution class is registered");
			ensure!(rules.min_workers > 0, "a class asks for no workers");
		}
		ensure!(classes == crate::Classes::<T>::count(), "the class counter is wrong");
		ensure!(classes <= T::MaxClasses::get(), "more classes than MaxClasses");
		Ok(())
	}
}
