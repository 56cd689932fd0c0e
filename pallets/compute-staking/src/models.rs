//! The model registry.

use crate::{
	BalanceOf, Config, Error, Event, GrantModels, HoldReason, Model, ModelCount, ModelId,
	ModelKind, ModelLimits, ModelServers, Models, NextModelId, Pallet, Uri, Workers,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Registers a model of `terms`: its weights hash, kind, Spark per job and limits.
	pub(crate) fn do_register_model(
		owner: T::AccountId,
		(weights_hash, kind, units_per_job, limits): ([u8; 32], ModelKind, u32, ModelLimits),
		metadata_uri: Uri,
		stake: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(units_per_job > 0, Error::<T>::ZeroUnits);
		Self::ensure_valid_limits(&limits)?;
		ensure!(stake >= T::MinModelStake::get(), Error::<T>::BelowMinimumStake);
		if ModelCount::<T>::get() >= T::MaxModels::get() {
			Self::evict_weakest_model(stake)?;
		}
		let count = ModelCount::<T>::get();
		let model = NextModelId::<T>::get();
		let next = model.checked_add(1).ok_or(Error::<T>::Overflow)?;

		T::Currency::hold(&HoldReason::ModelStake.into(), &owner, stake)?;
		Models::<T>::insert(
			model,
			Model {
				owner: owner.clone(),
				weights_hash,
				kind,
				units_per_job,
				metadata_uri,
				stake,
				limits,
			},
		);
		ModelCount::<T>::put(count + 1);
		NextModelId::<T>::put(next);
		Self::deposit_event(Event::ModelRegistered { model, owner, stake });
		Ok(())
	}

	pub(crate) fn do_bond_model_extra(
		who: T::AccountId,
		model: ModelId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut entry = Self::owned_model(&who, model)?;
		T::Currency::hold(&HoldReason::ModelStake.into(), &who, amount)?;
		entry.stake = entry.stake.saturating_add(amount);
		Models::<T>::insert(model, entry);
		Self::deposit_event(Event::ModelBonded { model, amount });
		Ok(())
	}

	/// Removes the model and releases its stake. Workers' profiles drop it, so no new job is
	/// assigned on it.
	pub(crate) fn do_retire_model(who: T::AccountId, model: ModelId) -> DispatchResult {
		let entry = Self::owned_model(&who, model)?;
		Self::remove_model(model, entry)?;
		Self::deposit_event(Event::ModelRetired { model });
		Ok(())
	}

	/// A full registry makes room for a newcomer staking more than the least-staked model
	/// that no worker serves (the oldest of equals), which is removed as if retired and its
	/// stake released: the registry's places go to models that are served or backed, not to
	/// the first `MaxModels`. A served model is never evicted: it may have jobs under way,
	/// whose audits, verifiers and settlement need it. Refused when no unserved model stakes
	/// less.
	fn evict_weakest_model(stake: BalanceOf<T>) -> DispatchResult {
		let (model, entry) = Models::<T>::iter()
			.filter(|(model, _)| !ModelServers::<T>::contains_key(model))
			.min_by(|(a, x), (b, y)| x.stake.cmp(&y.stake).then(a.cmp(b)))
			.ok_or(Error::<T>::TooManyModels)?;
		ensure!(stake > entry.stake, Error::<T>::TooManyModels);
		let owner = entry.owner.clone();
		Self::remove_model(model, entry)?;
		Self::deposit_event(Event::ModelEvicted { model, owner });
		Ok(())
	}

	fn remove_model(model: ModelId, entry: Model<T::AccountId, BalanceOf<T>>) -> DispatchResult {
		let owner = &entry.owner;
		T::Currency::release(&HoldReason::ModelStake.into(), owner, entry.stake, Precision::Exact)?;
		for server in ModelServers::<T>::take(model) {
			Workers::<T>::mutate(&server, |worker| {
				if let Some(worker) = worker {
					worker.profile.models.retain(|served| *served != model);
				}
			});
		}
		Models::<T>::remove(model);
		if GrantModels::<T>::take(model).is_some() {
			Self::deposit_event(Event::GrantModelSet { model, open: false });
		}
		ModelCount::<T>::mutate(|count| *count = count.saturating_sub(1));
		Ok(())
	}

	pub(crate) fn do_set_model_limits(model: ModelId, limits: ModelLimits) -> DispatchResult {
		Self::ensure_valid_limits(&limits)?;
		Models::<T>::try_mutate(model, |entry| {
			let entry = entry.as_mut().ok_or(Error::<T>::UnknownModel)?;
			entry.limits = limits;
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::ModelLimitsSet { model, limits });
		Ok(())
	}

	pub(crate) fn do_set_grant_model(model: ModelId, open: bool) -> DispatchResult {
		ensure!(Models::<T>::contains_key(model), Error::<T>::UnknownModel);
		match open {
			true => GrantModels::<T>::insert(model, ()),
			false => GrantModels::<T>::remove(model),
		}
		Self::deposit_event(Event::GrantModelSet { model, open });
		Ok(())
	}

	/// A job may ask at least one unit, and a unit takes some time.
	fn ensure_valid_limits(limits: &ModelLimits) -> DispatchResult {
		ensure!(limits.max_units > 0 && limits.unit_millis > 0, Error::<T>::BadLimits);
		Ok(())
	}

	fn owned_model(
		who: &T::AccountId,
		model: ModelId,
	) -> Result<Model<T::AccountId, BalanceOf<T>>, Error<T>> {
		let entry = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(entry.owner == *who, Error::<T>::NotModelOwner);
		Ok(entry)
	}
}
