//! The wallet path: Polkadot.js (`@polkadot/api`) scripts against a dev node. One reads the
//! chain properties, signs and sends a transfer with a dev key, and checks the event; one drives
//! a job through the market (model, worker, submission, commit, reveal, the `jobs_*` RPC); one
//! onboards a newcomer on the local testnet (registrar by referendum, fee-less free Spark).
//! `scripts/setup.sh` installs the npm packages they need under tests/wallet/.

use std::{path::Path, process::Command};

use crate::common::{TempDir, TestNode};

/// The longest a wallet script may run (the onboarding script's referendum takes about 5 minutes
/// of it); `timeout` exits 124 past it.
const SCRIPT_SECONDS: &str = "900";

/// Runs `tests/wallet/<script>` against a fresh dev node; returns its standard output.
async fn run_wallet_script(script: &'static str) -> String {
	let node = TestNode::dev();
	run_wallet_script_on(script, &node).await
}

/// Runs `tests/wallet/<script>` against `node`; returns its standard output.
async fn run_wallet_script_on(script: &'static str, node: &TestNode) -> String {
	let wallet_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/wallet");
	assert!(
		wallet_dir.join("node_modules/@polkadot/api").exists(),
		"@polkadot/api is not installed in tests/wallet: run scripts/setup.sh"
	);
	node.rpc().await;

	// Bounded (coreutils' `timeout`): a script stuck on a status that never comes fails its
	// test, with what it printed, instead of holding up the whole suite.
	let url = node.ws_url();
	let output = tokio::task::spawn_blocking(move || {
		Command::new("timeout")
			.args(["-k", "10", SCRIPT_SECONDS, "node", script, url.as_str()])
			.current_dir(wallet_dir)
			.output()
	})
	.await
	.unwrap()
	.expect("node (JavaScript) runs");
	let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(output.status.success(), "{script} failed:\n{stdout}\n{stderr}");
	stdout
}

#[tokio::test(flavor = "multi_thread")]
async fn polkadot_js_signs_and_sends_a_transfer() {
	let stdout = run_wallet_script("transfer.mjs").await;
	assert!(stdout.contains("wallet transfer ok"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn polkadot_js_drives_a_job_from_submission_to_settlement() {
	let stdout = run_wallet_script("jobs.mjs").await;
	assert!(stdout.contains("wallet jobs ok"), "{stdout}");
}

/// The local testnet (no sudo) as the node builds it, four validators, governance in minutes
/// (`fast-runtime`): a referendum appoints a Spark registrar, who registers a fresh key; the
/// key claims free Spark fee-less and spends it on a job, fee-less, that settles.
#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
	not(feature = "fast-runtime"),
	ignore = "production periods take days: build with --features tessera-node/fast-runtime"
)]
async fn polkadot_js_onboards_a_newcomer_whose_free_spark_pays_a_job_on_the_local_testnet() {
	let dir = TempDir::new("tessera-onboarding");
	let [alice, _bob, _charlie, _dave] = TestNode::four_validators("local", &dir.0).await;
	let stdout = run_wallet_script_on("onboarding.mjs", &alice).await;
	assert!(stdout.contains("wallet onboarding ok"), "{stdout}");
}
