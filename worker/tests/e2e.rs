//! The worker against the node binary: jobs go from submission to settlement through worker
//! processes, across a worker crash between commit and reveal, a node restart and bad input;
//! an image job settles into a PNG that anyone can check against the chain; a job whose input
//! cannot be had ends unavailable with every worker paid its attempt; a model whose weights do
//! not match the chain's hash is refused, and so is one whose unit this machine cannot finish
//! in the time the chain allows it.

mod common;

use std::{collections::HashMap, time::Duration};

use common::*;
use subxt::utils::AccountId32;
use subxt_signer::sr25519::dev;
use tessera_worker::{
	chain::{self, tessera, Chain, JobState, Submitter},
	inference::{
		file_hash, output::digest, png, tiny::write_tiny_model, Model, ModelKind, Output,
		WEIGHTS_FILE,
	},
	inputs,
};

use tessera::runtime_types::pallet_jobs::types::PayWith;

const SETTLE: Duration = Duration::from_secs(180);

/// From the events of blocks `from..=to`: what `job` paid each worker that earned from it (its
/// worker pay when settled, its attempt fee when unavailable), and the fees (how many, how
/// much) each account paid.
async fn payments(
	chain: &Chain,
	job: u64,
	from: u64,
	to: u64,
) -> (u128, HashMap<[u8; 32], (usize, u128)>) {
	use tessera::jobs::events::{JobSettled, JobUnavailable};
	let mut worker_pay = None;
	let mut fees: HashMap<[u8; 32], (usize, u128)> = HashMap::new();
	for number in from..=to {
		let events = chain.api.at_block(number).await.unwrap().events().fetch().await.unwrap();
		for settled in events.find::<JobSettled>().map(Result::unwrap) {
			if settled.job == job {
				worker_pay = Some(settled.worker_pay);
			}
		}
		for ended in events.find::<JobUnavailable>().map(Result::unwrap) {
			if ended.job == job {
				worker_pay = Some(ended.attempt_fee);
			}
		}
		for fee in events.find::<tessera::transaction_payment::events::TransactionFeePaid>() {
			let fee = fee.unwrap();
			let entry = fees.entry(fee.who.0).or_default();
			entry.0 += 1;
			entry.1 += fee.actual_fee;
		}
	}
	(worker_pay.expect("the job ended in these blocks"), fees)
}

/// The settled result of `job`, fetched from the URL the chain names and checked.
async fn settled_output(chain: &Chain, job: u64) -> Output {
	let Some(JobState::Settled { digest: settled, uri, .. }) = job_state(chain, job).await else {
		panic!("job {job} is not settled");
	};
	let bytes = inputs::fetch(std::str::from_utf8(&uri).unwrap()).await.unwrap();
	assert_eq!(digest(&bytes), settled, "the artifact hashes to the settled digest");
	Output::decode(&bytes).unwrap()
}

/// Slashes waiting on `worker`.
async fn pending_slashes(chain: &Chain, worker: &AccountId32) -> u32 {
	let at = chain.api.at_current_block().await.unwrap();
	chain::registered_worker(&at, worker).await.unwrap().expect("registered").pending_slashes
}

