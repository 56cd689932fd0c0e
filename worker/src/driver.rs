//! The job loop. On every finalized block the worker asks the chain which jobs it holds a seat
//! in and does what is due: computes results (in the background, `concurrency` at a time),
//! commits to them, and reveals them once reveals open. Everything it must not forget is in the
//! [`Store`] before the transaction that depends on it is sent; a transaction is sent again
//! only once the previous copy can no longer be included.

use std::{
	collections::{BTreeMap, HashMap, HashSet},
	path::{Path, PathBuf},
	sync::Arc,
	time::{Duration, Instant},
};

use anyhow::{bail, Context, Result};
use candle_core::Device;
use subxt::utils::AccountId32;
use tokio::sync::{mpsc, Semaphore};

use crate::{
	artifacts::Artifacts,
	chain::{
		self, tessera,
		tessera::runtime_types::{
			bounded_collections::bounded_vec::BoundedVec, pallet_jobs::types::Reveal,
		},
		AssignedJob, AtBlock, Chain, ModelInfo, Submitter,
	},
	config::Config,
	inference::{self, hex, output::digest, Model, Output},
	inputs::{self, Resolved, Unavailable},
	metrics::Metrics,
	store::{JobId, JobRecord, Sent, Store},
};

/// Jobs the chain stopped listing for this many blocks are forgotten (settled or gone).
const FORGET_AFTER: u64 = 100;
/// Long jobs log their progress at most this often.
const PROGRESS_EVERY: Duration = Duration::from_secs(5);
/// Blocks kept between the end of a computation and its commit deadline, for the commit to be
/// sent on the next finalized block and included.
const COMMIT_MARGIN_BLOCKS: u64 = 3;
/// Weight of the newest measurement in a model's time per unit.
const UNIT_TIME_SMOOTHING: f64 = 0.3;

/// A computation that ended.
struct Finished {
	job: JobId,
	model: u32,
	units: u32,
	result: Result<(Computed, Duration)>,
}

/// What a job's computation came to: the model's output, or a report that its input cannot
/// be had. Both are committed and revealed.
enum Computed {
	Output(Output),
	Unavailable(Unavailable),
}

/// One call's worth of commits or reveals.
enum Batch {
	Commit(Vec<(JobId, [u8; 32])>),
	Reveal(Vec<Reveal>),
}

impl Batch {
	fn jobs(&self) -> Vec<JobId> {
		match self {
			Batch::Commit(commits) => commits.iter().map(|(job, _)| *job).collect(),
			Batch::Reveal(reveals) => reveals.iter().map(|reveal| reveal.job).collect(),
		}
	}

	fn what(&self) -> &'static str {
		match self {
			Batch::Commit(_) => "commit",
			Batch::Reveal(_) => "reveal",
		}
	}

	/// Records in `store` that this batch is on its way until `sent`, or (`None`) that it is not.
	fn mark(&self, store: &mut Store, sent: Option<Sent>) {
		for job in self.jobs() {
			let record = store.get_mut(job).expect("due jobs have records");
			match self {
				Batch::Commit(_) => record.commit_sent = sent,
				Batch::Reveal(_) => record.reveal_sent = sent,
			}
		}
	}
}

/// The commitment the chain checks a reveal against: blake2-256(digest ‖ salt ‖ account).
pub fn commitment(digest: &[u8; 32], salt: &[u8; 32], account: &AccountId32) -> [u8; 32] {
	inference::output::digest(&[&digest[..], &salt[..], &account.0[..]].concat())
}

/// The models a worker serves, by id: each one's folder and what the chain says of it.
pub type ServedModels = BTreeMap<u32, (PathBuf, ModelInfo)>;

/// The models in `models_dir` (folders named by model id) and what the chain says of each. A
/// registered worker must have every model it serves.
pub async fn served_models(
	at: &AtBlock,
	config: &Config,
	account: &AccountId32,
) -> Result<ServedModels> {
	let mut models = BTreeMap::new();
	let entries = std::fs::read_dir(&config.models_dir)
		.with_context(|| format!("reading the models folder {}", config.models_dir.display()))?;
	for entry in entries {
		let path = entry?.path();
		let Some(id) =
			path.file_name().and_then(|n| n.to_str()).and_then(|n| n.parse::<u32>().ok())
		else {
			tracing::warn!(path = %path.display(), "skipped: a model folder is named by its on-chain id");
			continue;
		};
		let info = chain::model(at, id).await?.with_context(|| {
			format!("model {id} ({}) is not registered on chain", path.display())
		})?;
		models.insert(id, (path, info));
	}
	if let Some(worker) = chain::registered_worker(at, account).await? {
		if let Some(missing) = worker.profile.models.0.iter().find(|id| !models.contains_key(id)) {
			bail!(
				"registered to serve model {missing}, but {} has no folder {missing}",
				config.models_dir.display()
			);
		}
	}
	if models.is_empty() {
		bail!("no models in {}", config.models_dir.display());
	}
	Ok(models)
}

