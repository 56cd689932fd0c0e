//! Load: many creators submit jobs to one dev node while enough workers (processes serving the
//! tiny embedding model on CPU, all on this machine) settle them. Over a window of finalized
//! blocks it measures settled jobs per second, how full blocks are (weight, and the share the
//! jobs hook takes), and how long a job takes from its submission block to the block that
//! settles it (when its output is on chain and served by its worker). A measurement, so not
//! part of the suite:
//!
//! `bash scripts/load.sh` (`LOAD_SECONDS` of window, default 300; `LOAD_WORKERS`, default 32,
//! each holding at most 128 open jobs; `LOAD_CREATORS`, default 8; `LOAD_TARGET` jobs/s the
//! run must reach, default 58)

mod common;

use std::{
	collections::HashMap,
	str::FromStr,
	time::{Duration, Instant},
};

use common::*;
use subxt::utils::{AccountId32, MultiAddress};
use subxt_signer::{
	sr25519::{dev, Keypair},
	SecretUri,
};
use tessera_worker::{
	chain::{tessera, AtBlock, Chain, Submitter},
	inference::ModelKind,
};

use tessera::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec,
	pallet_balances::pallet::Call as BalancesCall,
	pallet_jobs::types::{JobInput, JobSpec, PayWith},
	tessera_runtime::RuntimeCall,
};

/// The most jobs one `submit_jobs` carries (the runtime's `MaxJobsPerBatch`).
const BATCH: usize = 64;
/// Jobs submitted but not yet settled, at most. Throughput is what is in flight over how long
/// a job takes (Little's law): a seat is held about ten blocks (60 s) from assignment to
/// settlement, as workers act on finalized blocks, so 58 jobs/s keeps some 3,500 seats busy.
/// The backlog must exceed the workers' seats (128 each) so the lanes never run dry, and stay
/// under the runtime's `MaxLiveJobs` (10,000) so submissions are not refused.
const BACKLOG: u64 = 6_000;
/// Blocks' reference time: 2 s (the runtime's `BlockWeights`).
const MAX_BLOCK_REF_TIME: f64 = 2e12;

fn setting(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().map(|v| v.parse().expect("a number")).unwrap_or(default)
}

fn keypair(uri: &str) -> Keypair {
	Keypair::from_uri(&SecretUri::from_str(uri).unwrap()).unwrap()
}

/// One call of Alice's that sends each account its amount.
async fn fund(chain: &Chain, grants: &[(AccountId32, u128)]) {
	let transfers = grants
		.iter()
		.map(|(who, amount)| {
			RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
				dest: MultiAddress::Id(who.clone()),
				value: *amount,
			})
		})
		.collect();
	let call = tessera::transactions().utility().batch_all(transfers);
	Submitter::new(dev::alice()).send_and_wait(chain, &call).await.unwrap();
}

/// What one finalized block says about the load.
struct BlockReport {
	/// Milliseconds, from the timestamp inherent.
	time: u64,
	submitted: Vec<u64>,
	settled: Vec<u64>,
	/// Shares of the block's reference time: everything, and the mandatory class (inherents
	/// and hooks, where the jobs hook assigns).
	fullness: f64,
	hooks: f64,
}

/// A storage value at a block, decoded.
macro_rules! stored {
	($at:expr, $address:expr) => {
		$at.storage().entry($address).unwrap().fetch(()).await.unwrap().decode().unwrap()
	};
}

async fn block_report(at: &AtBlock) -> BlockReport {
	let events = at.events().fetch().await.unwrap();
	let submitted =
		events.find::<tessera::jobs::events::JobSubmitted>().map(|e| e.unwrap().job).collect();
	let settled =
		events.find::<tessera::jobs::events::JobSettled>().map(|e| e.unwrap().job).collect();
	let time = stored!(at, tessera::storage().timestamp().now());
	let weight = stored!(at, tessera::storage().system().block_weight());
	let total = weight.normal.ref_time + weight.operational.ref_time + weight.mandatory.ref_time;
	BlockReport {
		time,
		submitted,
		settled,
		fullness: total as f64 / MAX_BLOCK_REF_TIME,
		hooks: weight.mandatory.ref_time as f64 / MAX_BLOCK_REF_TIME,
	}
}

/// Where the machine's CPU went: seconds used by the node, the workers and this generator, and
/// by the whole machine (busy and all), from /proc.
struct CpuSample {
	node: f64,
	workers: f64,
	generator: f64,
	machine_busy: f64,
	machine_all: f64,
}

