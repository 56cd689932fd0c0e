//! One-off commands an operator (or a creator trying the chain out) runs: register, heartbeat,
//! unbond, register a model, submit a job and fetch its result.

use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

use crate::{
	chain::{self, tessera, Chain, JobState, Submitter},
	inference::{hex, output::digest, Output},
	inputs,
};

use tessera::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec,
	pallet_compute_staking::types::{ModelKind, ModelLimits, WorkerProfile},
	pallet_jobs::types::{JobInput, JobSpec, PayWith},
};

/// 10^12 planck = 1 TSR.
pub const PLANCK_PER_TSR: u128 = 1_000_000_000_000;

/// `"1.5"` TSR in planck; at most 12 decimals.
pub fn parse_tsr(text: &str) -> Result<u128> {
	let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
	if whole.is_empty() && fraction.is_empty() || fraction.len() > 12 {
		bail!("{text:?} is not an amount of TSR (up to 12 decimals)");
	}
	let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
	if !digits(whole) || !digits(fraction) {
		bail!("{text:?} is not an amount of TSR");
	}
	let whole: u128 = if whole.is_empty() { 0 } else { whole.parse()? };
	let fraction: u128 = format!("{fraction:0<12}").parse()?;
	whole
		.checked_mul(PLANCK_PER_TSR)
		.and_then(|w| w.checked_add(fraction))
		.ok_or_else(|| anyhow!("{text} TSR is too much"))
}

/// Registers the worker with `stake` planck for `models`, its class and artifact endpoint.
pub async fn register(
	chain: &Chain,
	submitter: &mut Submitter,
	stake: u128,
	models: Vec<u32>,
	class: &str,
	endpoint: &str,
) -> Result<()> {
	let profile = WorkerProfile {
		class: BoundedVec(class.as_bytes().to_vec()),
		models: BoundedVec(models),
		endpoint: BoundedVec(endpoint.as_bytes().to_vec()),
	};
	let call = tessera::transactions().compute_staking().register_worker(stake, profile);
	submitter.send_and_wait(chain, &call).await.context("register_worker")
}

/// Sends this era's heartbeat and waits until the chain has it.
pub async fn heartbeat(chain: &Chain, submitter: &Submitter) -> Result<u32> {
	let at = chain.api.at_current_block().await?;
	let era = (chain.best_number().await? / u64::from(chain::era_length(&at)?)) as u32;
	submitter.send_heartbeat(chain, &at, era).await?;
	let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
	loop {
		let at = chain.api.at_current_block().await?;
		match chain::registered_worker(&at, submitter.account()).await?.map(|w| w.due_era) {
			None => bail!("this account is not a registered worker"),
			Some(due) if due > era => return Ok(era),
			Some(_) if tokio::time::Instant::now() > deadline => {
				bail!("the heartbeat was not finalized within a minute")
			},
			Some(_) => tokio::time::sleep(Duration::from_secs(2)).await,
		}
	}
}

/// Starts unbonding `amount` planck of active stake.
pub async fn unbond(chain: &Chain, submitter: &mut Submitter, amount: u128) -> Result<()> {
	let call = tessera::transactions().compute_staking().unbond(amount);
	submitter.send_and_wait(chain, &call).await.context("unbond")
}

/// What a developer declares about a model it registers.
pub struct NewModel<'a> {
	/// blake2-256 of the weights file.
	pub weights_hash: [u8; 32],
	pub kind: ModelKind,
	/// Spark one job costs.
	pub units_per_job: u32,
	/// The most units a job may ask, and a unit's time on the reference class: the chain sizes
	/// jobs' commit windows from them and refuses larger jobs.
	pub limits: ModelLimits,
	pub metadata_uri: &'a str,
	/// Model stake, in planck.
	pub stake: u128,
}