/// Loads a model of `models`, checked against the weights hash the chain holds for it.
pub async fn load_model(id: u32, path: &Path, info: &ModelInfo, device: &Device) -> Result<Model> {
	let (path, kind, weights, device) =
		(path.to_owned(), info.kind, info.weights_hash, device.clone());
	let model = tokio::task::spawn_blocking(move || Model::load(&path, kind, &weights, &device))
		.await?
		.with_context(|| format!("loading model {id}"))?;
	tracing::info!(model = id, ?kind, weights = %hex(&weights), "model loaded and verified");
	Ok(model)
}

/// The running worker.
pub struct Worker {
	config: Config,
	submitter: Submitter,
	models: HashMap<u32, Arc<Model>>,
	store: Store,
	artifacts: Artifacts,
	metrics: Metrics,
	running: HashSet<JobId>,
	finished_tx: mpsc::UnboundedSender<Finished>,
	finished_rx: mpsc::UnboundedReceiver<Finished>,
	permits: Arc<Semaphore>,
	/// Time spent outside the model per job so far, reported when its reveal goes out.
	overhead: HashMap<JobId, Duration>,
	/// What a unit of each model takes on this machine: a moving average over the jobs
	/// computed, never below `tessera-worker bench`'s figure (so that a run of cheap jobs
	/// cannot talk the worker into starting one it cannot finish). A job that cannot finish
	/// before its commit deadline at that pace is reported `OverModelLimits`, not computed into
	/// a missed deadline.
	unit_time: HashMap<u32, Duration>,
	/// `tessera-worker bench`'s time per unit of each model.
	benched: HashMap<u32, Duration>,
	heartbeat_era: Option<u32>,
	/// Whether the store has changes not yet on disk.
	dirty: bool,
}

impl Worker {
	pub fn new(
		config: Config,
		submitter: Submitter,
		models: HashMap<u32, Arc<Model>>,
		paces: HashMap<u32, Duration>,
		artifacts: Artifacts,
		metrics: Metrics,
	) -> Result<Self> {
		let store = Store::open(&config.state_dir)?;
		if !store.is_empty() {
			tracing::info!(jobs = store.len(), "resuming jobs from the state folder");
		}
		let (finished_tx, finished_rx) = mpsc::unbounded_channel();
		let permits = Arc::new(Semaphore::new(config.concurrency));
		Ok(Self {
			config,
			submitter,
			models,
			store,
			artifacts,
			metrics,
			running: HashSet::new(),
			finished_tx,
			finished_rx,
			permits,
			overhead: HashMap::new(),
			unit_time: paces.clone(),
			benched: paces,
			heartbeat_era: None,
			dirty: false,
		})
	}

	/// Follows the chain for ever, reconnecting with backoff whenever the node goes away.
	pub async fn run(mut self, mut chain: Chain) -> Result<()> {
		loop {
			match self.follow(&chain).await {
				Ok(()) => tracing::warn!("the node ended the block subscription"),
				Err(e) => tracing::warn!(error = format!("{e:#}"), "lost the node"),
			}
			self.metrics.failures.with_label_values(&["chain"]).inc();
			chain = Chain::connect_with_backoff(&self.config.node_url).await;
			self.submitter.resync();
			tracing::info!("reconnected to the node");
		}
	}

	async fn follow(&mut self, chain: &Chain) -> Result<()> {
		let mut blocks = chain.api.stream_blocks().await?;
		while let Some(block) = blocks.next().await {
			let block = block?;
			let at = block.at().await?;
			self.on_block(chain, &at, block.number()).await?;
		}
		Ok(())
	}

