//! `tessera-worker bench`: how long a job unit of each model takes on this machine.
//!
//! A job's commit window is sized from its model's declared time per unit
//! (`ModelLimits::unit_millis`). A worker slower than that misses deadlines and is slashed, so
//! it must know before it serves a model: `bench` times each model on its costliest job per
//! unit paid (an embedding of a full context, a generation to the end of the context, the
//! standard image with guidance) and keeps the figure in the state folder. `run` and
//! `register` then refuse a model that was not measured with these weights on this device, or
//! whose measured unit is slower than the chain's declaration, and the job loop starts from
//! the measured pace instead of learning it from the first job.

use std::{
	collections::{BTreeMap, HashMap},
	path::{Path, PathBuf},
	time::{Duration, Instant},
};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::{
	chain::ModelInfo,
	inference::{
		image::{ImageRequest, STANDARD_STEPS},
		Model, Output,
	},
	store::{hex32, read_json_or_default, write_atomically},
};

/// The file in the state folder.
pub const FILE: &str = "bench.json";

/// The share of the chain's time per unit a measured unit may take, in percent. A unit
/// measured just under the declaration leaves no room for a slower moment (another process,
/// a warm GPU clocking down, a larger input than the one timed): a tenth is kept back.
pub const HEADROOM_PERCENT: u32 = 90;

/// One model's measurement, valid for the weights, device and worker version it was made with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
	#[serde(with = "hex32")]
	pub weights: [u8; 32],
	pub device: String,
	pub worker: String,
	/// The slowest time per unit paid over the timed runs, rounded up to a millisecond.
	pub unit_millis: u32,
	/// The side of the square image an image model was timed on (0 for other kinds): a larger
	/// image costs more per unit (attention grows with the square of its pixels).
	#[serde(default)]
	pub image_side: u32,
}

/// Why a model cannot be served.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Refusal {
	#[error(
		"model {model} has no benchmark for these weights on {device} with this worker \
		 version: run `tessera-worker bench` first"
	)]
	NotMeasured { model: u32, device: String },
	#[error(
		"model {model}: a unit takes {measured} ms on this machine, and the chain allows \
		 {declared} ms per unit (a worker keeps a tenth of it in reserve): its jobs would miss \
		 their deadlines. Serve it from a faster machine, or leave it out of the models folder \
		 and the registration"
	)]
	TooSlow { model: u32, measured: u32, declared: u32 },
}

/// The measurements kept in the state folder.
pub struct Benchmarks {
	path: PathBuf,
	records: BTreeMap<u32, Record>,
}

impl Benchmarks {
	/// Opens the measurements in `state_dir` (none yet if the file is absent).
	pub fn open(state_dir: &Path) -> Result<Self> {
		let path = state_dir.join(FILE);
		let records = read_json_or_default(&path)?;
		Ok(Self { path, records })
	}

	/// Keeps `unit`, the time per unit measured for `model` with `weights` on `device`.
	pub fn record(
		&mut self,
		model: u32,
		weights: [u8; 32],
		device: &str,
		unit: Duration,
		image_side: u32,
	) -> Result<()> {
		let unit_millis = u32::try_from(unit.as_nanos().div_ceil(1_000_000)).unwrap_or(u32::MAX);
		let record =
			Record { weights, device: device.into(), worker: version(), unit_millis, image_side };
		self.records.insert(model, record);
		if let Some(dir) = self.path.parent() {
			std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
		}
		write_atomically(&self.path, &serde_json::to_vec_pretty(&self.records)?)
	}

	/// The measured time per unit of model `id` as the chain describes it, or why this machine
	/// must not serve it.
	pub fn pace(&self, id: u32, info: &ModelInfo, device: &str) -> Result<Duration, Refusal> {
		let record = self.records.get(&id).filter(|record| {
			record.weights == info.weights_hash
				&& record.device == device
				&& record.worker == version()
		});
		let Some(record) = record else {
			return Err(Refusal::NotMeasured { model: id, device: device.into() });
		};
		if u64::from(record.unit_millis) * 100
			> u64::from(info.unit_millis) * u64::from(HEADROOM_PERCENT)
		{
			return Err(Refusal::TooSlow {
				model: id,
				measured: record.unit_millis,
				declared: info.unit_millis,
			});
		}
		Ok(Duration::from_millis(record.unit_millis.into()))
	}

	/// The pace of every model in `models`, or one error that names each model refused.
	pub fn paces<'a>(
		&self,
		models: impl IntoIterator<Item = (u32, &'a ModelInfo)>,
		device: &str,
	) -> Result<HashMap<u32, Duration>> {
		let mut paces = HashMap::new();
		let mut refusals = Vec::new();
		for (id, info) in models {
			match self.pace(id, info, device) {
				Ok(pace) => {
					paces.insert(id, pace);
				},
				Err(refusal) => refusals.push(refusal.to_string()),
			}
		}
		if !refusals.is_empty() {
			refusals.sort();
			bail!("{}", refusals.join("\n"));
		}
		Ok(paces)
	}
}

/// The version of this worker: another build may compute at another pace.
fn version() -> String {
	env!("CARGO_PKG_VERSION").into()
}

