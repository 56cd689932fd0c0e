//! Packs a diffusers Stable Diffusion folder into a Tessera model folder. The chain registers
//! one weights hash per model, so the three networks go into one `model.safetensors` under
//! the prefixes [`TEXT_ENCODER`], [`UNET`] and [`VAE`], and their configurations into one
//! `config.json` under the same names (plus `scheduler`), exactly as the pipeline loads them.

use std::{
	collections::HashMap,
	path::{Path, PathBuf},
};

use anyhow::{Context, Result};
use candle_core::{Device, Tensor};

use super::{
	file_hash,
	image::{TEXT_ENCODER, UNET, VAE},
	CONFIG_FILE, TOKENIZER_FILE, WEIGHTS_FILE,
};

/// Where diffusers keeps a network's weights: `model.safetensors` for transformers models,
/// `diffusion_pytorch_model.safetensors` for diffusers' own.
fn weights_in(folder: &Path) -> Result<PathBuf> {
	["model.safetensors", "diffusion_pytorch_model.safetensors"]
		.iter()
		.map(|name| folder.join(name))
		.find(|path| path.exists())
		.with_context(|| format!("{} has no safetensors weights", folder.display()))
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
	let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
	serde_json::from_slice(&bytes).with_context(|| format!("{} is not JSON", path.display()))
}

/// Writes the model folder `out` from the diffusers folder `diffusers` and the CLIP
/// `tokenizer` file; returns the weights hash to register the model under.
pub fn pack_diffusers(diffusers: &Path, tokenizer: &Path, out: &Path) -> Result<[u8; 32]> {
	let mut tensors: HashMap<String, Tensor> = HashMap::new();
	let mut config = serde_json::Map::new();
	for network in [TEXT_ENCODER, UNET, VAE] {
		let folder = diffusers.join(network);
		let weights = weights_in(&folder)?;
		let loaded = candle_core::safetensors::load(&weights, &Device::Cpu)
			.with_context(|| format!("reading {}", weights.display()))?;
		tensors
			.extend(loaded.into_iter().map(|(name, tensor)| (format!("{network}.{name}"), tensor)));
		config.insert(network.into(), read_json(&folder.join("config.json"))?);
	}
	let scheduler = diffusers.join("scheduler/scheduler_config.json");
	let scheduler = if scheduler.exists() { read_json(&scheduler)? } else { serde_json::json!({}) };
	config.insert("scheduler".into(), scheduler);

	std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
	std::fs::write(out.join(CONFIG_FILE), serde_json::to_vec_pretty(&config)?)?;
	std::fs::copy(tokenizer, out.join(TOKENIZER_FILE))
		.with_context(|| format!("copying {}", tokenizer.display()))?;
	let weights = out.join(WEIGHTS_FILE);
	candle_core::safetensors::save(&tensors, &weights)?;
	file_hash(&weights)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::inference::{tiny::write_tiny_model, ModelKind};

	/// Splits a packed model folder back into the diffusers layout.
	fn unpack(model: &Path, diffusers: &Path) {
		let tensors =
			candle_core::safetensors::load(model.join(WEIGHTS_FILE), &Device::Cpu).unwrap();
		let config = read_json(&model.join(CONFIG_FILE)).unwrap();
		for network in [TEXT_ENCODER, UNET, VAE] {
			let folder = diffusers.join(network);
			std::fs::create_dir_all(&folder).unwrap();
			let prefix = format!("{network}.");
			let own: HashMap<String, Tensor> = tensors
				.iter()
				.filter_map(|(name, t)| Some((name.strip_prefix(&prefix)?.to_owned(), t.clone())))
				.collect();
			let file = if network == TEXT_ENCODER {
				"model.safetensors"
			} else {
				"diffusion_pytorch_model.safetensors"
			};
			candle_core::safetensors::save(&own, folder.join(file)).unwrap();
			std::fs::write(folder.join("config.json"), config[network].to_string()).unwrap();
		}
		std::fs::create_dir_all(diffusers.join("scheduler")).unwrap();
		std::fs::write(
			diffusers.join("scheduler/scheduler_config.json"),
			config["scheduler"].to_string(),
		)
		.unwrap();
	}

	#[test]
	fn a_diffusers_folder_packs_into_the_model_it_came_from() {
		let dir = tempfile::tempdir().unwrap();
		let (model, diffusers, packed) =
			(dir.path().join("model"), dir.path().join("diffusers"), dir.path().join("packed"));
		let hash = write_tiny_model(ModelKind::ImageGeneration, 5, &model).unwrap();
		unpack(&model, &diffusers);
		let repacked = pack_diffusers(&diffusers, &model.join(TOKENIZER_FILE), &packed).unwrap();
		assert_eq!(repacked, hash, "the same tensors under the same names");
		assert_eq!(
			read_json(&packed.join(CONFIG_FILE)).unwrap(),
			read_json(&model.join(CONFIG_FILE)).unwrap()
		);

		std::fs::remove_file(diffusers.join("vae/diffusion_pytorch_model.safetensors")).unwrap();
		let error = pack_diffusers(&diffusers, &model.join(TOKENIZER_FILE), &packed).unwrap_err();
		assert!(error.to_string().contains("no safetensors weights"), "{error}");
	}
}
