//! Tiny models with seeded weights, for tests and the dev chain: real BERT, llama and Stable
//! Diffusion architectures (candle-transformers) at toy sizes, written as `model.safetensors`,
//! `config.json` and `tokenizer.json` so they load through exactly the path a real model takes.
//! candle's own random tensors cannot be seeded, so the weights come from [`SplitMix64`].

use std::{collections::HashMap, path::Path};

use anyhow::{Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use candle_transformers::models::{bert, llama};
use serde_json::json;
use tokenizers::{
	decoders::{
		byte_level::ByteLevel as ByteLevelDecoder, wordpiece::WordPiece as WordPieceDecoder,
	},
	models::{bpe::Vocab, bpe::BPE, wordpiece::WordPiece},
	normalizers::bert::BertNormalizer,
	pre_tokenizers::{bert::BertPreTokenizer, byte_level::ByteLevel},
	processors::{bert::BertProcessing, template::TemplateProcessing},
	AddedToken, Tokenizer,
};

use super::{file_hash, rng::SplitMix64, ModelKind, CONFIG_FILE, TOKENIZER_FILE, WEIGHTS_FILE};

/// Words the tiny BERT knows; anything else is split into letters or becomes `[UNK]`.
const BERT_WORDS: &[&str] = &[
	"the", "cat", "dog", "sat", "on", "mat", "ran", "in", "park", "sun", "is", "hot", "cold",
	"rain", "falls", "today", "chain", "worker", "job",
];

/// Writes a tiny model of `kind` with weights drawn from `seed` into `dir` and returns the
/// blake2-256 of its weights file: the hash to register it under.
pub fn write_tiny_model(kind: ModelKind, seed: u64, dir: &Path) -> Result<[u8; 32]> {
	let (config, tokenizer) = match kind {
		ModelKind::Embedding => tiny_bert(),
		ModelKind::TextGeneration => tiny_llama(),
		ModelKind::ImageGeneration => tiny_diffusion(),
	};
	write_seeded_model(kind, config, tokenizer, seed, dir)
}

/// Writes Stable Diffusion 1.5's architecture (CLIP ViT-L/14 text encoder, the 860 M-parameter
/// UNet, the KL VAE: about 4.3 GB of F32) with weights drawn from `seed`: it renders noise, but
/// does exactly a real SD 1.5's arithmetic, so it measures speed where real weights are not
/// to be had. Returns the weights hash.
pub fn write_full_size_diffusion(seed: u64, dir: &Path) -> Result<[u8; 32]> {
	let (_, tokenizer) = tiny_diffusion();
	write_seeded_model(ModelKind::ImageGeneration, sd15_config(), tokenizer, seed, dir)
}

fn write_seeded_model(
	kind: ModelKind,
	config: serde_json::Value,
	tokenizer: Tokenizer,
	seed: u64,
	dir: &Path,
) -> Result<[u8; 32]> {
	std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
	std::fs::write(dir.join(CONFIG_FILE), serde_json::to_vec_pretty(&config)?)?;
	tokenizer
		.save(dir.join(TOKENIZER_FILE), false)
		.map_err(|e| anyhow::anyhow!("writing the tokenizer: {e}"))?;

	// Build the model once over a VarMap to learn every tensor's name and shape, then overwrite
	// each (in name order, so the stream is deterministic) with seeded values.
	let varmap = VarMap::new();
	let vb = VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu);
	match kind {
		ModelKind::Embedding => {
			bert::BertModel::load(vb, &serde_json::from_value(config)?)?;
		},
		ModelKind::TextGeneration => {
			let config: llama::LlamaConfig = serde_json::from_value(config)?;
			llama::Llama::load(vb, &config.into_config(false))?;
		},
		ModelKind::ImageGeneration => {
			super::image::declare_tensors(vb, &serde_json::to_vec(&config)?)?;
		},
	}
	let mut rng = SplitMix64::new(seed);
	let vars = varmap.data().lock().expect("no other holder");
	let mut names: Vec<&String> = vars.keys().collect();
	names.sort();
	let mut tensors = HashMap::new();
	for name in names {
		let var = &vars[name];
		let shape = var.shape().clone();
		let values: Vec<f32> = if is_norm_scale(name) {
			vec![1.0; shape.elem_count()]
		} else if name.ends_with(".bias") {
			vec![0.0; shape.elem_count()]
		} else {
			(0..shape.elem_count()).map(|_| rng.next_f32(0.2)).collect()
		};
		tensors.insert(name.clone(), Tensor::from_vec(values, shape, &Device::Cpu)?);
	}
	let weights = dir.join(WEIGHTS_FILE);
	candle_core::safetensors::save(&tensors, &weights)?;
	file_hash(&weights)
}