	/// Everything due at finalized block `now`.
	async fn on_block(&mut self, chain: &Chain, at: &AtBlock, now: u64) -> Result<()> {
		let started = Instant::now();
		self.metrics.finalized_block.set(now as i64);
		self.heartbeat_if_due(chain, at, now).await;
		let (best, jobs) =
			tokio::join!(chain.best_number(), chain::assigned_jobs(at, self.submitter.account()));
		let jobs = jobs?;
		if let Ok(best) = best {
			self.metrics.chain_lag_blocks.set(best.saturating_sub(now) as i64);
		}
		let listed: Vec<JobId> = jobs.iter().map(|job| job.job).collect();
		let read = started.elapsed();
		self.charge(&listed, read);

		while let Ok(finished) = self.finished_rx.try_recv() {
			self.absorb(finished, now);
		}
		let block = Duration::from_millis(chain::block_millis(at)?.into());
		for job in &jobs {
			if let Some(record) = self.store.get_mut(job.job) {
				record.seen_at = now;
			} else if !job.committed && job.commit_by.is_some() && !self.running.contains(&job.job)
			{
				self.spawn(job, now, block);
			} else if job.committed && !job.revealed {
				tracing::error!(
					job = job.job,
					"committed but its result and salt are lost: cannot reveal"
				);
			}
		}
		let forgotten = self.store.forget_unseen(now.saturating_sub(FORGET_AFTER));
		self.dirty |= forgotten > 0;

		let sending = Instant::now();
		self.send_due(chain, at, now, &jobs).await?;
		let sent = sending.elapsed();
		if self.dirty {
			self.store.save()?;
			self.dirty = false;
		}
		tracing::debug!(
			block = now,
			jobs = jobs.len(),
			read_ms = read.as_secs_f64() * 1e3,
			send_ms = sent.as_secs_f64() * 1e3,
			total_ms = started.elapsed().as_secs_f64() * 1e3,
			"block handled"
		);
		Ok(())
	}

	/// Adds `spent` to the overhead of `jobs`, in equal shares.
	fn charge(&mut self, jobs: &[JobId], spent: Duration) {
		if jobs.is_empty() {
			return;
		}
		let share = spent / jobs.len() as u32;
		for job in jobs {
			*self.overhead.entry(*job).or_default() += share;
		}
	}

	/// Starts computing `job`, seen at finalized block `now`, in the background. Once its input
	/// is in hand, a job this machine cannot finish before the commit deadline (at the pace it
	/// has shown on the model) is reported `OverModelLimits` instead of being started.
	fn spawn(&mut self, job: &AssignedJob<u32>, now: u64, block: Duration) {
		let Some(model) = self.models.get(&job.model).cloned() else {
			tracing::error!(
				job = job.job,
				model = job.model,
				"assigned a job for a model this worker has not loaded"
			);
			self.metrics.failures.with_label_values(&["model"]).inc();
			return;
		};
		let (id, input, units, model_id) = (job.job, job.input.clone(), job.units, job.model);
		let blocks_left = job
			.commit_by
			.map_or(0, |by| u64::from(by).saturating_sub(now).saturating_sub(COMMIT_MARGIN_BLOCKS));
		let deadline = Instant::now() + block * blocks_left as u32;
		let per_unit = self.unit_time.get(&model_id).copied();
		self.running.insert(id);
		self.metrics.in_progress.inc();
		let (finished, permits) = (self.finished_tx.clone(), self.permits.clone());
		tokio::spawn(async move {
			let result = async {
				let _permit = permits.acquire_owned().await?;
				match inputs::resolve(&input).await {
					Resolved::Unavailable(reason) => {
						Ok((Computed::Unavailable(reason), Duration::ZERO))
					},
					Resolved::Input(_) if per_unit.is_some_and(|per_unit| {
						Instant::now() + per_unit * units > deadline
					}) => {
						tracing::warn!(job = id, units, "cannot finish before the commit deadline at this machine's pace: reporting it");
						Ok((Computed::Unavailable(Unavailable::OverModelLimits), Duration::ZERO))
					},
					Resolved::Input(bytes) => {
						tokio::task::spawn_blocking(move || {
							let started = Instant::now();
							let mut last_report = started;
							let mut progress = |done: usize, of: usize| {
								if last_report.elapsed() >= PROGRESS_EVERY {
									last_report = Instant::now();
									tracing::info!(job = id, done, of, "in progress");
								}
							};
							let output = model.run(&bytes, units, &mut progress)?;
							Ok((Computed::Output(output), started.elapsed()))
						})
						.await?
					},
				}
			}
			.await;
			let _ = finished.send(Finished { job: id, model: model_id, units, result });
		});
	}

