//! Test support: the node and worker binaries on free loopback ports, and chain helpers built
//! on the worker's own client.

#![allow(dead_code)] // Each test file uses its own subset.

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use subxt::utils::AccountId32;
use subxt_signer::sr25519::{dev, Keypair};
use tessera_worker::{
	chain::{self, tessera, Chain, Submitter},
	inference::{file_hash, tiny::write_tiny_model, ModelKind, WEIGHTS_FILE},
};

pub const UNITS: u128 = 1_000_000_000_000;

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The node binary: `TESSERA_NODE`, or the workspace's release build in the shared target
/// directory (scripts/test.sh builds it before the worker's tests).
pub fn node_binary() -> PathBuf {
	let path = std::env::var_os("TESSERA_NODE").map(PathBuf::from).unwrap_or_else(|| {
		let target = std::env::var_os("CARGO_TARGET_DIR")
			.map(PathBuf::from)
			.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
		target.join("release/tessera-node")
	});
	assert!(
		path.exists(),
		"{} is missing: build the node first (scripts/test.sh does)",
		path.display()
	);
	path
}

/// A process killed when dropped, with its output in a log file.
pub struct Process {
	child: Option<Child>,
	program: PathBuf,
	args: Vec<String>,
	envs: Vec<(String, String)>,
	pub log: PathBuf,
}

impl Process {
	pub fn start(
		program: PathBuf,
		args: Vec<String>,
		envs: Vec<(String, String)>,
		log: PathBuf,
	) -> Self {
		let mut process = Self { child: None, program, args, envs, log };
		process.spawn();
		process
	}

	fn spawn(&mut self) {
		let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
		let child = Command::new(&self.program)
			.args(&self.args)
			.envs(self.envs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
			.stdout(log.try_clone().unwrap())
			.stderr(log)
			.stdin(Stdio::null())
			.spawn()
			.expect("the binary starts");
		self.child = Some(child);
	}

	/// SIGKILL: no chance to clean up, like a crash or power loss.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// SIGINT and wait, the way an operator stops it.
	pub fn stop(&mut self) {
		let Some(mut child) = self.child.take() else { return };
		let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
		let deadline = Instant::now() + Duration::from_secs(60);
		while Instant::now() < deadline {
			if let Ok(Some(_)) = child.try_wait() {
				return;
			}
			std::thread::sleep(Duration::from_millis(100));
		}
		let _ = child.kill();
		let _ = child.wait();
	}

	pub fn restart(&mut self) {
		self.spawn();
	}

	/// The running process's id.
	pub fn pid(&self) -> Option<u32> {
		self.child.as_ref().map(Child::id)
	}

	pub fn log_tail(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let lines: Vec<&str> = text.lines().collect();
		lines[lines.len().saturating_sub(30)..].join("\n")
	}
}

impl Drop for Process {
	fn drop(&mut self) {
		self.kill();
	}
}

/// A `--dev` node; `base_path` keeps its database across restarts.
pub struct Node {
	pub process: Process,
	pub rpc_port: u16,
}

impl Node {
	pub fn dev(dir: &Path, base_path: Option<&Path>) -> Self {
		let rpc_port = free_port();
		let mut args = vec!["--dev".to_string()];
		match base_path {
			Some(path) => args.extend(["--base-path".into(), path.display().to_string()]),
			None => args.push("--tmp".into()),
		}
		args.extend([
			"--rpc-port".into(),
			rpc_port.to_string(),
			"--no-prometheus".into(),
			"--listen-addr".into(),
			format!("/ip4/127.0.0.1/tcp/{}", free_port()),
			"--no-mdns".into(),
			"--no-telemetry".into(),
			// The load test's 32 workers call runtime APIs at once: past the default 8 cached
			// runtime instances, each call instantiates the runtime afresh.
			"--max-runtime-instances".into(),
			"32".into(),
		]);
		let log = dir.join(format!("node-{rpc_port}.log"));
		Self { process: Process::start(node_binary(), args, vec![], log), rpc_port }
	}

	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// A client, once the node answers.
	pub async fn chain(&self) -> Chain {
		let deadline = Instant::now() + Duration::from_secs(120);
		loop {
			if let Ok(chain) = Chain::connect(&self.url()).await {
				if chain.api.at_current_block().await.is_ok() {
					return chain;
				}
			}
			assert!(
				Instant::now() < deadline,
				"the node did not answer:\n{}",
				self.process.log_tail()
			);
			tokio::time::sleep(Duration::from_millis(500)).await;
		}
	}
}

/// A `tessera-worker run` process for a dev account.
pub struct WorkerProcess {
	pub process: Process,
	pub port: u16,
}

impl WorkerProcess {
	pub fn start(node: &Node, key: &str, models: &Path, dir: &Path) -> Self {
		let port = free_port();
		let name = key.trim_start_matches("//").to_lowercase();
		let args = worker_args(node, key, models, &state_dir(dir, key))
			.into_iter()
			.chain(["--listen".into(), format!("127.0.0.1:{port}"), "run".into()])
			.collect();
		let log = dir.join(format!("worker-{name}.log"));
		let envs = vec![("RUST_LOG".into(), "info,tessera_worker=debug".into())];
		Self { process: Process::start(worker_binary(), args, envs, log), port }
	}
}

pub fn worker_binary() -> PathBuf {
	PathBuf::from(env!("CARGO_BIN_EXE_tessera-worker"))
}

/// The global flags of a worker command.
pub fn worker_args(node: &Node, key: &str, models: &Path, state: &Path) -> Vec<String> {
	vec![
		"--node-url".into(),
		node.url(),
		"--key".into(),
		key.into(),
		"--models-dir".into(),
		models.display().to_string(),
		"--state-dir".into(),
		state.display().to_string(),
	]
}

/// Runs a worker subcommand to completion; panics with its output if it fails.
pub fn worker_command(args: &[String]) -> String {
	let output = Command::new(worker_binary()).args(args).output().unwrap();
	let text = output_text(&output);
	assert!(output.status.success(), "tessera-worker {args:?} failed:\n{text}");
	text
}

/// What a finished process wrote: its stdout, then its stderr.
pub fn output_text(output: &std::process::Output) -> String {
	format!(
		"{}{}",
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr)
	)
}

