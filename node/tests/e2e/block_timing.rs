//! Measures block time and finality lag on a `--dev` chain (docs/performance.md).
//! Not part of the suite (it takes ~10 minutes); run it with
//! `cargo test --release -p tessera-node --test e2e block_timing -- --ignored --nocapture`.
//! `TESSERA_MEASURE_BLOCKS` sets how many blocks to observe (default 100).

use std::{
	collections::BTreeMap,
	time::{Duration, Instant},
};

use crate::common::{best_number, finalized_number, TestNode};

fn summary(name: &str, mut values: Vec<f64>) -> String {
	values.sort_by(|a, b| a.partial_cmp(b).unwrap());
	let mean = values.iter().sum::<f64>() / values.len() as f64;
	let pct = |p: f64| values[((values.len() - 1) as f64 * p).round() as usize];
	format!(
		"{name}: n={} mean={mean:.3}s p50={:.3}s p95={:.3}s max={:.3}s",
		values.len(),
		pct(0.5),
		pct(0.95),
		pct(1.0)
	)
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "takes ~10 minutes; run by hand to measure"]
async fn measure_block_time_and_finality_lag() {
	let blocks: u64 =
		std::env::var("TESSERA_MEASURE_BLOCKS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
	let node = TestNode::dev();
	let rpc = node.rpc().await;
	let start = Instant::now();
	let (mut best_seen, mut finalized_seen) = (BTreeMap::new(), BTreeMap::new());
	let first = best_number(&rpc).await + 1;
	loop {
		let now = start.elapsed().as_secs_f64();
		let (best, finalized) = (best_number(&rpc).await, finalized_number(&rpc).await);
		for n in first..=best {
			best_seen.entry(n).or_insert(now);
		}
		for n in first..=finalized {
			finalized_seen.entry(n).or_insert(now);
		}
		if finalized >= first + blocks {
			break;
		}
		assert!(start.elapsed() < Duration::from_secs(blocks * 12 + 120), "chain stalled");
		tokio::time::sleep(Duration::from_millis(50)).await;
	}
	let range = first..first + blocks;
	let block_times: Vec<f64> =
		range.clone().skip(1).map(|n| best_seen[&n] - best_seen[&(n - 1)]).collect();
	let lags: Vec<f64> = range.map(|n| finalized_seen[&n] - best_seen[&n]).collect();
	println!("{}", summary("block time", block_times));
	println!("{}", summary("finality lag", lags));
}