impl CpuSample {
	fn take(node: &Node, workers: &[WorkerProcess]) -> Self {
		let ticks: f64 = String::from_utf8(
			std::process::Command::new("getconf").arg("CLK_TCK").output().unwrap().stdout,
		)
		.unwrap()
		.trim()
		.parse()
		.unwrap();
		let of_pid = |pid: Option<u32>| pid.map_or(0.0, |pid| process_ticks(&pid.to_string()));
		let stat = std::fs::read_to_string("/proc/stat").unwrap();
		let times: Vec<f64> = stat
			.lines()
			.next()
			.unwrap()
			.split_whitespace()
			.skip(1)
			.map(|t| t.parse().unwrap())
			.collect();
		// user nice system idle iowait irq softirq steal
		let idle = times[3] + times[4];
		let all: f64 = times.iter().take(8).sum();
		Self {
			node: of_pid(node.process.pid()) / ticks,
			workers: workers.iter().map(|w| of_pid(w.process.pid())).sum::<f64>() / ticks,
			generator: process_ticks("self") / ticks,
			machine_busy: (all - idle) / ticks,
			machine_all: all / ticks,
		}
	}

	/// Each part's share of the machine's CPU time between `self` and `later`.
	fn shares(&self, later: &Self) -> String {
		let all = later.machine_all - self.machine_all;
		let share = |before: f64, after: f64| 100.0 * (after - before) / all;
		format!(
			"busy {:.0}%: node {:.0}%, workers {:.0}%, generator {:.0}%",
			share(self.machine_busy, later.machine_busy),
			share(self.node, later.node),
			share(self.workers, later.workers),
			share(self.generator, later.generator),
		)
	}
}

/// User and system clock ticks of /proc/`pid`, its threads included.
fn process_ticks(pid: &str) -> f64 {
	let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
	// The name, in parentheses, may hold spaces: count fields from the last ')' (field 2).
	let Some((_, rest)) = stat.rsplit_once(')') else { return 0.0 };
	let fields: Vec<&str> = rest.split_whitespace().collect();
	// utime and stime are fields 14 and 15; `rest` starts at field 3.
	fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap()
}