/// Whether `name` is the scale of a normalisation layer (`LayerNorm.weight`, `norm1.weight`,
/// `input_layernorm.weight`, `conv_norm_out.weight`, …): those start at one, not at noise.
fn is_norm_scale(name: &str) -> bool {
	let mut segments = name.rsplit('.');
	segments.next() == Some("weight")
		&& segments.next().is_some_and(|layer| layer.to_ascii_lowercase().contains("norm"))
}

fn tiny_bert() -> (serde_json::Value, Tokenizer) {
	let mut vocab: Vec<String> =
		["[PAD]", "[UNK]", "[CLS]", "[SEP]"].iter().map(|s| s.to_string()).collect();
	vocab.extend(BERT_WORDS.iter().map(|s| s.to_string()));
	vocab.extend(('a'..='z').map(|c| c.to_string()));
	vocab.extend(('a'..='z').map(|c| format!("##{c}")));
	vocab.extend([".", ",", "!", "?"].iter().map(|s| s.to_string()));
	let config = json!({
		"vocab_size": vocab.len(),
		"hidden_size": 32,
		"num_hidden_layers": 2,
		"num_attention_heads": 4,
		"intermediate_size": 64,
		"hidden_act": "gelu",
		"hidden_dropout_prob": 0.0,
		"max_position_embeddings": 64,
		"type_vocab_size": 2,
		"initializer_range": 0.02,
		"layer_norm_eps": 1e-12,
		"pad_token_id": 0,
		"classifier_dropout": null,
		"model_type": "bert"
	});
	let vocab: Vocab = vocab.into_iter().enumerate().map(|(i, w)| (w, i as u32)).collect();
	let model = WordPiece::builder()
		.vocab(vocab)
		.unk_token("[UNK]".into())
		.build()
		.expect("a valid WordPiece vocabulary");
	let mut tokenizer = Tokenizer::new(model);
	tokenizer
		.with_normalizer(Some(BertNormalizer::default()))
		.expect("BertNormalizer is a normalizer")
		.with_pre_tokenizer(Some(BertPreTokenizer))
		.with_post_processor(Some(BertProcessing::new(("[SEP]".into(), 3), ("[CLS]".into(), 2))))
		.with_decoder(Some(WordPieceDecoder::default()));
	(config, tokenizer)
}

fn tiny_llama() -> (serde_json::Value, Tokenizer) {
	let tokenizer = byte_tokenizer(["<s>", "</s>"]);
	let config = json!({
		"hidden_size": 32,
		"intermediate_size": 64,
		"vocab_size": 258,
		"num_hidden_layers": 2,
		"num_attention_heads": 4,
		"num_key_value_heads": 2,
		"rms_norm_eps": 1e-5,
		"rope_theta": 10000.0,
		"bos_token_id": 256,
		"eos_token_id": 257,
		"max_position_embeddings": 128,
		"tie_word_embeddings": false
	});
	(config, tokenizer)
}

/// Byte-level BPE without merges (every byte is a token, so any UTF-8 text encodes) plus two
/// special tokens.
fn byte_tokenizer(specials: [&str; 2]) -> Tokenizer {
	let mut alphabet: Vec<char> = ByteLevel::alphabet().into_iter().collect();
	alphabet.sort();
	let vocab: Vocab =
		alphabet.iter().enumerate().map(|(i, c)| (c.to_string(), i as u32)).collect();
	let model = BPE::builder().vocab_and_merges(vocab, vec![]).build().expect("a valid BPE");
	let mut tokenizer = Tokenizer::new(model);
	tokenizer
		.with_pre_tokenizer(Some(ByteLevel::new(false, false, true)))
		.with_decoder(Some(ByteLevelDecoder::default()));
	tokenizer
		.add_special_tokens(specials.map(|token| AddedToken::from(token, true)))
		.expect("two special tokens are added");
	tokenizer
}

