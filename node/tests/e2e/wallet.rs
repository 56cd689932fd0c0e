//! The wallet path: Polkadot.js (`@polkadot/api`) scripts against a dev node. One reads the
//! chain properties, signs and sends a transfer with a dev key, and checks the event; one drives
//! a job through the market (model, worker, submission, commit, reveal, the `jobs_*` RPC).
//! `scripts/setup.sh` installs the npm packages they need under tests/wallet/.

use std::{path::Path, process::Command};

use crate::common::TestNode;

/// Runs `tests/wallet/<script>` against a fresh dev node; returns its standard output.
async fn run_wallet_script(script: &'static str) -> String {
	let wallet_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/wallet");
	assert!(
		wallet_dir.join("node_modules/@polkadot/api").exists(),
		"@polkadot/api is not installed in tests/wallet: run scripts/setup.sh"
	);
	let node = TestNode::dev();
	node.rpc().await;

	let url = node.ws_url();
	let output = tokio::task::spawn_blocking(move || {
		Command::new("node").arg(script).arg(url).current_dir(wallet_dir).output()
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
