//! `spark_account`: an account's Spark balances and free-grant status, for wallets and apps
//! that do not decode storage themselves.

use std::{marker::PhantomData, sync::Arc};

use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_spark::{runtime_api::SparkApi as SparkRuntimeApi, SparkAccountInfo};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{at_or_best, runtime_error};

#[rpc(server)]
pub trait SparkApi<BlockHash, AccountId, BlockNumber> {
	/// The Spark of `who` at block `at` (the best block when omitted): free and premium
	/// balances, whether it is registered, and the first block at which it may claim.
	#[method(name = "spark_account")]
	fn account(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<SparkAccountInfo<BlockNumber>>;
}

/// Serves [`SparkApiServer`] from the runtime's `SparkApi`.
pub struct Spark<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Spark<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block, AccountId, BlockNumber> SparkApiServer<Block::Hash, AccountId, BlockNumber>
	for Spark<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: SparkRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: Codec + Send + Sync + 'static,
	BlockNumber: Codec + Send + Sync + 'static + serde::Serialize,
{
	fn account(
		&self,
		who: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<SparkAccountInfo<BlockNumber>> {
		let at = at_or_best(&*self.client, at);
		self.client.runtime_api().account(at, who).map_err(runtime_error)
	}
}
