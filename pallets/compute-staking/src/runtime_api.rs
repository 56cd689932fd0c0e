//! The read API for clients (the worker binary, apps, the node's RPC methods).

use crate::{BalanceOf, Config, EraIndex, Model, ModelId, Pallet, WorkerStatus, Workers};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// A worker as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct WorkerInfo<Balance> {
	pub status: WorkerStatus,
	pub class: Vec<u8>,
	pub models: Vec<ModelId>,
	pub endpoint: Vec<u8>,
	pub active: Balance,
	pub unbonding: Balance,
	pub quality: Perbill,
	pub online: Perbill,
	pub last_seen: EraIndex,
	pub open_jobs: u32,
	/// Rewards earned and not yet claimed.
	pub pending_rewards: Balance,
	/// Stake set aside for slashes not yet applied.
	pub slash_reserved: Balance,
}

sp_api::decl_runtime_apis! {
	/// Workers, models and rewards.
	pub trait ComputeStakingApi<AccountId, Balance>
	where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// The worker registered under `who`, if any.
		fn worker(who: AccountId) -> Option<WorkerInfo<Balance>>;
		/// Every model, most staked first.
		fn models_ranked() -> Vec<(ModelId, Model<AccountId, Balance>)>;
		/// Rewards `who` can claim now.
		fn pending_rewards(who: AccountId) -> Balance;
		/// The current era.
		fn current_era() -> EraIndex;
	}
}

impl<T: Config> Pallet<T> {
	/// What [`ComputeStakingApi::worker`] returns.
	pub fn worker_info(who: &T::AccountId) -> Option<WorkerInfo<BalanceOf<T>>> {
		let worker = Workers::<T>::get(who)?;
		Some(WorkerInfo {
			status: worker.status,
			class: worker.profile.class.to_vec(),
			models: worker.profile.models.to_vec(),
			endpoint: worker.profile.endpoint.to_vec(),
			active: worker.active,
			unbonding: worker.total_held() - worker.active,
			quality: worker.quality,
			online: worker.online,
			last_seen: worker.last_seen,
			open_jobs: worker.open_jobs,
			pending_rewards: worker.unclaimed,
			slash_reserved: worker.slash_reserved,
		})
	}

	/// What [`ComputeStakingApi::pending_rewards`] returns.
	pub fn pending_rewards(who: &T::AccountId) -> BalanceOf<T> {
		Workers::<T>::get(who).map(|worker| worker.unclaimed).unwrap_or_default()
	}
}
