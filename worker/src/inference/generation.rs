//! Text generation with a llama-family model, decoded greedily (arg-max at every step): no
//! sampling, so every honest worker of a class produces the same tokens.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use candle_core::{DType, Device, IndexOp, Tensor};
use candle_transformers::models::llama::{Cache, Config, Llama, LlamaConfig, LlamaEosToks};
use serde::{Deserialize, Serialize};
use tokenizers::Tokenizer;

use super::Output;

/// The most tokens one job may ask for.
pub const MAX_NEW_TOKENS: u32 = 512;

/// A text-generation job's input: a JSON object.
#[derive(Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GenerationRequest {
	pub prompt: String,
	pub max_tokens: u32,
}

impl GenerationRequest {
	/// Parses an input, or says what is wrong with it (the reason becomes the job's result).
	pub fn parse(input: &[u8]) -> Result<Self, String> {
		let request: Self = serde_json::from_slice(input).map_err(|e| {
			format!("input is not {{\"prompt\": string, \"max_tokens\": integer}}: {e}")
		})?;
		if request.max_tokens == 0 || request.max_tokens > MAX_NEW_TOKENS {
			return Err(format!("max_tokens must be 1 to {MAX_NEW_TOKENS}"));
		}
		Ok(request)
	}
}

pub struct Generator {
	model: Llama,
	config: Config,
	tokenizer: Tokenizer,
	device: Device,
}

impl Generator {
	pub fn load(
		weights: &Path,
		config: &[u8],
		tokenizer: Tokenizer,
		device: &Device,
	) -> Result<Self> {
		let config: LlamaConfig = serde_json::from_slice(config)?;
		let config = config.into_config(false);
		let vb = super::map_weights(weights, device)?;
		// candle's llama loader panics on a missing tensor instead of returning an error.
		let model =
			std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Llama::load(vb, &config)))
				.map_err(|_| {
				anyhow!("{}: not a llama checkpoint (tensors missing)", weights.display())
			})??;
		Ok(Self { model, config, tokenizer, device: device.clone() })
	}

	fn is_eos(&self, token: u32) -> bool {
		match &self.config.eos_token_id {
			Some(LlamaEosToks::Single(eos)) => token == *eos,
			Some(LlamaEosToks::Multiple(all)) => all.contains(&token),
			None => false,
		}
	}

	/// The generation that takes longest: a short prompt continued to the end of the context
	/// or to [`MAX_NEW_TOKENS`], whichever is first. `tessera-worker bench` times it.
	pub fn longest_request(&self) -> Result<GenerationRequest> {
		let prompt = "Once upon a time";
		let encoding =
			self.tokenizer.encode(prompt, true).map_err(|e| anyhow!("tokenizer: {e}"))?;
		let context = encoding.get_ids().len() + usize::from(self.config.bos_token_id.is_some());
		let room = self.config.max_position_embeddings.saturating_sub(context);
		if room == 0 {
			bail!("the model's context of {} tokens holds no more than a prompt", context);
		}
		let max_tokens = u32::try_from(room).unwrap_or(u32::MAX).min(MAX_NEW_TOKENS);
		Ok(GenerationRequest { prompt: prompt.into(), max_tokens })
	}

	/// Continues `request.prompt`; `progress(done, of)` is told after each token.
	pub fn generate(
		&self,
		request: &GenerationRequest,
		progress: &mut dyn FnMut(usize, usize),
	) -> Result<Output> {
		let encoding = self
			.tokenizer
			.encode(request.prompt.as_str(), true)
			.map_err(|e| anyhow!("tokenizer: {e}"))?;
		let mut context: Vec<u32> = self.config.bos_token_id.into_iter().collect();
		context.extend_from_slice(encoding.get_ids());
		let wanted = request.max_tokens as usize;
		if context.len() + wanted > self.config.max_position_embeddings {
			return Ok(Output::Rejected(format!(
				"prompt ({} tokens) and max_tokens ({wanted}) exceed the model's context of {}",
				context.len(),
				self.config.max_position_embeddings
			)));
		}
		let mut cache = Cache::new(true, DType::F32, &self.config, &self.device)?;
		let mut tokens = Vec::with_capacity(wanted);
		let mut position = 0;
		let mut step_input = context;
		while tokens.len() < wanted {
			let input = Tensor::new(step_input.as_slice(), &self.device)?.unsqueeze(0)?;
			let logits = self.model.forward(&input, position, &mut cache)?;
			position += step_input.len();
			let next = logits.i(0)?.argmax(0)?.to_scalar::<u32>()?;
			progress(tokens.len() + 1, wanted);
			if self.is_eos(next) {
				break;
			}
			tokens.push(next);
			step_input = vec![next];
		}
		let text = self.tokenizer.decode(&tokens, true).map_err(|e| anyhow!("tokenizer: {e}"))?;
		Ok(Output::Text { tokens, text })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn requests_parse_or_say_why_not() {
		assert_eq!(
			GenerationRequest::parse(br#"{"prompt":"hi","max_tokens":3}"#),
			Ok(GenerationRequest { prompt: "hi".into(), max_tokens: 3 })
		);
		for bad in [
			&b"hi"[..],
			br#"{"prompt":"hi"}"#,
			br#"{"prompt":"hi","max_tokens":0}"#,
			br#"{"prompt":"hi","max_tokens":3,"temperature":1}"#,
		] {
			assert!(GenerationRequest::parse(bad).is_err(), "{}", String::from_utf8_lossy(bad));
		}
	}
}
