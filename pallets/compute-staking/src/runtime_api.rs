//! The read API for clients (the worker binary, apps, the node's RPC methods).
//!
//! In JSON (the node's `compute_*` RPC methods) balances are decimal strings, because
//! JavaScript numbers lose precision above 2^53 planck (about 9,000 TSR), and byte strings
//! that are text (execution class, URLs) are strings.

use crate::{
	BalanceOf, Config, EraIndex, ModelId, ModelKind, Models, Pallet, WorkerStatus, Workers,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// A worker as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "Balance: core::fmt::Display",
		deserialize = "Balance: core::str::FromStr"
	))
)]
pub struct WorkerInfo<Balance> {
	pub status: WorkerStatus,
	#[cfg_attr(feature = "std", serde(with = "json::text"))]
	pub class: Vec<u8>,
	pub models: Vec<ModelId>,
	#[cfg_attr(feature = "std", serde(with = "json::text"))]
	pub endpoint: Vec<u8>,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub active: Balance,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub unbonding: Balance,
	pub quality: Perbill,
	pub online: Perbill,
	/// The first era it may heartbeat in (it is due once the current era reaches it).
	pub due_era: EraIndex,
	pub open_jobs: u32,
	/// Rewards earned and not yet claimed.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub pending_rewards: Balance,
	/// Stake set aside for slashes not yet applied.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub slash_reserved: Balance,
	/// Assignment weight: stake × lock boost × quality × online.
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub selection_weight: u128,
}

/// A registered model as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display",
		deserialize = "AccountId: serde::Deserialize<'de>, Balance: core::str::FromStr"
	))
)]
pub struct ModelInfo<AccountId, Balance> {
	pub id: ModelId,
	pub owner: AccountId,
	/// blake2-256 of the weights file.
	pub weights_hash: sp_core::H256,
	pub kind: ModelKind,
	pub units_per_job: u32,
	#[cfg_attr(feature = "std", serde(with = "json::text"))]
	pub metadata_uri: Vec<u8>,
	#[cfg_attr(feature = "std", serde(with = "json::decimal"))]
	pub stake: Balance,
	/// Workers listed as serving it.
	pub servers: u32,
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
		/// Every model, most staked first (ties: older first).
		fn models_ranked() -> Vec<ModelInfo<AccountId, Balance>>;
		/// Rewards `who` can claim now.
		fn pending_rewards(who: AccountId) -> Balance;
		/// The current era: the one a heartbeat must name.
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
			due_era: worker.due_era,
			open_jobs: worker.open_jobs,
			pending_rewards: worker.unclaimed,
			slash_reserved: worker.slash_reserved,
			selection_weight: Self::selection_weight(&worker),
		})
	}

	/// What [`ComputeStakingApi::models_ranked`] returns. Reads every model, at most
	/// `MaxModels`: for the runtime API only, never for a call.
	pub fn models_ranked() -> Vec<ModelInfo<T::AccountId, BalanceOf<T>>> {
		let mut models: Vec<_> = Models::<T>::iter()
			.map(|(id, model)| ModelInfo {
				id,
				owner: model.owner,
				weights_hash: model.weights_hash.into(),
				kind: model.kind,
				units_per_job: model.units_per_job,
				metadata_uri: model.metadata_uri.to_vec(),
				stake: model.stake,
				servers: crate::ModelServers::<T>::decode_len(id).unwrap_or(0) as u32,
			})
			.collect();
		models.sort_by(|a, b| b.stake.cmp(&a.stake).then(a.id.cmp(&b.id)));
		models
	}

	/// What [`ComputeStakingApi::pending_rewards`] returns.
	pub fn pending_rewards(who: &T::AccountId) -> BalanceOf<T> {
		Workers::<T>::get(who).map(|worker| worker.unclaimed).unwrap_or_default()
	}
}

/// Serde helpers for the JSON form of the types above.
#[cfg(feature = "std")]
mod json {
	/// A number as a decimal string.
	pub mod decimal {
		use serde::{de::Error, Deserialize, Deserializer, Serializer};

		pub fn serialize<S: Serializer, N: core::fmt::Display>(
			value: &N,
			serializer: S,
		) -> Result<S::Ok, S::Error> {
			serializer.collect_str(value)
		}

		pub fn deserialize<'de, D: Deserializer<'de>, N: core::str::FromStr>(
			deserializer: D,
		) -> Result<N, D::Error> {
			let text = String::deserialize(deserializer)?;
			text.parse().map_err(|_| D::Error::custom(format!("not a decimal number: {text}")))
		}
	}

	/// UTF-8 bytes as a string (invalid sequences shown as U+FFFD).
	pub mod text {
		use serde::{Deserialize, Deserializer, Serializer};

		pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
			serializer.serialize_str(&String::from_utf8_lossy(bytes))
		}

		pub fn deserialize<'de, D: Deserializer<'de>>(
			deserializer: D,
		) -> Result<Vec<u8>, D::Error> {
			String::deserialize(deserializer).map(String::into_bytes)
		}
	}
}
