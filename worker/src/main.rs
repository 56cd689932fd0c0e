//! `tessera-worker`: see `docs/worker.md`.

use std::{collections::HashMap, path::PathBuf, sync::Arc, time::Duration};

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use tessera_worker::{
	artifacts::{self, Artifacts},
	bench::{self, Benchmarks},
	chain::{tessera, Chain, Submitter},
	config::{Config, FileConfig, Secret},
	driver::{self, Worker},
	inference::{
		hex, pack, png,
		tiny::{self, write_tiny_model},
		ModelKind, Output,
	},
	keys,
	metrics::Metrics,
	operator::{self, parse_tsr},
};

#[derive(Parser)]
#[command(name = "tessera-worker", version, about = "Serve Tessera's AI job market with candle")]
struct Cli {
	#[command(flatten)]
	settings: Settings,
	#[command(subcommand)]
	command: Command,
}

/// Overrides of the configuration file; each also read from the environment.
#[derive(Args)]
struct Settings {
	/// The TOML configuration file (docs/worker.md lists its keys).
	#[arg(long, short, env = "TESSERA_WORKER_CONFIG", global = true)]
	config: Option<PathBuf>,
	/// The node's WebSocket RPC URL.
	#[arg(long, env = "TESSERA_NODE_URL", global = true)]
	node_url: Option<String>,
	/// The account's sr25519 secret URI (mnemonic, 0x seed, or //Dev).
	#[arg(long, env = "TESSERA_KEY", global = true, hide_env_values = true)]
	key: Option<String>,
	/// A Polkadot.js JSON key file instead of `--key`; its password in TESSERA_KEY_PASSWORD.
	#[arg(long, env = "TESSERA_KEY_FILE", global = true)]
	key_file: Option<PathBuf>,
	/// The folder of models, one sub-folder per model id.
	#[arg(long, env = "TESSERA_MODELS_DIR", global = true)]
	models_dir: Option<PathBuf>,
	/// Where commitments, salts and artifacts are kept across restarts.
	#[arg(long, env = "TESSERA_STATE_DIR", global = true)]
	state_dir: Option<PathBuf>,
	/// `cpu` or `cuda:N`.
	#[arg(long, env = "TESSERA_DEVICE", global = true)]
	device: Option<String>,
	/// The execution class to register (default `cpu-<arch>` on CPU).
	#[arg(long, env = "TESSERA_CLASS", global = true)]
	class: Option<String>,
	/// The artifact server's (and metrics') listen address.
	#[arg(long, env = "TESSERA_LISTEN", global = true)]
	listen: Option<std::net::SocketAddr>,
	/// The URL creators reach the artifact server at.
	#[arg(long, env = "TESSERA_PUBLIC_URL", global = true)]
	public_url: Option<String>,
	/// Jobs computed at once.
	#[arg(long, env = "TESSERA_CONCURRENCY", global = true)]
	concurrency: Option<usize>,
}

impl Settings {
	fn resolve(self) -> Result<Config> {
		let file = match &self.config {
			Some(path) => FileConfig::read(path)?,
			None => FileConfig::default(),
		};
		let flags = FileConfig {
			node_url: self.node_url,
			key: self.key.map(Secret::new),
			key_file: self.key_file,
			models_dir: self.models_dir,
			state_dir: self.state_dir,
			device: self.device,
			class: self.class,
			listen: self.listen,
			public_url: self.public_url,
			concurrency: self.concurrency,
		};
		let password = std::env::var("TESSERA_KEY_PASSWORD").ok().map(Secret::new);
		file.overridden_by(flags).resolve(password)
	}
}

