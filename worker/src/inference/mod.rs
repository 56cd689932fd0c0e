//! Inference with candle: models loaded from local safetensors, checked against the weights
//! hash the chain holds, and run deterministically (same class + same input ⇒ same bytes).

mod embedding;
mod generation;
pub mod image;
pub mod output;
pub mod pack;
pub mod png;
mod rng;
pub mod tiny;

use std::{
	io::Read,
	path::{Path, PathBuf},
};

use anyhow::{anyhow, Context, Result};
use candle_core::Device;
use tokenizers::Tokenizer;

pub use embedding::Embedder;
pub use generation::{GenerationRequest, Generator, MAX_NEW_TOKENS};
pub use image::{ImageGenerator, ImageRequest};
pub use output::Output;

/// The weights, in a model's folder.
pub const WEIGHTS_FILE: &str = "model.safetensors";
/// The architecture's configuration (Hugging Face `config.json`).
pub const CONFIG_FILE: &str = "config.json";
/// The tokenizer (Hugging Face `tokenizer.json`).
pub const TOKENIZER_FILE: &str = "tokenizer.json";

/// The kinds of model this worker runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelKind {
	/// BERT family: text in, a unit-length mean-pooled vector out.
	Embedding,
	/// Llama family: a prompt in, greedily decoded text out.
	TextGeneration,
	/// Stable Diffusion 1.x family: a prompt and a seed in, an RGB image out.
	ImageGeneration,
}

/// blake2-256 of a file, read in chunks so that multi-gigabyte weights need no copy in memory.
pub fn file_hash(path: &Path) -> Result<[u8; 32]> {
	use blake2::Digest as _;
	let mut file =
		std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
	let mut hasher = output::Blake2b256::new();
	let mut buffer = vec![0u8; 1 << 20];
	loop {
		let read = file.read(&mut buffer)?;
		if read == 0 {
			break;
		}
		hasher.update(&buffer[..read]);
	}
	Ok(hasher.finalize().into())
}

/// The weights file of a model whose hash [`Model::load`] has just checked, mapped as F32.
fn map_weights<'a>(weights: &Path, device: &Device) -> Result<candle_nn::VarBuilder<'a>> {
	// SAFETY: the file is mapped read-only and not changed while the worker runs; its hash was
	// checked just before.
	Ok(unsafe {
		candle_nn::VarBuilder::from_mmaped_safetensors(&[weights], candle_core::DType::F32, device)?
	})
}

/// A model ready to run.
pub enum Model {
	Embedding(Embedder),
	TextGeneration(Generator),
	ImageGeneration(ImageGenerator),
}

/// Why a model was not loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
	#[error(
		"{path}: weights hash is 0x{actual}, the chain registered 0x{expected}; refusing to \
		 serve other weights than the model's"
	)]
	HashMismatch { path: PathBuf, expected: String, actual: String },
	#[error(transparent)]
	Other(#[from] anyhow::Error),
}

impl Model {
	/// Loads the model in `dir` after checking that its weights hash to `expected_hash`.
	pub fn load(
		dir: &Path,
		kind: ModelKind,
		expected_hash: &[u8; 32],
		device: &Device,
	) -> Result<Model, LoadError> {
		let weights = dir.join(WEIGHTS_FILE);
		let actual = file_hash(&weights)?;
		if &actual != expected_hash {
			return Err(LoadError::HashMismatch {
				path: weights,
				expected: hex(expected_hash),
				actual: hex(&actual),
			});
		}
		let config = std::fs::read(dir.join(CONFIG_FILE))
			.with_context(|| format!("reading {}", dir.join(CONFIG_FILE).display()))?;
		let tokenizer = Tokenizer::from_file(dir.join(TOKENIZER_FILE))
			.map_err(|e| anyhow!("{}: {e}", dir.join(TOKENIZER_FILE).display()))?;
		Ok(match kind {
			ModelKind::Embedding => {
				Model::Embedding(Embedder::load(&weights, &config, tokenizer, device)?)
			},
			ModelKind::TextGeneration => {
				Model::TextGeneration(Generator::load(&weights, &config, tokenizer, device)?)
			},
			ModelKind::ImageGeneration => {
				Model::ImageGeneration(ImageGenerator::load(&weights, &config, tokenizer, device)?)
			},
		})
	}

	pub fn kind(&self) -> ModelKind {
		match self {
			Model::Embedding(_) => ModelKind::Embedding,
			Model::TextGeneration(_) => ModelKind::TextGeneration,
			Model::ImageGeneration(_) => ModelKind::ImageGeneration,
		}
	}

	/// Runs the model on a job's input, for which the creator paid `units` job units. A bad
	/// input (the creator's fault, an image larger than its units pay for included) is an
	/// [`Output::Rejected`]; an `Err` is the worker's own failure.
	pub fn run(
		&self,
		input: &[u8],
		units: u32,
		progress: &mut dyn FnMut(usize, usize),
	) -> Result<Output> {
		match self {
			Model::Embedding(model) => match std::str::from_utf8(input) {
				Ok(text) => model.embed(text),
				Err(_) => Ok(Output::Rejected("input is not UTF-8 text".into())),
			},
			Model::TextGeneration(model) => match GenerationRequest::parse(input) {
				Ok(request) => model.generate(&request, progress),
				Err(reason) => Ok(Output::Rejected(reason)),
			},
			Model::ImageGeneration(model) => match ImageRequest::parse(input) {
				Ok(request) => model.generate(&request, units, progress),
				Err(reason) => Ok(Output::Rejected(reason)),
			},
		}
	}
}

/// Lower-case hex without a prefix.
pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The device named in the configuration: `cpu` or `cuda:N` (only in a `cuda` build).
pub fn device(name: &str) -> Result<Device> {
	if name == "cpu" {
		return Ok(Device::Cpu);
	}
	let Some(ordinal) = name.strip_prefix("cuda:") else {
		return Err(anyhow!("unknown device {name:?}: use \"cpu\" or \"cuda:N\""));
	};
	let ordinal: usize = ordinal.parse().with_context(|| format!("device {name:?}"))?;
	if !cfg!(feature = "cuda") {
		return Err(anyhow!(
			"device {name:?}: this tessera-worker was built without CUDA; rebuild it with \
			 `--features cuda`"
		));
	}
	Ok(Device::new_cuda(ordinal)?)
}
