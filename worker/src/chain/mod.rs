//! The chain client: subxt code generated from the runtime metadata committed in
//! `worker/metadata/tessera.scale` (a runtime test fails when it drifts from the runtime), a
//! connection that is re-made with backoff, and reads of what the worker needs.

mod submitter;
mod transport;

use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use subxt::{
	client::{ClientAtBlock, OnlineClientAtBlockImpl},
	rpcs::{rpc_params, RpcClient},
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};

pub use submitter::Submitter;

use crate::inference::ModelKind;

#[subxt::subxt(runtime_metadata_path = "metadata/tessera.scale", derive_for_all_types = "Clone")]
pub mod tessera {}

pub use tessera::runtime_types::{
	pallet_compute_staking::types::{ModelKind as ChainModelKind, Worker},
	pallet_jobs::types::{AssignedJob, InputView, JobState, SeatRole},
};

/// A client of a Tessera node.
pub type Api = OnlineClient<PolkadotConfig>;
/// The client's view of one block.
pub type AtBlock = ClientAtBlock<PolkadotConfig, OnlineClientAtBlockImpl<PolkadotConfig>>;

/// A connection: the typed client and the raw RPC beneath it.
#[derive(Clone)]
pub struct Chain {
	pub api: Api,
	pub rpc: RpcClient,
}

impl Chain {
	/// Connects once.
	pub async fn connect(url: &str) -> Result<Self> {
		let rpc = transport::connect(url)
			.await
			.with_context(|| format!("connecting to the node at {url}"))?;
		let api = Api::from_rpc_client(rpc.clone())
			.await
			.with_context(|| format!("reading the chain's metadata from {url}"))?;
		Ok(Self { api, rpc })
	}

	/// Connects, retrying with exponential backoff (1 s doubling to 30 s) until the node answers.
	pub async fn connect_with_backoff(url: &str) -> Self {
		let mut delay = Duration::from_secs(1);
		loop {
			match Self::connect(url).await {
				Ok(chain) => return chain,
				Err(e) => {
					tracing::warn!(error = format!("{e:#}"), retry_in = ?delay, "node unreachable");
					tokio::time::sleep(delay).await;
					delay = (delay * 2).min(Duration::from_secs(30));
				},
			}
		}
	}

	/// Whether the node still answers: tells a refused transaction from a lost connection.
	pub async fn is_alive(&self) -> bool {
		self.rpc.request::<serde_json::Value>("system_health", rpc_params![]).await.is_ok()
	}

	/// The best block's number.
	pub async fn best_number(&self) -> Result<u64> {
		let header: serde_json::Value = self.rpc.request("chain_getHeader", rpc_params![]).await?;
		let hex = header["number"].as_str().ok_or_else(|| anyhow!("header without a number"))?;
		Ok(u64::from_str_radix(hex.trim_start_matches("0x"), 16)?)
	}

	/// The next nonce of `who`, counting transactions still in the pool.
	pub async fn next_nonce(&self, who: &AccountId32) -> Result<u64> {
		Ok(self.rpc.request("system_accountNextIndex", rpc_params![who.to_string()]).await?)
	}
}

/// The chain's name for a kind of model.
pub fn chain_kind(kind: ModelKind) -> ChainModelKind {
	match kind {
		ModelKind::Embedding => ChainModelKind::Embedding,
		ModelKind::TextGeneration => ChainModelKind::TextGeneration,
		ModelKind::ImageGeneration => ChainModelKind::ImageGeneration,
	}
}

/// What the chain says about a model.
#[derive(Clone, Debug)]
pub struct ModelInfo {
	pub weights_hash: [u8; 32],
	pub kind: ModelKind,
	/// Milliseconds a unit may take: jobs' commit windows are sized from it.
	pub unit_millis: u32,
}

/// The model registered under `id`, if any.
pub async fn model(at: &AtBlock, id: u32) -> Result<Option<ModelInfo>> {
	let entry = at.storage().entry(tessera::storage().compute_staking().models())?;
	Ok(entry.try_fetch((id,)).await?.map(|value| value.decode()).transpose()?.map(|model| {
		ModelInfo {
			weights_hash: model.weights_hash,
			kind: match model.kind {
				ChainModelKind::Embedding => ModelKind::Embedding,
				ChainModelKind::TextGeneration => ModelKind::TextGeneration,
				ChainModelKind::ImageGeneration => ModelKind::ImageGeneration,
			},
			unit_millis: model.limits.unit_millis,
		}
	}))
}

/// The jobs the chain has seated `who` in, with what is due for each.
pub async fn assigned_jobs(at: &AtBlock, who: &AccountId32) -> Result<Vec<AssignedJob<u32>>> {
	Ok(at.runtime_apis().call(tessera::runtime_apis().jobs_api().jobs_of(who.clone())).await?)
}

/// A job's state, or its outcome once it is settled or refunded.
pub async fn job_state(at: &AtBlock, job: u64) -> Result<Option<JobState<AccountId32, u32>>> {
	Ok(at.runtime_apis().call(tessera::runtime_apis().jobs_api().job(job)).await?)
}

/// `who`'s registration as a worker, if it is registered.
pub async fn registered_worker(at: &AtBlock, who: &AccountId32) -> Result<Option<Worker>> {
	let entry = at.storage().entry(tessera::storage().compute_staking().workers())?;
	Ok(entry.try_fetch((who.clone(),)).await?.map(|value| value.decode()).transpose()?)
}

/// The most commits or reveals one call may carry.
pub fn max_batch(at: &AtBlock) -> Result<usize> {
	Ok(at.constants().entry(tessera::constants().jobs().max_jobs_per_batch())? as usize)
}

/// Milliseconds a block takes: what turns a deadline in blocks into time.
pub fn block_millis(at: &AtBlock) -> Result<u32> {
	Ok(at.constants().entry(tessera::constants().jobs().block_millis())?)
}

/// Blocks per staking era (heartbeats are due once per era).
pub fn era_length(at: &AtBlock) -> Result<u32> {
	Ok(at.constants().entry(tessera::constants().compute_staking().era_length())?)
}