#[derive(Subcommand)]
enum Command {
	/// Serve jobs: follow the chain, compute, commit, reveal, serve artifacts.
	Run,
	/// Register this account as a worker for the models in the models folder (nothing to do if
	/// it is registered already).
	Register {
		/// Stake to hold, in TSR.
		#[arg(long)]
		stake: String,
	},
	/// Time each model in the models folder on its costliest job per unit and keep the
	/// figures in the state folder: `run` and `register` refuse a model that was not timed, or
	/// whose unit takes longer here than the chain allows it.
	Bench {
		/// Timed runs per model, after one warm-up run; the slowest counts.
		#[arg(long, default_value_t = 3)]
		runs: u32,
		/// The side of the square image that image models are timed on: the standard unit's
		/// 1024 by default. A smaller side (for a model that cannot render the standard unit,
		/// such as the tiny dev models) understates a standard unit's time.
		#[arg(long, default_value_t = 1024)]
		image_side: u32,
	},
	/// Send this era's heartbeat (`run` sends them by itself).
	Heartbeat,
	/// Start unbonding stake (TSR).
	Unbond {
		#[arg(long)]
		amount: String,
	},
	/// Write a tiny model with seeded weights (for trying the chain out) and print its hash.
	MakeModel {
		#[arg(long, value_enum)]
		kind: Kind,
		#[arg(long, default_value_t = 7)]
		seed: u64,
		#[arg(long)]
		out: PathBuf,
		/// Stable Diffusion 1.5's full architecture instead of a tiny one (image generation
		/// only; about 4.3 GB): noise images at a real model's speed, for measurements.
		#[arg(long)]
		full_size: bool,
	},
	/// Run a model on an input locally (no chain) and print the output's digest and summary.
	Infer {
		/// The model's folder.
		#[arg(long)]
		dir: PathBuf,
		#[arg(long, value_enum)]
		kind: Kind,
		#[arg(long)]
		input: String,
		/// The job units paid (an image larger than they pay for is rejected, as on chain).
		#[arg(long, default_value_t = 1)]
		units: u32,
		/// Refuse the weights unless they hash to this (0x…); default: whatever they hash to.
		#[arg(long)]
		hash: Option<String>,
		/// Where to write an image output as a PNG.
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Pack a diffusers Stable Diffusion 1.x folder (text_encoder, unet, vae, scheduler) and a
	/// CLIP tokenizer.json into a model folder: one weights file, so one hash covers it all.
	PackImageModel {
		/// The diffusers folder (a `model_index.json` beside `unet/`, `vae/`, …).
		#[arg(long)]
		diffusers: PathBuf,
		/// The CLIP tokenizer in Hugging Face `tokenizer.json` form.
		#[arg(long)]
		tokenizer: PathBuf,
		#[arg(long)]
		out: PathBuf,
	},
	/// Register a model as its developer; prints its id.
	RegisterModel {
		/// The model's folder (its weights are hashed).
		#[arg(long)]
		dir: PathBuf,
		#[arg(long, value_enum)]
		kind: Kind,
		/// Model stake, in TSR.
		#[arg(long, default_value = "500")]
		stake: String,
		#[arg(long, default_value_t = 1)]
		units_per_job: u32,
		/// The most units one job may ask.
		#[arg(long, default_value_t = 16)]
		max_units: u32,
		/// Milliseconds a unit takes on the model's reference class (measure it with
		/// `tessera-worker bench`); jobs' commit windows are sized from it.
		#[arg(long, default_value_t = 10_000)]
		unit_millis: u32,
		#[arg(long, default_value = "")]
		metadata_uri: String,
	},
	/// Buy Spark (job units) with TSR, as a creator.
	BuySpark {
		#[arg(long)]
		units: u64,
	},
	/// Submit a job as a creator, wait for it to settle, fetch and check the result.
	SubmitJob {
		#[arg(long)]
		model: u32,
		/// The input: text for an embedding model, `{"prompt":…,"max_tokens":…}` for text,
		/// `{"prompt":…,"seed":…,"steps":…,"width":…,"height":…,"guidance":…}` for images.
		#[arg(long)]
		input: String,
		#[arg(long, default_value_t = 1)]
		units: u32,
		#[arg(long, default_value_t = 1)]
		redundancy: u8,
		/// Pay in Spark credits or in TSR.
		#[arg(long, value_enum, default_value_t = Pay::Spark)]
		pay: Pay,
		/// Seconds to wait for the result.
		#[arg(long, default_value_t = 300)]
		timeout: u64,
		/// Where to write an image result as a PNG.
		#[arg(long)]
		out: Option<PathBuf>,
	},
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
	Embedding,
	TextGeneration,
	ImageGeneration,
}

#[derive(Clone, Copy, ValueEnum)]
enum Pay {
	Spark,
	Token,
}

impl From<Kind> for ModelKind {
	fn from(kind: Kind) -> Self {
		match kind {
			Kind::Embedding => ModelKind::Embedding,
			Kind::TextGeneration => ModelKind::TextGeneration,
			Kind::ImageGeneration => ModelKind::ImageGeneration,
		}
	}
}

#[tokio::main]
async fn main() -> Result<()> {
	let cli = Cli::parse();
	init_logs();
	if let Command::MakeModel { kind, seed, out, full_size } = &cli.command {
		let hash = match (kind, full_size) {
			(_, false) => write_tiny_model((*kind).into(), *seed, out)?,
			(Kind::ImageGeneration, true) => tiny::write_full_size_diffusion(*seed, out)?,
			(_, true) => bail!("--full-size is for image-generation models only"),
		};
		println!("0x{}", hex(&hash));
		return Ok(());
	}
	if let Command::Infer { dir, kind, input, units, hash, out } = &cli.command {
		let device = cli.settings.device.as_deref();
		return infer(dir, (*kind).into(), input, *units, hash.as_deref(), device, out.as_deref());
	}
	if let Command::PackImageModel { diffusers, tokenizer, out } = &cli.command {
		let hash = pack::pack_diffusers(diffusers, tokenizer, out)?;
		println!("0x{}", hex(&hash));
		return Ok(());
	}
	let config = cli.settings.resolve()?;
	if let Command::Bench { runs, image_side } = cli.command {
		return bench(&config, runs, image_side).await;
	}
	let mut submitter = Submitter::new(keys::load(&config.key)?);
	if let Command::Run = cli.command {
		return run(config, submitter).await;
	}
	let chain = Chain::connect(&config.node_url).await?;
	match cli.command {
		Command::Register { stake } => {
			let at = chain.api.at_current_block().await?;
			if let Some(worker) =
				tessera_worker::chain::registered_worker(&at, submitter.account()).await?
			{
				println!(
					"{} is already registered, for models {:?}",
					submitter.account(),
					worker.profile.models.0
				);
				return Ok(());
			}
			let served = driver::served_models(&at, &config, submitter.account()).await?;
			benched_paces(&config, &served)?;
			let models: Vec<u32> = served.into_keys().collect();
			driver::check_public_url(&config.public_url)?;
			operator::register(
				&chain,
				&mut submitter,
				parse_tsr(&stake)?,
				models.clone(),
				&config.class,
				&config.public_url,
			)
			.await?;
			println!(
				"registered {} as a {} worker for models {models:?}",
				submitter.account(),
				config.class
			);
			Ok(())
		},
		Command::Heartbeat => {
			let era = operator::heartbeat(&chain, &submitter).await?;
			println!("heartbeat for era {era} finalized");
			Ok(())
		},
		Command::Unbond { amount } => {
			operator::unbond(&chain, &mut submitter, parse_tsr(&amount)?).await?;
			println!("unbonding {amount} TSR");
			Ok(())
		},
		Command::RegisterModel {
			dir,
			kind,
			stake,
			units_per_job,
			max_units,
			unit_millis,
			metadata_uri,
		} => {
			use tessera::runtime_types::pallet_compute_staking::types::ModelLimits;
			let weights_hash = tessera_worker::inference::file_hash(
				&dir.join(tessera_worker::inference::WEIGHTS_FILE),
			)?;
			let model = operator::NewModel {
				weights_hash,
				kind: tessera_worker::chain::chain_kind(kind.into()),
				units_per_job,
				limits: ModelLimits { max_units, unit_millis },
				metadata_uri: &metadata_uri,
				stake: parse_tsr(&stake)?,
			};
			let id = operator::register_model(&chain, &mut submitter, model).await?;
			println!("{id}");
			Ok(())
		},
		Command::BuySpark { units } => {
			operator::buy_spark(&chain, &mut submitter, units).await?;
			println!("bought {units} Spark");
			Ok(())
		},
		Command::SubmitJob { model, input, units, redundancy, pay, timeout, out } => {
			use tessera::runtime_types::pallet_jobs::types::PayWith;
			let pay_with = match pay {
				Pay::Spark => PayWith::Spark,
				Pay::Token => PayWith::Token,
			};
			let result = operator::submit_job(
				&chain,
				&mut submitter,
				model,
				input.into_bytes(),
				units,
				redundancy,
				pay_with,
				Duration::from_secs(timeout),
			)
			.await?;
			println!("job {} settled by {} worker(s)", result.job, result.workers);
			println!("digest 0x{}", hex(&result.digest));
			println!("url    {}", result.url);
			print_output(&result.output);
			if let Output::Image { .. } = result.output {
				println!("png    {}.png", result.url);
			}
			write_png(&result.output, out.as_deref())
		},
		Command::Run
		| Command::Bench { .. }
		| Command::MakeModel { .. }
		| Command::Infer { .. }
		| Command::PackImageModel { .. } => unreachable!("handled above"),
	}
}

fn infer(
	dir: &std::path::Path,
	kind: ModelKind,
	input: &str,
	units: u32,
	hash: Option<&str>,
	device: Option<&str>,
	out: Option<&std::path::Path>,
) -> Result<()> {
	let weights = dir.join(tessera_worker::inference::WEIGHTS_FILE);
	let expected = match hash {
		Some(text) => artifacts::parse_digest(text).context("--hash takes 32 bytes in hex")?,
		None => tessera_worker::inference::file_hash(&weights)?,
	};
	let device = tessera_worker::inference::device(device.unwrap_or("cpu"))?;
	let model = tessera_worker::inference::Model::load(dir, kind, &expected, &device)?;
	let started = std::time::Instant::now();
	let output = model.run(input.as_bytes(), units, &mut |_, _| {})?;
	let seconds = started.elapsed().as_secs_f64();
	println!("digest 0x{}", hex(&tessera_worker::inference::output::digest(&output.encode())));
	println!("seconds {seconds:.6}");
	print_output(&output);
	write_png(&output, out)
}

/// Writes an image output to `path` as a PNG; with no path, or for another output, nothing.
fn write_png(output: &Output, path: Option<&std::path::Path>) -> Result<()> {
	let (Some(path), Output::Image { width, height, rgb }) = (path, output) else {
		return Ok(());
	};
	std::fs::write(path, png::encode(*width, *height, rgb)?)
		.with_context(|| format!("writing {}", path.display()))?;
	println!("wrote {}", path.display());
	Ok(())
}

fn print_output(output: &Output) {
	match output {
		Output::Embedding(vector) => {
			let head: Vec<String> = vector.iter().take(8).map(|v| format!("{v:.4}")).collect();
			println!("embedding of {} dimensions: [{}, …]", vector.len(), head.join(", "));
		},
		Output::Text { text, tokens } => println!("text ({} tokens): {text:?}", tokens.len()),
		Output::Rejected(reason) => println!("rejected: {reason}"),
		Output::Image { width, height, .. } => println!("image of {width}×{height} pixels"),
	}
}

/// The benchmarked time per unit of each of the `served` models, or why this machine must not
/// serve them: `register` and `run` check the same.
fn benched_paces(config: &Config, served: &driver::ServedModels) -> Result<HashMap<u32, Duration>> {
	Benchmarks::open(&config.state_dir)?
		.paces(served.iter().map(|(id, (_, info))| (*id, info)), &config.device)
}

/// Times every model in the models folder (one loaded at a time) and keeps the figures.
async fn bench(config: &Config, runs: u32, image_side: u32) -> Result<()> {
	let chain = Chain::connect(&config.node_url).await?;
	let at = chain.api.at_current_block().await?;
	let device = tessera_worker::inference::device(&config.device)?;
	let mut benchmarks = Benchmarks::open(&config.state_dir)?;
	let mut too_slow = Vec::new();
	let account = Submitter::new(keys::load(&config.key)?).account().clone();
	for (id, (path, info)) in driver::served_models(&at, config, &account).await? {
		let model = driver::load_model(id, &path, &info, &device).await?;
		let unit = tokio::task::spawn_blocking(move || bench::measure(&model, image_side, runs))
			.await?
			.with_context(|| format!("timing model {id}"))?;
		let side = if info.kind == ModelKind::ImageGeneration { image_side } else { 0 };
		benchmarks.record(id, info.weights_hash, &config.device, unit, side)?;
		let measured = unit.as_secs_f64() * 1e3;
		let verdict = match benchmarks.pace(id, &info, &config.device) {
			Ok(_) => "ok".to_string(),
			Err(refusal) => {
				too_slow.push(id);
				refusal.to_string()
			},
		};
		println!(
			"model {id} ({:?}): {measured:.1} ms per unit, the chain allows {} ms: {verdict}",
			info.kind, info.unit_millis
		);
	}
	if !too_slow.is_empty() {
		bail!("this machine is too slow for model(s) {too_slow:?}");
	}
	Ok(())
}

async fn run(config: Config, submitter: Submitter) -> Result<()> {
	driver::check_public_url(&config.public_url)?;
	let metrics = Metrics::new();
	let artifacts = Artifacts::open(&config.state_dir.join("artifacts"))?;
	let listener = tokio::net::TcpListener::bind(config.listen)
		.await
		.with_context(|| format!("listening on {}", config.listen))?;
	tokio::spawn(artifacts::serve(listener, artifacts.clone(), metrics.clone()));
	let chain = Chain::connect_with_backoff(&config.node_url).await;
	let at = chain.api.at_current_block().await?;
	let served = driver::served_models(&at, &config, submitter.account()).await?;
	let device = tessera_worker::inference::device(&config.device)?;
	let mut models = HashMap::new();
	for (id, (path, info)) in &served {
		models.insert(*id, Arc::new(driver::load_model(*id, path, info, &device).await?));
	}
	// After loading: weights that differ from the chain's are the error to report first.
	let paces = benched_paces(&config, &served)?;
	tracing::info!(
		account = %submitter.account(),
		class = %config.class,
		device = %config.device,
		listen = %config.listen,
		models = ?models.keys().collect::<Vec<_>>(),
		"serving"
	);
	let worker = Worker::new(config, submitter, models, paces, artifacts, metrics)?;
	tokio::select! {
		result = worker.run(chain) => result,
		_ = shutdown_signal() => {
			tracing::info!("stopping");
			Ok(())
		},
	}
}

/// SIGINT or SIGTERM. Stopping at any point is safe: the state on disk is always consistent.
async fn shutdown_signal() {
	let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
		.expect("a SIGTERM handler");
	tokio::select! {
		_ = tokio::signal::ctrl_c() => {},
		_ = term.recv() => {},
	}
}

/// Logs to stderr: human-readable, or JSON lines with `TESSERA_LOG_FORMAT=json`; the level
/// from `RUST_LOG` (default `info`). Colours only on a terminal, so log files stay plain text.
fn init_logs() {
	use std::io::IsTerminal;
	use tracing_subscriber::{fmt, EnvFilter};
	let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
	let builder = fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(std::io::stderr().is_terminal());
	if std::env::var("TESSERA_LOG_FORMAT").as_deref() == Ok("json") {
		builder.json().init();
	} else {
		builder.init();
	}
}
