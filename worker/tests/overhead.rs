//! The worker's overhead against inference, at steady state: two workers serve
//! all-MiniLM-L6-v2 on CPU while a steady stream of jobs flows through them (three creators in
//! turn submit a project as soon as the one before is final, about one every two blocks), and
//! their metrics say how long jobs spent in the model and how long around it (chain reads,
//! signing and sending, hashing, artifacts and state, per-block costs shared among the jobs
//! listed). A measurement, so not part of the suite:
//!
//! `TESSERA_NODE=$CARGO_TARGET_DIR/release/tessera-node cargo test --release
//!  --manifest-path worker/Cargo.toml --test overhead -- --ignored --nocapture`

mod common;

use std::time::Duration;

use common::*;
use subxt_signer::sr25519::dev;
use tessera_worker::{
	chain::{tessera, Submitter},
	inference::ModelKind,
};

use tessera::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec,
	pallet_jobs::types::{JobInput, JobSpec, PayWith},
};

/// Projects of `PER_PROJECT` jobs, submitted one after another.
const PROJECTS: usize = 12;
const PER_PROJECT: usize = 48;
const JOBS: usize = PROJECTS * PER_PROJECT;

/// The sum and count of a histogram in a Prometheus text page.
fn histogram(page: &str, name: &str) -> (f64, f64) {
	let value = |suffix: &str| {
		page.lines()
			.find_map(|l| l.strip_prefix(&format!("{name}_{suffix} ")))
			.map(|v| v.parse::<f64>().unwrap())
			.unwrap_or(0.0)
	};
	(value("sum"), value("count"))
}

/// Means of the worker's per-block timing (its `block handled` debug lines): blocks, jobs
/// listed, chain reads, sending, the whole block.
fn per_block(log: &std::path::Path) -> [f64; 5] {
	let text = std::fs::read_to_string(log).unwrap();
	let field = |line: &str, name: &str| {
		line.split_whitespace()
			.find_map(|w| w.strip_prefix(name)?.strip_prefix('='))
			.map(|v| v.parse::<f64>().unwrap())
			.unwrap()
	};
	let mut sums = [0.0; 5];
	for line in text.lines().filter(|l| l.contains("block handled")) {
		sums[0] += 1.0;
		for (i, name) in ["jobs", "read_ms", "send_ms", "total_ms"].iter().enumerate() {
			sums[i + 1] += field(line, name);
		}
	}
	let blocks = sums[0].max(1.0);
	[sums[0], sums[1] / blocks, sums[2] / blocks, sums[3] / blocks, sums[4] / blocks]
}

async fn metrics(port: u16) -> String {
	let bytes =
		tessera_worker::inputs::fetch(&format!("http://127.0.0.1:{port}/metrics")).await.unwrap();
	String::from_utf8(bytes).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement: run it by name (see the module docs)"]
async fn worker_overhead_is_under_two_percent_of_job_time() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let minilm = minilm_dir();
	let model = register_model(&chain, &minilm, ModelKind::Embedding).await;
	let models = dir.join("models");
	std::fs::create_dir_all(&models).unwrap();
	std::os::unix::fs::symlink(&minilm, models.join(model.to_string())).unwrap();
	register_workers(&node, &["//Charlie", "//Eve"], &models, dir);
	let workers = [
		WorkerProcess::start(&node, "//Charlie", &models, dir),
		WorkerProcess::start(&node, "//Eve", &models, dir),
	];

	// About 120 tokens each, all different.
	let spec = |i: usize| JobSpec {
		model,
		input: JobInput::Inline(BoundedVec(
			format!(
				"Request {i}: {}",
				"Workers stake tokens and are paid for verified inference. ".repeat(12)
			)
			.into_bytes(),
		)),
		units: 1,
		redundancy: 1,
		pay_with: PayWith::Token,
	};
	let first = next_job_id(&chain).await;
	let started = std::time::Instant::now();
	let mut creators: Vec<Submitter> =
		[dev::alice(), dev::bob(), dev::dave()].into_iter().map(Submitter::new).collect();
	for project in 0..PROJECTS {
		let base = project * PER_PROJECT;
		let specs = (base..base + PER_PROJECT).map(spec).collect();
		let call = tessera::transactions().jobs().submit_jobs(BoundedVec(specs));
		let creator = &mut creators[project % 3];
		creator.send_and_wait(&chain, &call).await.unwrap();
	}
	let log = || workers.iter().map(|w| w.process.log_tail()).collect::<Vec<_>>().join("\n---\n");
	for job in first..first + JOBS as u64 {
		wait_for("every job to settle", Duration::from_secs(600), log, || is_settled(&chain, job))
			.await;
	}

	let (mut inference, mut overhead, mut jobs) = (0.0, 0.0, 0.0);
	for worker in &workers {
		let page = metrics(worker.port).await;
		let (sum, count) = histogram(&page, "tessera_worker_inference_seconds");
		inference += sum;
		jobs += count;
		overhead += histogram(&page, "tessera_worker_overhead_seconds").0;
		let [blocks, listed, read, send, total] = per_block(&worker.process.log);
		println!(
			"worker on port {}: {blocks} blocks, per block {listed:.1} jobs listed, reads \
			 {read:.1} ms, sending {send:.1} ms, whole block {total:.1} ms",
			worker.port
		);
	}
	let share = overhead / (inference + overhead);
	println!(
		"{jobs} jobs computed ({JOBS} submitted) in {:.0} s: inference {:.2} ms/job, overhead \
		 {:.3} ms/job, overhead {:.2}% of job time",
		started.elapsed().as_secs_f64(),
		1e3 * inference / jobs,
		1e3 * overhead / jobs,
		100.0 * share
	);
	assert!(jobs >= JOBS as f64, "every job was computed ({jobs})");
	assert!(share < 0.02, "overhead is {:.2}% of job time", 100.0 * share);
}
