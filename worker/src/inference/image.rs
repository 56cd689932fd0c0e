//! Image generation with a Stable Diffusion 1.x-family pipeline (one CLIP text encoder with
//! quick-GELU, a UNet, a KL autoencoder) from candle-transformers, run deterministically: the
//! starting noise comes from the job's seed through [`SplitMix64`] on the host (never from the
//! device's generator), and the scheduler is DDIM with η = 0, which adds no noise of its own.
//! So one seed gives one image on a device class, and anyone can re-run a job to check it.
//!
//! A model folder holds the three networks in one `model.safetensors` (tensor names prefixed
//! `text_encoder.`, `unet.` and `vae.`, as `pack-image-model` writes them from a diffusers
//! folder), so that the one weights hash the chain holds covers the whole pipeline; its
//! `config.json` holds the diffusers configurations under the same three names plus
//! `scheduler`; `tokenizer.json` is the CLIP tokenizer.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use candle_core::{DType, Device, IndexOp, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::{
	clip::text_model::{Activation, ClipTextConfig, ClipTextTransformer},
	stable_diffusion::{
		ddim::DDIMSchedulerConfig,
		schedulers::{BetaSchedule, PredictionType, SchedulerConfig, TimestepSpacing},
		unet_2d::{BlockConfig, UNet2DConditionModel, UNet2DConditionModelConfig},
		vae::{AutoEncoderKL, AutoEncoderKLConfig},
	},
};
use serde::{Deserialize, Serialize};
use tokenizers::Tokenizer;

use super::{rng::SplitMix64, Output};

/// One job unit buys the standard image: 1024 × 1024 pixels at 20 steps. Other sizes and step
/// counts cost in proportion to steps × pixels, rounded up (see [`ImageRequest::units`]).
pub const STANDARD_PIXELS: u64 = 1024 * 1024;
pub const STANDARD_STEPS: u64 = 20;
/// Bounds on one request, so that no job can ask a worker for unbounded memory or time.
pub const MAX_STEPS: u32 = 150;
pub const MAX_SIDE: u32 = 2048;
pub const MAX_GUIDANCE: f64 = 30.0;

/// Where each network's tensors are in `model.safetensors`.
pub const TEXT_ENCODER: &str = "text_encoder";
pub const UNET: &str = "unet";
pub const VAE: &str = "vae";

/// An image job's input: a JSON object.
#[derive(Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImageRequest {
	pub prompt: String,
	/// What the image should not look like: the unconditional side of classifier-free guidance.
	#[serde(default)]
	pub negative_prompt: String,
	pub seed: u64,
	pub steps: u32,
	pub width: u32,
	pub height: u32,
	/// Classifier-free guidance scale; 1 or less turns guidance off (half the UNet work).
	pub guidance: f64,
}

impl ImageRequest {
	/// Parses an input, or says what is wrong with it (the reason becomes the job's result).
	pub fn parse(input: &[u8]) -> Result<Self, String> {
		let request: Self = serde_json::from_slice(input).map_err(|e| {
			format!(
				"input is not {{\"prompt\", \"seed\", \"steps\", \"width\", \"height\", \
				 \"guidance\"[, \"negative_prompt\"]}}: {e}"
			)
		})?;
		if request.steps == 0 || request.steps > MAX_STEPS {
			return Err(format!("steps must be 1 to {MAX_STEPS}"));
		}
		if !(0.0..=MAX_GUIDANCE).contains(&request.guidance) {
			return Err(format!("guidance must be 0 to {MAX_GUIDANCE}"));
		}
		Ok(request)
	}

	/// The job units this request costs: steps × pixels over the standard job's, rounded up,
	/// at least one.
	pub fn units(&self) -> u64 {
		let work = self.steps as u64 * self.width as u64 * self.height as u64;
		work.div_ceil(STANDARD_STEPS * STANDARD_PIXELS).max(1)
	}

	fn guided(&self) -> bool {
		self.guidance > 1.0
	}
}

