//! `compute_*`: workers, models and rewards of pallet-compute-staking, for dashboards and
//! wallets that do not decode storage themselves. Balances are decimal strings (see
//! `pallet_compute_staking::runtime_api`).

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_compute_staking::runtime_api::{
	ComputeStakingApi as ComputeRuntimeApi, ModelInfo, WorkerInfo,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use tessera_runtime::{AccountId, Balance};

use super::{at_or_best, runtime_error};

#[rpc(server)]
pub trait ComputeApi<BlockHash> {
	/// The worker registered under `who` at block `at` (the best block when omitted), or
	/// `null`.
	#[method(name = "compute_worker")]
	fn worker(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WorkerInfo<Balance>>>;

	/// Every registered model, most staked first.
	#[method(name = "compute_modelsRanked")]
	fn models_ranked(&self, at: Option<BlockHash>)
		-> RpcResult<Vec<ModelInfo<AccountId, Balance>>>;

	/// The era rewards `who` can claim, in planck, as a decimal string.
	#[method(name = "compute_pendingRewards")]
	fn pending_rewards(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<String>;
}

/// Serves [`ComputeApiServer`] from the runtime's `ComputeStakingApi`.
pub struct Compute<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Compute<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block> ComputeApiServer<Block::Hash> for Compute<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ComputeRuntimeApi<Block, AccountId, Balance>,
{
	fn worker(
		&self,
		who: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WorkerInfo<Balance>>> {
		self.client.runtime_api().worker(at_or_best(&*self.client, at), who).map_err(runtime_error)
	}

	fn models_ranked(
		&self,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ModelInfo<AccountId, Balance>>> {
		self.client
			.runtime_api()
			.models_ranked(at_or_best(&*self.client, at))
			.map_err(runtime_error)
	}

	fn pending_rewards(&self, who: AccountId, at: Option<Block::Hash>) -> RpcResult<String> {
		let rewards = self
			.client
			.runtime_api()
			.pending_rewards(at_or_best(&*self.client, at), who)
			.map_err(runtime_error)?;
		Ok(rewards.to_string())
	}
}
