//! Text embedding with a BERT-family model: mean pooling over the tokens, then L2
//! normalisation (the sentence-transformers recipe of all-MiniLM-L6-v2).

use std::path::Path;

use anyhow::{anyhow, Result};
use candle_core::{Device, Tensor};
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::Tokenizer;

use super::Output;

pub struct Embedder {
	model: BertModel,
	tokenizer: Tokenizer,
	max_tokens: usize,
	device: Device,
}

impl Embedder {
	pub fn load(
		weights: &Path,
		config: &[u8],
		mut tokenizer: Tokenizer,
		device: &Device,
	) -> Result<Self> {
		let config: Config = serde_json::from_slice(config)?;
		// One sentence per job: padding and truncation would change the input silently.
		tokenizer.with_padding(None);
		tokenizer.with_truncation(None).map_err(|e| anyhow!("tokenizer: {e}"))?;
		let vb = super::map_weights(weights, device)?;
		let model = BertModel::load(vb, &config)?;
		Ok(Self {
			model,
			tokenizer,
			max_tokens: config.max_position_embeddings,
			device: device.clone(),
		})
	}

	/// The longest text this model embeds ("compute" repeated up to its context): the
	/// embedding that takes longest, which `tessera-worker bench` times.
	pub fn longest_input(&self) -> Result<String> {
		let text = |words: usize| vec!["compute"; words].join(" ");
		let fits = |words: usize| -> Result<bool> {
			let encoding =
				self.tokenizer.encode(text(words), true).map_err(|e| anyhow!("tokenizer: {e}"))?;
			Ok(encoding.get_ids().len() <= self.max_tokens)
		};
		// Tokens grow with words, so the most words that fit are found by bisection.
		let (mut fit, mut over) = (1, self.max_tokens + 1);
		while over - fit > 1 {
			let middle = (fit + over) / 2;
			if fits(middle)? {
				fit = middle;
			} else {
				over = middle;
			}
		}
		Ok(text(fit))
	}

	/// The embedding of `text`, or why the text cannot be embedded.
	pub fn embed(&self, text: &str) -> Result<Output> {
		if text.trim().is_empty() {
			return Ok(Output::Rejected("input is empty".into()));
		}
		let encoding = self.tokenizer.encode(text, true).map_err(|e| anyhow!("tokenizer: {e}"))?;
		let ids = encoding.get_ids();
		if ids.len() > self.max_tokens {
			return Ok(Output::Rejected(format!(
				"input is {} tokens long; the model takes at most {}",
				ids.len(),
				self.max_tokens
			)));
		}
		let input = Tensor::new(ids, &self.device)?.unsqueeze(0)?;
		let token_types = input.zeros_like()?;
		let hidden = self.model.forward(&input, &token_types, None)?;
		let pooled = hidden.mean(1)?;
		let norm = pooled.sqr()?.sum_keepdim(1)?.sqrt()?;
		let vector = pooled.broadcast_div(&norm)?.squeeze(0)?.to_vec1::<f32>()?;
		Ok(Output::Embedding(vector))
	}
}