/// `text_encoder` in `config.json`: the fields of a Hugging Face `CLIPTextConfig` it uses.
#[derive(Debug, Deserialize)]
struct TextEncoderConfig {
	vocab_size: usize,
	hidden_size: usize,
	intermediate_size: usize,
	max_position_embeddings: usize,
	num_hidden_layers: usize,
	num_attention_heads: usize,
	#[serde(default = "quick_gelu")]
	hidden_act: String,
}

fn quick_gelu() -> String {
	"quick_gelu".into()
}

/// An `int` or a per-block list, as diffusers writes `attention_head_dim`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PerBlock {
	All(usize),
	Each(Vec<usize>),
}

impl PerBlock {
	fn get(&self, block: usize) -> Option<usize> {
		match self {
			PerBlock::All(value) => Some(*value),
			PerBlock::Each(values) => values.get(block).copied(),
		}
	}
}

/// `unet` in `config.json`: the fields of a diffusers `UNet2DConditionModel` config it uses.
#[derive(Debug, Deserialize)]
struct UNetConfig {
	block_out_channels: Vec<usize>,
	down_block_types: Vec<String>,
	layers_per_block: usize,
	cross_attention_dim: usize,
	attention_head_dim: PerBlock,
	#[serde(default)]
	transformer_layers_per_block: Option<PerBlock>,
	#[serde(default = "default_groups")]
	norm_num_groups: usize,
	#[serde(default = "default_eps")]
	norm_eps: f64,
	#[serde(default)]
	use_linear_projection: bool,
	#[serde(default = "yes")]
	flip_sin_to_cos: bool,
	#[serde(default)]
	freq_shift: f64,
	#[serde(default = "one")]
	downsample_padding: usize,
	#[serde(default = "one_f64")]
	mid_block_scale_factor: f64,
	#[serde(default)]
	center_input_sample: bool,
	#[serde(default = "four")]
	in_channels: usize,
	#[serde(default = "four")]
	out_channels: usize,
	#[serde(default)]
	addition_embed_type: Option<String>,
}

/// `vae` in `config.json`: the fields of a diffusers `AutoencoderKL` config it uses.
#[derive(Debug, Deserialize)]
struct VaeConfig {
	block_out_channels: Vec<usize>,
	layers_per_block: usize,
	latent_channels: usize,
	#[serde(default = "default_groups")]
	norm_num_groups: usize,
	#[serde(default = "default_scaling")]
	scaling_factor: f64,
}

/// `scheduler` in `config.json` (diffusers `scheduler_config.json`); every field has SD 1.5's
/// value as its default. Whatever scheduler the file names, the worker runs DDIM with η = 0.
#[derive(Debug, Deserialize)]
struct SchedulerJson {
	#[serde(default = "default_beta_start")]
	beta_start: f64,
	#[serde(default = "default_beta_end")]
	beta_end: f64,
	#[serde(default = "default_beta_schedule")]
	beta_schedule: String,
	#[serde(default = "default_train_timesteps")]
	num_train_timesteps: usize,
	#[serde(default = "default_prediction")]
	prediction_type: String,
	#[serde(default = "one")]
	steps_offset: usize,
	#[serde(default = "default_spacing")]
	timestep_spacing: String,
}

impl Default for SchedulerJson {
	fn default() -> Self {
		serde_json::from_str("{}").expect("every field has a default")
	}
}

fn default_groups() -> usize {
	32
}
fn default_eps() -> f64 {
	1e-5
}
fn yes() -> bool {
	true
}
fn one() -> usize {
	1
}
fn one_f64() -> f64 {
	1.0
}
fn four() -> usize {
	4
}
fn default_scaling() -> f64 {
	0.18215
}
fn default_beta_start() -> f64 {
	0.00085
}
fn default_beta_end() -> f64 {
	0.012
}
fn default_beta_schedule() -> String {
	"scaled_linear".into()
}
fn default_train_timesteps() -> usize {
	1000
}
fn default_prediction() -> String {
	"epsilon".into()
}
fn default_spacing() -> String {
	"leading".into()
}

