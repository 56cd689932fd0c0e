//! `sale_*`: the token sale's status, demand curve and a bidder's allocation, for bidders'
//! apps. Amounts are decimal strings (see `pallet_token_sale::runtime_api`).

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_token_sale::{
	runtime_api::{DemandPoint, SaleStatus, TokenSaleApi as SaleRuntimeApi},
	Allocation,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use tessera_runtime::{AccountId, BlockNumber};

use super::{at_or_best, runtime_error};

#[rpc(server)]
pub trait SaleApi<BlockHash> {
	/// Phase, terms, totals, and the clearing price (settled, or if it settled now), at block
	/// `at` (the best block when omitted).
	#[method(name = "sale_status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<SaleStatus<BlockNumber>>;

	/// Tokens demanded at each price level, from the floor up.
	#[method(name = "sale_demandCurve")]
	fn demand_curve(&self, at: Option<BlockHash>) -> RpcResult<Vec<DemandPoint>>;

	/// What `who`'s bid receives and pays (settled, or if the sale settled now), or `null`.
	#[method(name = "sale_allocation")]
	fn allocation(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Option<Allocation>>;
}

/// Serves [`SaleApiServer`] from the runtime's `TokenSaleApi`.
pub struct Sale<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Sale<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block> SaleApiServer<Block::Hash> for Sale<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: SaleRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn status(&self, at: Option<Block::Hash>) -> RpcResult<SaleStatus<BlockNumber>> {
		let at = at_or_best(&*self.client, at);
		self.client.runtime_api().status(at).map_err(runtime_error)
	}

	fn demand_curve(&self, at: Option<Block::Hash>) -> RpcResult<Vec<DemandPoint>> {
		let at = at_or_best(&*self.client, at);
		self.client.runtime_api().demand_curve(at).map_err(runtime_error)
	}

	fn allocation(&self, who: AccountId, at: Option<Block::Hash>) -> RpcResult<Option<Allocation>> {
		let at = at_or_best(&*self.client, at);
		self.client.runtime_api().allocation(at, who).map_err(runtime_error)
	}
}