/// Registers the model of `kind` whose weights are in `dir` as Bob, its developer, with units
/// of 10 s (60 s for an image model: the tiny pipeline's 20 guided steps took 12 s a unit on
/// the two-core machine while other tests ran beside it, and `bench` refuses a machine that
/// slow); returns its id.
pub async fn register_model(chain: &Chain, dir: &Path, kind: ModelKind) -> u32 {
	register_model_with_unit(chain, dir, kind, default_unit_millis(kind)).await
}

fn default_unit_millis(kind: ModelKind) -> u32 {
	if kind == ModelKind::ImageGeneration {
		60_000
	} else {
		10_000
	}
}

/// [`register_model`] with units of `unit_millis`.
pub async fn register_model_with_unit(
	chain: &Chain,
	dir: &Path,
	kind: ModelKind,
	unit_millis: u32,
) -> u32 {
	use tessera_worker::chain::tessera::runtime_types::pallet_compute_staking::types::ModelLimits;
	let model = tessera_worker::operator::NewModel {
		weights_hash: file_hash(&dir.join(WEIGHTS_FILE)).unwrap(),
		kind: chain::chain_kind(kind),
		units_per_job: 1,
		limits: ModelLimits { max_units: 16, unit_millis },
		metadata_uri: "",
		stake: 500 * UNITS,
	};
	let mut bob = Submitter::new(dev::bob());
	tessera_worker::operator::register_model(chain, &mut bob, model).await.unwrap()
}

/// Writes a tiny model of `kind`, registers it and returns (models folder, model id): the
/// folder holds the model under its id, ready for `--models-dir`.
pub async fn register_tiny_model(
	chain: &Chain,
	dir: &Path,
	kind: ModelKind,
	seed: u64,
) -> (PathBuf, u32) {
	register_tiny_model_with_unit(chain, dir, kind, seed, default_unit_millis(kind)).await
}

/// [`register_tiny_model`] with units of `unit_millis`.
pub async fn register_tiny_model_with_unit(
	chain: &Chain,
	dir: &Path,
	kind: ModelKind,
	seed: u64,
	unit_millis: u32,
) -> (PathBuf, u32) {
	let staging = dir.join(format!("tiny-{seed}"));
	write_tiny_model(kind, seed, &staging).unwrap();
	let id = register_model_with_unit(chain, &staging, kind, unit_millis).await;
	let models = dir.join("models");
	std::fs::create_dir_all(&models).unwrap();
	std::fs::rename(&staging, models.join(id.to_string())).unwrap();
	(models, id)
}

/// The state folder of the worker of dev account `key`.
pub fn state_dir(dir: &Path, key: &str) -> PathBuf {
	dir.join(format!("state-{}", key.trim_start_matches("//").to_lowercase()))
}

/// The side of the square image the tests' tiny image models are timed on.
pub const BENCH_IMAGE_SIDE: &str = "64";