/// A pipeline's `config.json`.
#[derive(Debug, Deserialize)]
struct PipelineConfig {
	text_encoder: TextEncoderConfig,
	unet: UNetConfig,
	vae: VaeConfig,
	#[serde(default)]
	scheduler: SchedulerJson,
}

impl PipelineConfig {
	fn clip(&self) -> Result<ClipTextConfig> {
		let c = &self.text_encoder;
		if c.hidden_act != "quick_gelu" {
			bail!(
				"text_encoder.hidden_act is {:?}: this worker runs SD 1.x-family pipelines, \
				 whose CLIP text encoder uses quick_gelu",
				c.hidden_act
			);
		}
		Ok(ClipTextConfig {
			vocab_size: c.vocab_size,
			embed_dim: c.hidden_size,
			activation: Activation::QuickGelu,
			intermediate_size: c.intermediate_size,
			max_position_embeddings: c.max_position_embeddings,
			pad_with: None,
			num_hidden_layers: c.num_hidden_layers,
			num_attention_heads: c.num_attention_heads,
			projection_dim: c.hidden_size,
		})
	}

	fn unet(&self) -> Result<UNet2DConditionModelConfig> {
		let u = &self.unet;
		if let Some(kind) = &u.addition_embed_type {
			bail!("unet.addition_embed_type {kind:?} (an SDXL-class UNet) is not supported");
		}
		if u.cross_attention_dim != self.text_encoder.hidden_size {
			bail!(
				"unet.cross_attention_dim {} differs from the text encoder's hidden_size {}",
				u.cross_attention_dim,
				self.text_encoder.hidden_size
			);
		}
		if u.block_out_channels.len() != u.down_block_types.len() || u.block_out_channels.is_empty()
		{
			bail!("unet: block_out_channels and down_block_types must name the same blocks");
		}
		if u.in_channels != self.vae.latent_channels || u.out_channels != self.vae.latent_channels {
			bail!("unet: in_channels and out_channels must be the VAE's latent_channels");
		}
		let blocks = u
			.block_out_channels
			.iter()
			.zip(&u.down_block_types)
			.enumerate()
			.map(|(i, (&out_channels, kind))| {
				let attention_head_dim = u
					.attention_head_dim
					.get(i)
					.ok_or_else(|| anyhow!("unet.attention_head_dim has no entry for block {i}"))?;
				let use_cross_attn = match kind.as_str() {
					"CrossAttnDownBlock2D" => Some(
						u.transformer_layers_per_block.as_ref().and_then(|t| t.get(i)).unwrap_or(1),
					),
					"DownBlock2D" => None,
					other => bail!("unet: down block type {other:?} is not supported"),
				};
				Ok(BlockConfig { out_channels, use_cross_attn, attention_head_dim })
			})
			.collect::<Result<_>>()?;
		Ok(UNet2DConditionModelConfig {
			center_input_sample: u.center_input_sample,
			flip_sin_to_cos: u.flip_sin_to_cos,
			freq_shift: u.freq_shift,
			blocks,
			layers_per_block: u.layers_per_block,
			downsample_padding: u.downsample_padding,
			mid_block_scale_factor: u.mid_block_scale_factor,
			norm_num_groups: u.norm_num_groups,
			norm_eps: u.norm_eps,
			cross_attention_dim: u.cross_attention_dim,
			sliced_attention_size: None,
			use_linear_projection: u.use_linear_projection,
		})
	}

	fn vae(&self) -> Result<AutoEncoderKLConfig> {
		if self.vae.block_out_channels.is_empty() {
			bail!("vae: block_out_channels is empty");
		}
		Ok(AutoEncoderKLConfig {
			block_out_channels: self.vae.block_out_channels.clone(),
			layers_per_block: self.vae.layers_per_block,
			latent_channels: self.vae.latent_channels,
			norm_num_groups: self.vae.norm_num_groups,
			use_quant_conv: true,
			use_post_quant_conv: true,
		})
	}