	/// Folds one job's time per unit into the model's moving average, kept at or above the
	/// benchmark's figure.
	fn note_unit_time(&mut self, model: u32, measured: Duration) {
		let floor = self.benched.get(&model).copied().unwrap_or_default();
		let average = self.unit_time.entry(model).or_insert(measured);
		*average = floor.max(
			average.mul_f64(1.0 - UNIT_TIME_SMOOTHING) + measured.mul_f64(UNIT_TIME_SMOOTHING),
		);
	}

	/// Counts and logs a job that failed at `stage` through the worker's fault: nothing is
	/// recorded, so the next block starts it again.
	fn failed(&self, job: JobId, stage: &str, error: anyhow::Error) {
		tracing::error!(
			job,
			stage,
			error = format!("{error:#}"),
			"job failed; retrying at the next block"
		);
		self.metrics.failures.with_label_values(&[stage]).inc();
	}

	/// Takes in a finished computation: its artifact is stored and its result recorded with a
	/// fresh salt, ready to commit. An unavailable input is recorded as its report's digest.
	fn absorb(&mut self, finished: Finished, now: u64) {
		self.running.remove(&finished.job);
		self.metrics.in_progress.dec();
		let (computed, inference_time) = match finished.result {
			Ok(done) => done,
			Err(e) => return self.failed(finished.job, "inference", e),
		};
		let started = Instant::now();
		let (digest, outcome) = match computed {
			Computed::Unavailable(reason) => {
				tracing::warn!(
					job = finished.job,
					reason = reason.label(),
					"input unavailable: reporting it"
				);
				(reason.digest(), "unavailable")
			},
			Computed::Output(output) => {
				// A refused input stops before the model runs: its time says nothing of a unit's.
				if !matches!(output, Output::Rejected(_)) {
					self.note_unit_time(finished.model, inference_time / finished.units.max(1));
				}
				let bytes = output.encode();
				let digest = digest(&bytes);
				if let Err(e) = self.artifacts.put(&digest, &bytes) {
					return self.failed(finished.job, "artifact", e);
				}
				let outcome =
					if matches!(output, Output::Rejected(_)) { "rejected" } else { "output" };
				(digest, outcome)
			},
		};
		let mut salt = [0u8; 32];
		getrandom::getrandom(&mut salt).expect("the OS has randomness");
		self.store.insert(
			finished.job,
			JobRecord { digest, salt, commit_sent: None, reveal_sent: None, seen_at: now },
		);
		self.dirty = true;
		self.metrics.jobs.with_label_values(&[outcome]).inc();
		self.metrics.inference_seconds.observe(inference_time.as_secs_f64());
		*self.overhead.entry(finished.job).or_default() += started.elapsed();
		tracing::info!(job = finished.job, outcome, digest = %hex(&digest), seconds = inference_time.as_secs_f64(), "computed");
	}

	/// Sends what is due: commits of computed results and reveals of committed ones, in
	/// batches no larger than the chain's bound. Every batch is marked sent and the marks saved
	/// in one write before the first goes out, so a crash cannot send one twice.
	async fn send_due(
		&mut self,
		chain: &Chain,
		at: &AtBlock,
		now: u64,
		jobs: &[AssignedJob<u32>],
	) -> Result<()> {
		let max = chain::max_batch(at)?;
		let mut batches: Vec<Batch> = Vec::new();
		batches.extend(self.due_commits(now, jobs).chunks(max).map(|b| Batch::Commit(b.to_vec())));
		batches.extend(self.due_reveals(now, jobs).chunks(max).map(|b| Batch::Reveal(b.to_vec())));
		if batches.is_empty() {
			return Ok(());
		}
		let sent = Submitter::validity(now);
		for batch in &batches {
			batch.mark(&mut self.store, Some(sent));
		}
		self.store.save()?;
		self.dirty = false;
		for (i, batch) in batches.iter().enumerate() {
			if let Err(e) = self.send_batch(chain, at, now, batch).await {
				// The connection is gone: what was never sent is due again once it is back.
				for unsent in &batches[i + 1..] {
					unsent.mark(&mut self.store, None);
				}
				self.dirty = true;
				return Err(e);
			}
		}
		Ok(())
	}

