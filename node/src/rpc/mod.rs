//! The node's JSON-RPC methods beyond the standard set (chain, state, author, system):
//! account nonces (`system_accountNextIndex`), fee queries (`payment_*`), Spark balances
//! (`spark_account`), compute staking (`compute_worker`, `compute_modelsRanked`,
//! `compute_pendingRewards`), jobs (`jobs_assigned`, `jobs_job`) and the token sale
//! (`sale_status`, `sale_demandCurve`, `sale_allocation`).

mod compute;
mod jobs;
mod sale;
mod spark;

use std::sync::Arc;

use jsonrpsee::{
	types::{error::ErrorObject, ErrorObjectOwned},
	RpcModule,
};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use tessera_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	pub client: Arc<C>,
	pub pool: Arc<P>,
}

/// Builds the RPC module with Tessera's extra methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ pallet_spark::runtime_api::SparkApi<Block, AccountId, BlockNumber>
		+ pallet_compute_staking::runtime_api::ComputeStakingApi<Block, AccountId, Balance>
		+ pallet_token_sale::runtime_api::TokenSaleApi<Block, AccountId, BlockNumber>
		+ pallet_jobs::runtime_api::JobsApi<Block, AccountId, BlockNumber>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use compute::{Compute, ComputeApiServer};
	use jobs::{Jobs, JobsApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use sale::{Sale, SaleApiServer};
	use spark::{Spark, SparkApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Spark::new(client.clone()).into_rpc())?;
	module.merge(Compute::new(client.clone()).into_rpc())?;
	module.merge(Jobs::new(client.clone()).into_rpc())?;
	module.merge(Sale::new(client).into_rpc())?;
	Ok(module)
}

/// JSON-RPC error code of a failed runtime API call.
const RUNTIME_ERROR: i32 = 1;

/// The error a method returns when its runtime API call fails.
fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "Runtime API call failed", Some(error.to_string()))
}

/// The block a method reads: `at`, or the best block when omitted.
fn at_or_best<Block: sp_runtime::traits::Block, C: HeaderBackend<Block>>(
	client: &C,
	at: Option<Block::Hash>,
) -> Block::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}