#[tokio::test(flavor = "multi_thread")]
async fn a_spark_job_settles_on_two_workers_across_a_worker_crash_and_pays_each_exactly() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::Embedding, 7).await;
	register_workers(&node, &["//Charlie", "//Eve"], &models, dir);
	tessera_worker::operator::buy_spark(&chain, &mut Submitter::new(dev::dave()), 100)
		.await
		.unwrap();
	let (charlie, eve) = (account(&dev::charlie()), account(&dev::eve()));
	let start = finalized_number(&chain).await;

	// Only Charlie's worker runs: it commits, and reveals cannot open before Eve commits.
	let mut charlie_worker = WorkerProcess::start(&node, "//Charlie", &models, dir);
	let job = submit(&chain, model, b"the cat sat on the mat".to_vec(), 2, PayWith::Spark).await;
	let log = || charlie_worker.process.log_tail();
	wait_for("Charlie's commit", SETTLE, log, || has_committed(&chain, &charlie, job)).await;
	// A crash between commit and reveal: its salt is on disk, so it can still reveal.
	charlie_worker.process.kill();
	let eve_worker = WorkerProcess::start(&node, "//Eve", &models, dir);
	let log = || eve_worker.process.log_tail();
	wait_for("Eve's commit", SETTLE, log, || has_committed(&chain, &eve, job)).await;
	charlie_worker.process.restart();
	let log =
		|| format!("{}\n---\n{}", charlie_worker.process.log_tail(), eve_worker.process.log_tail());
	wait_for("settlement", SETTLE, log, || is_settled(&chain, job)).await;
	let end = finalized_number(&chain).await;

	let (worker_pay, fees) = payments(&chain, job, start + 1, end).await;
	assert!(worker_pay > 0);
	for worker in [&charlie, &eve] {
		let (count, paid) = fees[&worker.0];
		// One commit and one reveal each: nothing was sent twice, not even across the crash.
		assert_eq!(count, 2, "{worker} sent {count} transactions");
		let before = free_balance_at(&chain, worker, start).await;
		let after = free_balance_at(&chain, worker, end).await;
		assert_eq!(after + paid, before + worker_pay, "{worker} is paid exactly its share");
	}
	let Output::Embedding(vector) = settled_output(&chain, job).await else {
		panic!("not an embedding")
	};
	assert_eq!(vector.len(), 32);

	// Input the model cannot take: both workers agree on a rejection, which settles like any
	// result; the creator pays for the check and nobody is slashed.
	let bad = submit(&chain, model, vec![0xff, 0xfe, 0xfd], 2, PayWith::Spark).await;
	wait_for("the bad job to settle", SETTLE, log, || is_settled(&chain, bad)).await;
	assert_eq!(
		settled_output(&chain, bad).await,
		Output::Rejected("input is not UTF-8 text".into())
	);
	for worker in [&charlie, &eve] {
		assert_eq!(pending_slashes(&chain, worker).await, 0);
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn an_image_job_settles_into_a_png_that_hashes_to_the_settled_digest() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::ImageGeneration, 5).await;
	register_workers(&node, &["//Charlie", "//Eve"], &models, dir);
	let workers = [
		WorkerProcess::start(&node, "//Charlie", &models, dir),
		WorkerProcess::start(&node, "//Eve", &models, dir),
	];
	let input =
		br#"{"prompt":"a lighthouse at dusk","seed":42,"steps":4,"width":32,"height":24,"guidance":3.0}"#;
	let job = submit(&chain, model, input.to_vec(), 2, PayWith::Token).await;
	let log = || workers.iter().map(|w| w.process.log_tail()).collect::<Vec<_>>().join("\n---\n");
	wait_for("the image job to settle", SETTLE, log, || is_settled(&chain, job)).await;

	// Both workers revealed the same digest, and the artifact checks against it.
	let Some(JobState::Settled { digest: settled, uri, .. }) = job_state(&chain, job).await else {
		panic!("job {job} is not settled");
	};
	let image = settled_output(&chain, job).await;
	let Output::Image { width, height, .. } = &image else { panic!("not an image: {image:?}") };
	assert_eq!((*width, *height), (32, 24));
	// The PNG beside it holds the same pixels: a creator checks it by hashing their encoding.
	let file = inputs::fetch(&format!("{}.png", std::str::from_utf8(&uri).unwrap())).await.unwrap();
	assert_eq!(png::decode(&file).unwrap(), image);
	// And anyone with the weights can recompute it.
	let folder = models.join(model.to_string());
	let local = Model::load(
		&folder,
		ModelKind::ImageGeneration,
		&file_hash(&folder.join(WEIGHTS_FILE)).unwrap(),
		&tessera_worker::inference::device("cpu").unwrap(),
	)
	.unwrap()
	.run(input, 1, &mut |_, _| {})
	.unwrap();
	assert_eq!(digest(&local.encode()), settled);
}

/// An input server on a loopback port that answers every request with other bytes.
async fn shifty_input_server() -> String {
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
	let address = listener.local_addr().unwrap();
	tokio::spawn(async move {
		let mut served = 0u32;
		while let Ok((mut socket, _)) = listener.accept().await {
			served += 1;
			let body = format!("answer number {served}");
			let mut request = [0u8; 2048];
			let _ = socket.read(&mut request).await;
			let response = format!(
				"HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
				body.len()
			);
			let _ = socket.write_all(response.as_bytes()).await;
		}
	});
	format!("http://{address}/input")
}