	/// Computed results whose commit is due and not already on its way.
	fn due_commits(&self, now: u64, jobs: &[AssignedJob<u32>]) -> Vec<(JobId, [u8; 32])> {
		let account = self.submitter.account();
		jobs.iter()
			.filter(|job| !job.committed && job.commit_by.is_some_and(|by| u64::from(by) >= now))
			.filter_map(|job| {
				let record = self.store.get(job.job)?;
				let waiting = record.commit_sent.is_some_and(|sent| sent.may_land(now));
				(!waiting).then(|| (job.job, commitment(&record.digest, &record.salt, account)))
			})
			.collect()
	}

	/// Committed results whose reveals are open and not already on their way.
	fn due_reveals(&self, now: u64, jobs: &[AssignedJob<u32>]) -> Vec<Reveal> {
		let base = self.config.public_url.trim_end_matches('/');
		jobs.iter()
			.filter(|job| job.committed && job.reveals_open && !job.revealed)
			.filter_map(|job| {
				let record = self.store.get(job.job)?;
				if record.reveal_sent.is_some_and(|sent| sent.may_land(now)) {
					return None;
				}
				let uri = format!("{base}/artifacts/0x{}", hex(&record.digest)).into_bytes();
				Some(Reveal {
					job: job.job,
					digest: record.digest,
					salt: record.salt,
					uri: BoundedVec(uri),
				})
			})
			.collect()
	}

	/// Sends one batch. If the node refuses it, its marks are lifted so the next block tries
	/// again; if the connection is lost, they stay until the transaction can no longer be
	/// included, since it may have reached the pool.
	async fn send_batch(
		&mut self,
		chain: &Chain,
		at: &AtBlock,
		now: u64,
		batch: &Batch,
	) -> Result<()> {
		let started = Instant::now();
		let result = match batch {
			Batch::Commit(commits) => {
				let call =
					tessera::transactions().jobs().commit_results(BoundedVec(commits.clone()));
				self.submitter.send(chain, at, &call).await
			},
			Batch::Reveal(reveals) => {
				let call =
					tessera::transactions().jobs().reveal_results(BoundedVec(reveals.clone()));
				self.submitter.send(chain, at, &call).await
			},
		};
		let jobs = batch.jobs();
		self.charge(&jobs, started.elapsed());
		let what = batch.what();
		match result {
			Ok(()) => {
				tracing::info!(jobs = ?jobs, block = now, "{what} sent");
				if matches!(batch, Batch::Reveal(_)) {
					for job in &jobs {
						if let Some(spent) = self.overhead.remove(job) {
							self.metrics.overhead_seconds.observe(spent.as_secs_f64());
						}
					}
				}
				Ok(())
			},
			Err(e) => {
				self.metrics.failures.with_label_values(&["submit"]).inc();
				if chain.is_alive().await {
					tracing::warn!(jobs = ?jobs, error = format!("{e:#}"), "{what} refused; trying again next block");
					batch.mark(&mut self.store, None);
					self.dirty = true;
					Ok(())
				} else {
					Err(e.context(format!("sending {what}")))
				}
			},
		}
	}

	/// Sends this era's heartbeat once the chain expects it.
	async fn heartbeat_if_due(&mut self, chain: &Chain, at: &AtBlock, now: u64) {
		let result: Result<()> = async {
			let era = (now / u64::from(chain::era_length(at)?)) as u32;
			if self.heartbeat_era == Some(era) {
				return Ok(());
			}
			match chain::registered_worker(at, self.submitter.account()).await? {
				Some(worker) if worker.due_era <= era => {
					self.submitter.send_heartbeat(chain, at, era).await?;
					tracing::info!(era, "heartbeat sent");
				},
				_ => {},
			}
			self.heartbeat_era = Some(era);
			Ok(())
		}
		.await;
		if let Err(e) = result {
			tracing::warn!(error = format!("{e:#}"), "heartbeat failed; trying again next block");
		}
	}
}

/// Checks that artifact URLs under `public_url` fit the chain's bound on a reveal's URI.
pub fn check_public_url(public_url: &str) -> Result<()> {
	const MAX_URI: usize = 256;
	let longest = public_url.trim_end_matches('/').len() + "/artifacts/0x".len() + 64;
	if longest > MAX_URI {
		bail!("public_url is too long: artifact URLs would be {longest} bytes, the chain takes {MAX_URI}");
	}
	Ok(())
}