	fn scheduler(&self) -> Result<DDIMSchedulerConfig> {
		let s = &self.scheduler;
		Ok(DDIMSchedulerConfig {
			beta_start: s.beta_start,
			beta_end: s.beta_end,
			beta_schedule: match s.beta_schedule.as_str() {
				"linear" => BetaSchedule::Linear,
				"scaled_linear" => BetaSchedule::ScaledLinear,
				"squaredcos_cap_v2" => BetaSchedule::SquaredcosCapV2,
				other => bail!("scheduler.beta_schedule {other:?} is not supported"),
			},
			eta: 0.0,
			steps_offset: s.steps_offset,
			prediction_type: match s.prediction_type.as_str() {
				"epsilon" => PredictionType::Epsilon,
				"v_prediction" => PredictionType::VPrediction,
				"sample" => PredictionType::Sample,
				other => bail!("scheduler.prediction_type {other:?} is not supported"),
			},
			train_timesteps: s.num_train_timesteps,
			timestep_spacing: match s.timestep_spacing.as_str() {
				"leading" => TimestepSpacing::Leading,
				"linspace" => TimestepSpacing::Linspace,
				"trailing" => TimestepSpacing::Trailing,
				other => bail!("scheduler.timestep_spacing {other:?} is not supported"),
			},
		})
	}
}

fn parse_config(config: &[u8]) -> Result<PipelineConfig> {
	serde_json::from_slice(config)
		.map_err(|e| anyhow!("config.json is not a pipeline configuration: {e}"))
}

/// The three networks, over tensors named as in `model.safetensors`.
struct Networks {
	text_encoder: ClipTextTransformer,
	unet: UNet2DConditionModel,
	vae: AutoEncoderKL,
}

impl Networks {
	fn build(vb: VarBuilder, config: &PipelineConfig) -> Result<Self> {
		let text_encoder =
			ClipTextTransformer::new(vb.pp(TEXT_ENCODER).pp("text_model"), &config.clip()?)?;
		let unet = UNet2DConditionModel::new(
			vb.pp(UNET),
			config.unet.in_channels,
			config.unet.out_channels,
			false,
			config.unet()?,
		)?;
		let vae = AutoEncoderKL::new(vb.pp(VAE), 3, 3, config.vae()?)?;
		Ok(Self { text_encoder, unet, vae })
	}
}

/// Builds the pipeline that `config` (a `config.json`) describes over `vb`: with a `VarMap`
/// behind it, this declares every tensor the pipeline's weights file must hold.
pub fn declare_tensors(vb: VarBuilder, config: &[u8]) -> Result<()> {
	Networks::build(vb, &parse_config(config)?).map(drop)
}

/// A loaded pipeline.
pub struct ImageGenerator {
	text_encoder: ClipTextTransformer,
	unet: UNet2DConditionModel,
	vae: AutoEncoderKL,
	scheduler: DDIMSchedulerConfig,
	tokenizer: Tokenizer,
	/// The token prompts are padded with (CLIP's `<|endoftext|>`).
	pad: u32,
	context_length: usize,
	latent_channels: usize,
	/// Pixels per latent cell along a side: 2^(VAE blocks − 1).
	vae_factor: u32,
	/// Image sides must be multiples of this, so that every UNet level halves evenly.
	side_multiple: u32,
	scaling_factor: f64,
	device: Device,
}

impl ImageGenerator {
	pub fn load(
		weights: &Path,
		config: &[u8],
		tokenizer: Tokenizer,
		device: &Device,
	) -> Result<Self> {
		let config = parse_config(config)?;
		let scheduler = config.scheduler()?;
		let pad = tokenizer
			.token_to_id("<|endoftext|>")
			.ok_or_else(|| anyhow!("tokenizer.json has no <|endoftext|> token to pad with"))?;
		let vb = super::map_weights(weights, device)?;
		let Networks { text_encoder, unet, vae } = Networks::build(vb, &config)?;
		// Both lists are known to be non-empty once the networks are built.
		let vae_factor = 1u32 << (config.vae.block_out_channels.len() - 1);
		let side_multiple = vae_factor << (config.unet.block_out_channels.len() - 1);
		Ok(Self {
			text_encoder,
			unet,
			vae,
			scheduler,
			tokenizer,
			pad,
			context_length: config.text_encoder.max_position_embeddings,
			latent_channels: config.vae.latent_channels,
			vae_factor,
			side_multiple,
			scaling_factor: config.vae.scaling_factor,
			device: device.clone(),
		})
	}

