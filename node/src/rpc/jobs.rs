//! `jobs_*`: the jobs a worker holds and where a job stands, for the worker (which polls
//! `jobs_assigned` each block) and for creators' apps (see `pallet_jobs::runtime_api`).

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_jobs::{runtime_api::JobsApi as JobsRuntimeApi, AssignedJob, JobId, JobState};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use tessera_runtime::{AccountId, BlockNumber};

use super::{at_or_best, runtime_error};

#[rpc(server)]
pub trait JobsApi<BlockHash> {
	/// The jobs `worker` holds a seat in at block `at` (the best block when omitted), with
	/// their inputs and deadlines.
	#[method(name = "jobs_assigned")]
	fn assigned(
		&self,
		worker: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AssignedJob<BlockNumber>>>;

	/// Where job `job` stands, with its result digest and URI once settled; `null` for an
	/// unknown job or one whose outcome was pruned.
	#[method(name = "jobs_job")]
	fn job(
		&self,
		job: JobId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<JobState<AccountId, BlockNumber>>>;
}

/// Serves [`JobsApiServer`] from the runtime's `JobsApi`.
pub struct Jobs<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Jobs<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block> JobsApiServer<Block::Hash> for Jobs<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: JobsRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn assigned(
		&self,
		worker: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<AssignedJob<BlockNumber>>> {
		self.client
			.runtime_api()
			.jobs_of(at_or_best(&*self.client, at), worker)
			.map_err(runtime_error)
	}

	fn job(
		&self,
		job: JobId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<JobState<AccountId, BlockNumber>>> {
		self.client.runtime_api().job(at_or_best(&*self.client, at), job).map_err(runtime_error)
	}
}