/// Times the models for dev accounts' workers and registers them through the `bench` and
/// `register` subcommands.
pub fn register_workers(node: &Node, keys: &[&str], models: &Path, dir: &Path) {
	for key in keys {
		let args = worker_args(node, key, models, &state_dir(dir, key));
		let bench = ["bench", "--runs", "1", "--image-side", BENCH_IMAGE_SIDE];
		worker_command(&[&args[..], &bench.map(String::from)].concat());
		let register = ["register", "--stake", "10000"];
		worker_command(&[&args[..], &register.map(String::from)].concat());
	}
}

pub fn account(keypair: &Keypair) -> AccountId32 {
	keypair.public_key().to_account_id()
}

/// Waits until `condition` holds, or fails after `timeout` with `what` and `context()`.
pub async fn wait_for<F, Fut>(
	what: &str,
	timeout: Duration,
	context: impl Fn() -> String,
	mut condition: F,
) where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = bool>,
{
	let deadline = Instant::now() + timeout;
	while !condition().await {
		assert!(Instant::now() < deadline, "timed out waiting for {what}\n{}", context());
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// The id the next submitted job will get.
pub async fn next_job_id(chain: &Chain) -> u64 {
	let at = chain.api.at_current_block().await.unwrap();
	let entry = at.storage().entry(tessera::storage().jobs().next_job_id()).unwrap();
	entry.fetch(()).await.unwrap().decode().unwrap()
}

/// Submits a job of inline `input` as Dave (without waiting for it to settle) and returns
/// its id.
pub async fn submit(
	chain: &Chain,
	model: u32,
	input: Vec<u8>,
	redundancy: u8,
	pay: tessera::runtime_types::pallet_jobs::types::PayWith,
) -> u64 {
	use tessera::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec, pallet_jobs::types::JobInput,
	};
	submit_input(chain, model, JobInput::Inline(BoundedVec(input)), redundancy, pay).await
}

/// Submits a job of `input` as Dave (without waiting for it to settle) and returns its id.
pub async fn submit_input(
	chain: &Chain,
	model: u32,
	input: tessera::runtime_types::pallet_jobs::types::JobInput,
	redundancy: u8,
	pay: tessera::runtime_types::pallet_jobs::types::PayWith,
) -> u64 {
	use tessera::runtime_types::pallet_jobs::types::JobSpec;
	let job = next_job_id(chain).await;
	let spec = JobSpec { model, input, units: 1, redundancy, pay_with: pay };
	Submitter::new(dev::dave())
		.send_and_wait(chain, &tessera::transactions().jobs().submit_job(spec))
		.await
		.unwrap();
	job
}

/// The job's state at the last finalized block.
pub async fn job_state(chain: &Chain, job: u64) -> Option<chain::JobState<AccountId32, u32>> {
	let at = chain.api.at_current_block().await.unwrap();
	chain::job_state(&at, job).await.unwrap()
}

pub async fn is_settled(chain: &Chain, job: u64) -> bool {
	matches!(job_state(chain, job).await, Some(chain::JobState::Settled { .. }))
}

/// Whether `worker` has committed to `job`, at the last finalized block.
pub async fn has_committed(chain: &Chain, worker: &AccountId32, job: u64) -> bool {
	let at = chain.api.at_current_block().await.unwrap();
	chain::assigned_jobs(&at, worker)
		.await
		.unwrap()
		.iter()
		.any(|seat| seat.job == job && seat.committed)
}

/// The free balance of `who` at finalized block `number`.
pub async fn free_balance_at(chain: &Chain, who: &AccountId32, number: u64) -> u128 {
	let at = chain.api.at_block(number).await.unwrap();
	let entry = at.storage().entry(tessera::storage().system().account()).unwrap();
	entry.fetch((who.clone(),)).await.unwrap().decode().unwrap().data.free
}

pub async fn finalized_number(chain: &Chain) -> u64 {
	chain.api.at_current_block().await.unwrap().block_number()
}

/// The real model the tests use (scripts/fetch-models.sh puts it there).
pub fn minilm_dir() -> PathBuf {
	let dir = std::env::var_os("TESSERA_MODELS_CACHE")
		.map(PathBuf::from)
		.unwrap_or_else(|| {
			PathBuf::from(std::env::var("HOME").unwrap()).join(".cache/tessera/models")
		})
		.join("all-minilm-l6-v2");
	assert!(
		dir.join("model.safetensors").exists(),
		"{} is missing: run scripts/fetch-models.sh (scripts/setup.sh does)",
		dir.display()
	);
	dir
}