/// Registers a model (as its developer) and returns its id.
pub async fn register_model(
	chain: &Chain,
	submitter: &mut Submitter,
	model: NewModel<'_>,
) -> Result<u32> {
	let at = chain.api.at_current_block().await?;
	let next = tessera::storage().compute_staking().next_model_id();
	let id = at.storage().entry(next)?.fetch(()).await?.decode()?;
	let call = tessera::transactions().compute_staking().register_model(
		model.weights_hash,
		model.kind,
		model.units_per_job,
		BoundedVec(model.metadata_uri.as_bytes().to_vec()),
		model.stake,
		model.limits,
	);
	submitter.send_and_wait(chain, &call).await.context("register_model")?;
	Ok(id)
}

/// Buys `units` of Spark with TSR; what they cost goes to the pot that pays workers for Spark
/// jobs.
pub async fn buy_spark(chain: &Chain, submitter: &mut Submitter, units: u64) -> Result<()> {
	let call = tessera::transactions().spark().buy(units);
	submitter.send_and_wait(chain, &call).await.context("buying Spark")
}

/// A settled job's result, fetched and checked against its digest.
pub struct JobResult {
	pub job: u64,
	pub digest: [u8; 32],
	pub url: String,
	pub output: Output,
	pub workers: usize,
}

/// Submits a job, waits for it to settle, fetches the artifact and checks it.
pub async fn submit_job(
	chain: &Chain,
	submitter: &mut Submitter,
	model: u32,
	input: Vec<u8>,
	units: u32,
	redundancy: u8,
	pay_with: PayWith,
	timeout: Duration,
) -> Result<JobResult> {
	let at = chain.api.at_current_block().await?;
	let job =
		at.storage().entry(tessera::storage().jobs().next_job_id())?.fetch(()).await?.decode()?;
	let spec =
		JobSpec { model, input: JobInput::Inline(BoundedVec(input)), units, redundancy, pay_with };
	submitter
		.send_and_wait(chain, &tessera::transactions().jobs().submit_job(spec))
		.await
		.context("submit_job")?;
	tracing::info!(job, "submitted; waiting for it to settle");
	let deadline = tokio::time::Instant::now() + timeout;
	loop {
		let at = chain.api.at_current_block().await?;
		match chain::job_state(&at, job).await? {
			Some(JobState::Settled { digest: settled, uri, workers, .. }) => {
				let url =
					String::from_utf8(uri).map_err(|_| anyhow!("the result URL is not UTF-8"))?;
				let bytes = inputs::fetch(&url).await?;
				if digest(&bytes) != settled {
					bail!(
						"{url} served bytes that do not hash to the settled digest 0x{}",
						hex(&settled)
					);
				}
				let output = Output::decode(&bytes)?;
				return Ok(JobResult { job, digest: settled, url, output, workers: workers.len() });
			},
			Some(JobState::Refunded { reason, .. }) => bail!("job {job} was refunded: {reason:?}"),
			Some(JobState::Unavailable { reason, .. }) => {
				bail!("job {job} ended unavailable (its input could not be had): {reason:?}")
			},
			None => bail!("job {job} is unknown to the chain"),
			Some(_) if tokio::time::Instant::now() > deadline => {
				bail!("job {job} did not settle within {timeout:?}")
			},
			Some(state) => {
				tracing::debug!(job, ?state, "waiting");
				tokio::time::sleep(Duration::from_secs(2)).await;
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_of_tsr_parse_exactly() {
		assert_eq!(parse_tsr("1").unwrap(), PLANCK_PER_TSR);
		assert_eq!(parse_tsr("0.5").unwrap(), PLANCK_PER_TSR / 2);
		assert_eq!(parse_tsr("10000").unwrap(), 10_000 * PLANCK_PER_TSR);
		assert_eq!(parse_tsr(".000000000001").unwrap(), 1);
		for bad in ["", ".", "1.0000000000001", "-1", "1e3", "one"] {
			assert!(parse_tsr(bad).is_err(), "{bad}");
		}
	}
}