	/// Why this pipeline cannot run `request` paid with `units`, if it cannot.
	fn refusal(&self, request: &ImageRequest, units: u32) -> Option<String> {
		let multiple = self.side_multiple;
		for (name, side) in [("width", request.width), ("height", request.height)] {
			if side == 0 || side > MAX_SIDE || side % multiple != 0 {
				return Some(format!(
					"{name} must be a multiple of {multiple} from {multiple} to {MAX_SIDE}"
				));
			}
		}
		if request.steps as usize > self.scheduler.train_timesteps {
			return Some(format!(
				"steps must be at most the model's {} training timesteps",
				self.scheduler.train_timesteps
			));
		}
		let needed = request.units();
		if u64::from(units) < needed {
			return Some(format!(
				"the job pays for {units} unit(s); {}×{} at {} steps needs {needed}",
				request.width, request.height, request.steps
			));
		}
		None
	}

	/// The text encoder's hidden states for `text`, padded to the context length; `None` when
	/// the text does not fit it (nothing is cut off silently).
	fn encode_text(&self, text: &str) -> Result<Option<Tensor>> {
		let mut ids = self
			.tokenizer
			.encode(text, true)
			.map_err(|e| anyhow!("tokenizing the prompt: {e}"))?
			.get_ids()
			.to_vec();
		if ids.len() > self.context_length {
			return Ok(None);
		}
		ids.resize(self.context_length, self.pad);
		let ids = Tensor::new(ids.as_slice(), &self.device)?.unsqueeze(0)?;
		Ok(Some(self.text_encoder.forward_with_mask(&ids, usize::MAX)?))
	}

