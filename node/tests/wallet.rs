//! The wallet path: a Polkadot.js (`@polkadot/api`) script connects to a dev node, reads the
//! chain properties, signs and sends a transfer with a dev key, and checks the event.
//! `scripts/setup.sh` installs the npm packages it needs under tests/wallet/.

mod common;

use std::{path::Path, process::Command};

use common::TestNode;

#[tokio::test(flavor = "multi_thread")]
async fn polkadot_js_signs_and_sends_a_transfer() {
	let wallet_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/wallet");
	assert!(
		wallet_dir.join("node_modules/@polkadot/api").exists(),
		"@polkadot/api is not installed in tests/wallet: run scripts/setup.sh"
	);
	let node = TestNode::dev();
	node.rpc().await;

	let url = node.ws_url();
	let output = tokio::task::spawn_blocking(move || {
		Command::new("node").arg("transfer.mjs").arg(url).current_dir(wallet_dir).output()
	})
	.await
	.unwrap()
	.expect("node (JavaScript) runs");
	let stdout = String::from_utf8_lossy(&output.stdout);
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(output.status.success(), "wallet script failed:\n{stdout}\n{stderr}");
	assert!(stdout.contains("wallet transfer ok"), "{stdout}");
}
