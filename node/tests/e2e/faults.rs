//! Faults on loopback: the committed local testnet spec runs as four validators. GRANDPA needs
//! more than two thirds of the votes, so three of four finalize and two of four cannot.
//!
//! One crashed validator (SIGKILL, no clean shutdown): finality goes on, and the validator
//! catches up from its database when it comes back. Two crashed: blocks are still authored by
//! the other two but finality stalls; when one returns, finality resumes over exactly the
//! blocks authored meanwhile, and a transfer made during the stall is finalized.
//!
//! `bash scripts/faults.sh` runs only this test.

use std::time::Duration;

use subxt_signer::sr25519::dev;

use crate::common::{
	best_number, block_hash, finalized_number, free_balance, transfer, wait_until, TempDir,
	TestNode, UNITS,
};

/// Long enough for a few six-second blocks at half the authors, plus a node's start.
const PATIENCE: Duration = Duration::from_secs(180);

/// The committed local testnet spec (the production runtime's periods).
const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../chain-spec/local_testnet.json");

#[tokio::test(flavor = "multi_thread")]
async fn finality_survives_one_crashed_validator_of_four_and_resumes_after_two() {
	let dir = TempDir::new("tessera-faults");
	let [alice, bob, mut charlie, mut dave] = TestNode::four_validators(SPEC, &dir.0).await;
	let (alice_rpc, bob_rpc) = (alice.rpc().await, bob.rpc().await);
	let (charlie_rpc, dave_rpc) = (charlie.rpc().await, dave.rpc().await);

	wait_until("all four validators to finalize block 2", PATIENCE, || async {
		for rpc in [&alice_rpc, &bob_rpc, &charlie_rpc, &dave_rpc] {
			if finalized_number(rpc).await < 2 {
				return false;
			}
		}
		true
	})
	.await;

	// One of four down: three votes of four are still more than two thirds.
	dave.kill();
	let before = finalized_number(&alice_rpc).await;
	wait_until("finality to go on without Dave", PATIENCE, || async {
		finalized_number(&alice_rpc).await >= before + 3
			&& finalized_number(&bob_rpc).await >= before + 3
	})
	.await;

	// Dave comes back on his database and catches up with the others.
	dave.revive();
	let dave_rpc = dave.rpc().await;
	let head = finalized_number(&alice_rpc).await;
	wait_until("Dave to catch up", PATIENCE, || async {
		finalized_number(&dave_rpc).await >= head + 1
	})
	.await;

	// Two of four down: Alice and Bob still author, but cannot finalize.
	charlie.kill();
	dave.kill();
	// Votes cast before the crash may still complete a round: let them land first.
	let crashed_at = best_number(&alice_rpc).await;
	wait_until("two blocks after the crash", PATIENCE, || async {
		best_number(&alice_rpc).await >= crashed_at + 2
	})
	.await;
	let stalled = finalized_number(&alice_rpc).await;

	// A transfer made during the stall: included in a block, finalized only once finality
	// resumes.
	let api = alice.client().await;
	let ferdie = dev::ferdie().public_key();
	let ferdie_account = ferdie.0;
	let ferdie_before = free_balance(&api, ferdie_account).await;
	let pending_transfer = tokio::spawn(async move {
		transfer(&api, &dev::eve(), ferdie, 5 * UNITS).await.wait_for_success().await.is_ok()
	});

	let stall_head = best_number(&alice_rpc).await + 3;
	wait_until("three more blocks by Alice and Bob", PATIENCE, || async {
		best_number(&alice_rpc).await >= stall_head
	})
	.await;
	assert_eq!(
		finalized_number(&alice_rpc).await,
		stalled,
		"two validators of four finalized a block:\n{}",
		alice.log_tail()
	);
	let mut authored_in_stall = Vec::new();
	for number in stalled + 1..=stall_head {
		authored_in_stall.push(block_hash(&alice_rpc, number).await);
	}

	// Charlie returns: three of four again, and finality covers the blocks of the stall.
	charlie.revive();
	let charlie_rpc = charlie.rpc().await;
	wait_until("finality to resume past the stall", PATIENCE, || async {
		finalized_number(&alice_rpc).await >= stall_head
			&& finalized_number(&charlie_rpc).await >= stall_head
	})
	.await;
	for (number, hash) in (stalled + 1..).zip(&authored_in_stall) {
		for rpc in [&alice_rpc, &bob_rpc, &charlie_rpc] {
			assert_eq!(
				&block_hash(rpc, number).await,
				hash,
				"block {number}, authored during the stall, was replaced"
			);
		}
	}
	assert!(pending_transfer.await.unwrap(), "the transfer made during the stall failed");
	let charlie_api = charlie.client().await;
	assert_eq!(
		free_balance(&charlie_api, ferdie_account).await,
		ferdie_before + 5 * UNITS,
		"the restarted validator does not see the transfer"
	);
}