	/// Renders `request`; `progress(done, of)` is told after each denoising step.
	pub fn generate(
		&self,
		request: &ImageRequest,
		units: u32,
		progress: &mut dyn FnMut(usize, usize),
	) -> Result<Output> {
		if let Some(reason) = self.refusal(request, units) {
			return Ok(Output::Rejected(reason));
		}
		let too_long = || {
			Output::Rejected(format!(
				"the prompts must fit {} tokens each (with the start and end tokens)",
				self.context_length
			))
		};
		let Some(prompt) = self.encode_text(&request.prompt)? else { return Ok(too_long()) };
		let context = if request.guided() {
			let Some(negative) = self.encode_text(&request.negative_prompt)? else {
				return Ok(too_long());
			};
			Tensor::cat(&[negative, prompt], 0)?
		} else {
			prompt
		};

		let mut scheduler = self.scheduler.build(request.steps as usize)?;
		let (rows, columns) = (
			(request.height / self.vae_factor) as usize,
			(request.width / self.vae_factor) as usize,
		);
		let noise = SplitMix64::new(request.seed).normals(self.latent_channels * rows * columns);
		let noise =
			Tensor::from_vec(noise, (1, self.latent_channels, rows, columns), &self.device)?;
		let mut latents = (noise * scheduler.init_noise_sigma())?;
		let timesteps = scheduler.timesteps().to_vec();
		for (done, &timestep) in timesteps.iter().enumerate() {
			let input = if request.guided() {
				Tensor::cat(&[&latents, &latents], 0)?
			} else {
				latents.clone()
			};
			let input = scheduler.scale_model_input(input, timestep)?;
			let predicted = self.unet.forward(&input, timestep as f64, &context)?;
			let predicted = if request.guided() {
				let (unconditional, conditional) = (predicted.i(0..1)?, predicted.i(1..2)?);
				(&unconditional + ((conditional - &unconditional)? * request.guidance)?)?
			} else {
				predicted
			};
			latents = scheduler.step(&predicted, timestep, &latents)?;
			progress(done + 1, timesteps.len());
		}

		let image = self.vae.decode(&(latents / self.scaling_factor)?)?;
		let image = ((image / 2.0)? + 0.5)?.clamp(0f32, 1f32)?;
		let image = (image * 255.0)?.round()?.to_dtype(DType::U8)?.i(0)?;
		let rgb = image.permute((1, 2, 0))?.flatten_all()?.to_vec1::<u8>()?;
		Ok(Output::Image { width: request.width, height: request.height, rgb })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::inference::{tiny::write_tiny_model, Model, ModelKind, TOKENIZER_FILE};

	/// The tiny pipeline of `seed`, loaded through the real path.
	fn tiny(seed: u64) -> (tempfile::TempDir, ImageGenerator) {
		let dir = tempfile::tempdir().unwrap();
		let hash = write_tiny_model(ModelKind::ImageGeneration, seed, dir.path()).unwrap();
		match Model::load(dir.path(), ModelKind::ImageGeneration, &hash, &Device::Cpu).unwrap() {
			Model::ImageGeneration(model) => (dir, model),
			_ => unreachable!("loaded as an image model"),
		}
	}

	fn ask(seed: u64, width: u32, height: u32, guidance: f64) -> ImageRequest {
		ImageRequest {
			prompt: "a fox".into(),
			negative_prompt: "blurry".into(),
			seed,
			steps: 3,
			width,
			height,
			guidance,
		}
	}

	#[test]
	fn the_tiny_pipeline_renders_one_image_per_seed_and_guidance() {
		let (_dir, model) = tiny(1);
		let mut steps = Vec::new();
		let first = model
			.generate(&ask(1, 16, 12, 3.0), 1, &mut |done, of| steps.push((done, of)))
			.unwrap();
		assert_eq!(steps, [(1, 3), (2, 3), (3, 3)]);
		let render = |request| model.generate(&request, 1, &mut |_, _| {}).unwrap();
		assert_eq!(render(ask(1, 16, 12, 3.0)), first, "one seed, one image");
		assert_ne!(render(ask(2, 16, 12, 3.0)), first, "another seed, another image");
		assert_ne!(render(ask(1, 16, 12, 1.0)), first, "guidance changes the image");
		let Output::Image { width, height, rgb } = first else { panic!("not an image: {first:?}") };
		assert_eq!((width, height, rgb.len()), (16, 12, 16 * 12 * 3));
	}

	#[test]
	fn requests_the_pipeline_cannot_serve_are_rejected_with_a_reason() {
		let (dir, model) = tiny(1);
		let reject = |request: ImageRequest, units: u32, reason: &str| match model
			.generate(&request, units, &mut |_, _| {})
			.unwrap()
		{
			Output::Rejected(why) => assert!(why.contains(reason), "{why:?} lacks {reason:?}"),
			other => panic!("{request:?} was rendered: {other:?}"),
		};
		reject(ask(1, 30, 12, 3.0), 1, "width must be a multiple of 4");
		reject(ask(1, 16, 4096, 3.0), 100, "height must be a multiple of 4 from 4 to 2048");
		// 2048 × 2048 at 20 steps is four standard jobs: the creator paid for one.
		let big = ImageRequest { steps: 20, ..ask(1, 2048, 2048, 3.0) };
		reject(big, 1, "the job pays for 1 unit(s); 2048×2048 at 20 steps needs 4");
		let wordy = ImageRequest { prompt: "x".repeat(31), ..ask(1, 16, 12, 1.0) };
		reject(wordy, 1, "fit 32 tokens");
		let wordy_negative =
			ImageRequest { negative_prompt: "x".repeat(31), ..ask(1, 16, 12, 3.0) };
		reject(wordy_negative, 1, "fit 32 tokens");
		let fits = ImageRequest { prompt: "x".repeat(30), ..ask(1, 16, 12, 1.0) };
		assert!(matches!(model.generate(&fits, 1, &mut |_, _| {}).unwrap(), Output::Image { .. }));

		// A tokenizer without CLIP's end token cannot pad prompts: refused at load.
		let tokenizer = Tokenizer::from_file(dir.path().join(TOKENIZER_FILE)).unwrap();
		let mut bare = tokenizers::Tokenizer::new(tokenizer.get_model().clone());
		bare.with_pre_tokenizer(tokenizer.get_pre_tokenizer().cloned());
		let config = std::fs::read(dir.path().join(crate::inference::CONFIG_FILE)).unwrap();
		let weights = dir.path().join(crate::inference::WEIGHTS_FILE);
		let error = ImageGenerator::load(&weights, &config, bare, &Device::Cpu).err().unwrap();
		assert!(error.to_string().contains("<|endoftext|>"), "{error}");
	}

	fn request(steps: u32, width: u32, height: u32) -> ImageRequest {
		ImageRequest {
			prompt: String::new(),
			negative_prompt: String::new(),
			seed: 0,
			steps,
			width,
			height,
			guidance: 7.5,
		}
	}

	#[test]
	fn units_scale_with_steps_times_pixels() {
		assert_eq!(request(20, 1024, 1024).units(), 1, "the standard job");
		assert_eq!(request(40, 1024, 1024).units(), 2);
		assert_eq!(request(20, 2048, 2048).units(), 4);
		assert_eq!(request(20, 512, 512).units(), 1, "a quarter rounds up to one");
		assert_eq!(request(50, 1024, 768).units(), 2, "1.875 rounds up");
		assert_eq!(request(150, 2048, 2048).units(), 30);
	}

	#[test]
	fn requests_parse_or_say_why_not() {
		let ok =
			br#"{"prompt":"a fox","seed":7,"steps":20,"width":512,"height":512,"guidance":7.5}"#;
		let parsed = ImageRequest::parse(ok).unwrap();
		assert_eq!((parsed.seed, parsed.negative_prompt.as_str()), (7, ""));
		let bad: [(&[u8], &str); 4] = [
			(br#"{"prompt":"a fox"}"#, "input is not"),
			(br#"{"prompt":"a","seed":1,"steps":0,"width":8,"height":8,"guidance":1}"#, "steps"),
			(
				br#"{"prompt":"a","seed":1,"steps":2,"width":8,"height":8,"guidance":99}"#,
				"guidance",
			),
			(
				br#"{"prompt":"a","seed":1,"steps":2,"width":8,"height":8,"guidance":1,"x":1}"#,
				"unknown field",
			),
		];
		for (input, reason) in bad {
			let error = ImageRequest::parse(input).unwrap_err();
			assert!(error.contains(reason), "{error:?} should mention {reason:?}");
		}
	}

	#[test]
	fn a_pipeline_config_maps_onto_candle() {
		// SD 1.5's, with its scheduler file's other fields (which the worker ignores).
		let mut sd15 = crate::inference::tiny::sd15_config();
		sd15["scheduler"] =
			serde_json::json!({"_class_name": "PNDMScheduler", "skip_prk_steps": true});
		let config: PipelineConfig = serde_json::from_value(sd15).unwrap();
		let unet = config.unet().unwrap();
		assert_eq!(config.clip().unwrap().embed_dim, 768);
		let cross: Vec<_> = unet.blocks.iter().map(|b| b.use_cross_attn).collect();
		assert_eq!(cross, [Some(1), Some(1), Some(1), None]);
		assert_eq!(unet.blocks[3].attention_head_dim, 8);
		let scheduler = config.scheduler().unwrap();
		assert_eq!(
			(scheduler.eta, scheduler.train_timesteps, scheduler.steps_offset),
			(0.0, 1000, 1)
		);

		let mut sdxl = config;
		sdxl.unet.addition_embed_type = Some("text_time".into());
		assert!(sdxl.unet().unwrap_err().to_string().contains("SDXL"));
		sdxl.text_encoder.hidden_act = "gelu".into();
		assert!(sdxl.clip().unwrap_err().to_string().contains("quick_gelu"));
	}
}
