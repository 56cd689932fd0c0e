//! Prometheus metrics, served at `GET /metrics` beside the artifacts.

use prometheus::{
	Encoder, Histogram, HistogramOpts, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

/// The worker's metrics.
#[derive(Clone)]
pub struct Metrics {
	registry: Registry,
	/// Jobs whose result was revealed, by outcome: `output` or `rejected` (bad input).
	pub jobs: IntCounterVec,
	/// Failures, by stage: `inference`, `submit`, `chain`, `artifact`.
	pub failures: IntCounterVec,
	/// Seconds each job spent in the model.
	pub inference_seconds: Histogram,
	/// Seconds the worker spent on its own around the model, per job: reading the chain,
	/// signing and sending, hashing, writing artifacts and state (batches divided by their size).
	pub overhead_seconds: Histogram,
	/// Jobs being computed now.
	pub in_progress: IntGauge,
	/// The last finalized block the worker acted on.
	pub finalized_block: IntGauge,
	/// Blocks between the node's best block and the last one the worker acted on.
	pub chain_lag_blocks: IntGauge,
}

impl Metrics {
	pub fn new() -> Self {
		let registry =
			Registry::new_custom(Some("tessera_worker".into()), None).expect("valid prefix");
		let jobs =
			IntCounterVec::new(Opts::new("jobs_total", "Jobs revealed, by outcome"), &["outcome"])
				.unwrap();
		let failures =
			IntCounterVec::new(Opts::new("failures_total", "Failures, by stage"), &["stage"])
				.unwrap();
		let buckets = prometheus::exponential_buckets(0.000_1, 2.0, 22).unwrap();
		let inference_seconds = Histogram::with_opts(
			HistogramOpts::new("inference_seconds", "Seconds per job in the model")
				.buckets(buckets.clone()),
		)
		.unwrap();
		let overhead_seconds = Histogram::with_opts(
			HistogramOpts::new("overhead_seconds", "Seconds per job outside the model")
				.buckets(buckets),
		)
		.unwrap();
		let in_progress = IntGauge::new("jobs_in_progress", "Jobs being computed").unwrap();
		let finalized_block =
			IntGauge::new("finalized_block", "Last finalized block acted on").unwrap();
		let chain_lag_blocks =
			IntGauge::new("chain_lag_blocks", "Best block minus the last block acted on").unwrap();
		for collector in [
			Box::new(jobs.clone()) as Box<dyn prometheus::core::Collector>,
			Box::new(failures.clone()),
			Box::new(inference_seconds.clone()),
			Box::new(overhead_seconds.clone()),
			Box::new(in_progress.clone()),
			Box::new(finalized_block.clone()),
			Box::new(chain_lag_blocks.clone()),
		] {
			registry.register(collector).expect("names are unique");
		}
		Self {
			registry,
			jobs,
			failures,
			inference_seconds,
			overhead_seconds,
			in_progress,
			finalized_block,
			chain_lag_blocks,
		}
	}

	/// The text exposition format.
	pub fn render(&self) -> String {
		let mut out = Vec::new();
		TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("writing to a Vec");
		String::from_utf8(out).expect("the text format is UTF-8")
	}
}

impl Default for Metrics {
	fn default() -> Self {
		Self::new()
	}
}