/// The `q`-quantile of sorted `values`.
fn quantile(values: &[f64], q: f64) -> f64 {
	values[((values.len() - 1) as f64 * q).round() as usize]
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement: run it with scripts/load.sh (see the module docs)"]
async fn settled_jobs_per_second_under_load() {
	let window = Duration::from_secs(setting("LOAD_SECONDS", 300));
	let (workers, creators) = (setting("LOAD_WORKERS", 32), setting("LOAD_CREATORS", 8));
	let target = setting("LOAD_TARGET", 58) as f64;

	let dir = tempfile::tempdir().unwrap();
	let dir = dir.path();
	let node = Node::dev(dir, None);
	let chain = node.chain().await;
	let (models, model) = register_tiny_model(&chain, dir, ModelKind::Embedding, 58).await;

	let worker_keys: Vec<String> = (0..workers).map(|i| format!("//LoadWorker{i}")).collect();
	let mut submitters: Vec<Submitter> =
		(0..creators).map(|i| Submitter::new(keypair(&format!("//LoadCreator{i}")))).collect();
	// Stake (10,000 TSR) and fees for the workers; jobs for the creators. Alice holds 16 M.
	let mut grants: Vec<(AccountId32, u128)> = worker_keys
		.iter()
		.map(|key| (keypair(key).public_key().to_account_id(), 20_000 * UNITS))
		.collect();
	grants.extend(submitters.iter().map(|s| (s.account().clone(), 1_000_000 * UNITS)));
	fund(&chain, &grants).await;
	std::thread::scope(|scope| {
		for key in &worker_keys {
			let (node, models) = (&node, &models);
			scope.spawn(move || register_workers(node, &[key.as_str()], models, dir));
		}
	});
	let processes: Vec<WorkerProcess> =
		worker_keys.iter().map(|key| WorkerProcess::start(&node, key, &models, dir)).collect();
	println!("{workers} workers and {creators} creators on model {model}");

	let mut next_input = 0u64;
	let mut spec = || {
		next_input += 1;
		JobSpec {
			model,
			input: JobInput::Inline(BoundedVec(format!("load job {next_input}").into_bytes())),
			units: 1,
			redundancy: 1,
			pay_with: PayWith::Token,
		}
	};

	let (mut submitted, mut settled) = (0u64, 0u64);
	let mut submitted_at: HashMap<u64, u64> = HashMap::new();
	let mut measured: Vec<BlockReport> = Vec::new();
	let mut latencies: Vec<f64> = Vec::new();
	let mut last_seen = chain.api.at_current_block().await.unwrap().block_number();
	let mut last_sent_on = 0;
	let mut window_start: Option<u64> = None;
	let mut cpu_at_start: Option<CpuSample> = None;
	let started = Instant::now();
	loop {
		// Keep the backlog full: each creator one full batch per new finalized block.
		let at = chain.api.at_current_block().await.unwrap();
		let now = at.block_number();
		if now > last_sent_on {
			last_sent_on = now;
			for submitter in &mut submitters {
				// A transaction the pool dropped would hold back every later nonce: ask the
				// node (which counts the pool's) now and then.
				if now % 20 == 0 {
					submitter.resync();
				}
				if submitted >= settled + BACKLOG {
					break;
				}
				let batch = BoundedVec((0..BATCH).map(|_| spec()).collect());
				let call = tessera::transactions().jobs().submit_jobs(batch);
				if submitter.send(&chain, &at, &call).await.is_ok() {
					submitted += BATCH as u64;
				}
			}
		}
		// Read every block finalized since the last look.
		for number in last_seen + 1..=now {
			let report = block_report(&chain.api.at_block(number).await.unwrap()).await;
			for job in &report.submitted {
				submitted_at.insert(*job, report.time);
			}
			settled += report.settled.len() as u64;
			match window_start {
				// The window opens at the first block that settles a job, plus a minute for
				// the pipeline to fill.
				None if !report.settled.is_empty() => window_start = Some(report.time + 60_000),
				Some(start) if report.time > start => {
					for job in &report.settled {
						if let Some(at) = submitted_at.get(job) {
							latencies.push((report.time - at) as f64 / 1e3);
						}
					}
					measured.push(report);
					cpu_at_start.get_or_insert_with(|| CpuSample::take(&node, &processes));
				},
				_ => {},
			}
		}
		last_seen = now;
		if let (Some(first), Some(last)) = (measured.first(), measured.last()) {
			if last.time - first.time >= window.as_millis() as u64 {
				break;
			}
		}
		assert!(
			started.elapsed() < window + Duration::from_secs(900),
			"the load never reached a full window; workers said:\n{}",
			processes.iter().map(|p| p.process.log_tail()).collect::<Vec<_>>().join("\n---\n")
		);
		tokio::time::sleep(Duration::from_millis(250)).await;
	}

	let cpu = cpu_at_start.unwrap().shares(&CpuSample::take(&node, &processes));
	// Settled in the window: the blocks after the first (whose interval opens it).
	let seconds = (measured.last().unwrap().time - measured[0].time) as f64 / 1e3;
	let jobs: usize = measured[1..].iter().map(|b| b.settled.len()).sum();
	let rate = jobs as f64 / seconds;
	let blocks = measured.len() as f64;
	let mean = |f: fn(&BlockReport) -> f64| measured.iter().map(f).sum::<f64>() / blocks;
	let max = |f: fn(&BlockReport) -> f64| measured.iter().map(f).fold(0.0, f64::max);
	latencies.sort_by(f64::total_cmp);
	println!(
		"{jobs} jobs settled in {seconds:.0} s over {blocks} blocks: {rate:.1} jobs/s \
		 ({:.0} a block)",
		jobs as f64 / (blocks - 1.0)
	);
	println!(
		"block weight: mean {:.0}%, max {:.0}%; of it the hooks: mean {:.0}%, max {:.0}%",
		100.0 * mean(|b| b.fullness),
		100.0 * max(|b| b.fullness),
		100.0 * mean(|b| b.hooks),
		100.0 * max(|b| b.hooks)
	);
	println!(
		"submission to settled output: p50 {:.1} s, p95 {:.1} s, max {:.1} s ({} jobs)",
		quantile(&latencies, 0.5),
		quantile(&latencies, 0.95),
		quantile(&latencies, 1.0),
		latencies.len()
	);
	println!("backlog at the end: {} jobs submitted and not settled", submitted - settled);
	println!("CPU of the machine's cores through the window: {cpu}");
	assert!(rate >= target, "{rate:.1} settled jobs/s, under the target of {target}");
}