/// A Stable Diffusion 1.x pipeline at toy size: the diffusers configuration layout, a CLIP
/// text encoder of 32 features, a two-level UNet (32 and 64 channels, cross-attention in the
/// first) and a two-level VAE, so 32 × 32 images have 16 × 16 latents. Its tokenizer wraps
/// prompts in CLIP's start and end tokens, like the real one.
fn tiny_diffusion() -> (serde_json::Value, Tokenizer) {
	let mut tokenizer = byte_tokenizer(["<|startoftext|>", "<|endoftext|>"]);
	let template = TemplateProcessing::builder()
		.try_single("<|startoftext|> $A <|endoftext|>")
		.expect("a valid template")
		.special_tokens(vec![("<|startoftext|>", 256), ("<|endoftext|>", 257)])
		.build()
		.expect("the template's tokens are given");
	tokenizer.with_post_processor(Some(template));
	let config = json!({
		"text_encoder": {
			"vocab_size": 258,
			"hidden_size": 32,
			"intermediate_size": 64,
			"max_position_embeddings": 32,
			"num_hidden_layers": 2,
			"num_attention_heads": 4,
			"hidden_act": "quick_gelu"
		},
		"unet": {
			"block_out_channels": [32, 64],
			"down_block_types": ["CrossAttnDownBlock2D", "DownBlock2D"],
			"layers_per_block": 1,
			"cross_attention_dim": 32,
			"attention_head_dim": 4,
			"norm_num_groups": 32
		},
		"vae": {
			"block_out_channels": [32, 32],
			"layers_per_block": 1,
			"latent_channels": 4,
			"norm_num_groups": 32
		},
		"scheduler": {}
	});
	(config, tokenizer)
}

/// Stable Diffusion 1.5's configurations, as its diffusers folder has them (the fields the
/// worker reads). The scheduler is left at its defaults, which are SD 1.5's.
pub(crate) fn sd15_config() -> serde_json::Value {
	json!({
		"text_encoder": {
			"vocab_size": 49408,
			"hidden_size": 768,
			"intermediate_size": 3072,
			"max_position_embeddings": 77,
			"num_hidden_layers": 12,
			"num_attention_heads": 12,
			"hidden_act": "quick_gelu"
		},
		"unet": {
			"block_out_channels": [320, 640, 1280, 1280],
			"down_block_types":
				["CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"],
			"layers_per_block": 2,
			"cross_attention_dim": 768,
			"attention_head_dim": 8
		},
		"vae": {
			"block_out_channels": [128, 256, 512, 512],
			"layers_per_block": 2,
			"latent_channels": 4
		},
		"scheduler": {}
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn norm_scales_are_told_apart() {
		for name in [
			"a.LayerNorm.weight",
			"x.input_layernorm.weight",
			"norm.weight",
			"b.norm1.weight",
			"conv_norm_out.weight",
			"mid.attentions.0.group_norm.weight",
		] {
			assert!(is_norm_scale(name), "{name}");
		}
		for name in ["a.LayerNorm.bias", "b.to_q.weight", "normal.x.weight", "conv_in.weight"] {
			assert!(!is_norm_scale(name), "{name}");
		}
	}

	#[test]
	fn one_seed_gives_one_model() {
		let dir = tempfile::tempdir().unwrap();
		for kind in [ModelKind::Embedding, ModelKind::TextGeneration, ModelKind::ImageGeneration] {
			let a = write_tiny_model(kind, 7, &dir.path().join("a")).unwrap();
			let b = write_tiny_model(kind, 7, &dir.path().join("b")).unwrap();
			let c = write_tiny_model(kind, 8, &dir.path().join("c")).unwrap();
			assert_eq!(a, b, "{kind:?}: same seed, same weights");
			assert_ne!(a, c, "{kind:?}: another seed, other weights");
		}
	}
}
