//! End-to-end: a node with a persistent `--base-path` is stopped and restarted, and its chain
//! and state are all there.

use std::time::Duration;

use crate::common::{
	best_number, finalized_number, free_balance, transfer, wait_until, TestNode, UNITS,
};
use subxt_signer::sr25519::dev;

#[tokio::test(flavor = "multi_thread")]
async fn state_survives_a_restart() {
	let base_path = std::env::temp_dir().join(format!("tessera-restart-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&base_path);
	let mut node = TestNode::dev_at(&base_path);

	let charlie = dev::charlie().public_key();
	let (finalized_before, best_before, charlie_balance) = {
		let api = node.client().await;
		let rpc = node.rpc().await;
		let charlie_start = free_balance(&api, charlie.0).await;
		transfer(&api, &dev::alice(), dev::charlie().public_key(), 7 * UNITS)
			.await
			.wait_for_success()
			.await
			.expect("the transfer succeeds");
		let charlie_balance = free_balance(&api, charlie.0).await;
		assert_eq!(charlie_balance, charlie_start + 7 * UNITS);
		(finalized_number(&rpc).await, best_number(&rpc).await, charlie_balance)
	};

	node.restart();
	assert!(
		base_path.join("chains/tessera_dev/paritydb/full").is_dir(),
		"the node keeps its state in ParityDB under the base path"
	);

	let api = node.client().await;
	let rpc = node.rpc().await;
	assert!(best_number(&rpc).await >= best_before, "the chain was not reloaded from disk");
	assert!(finalized_number(&rpc).await >= finalized_before, "finality was lost");
	assert_eq!(free_balance(&api, charlie.0).await, charlie_balance, "state was lost");
	// Alice's nonce is kept too: a new transaction from her is accepted and included.
	transfer(&api, &dev::alice(), dev::charlie().public_key(), UNITS)
		.await
		.wait_for_success()
		.await
		.expect("a transfer after the restart succeeds");
	wait_until("blocks past the pre-restart head", Duration::from_secs(60), || async {
		finalized_number(&rpc).await > best_before
	})
	.await;

	node.stop();
	let _ = std::fs::remove_dir_all(&base_path);
}