/// The job of `model` that takes the most time per unit paid, as (input, units). Image jobs
/// are timed at `image_side` pixels square and the standard step count, with guidance (which
/// doubles the denoising work).
fn costliest_job(model: &Model, image_side: u32) -> Result<(Vec<u8>, u32)> {
	Ok(match model {
		Model::Embedding(embedder) => (embedder.longest_input()?.into_bytes(), 1),
		Model::TextGeneration(generator) => (serde_json::to_vec(&generator.longest_request()?)?, 1),
		Model::ImageGeneration(_) => {
			let request = ImageRequest {
				// CLIP encodes every prompt padded to its full context: its length costs nothing.
				prompt: "a fox".into(),
				negative_prompt: String::new(),
				seed: 1,
				steps: STANDARD_STEPS as u32,
				width: image_side,
				height: image_side,
				guidance: 7.5,
			};
			let units = u32::try_from(request.units()).context("image side too large")?;
			(serde_json::to_vec(&request)?, units)
		},
	})
}

/// The slowest time per unit paid over `runs` timed runs of the model's costliest job, after
/// one warm-up run (whose page faults and allocations a serving worker has behind it). A
/// generation that ends early (its end-of-text token) is scaled up to every step the job
/// could have asked.
pub fn measure(model: &Model, image_side: u32, runs: u32) -> Result<Duration> {
	let (input, units) = costliest_job(model, image_side)?;
	let mut slowest = Duration::ZERO;
	for run in 0..=runs.max(1) {
		let (mut done, mut of) = (1usize, 1usize);
		let started = Instant::now();
		let output = model.run(&input, units, &mut |step, steps| (done, of) = (step, steps))?;
		let elapsed = started.elapsed();
		if let Output::Rejected(reason) = output {
			bail!("the model refused the job it is timed on: {reason}");
		}
		let all_steps = elapsed.mul_f64(of.max(1) as f64 / done.max(1) as f64);
		if run > 0 {
			slowest = slowest.max(all_steps / units);
		}
	}
	Ok(slowest)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::inference::{tiny::write_tiny_model, ModelKind};

	fn info(weights: [u8; 32], unit_millis: u32) -> ModelInfo {
		ModelInfo { weights_hash: weights, kind: ModelKind::Embedding, unit_millis }
	}

	#[test]
	fn a_model_is_served_only_when_measured_as_it_is_and_fast_enough() {
		let dir = tempfile::tempdir().unwrap();
		let mut benchmarks = Benchmarks::open(dir.path()).unwrap();
		let weights = [7u8; 32];
		assert_eq!(
			benchmarks.pace(3, &info(weights, 1_000), "cpu"),
			Err(Refusal::NotMeasured { model: 3, device: "cpu".into() })
		);
		benchmarks.record(3, weights, "cpu", Duration::from_micros(450_001), 0).unwrap();

		// Kept across a restart, rounded up to the millisecond, and served only with a tenth
		// of the declared time in reserve.
		let benchmarks = Benchmarks::open(dir.path()).unwrap();
		assert_eq!(benchmarks.pace(3, &info(weights, 502), "cpu"), Ok(Duration::from_millis(451)));
		assert_eq!(
			benchmarks.pace(3, &info(weights, 501), "cpu"),
			Err(Refusal::TooSlow { model: 3, measured: 451, declared: 501 })
		);
		// Other weights or another device were not measured.
		assert!(matches!(
			benchmarks.pace(3, &info([8u8; 32], 1_000), "cpu"),
			Err(Refusal::NotMeasured { .. })
		));
		assert!(matches!(
			benchmarks.pace(3, &info(weights, 1_000), "cuda:0"),
			Err(Refusal::NotMeasured { .. })
		));

		let (fast, slow) = (info(weights, 1_000), info(weights, 10));
		let error = benchmarks.paces([(3, &slow), (4, &fast)], "cpu").unwrap_err().to_string();
		assert!(error.contains("model 3: a unit takes 451 ms"), "{error}");
		assert!(error.contains("model 4 has no benchmark"), "{error}");
		assert_eq!(benchmarks.paces([(3, &fast)], "cpu").unwrap()[&3], Duration::from_millis(451));
	}

	#[test]
	fn each_kind_is_timed_on_a_job_it_accepts() {
		let dir = tempfile::tempdir().unwrap();
		for (kind, name) in [
			(ModelKind::Embedding, "embedding"),
			(ModelKind::TextGeneration, "text"),
			(ModelKind::ImageGeneration, "image"),
		] {
			let folder = dir.path().join(name);
			let hash = write_tiny_model(kind, 3, &folder).unwrap();
			let model = Model::load(&folder, kind, &hash, &candle_core::Device::Cpu).unwrap();
			let unit = measure(&model, 64, 1).unwrap();
			assert!(unit > Duration::ZERO, "{name}");
		}
		// A side the pipeline cannot render is an error, not a figure.
		let folder = dir.path().join("image");
		let hash =
			crate::inference::file_hash(&folder.join(crate::inference::WEIGHTS_FILE)).unwrap();
		let model =
			Model::load(&folder, ModelKind::ImageGeneration, &hash, &candle_core::Device::Cpu)
				.unwrap();
		let error = measure(&model, 33, 1).unwrap_err().to_string();
		assert!(error.contains("refused the job it is timed on"), "{error}");
	}
}