async fn is_unavailable(chain: &Chain, job: u64) -> bool {
	matches!(job_state(chain, job).await, Some(JobState::Unavailable { .. }))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_whose_input_cannot_be_had_ends_unavailable_and_pays_each_worker_its_attempt() {
	use tessera::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec, pallet_jobs::types::JobInput,
	};
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::Embedding, 13).await;
	register_workers(&node, &["//Charlie", "//Eve"], &models, dir);
	let workers = [
		WorkerProcess::start(&node, "//Charlie", &models, dir),
		WorkerProcess::start(&node, "//Eve", &models, dir),
	];
	let log = || workers.iter().map(|w| w.process.log_tail()).collect::<Vec<_>>().join("\n---\n");
	let (charlie, eve) = (account(&dev::charlie()), account(&dev::eve()));
	let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
	let dead = format!("http://{}/input", closed.local_addr().unwrap());
	drop(closed);
	let shifty = shifty_input_server().await;

	for (what, uri) in
		[("a dead URL", dead), ("a server answering each worker differently", shifty)]
	{
		let start = finalized_number(&chain).await;
		let input = JobInput::Remote {
			digest: digest(b"the bytes the creator promised"),
			uri: BoundedVec(uri.into_bytes()),
		};
		let job = submit_input(&chain, model, input, 2, PayWith::Token).await;
		wait_for(what, SETTLE, log, || is_unavailable(&chain, job)).await;
		let end = finalized_number(&chain).await;

		let Some(JobState::Unavailable { workers: paid, .. }) = job_state(&chain, job).await else {
			unreachable!()
		};
		assert_eq!(paid.len(), 2, "{what}: both seats reported and were paid");
		let (attempt_fee, fees) = payments(&chain, job, start + 1, end).await;
		assert!(attempt_fee > 0);
		for worker in [&charlie, &eve] {
			let (_, paid_fees) = fees[&worker.0];
			let before = free_balance_at(&chain, worker, start).await;
			let after = free_balance_at(&chain, worker, end).await;
			assert_eq!(
				after + paid_fees,
				before + attempt_fee,
				"{what}: {worker} earns its attempt"
			);
			assert_eq!(pending_slashes(&chain, worker).await, 0, "{what}: nobody is slashed");
		}
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn workers_ride_out_a_node_restart() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let mut node = Node::dev(dir, Some(&dir.join("chain")));
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::Embedding, 11).await;
	register_workers(&node, &["//Charlie", "//Eve"], &models, dir);
	let workers = [
		WorkerProcess::start(&node, "//Charlie", &models, dir),
		WorkerProcess::start(&node, "//Eve", &models, dir),
	];
	tokio::time::sleep(Duration::from_secs(5)).await;
	drop(chain);
	node.process.stop();
	tokio::time::sleep(Duration::from_secs(3)).await;
	node.process.restart();
	let chain = node.chain().await;

	let job = submit(&chain, model, b"rain falls today".to_vec(), 2, PayWith::Token).await;
	let log = || workers.iter().map(|w| w.process.log_tail()).collect::<Vec<_>>().join("\n---\n");
	wait_for("settlement after the restart", SETTLE, log, || is_settled(&chain, job)).await;
	for worker in &workers {
		let text = std::fs::read_to_string(&worker.process.log).unwrap();
		assert!(text.contains("reconnected to the node"), "{}", worker.process.log_tail());
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn a_model_whose_weights_differ_from_the_chains_hash_is_refused() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::Embedding, 7).await;
	// Other weights under the registered model's id.
	let folder = models.join(model.to_string());
	std::fs::remove_dir_all(&folder).unwrap();
	write_tiny_model(ModelKind::Embedding, 8, &folder).unwrap();

	let mut args = worker_args(&node, "//Ferdie", &models, &dir.join("state"));
	args.extend(["--listen".into(), format!("127.0.0.1:{}", free_port()), "run".into()]);
	let (ok, text) = worker_outcome(&args).await;
	assert!(!ok, "the worker stops instead of serving");
	assert!(text.contains("loading model 0"), "{text}");
	assert!(text.contains("weights hash is 0x"), "{text}");
	assert!(text.contains("refusing to serve other weights"), "{text}");
}

/// Runs `tessera-worker <args>` to its end (within two minutes): (success, stdout + stderr).
async fn worker_outcome(args: &[String]) -> (bool, String) {
	let output = tokio::time::timeout(
		Duration::from_secs(120),
		tokio::process::Command::new(worker_binary()).args(args).output(),
	)
	.await
	.expect("the worker command ends")
	.unwrap();
	(output.status.success(), output_text(&output))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_model_whose_unit_this_machine_cannot_finish_in_time_is_refused_at_start() {
	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	// A tiny image model whose developer declares a unit of 1 ms: no machine renders the
	// standard 20 steps in it.
	let (models, model) =
		register_tiny_model_with_unit(&chain, dir, ModelKind::ImageGeneration, 5, 1).await;
	let args = |extra: &[&str]| -> Vec<String> {
		let mut args = worker_args(&node, "//Ferdie", &models, &dir.join("state"));
		args.extend(extra.iter().map(|arg| arg.to_string()));
		args
	};
	let listen = format!("127.0.0.1:{}", free_port());

	// Not timed yet: neither registered nor served.
	let (ok, text) = worker_outcome(&args(&["--listen", &listen, "run"])).await;
	assert!(!ok && text.contains("run `tessera-worker bench` first"), "{text}");

	// Timed: too slow, and said so.
	let (ok, text) =
		worker_outcome(&args(&["bench", "--runs", "1", "--image-side", BENCH_IMAGE_SIDE])).await;
	assert!(!ok, "{text}");
	assert!(text.contains(&format!("model {model}: a unit takes")), "{text}");
	assert!(text.contains("the chain allows 1 ms per unit"), "{text}");

	let (ok, text) = worker_outcome(&args(&["register", "--stake", "10000"])).await;
	assert!(!ok && text.contains("its jobs would miss their deadlines"), "{text}");
	let at = chain.api.at_current_block().await.unwrap();
	let ferdie = account(&dev::ferdie());
	assert!(chain::registered_worker(&at, &ferdie).await.unwrap().is_none());

	let (ok, text) = worker_outcome(&args(&["--listen", &listen, "run"])).await;
	assert!(!ok && text.contains("its jobs would miss their deadlines"), "{text}");
}
