//! End-to-end: a `--dev --tmp` node produces and finalizes blocks, includes a signed transfer,
//! serves metrics, and rejects bad input with clear errors.

use std::time::Duration;

use crate::common::{
	best_number, finalized_number, free_balance, transfer, wait_until, TestNode, UNITS,
};
use subxt::{
	ext::scale_decode::DecodeAsType,
	rpcs::{rpc_params, Error as RpcError},
};
use subxt_signer::sr25519::dev;

#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Transfer {
	from: [u8; 32],
	to: [u8; 32],
	amount: u128,
}

#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct TransactionFeePaid {
	who: [u8; 32],
	actual_fee: u128,
	tip: u128,
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_node_produces_and_finalizes_blocks_and_serves_metrics() {
	let node = TestNode::dev();
	let rpc = node.rpc().await;
	wait_until("block 3 to be finalized", Duration::from_secs(90), || async {
		finalized_number(&rpc).await >= 3
	})
	.await;
	assert!(best_number(&rpc).await >= 3);

	let metrics = node.metrics();
	assert!(
		metrics.contains("substrate_block_height{status=\"finalized\""),
		"Prometheus metrics lack the finalized height:\n{metrics}"
	);
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_transfer_is_included_with_events_and_balances() {
	let node = TestNode::dev();
	let api = node.client().await;
	let (alice, bob) = (dev::alice(), dev::bob());
	let (alice_id, bob_id) = (alice.public_key().0, bob.public_key().0);
	let (alice_before, bob_before) =
		(free_balance(&api, alice_id).await, free_balance(&api, bob_id).await);

	let amount = 5 * UNITS;
	let events = transfer(&api, &alice, bob.public_key(), amount)
		.await
		.wait_for_success()
		.await
		.expect("the transfer succeeds");

	let mut transferred = None;
	let mut fee = None;
	for event in events.iter() {
		let event = event.unwrap();
		match (event.pallet_name(), event.event_name()) {
			("Balances", "Transfer") => {
				transferred = Some(event.decode_fields_unchecked_as::<Transfer>().unwrap())
			},
			("TransactionPayment", "TransactionFeePaid") => {
				fee = Some(event.decode_fields_unchecked_as::<TransactionFeePaid>().unwrap())
			},
			_ => {},
		}
	}
	let transferred = transferred.expect("a Balances.Transfer event");
	assert_eq!((transferred.from, transferred.to, transferred.amount), (alice_id, bob_id, amount));
	let fee = fee.expect("a TransactionPayment.TransactionFeePaid event");
	assert_eq!(fee.who, alice_id);
	assert!(fee.actual_fee > 0 && fee.tip == 0);

	assert_eq!(free_balance(&api, bob_id).await, bob_before + amount);
	assert_eq!(free_balance(&api, alice_id).await, alice_before - amount - fee.actual_fee);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_gets_a_clear_error_and_changes_nothing() {
	let node = TestNode::dev();
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (dave, bob) = (dev::dave(), dev::bob());
	let (dave_id, bob_id) = (dave.public_key().0, bob.public_key().0);
	let (dave_before, bob_before) =
		(free_balance(&api, dave_id).await, free_balance(&api, bob_id).await);

	// 1. A transfer above the balance: included, fails with a named token error, moves
	//    nothing; the sender pays only the fee for the block space it used.
	let in_block = transfer(&api, &dave, bob.public_key(), dave_before + UNITS).await;
	let error = in_block.wait_for_success().await.expect_err("the transfer must fail").to_string();
	assert!(
		error.contains("Token error: Funds are unavailable"),
		"unclear error for an over-balance transfer: {error}"
	);
	let events = in_block.fetch_events().await.unwrap();
	let fee = events
		.iter()
		.map(|e| e.unwrap())
		.find(|e| e.pallet_name() == "TransactionPayment")
		.map(|e| e.decode_fields_unchecked_as::<TransactionFeePaid>().unwrap().actual_fee)
		.expect("the failed transfer still paid its fee");
	assert_eq!(free_balance(&api, bob_id).await, bob_before);
	assert_eq!(free_balance(&api, dave_id).await, dave_before - fee);

	// 2. A malformed extrinsic: refused by the RPC with a decoding error, nothing included.
	let best_before = best_number(&rpc).await;
	let result =
		rpc.request::<serde_json::Value>("author_submitExtrinsic", rpc_params!["0xdeadbeef"]).await;
	match result {
		Err(RpcError::User(e)) => assert!(
			e.message.to_lowercase().contains("decode") || e.message.contains("Invalid"),
			"unclear error for a malformed extrinsic: {e:?}"
		),
		other => panic!("a malformed extrinsic must be refused, got {other:?}"),
	}
	let pending: Vec<String> =
		rpc.request("author_pendingExtrinsics", rpc_params![]).await.unwrap();
	assert!(pending.is_empty(), "nothing enters the pool");

	// 3. An unknown RPC method: JSON-RPC "method not found".
	match rpc.request::<serde_json::Value>("tessera_noSuchMethod", rpc_params![]).await {
		Err(RpcError::User(e)) => {
			assert_eq!(e.code, -32601, "{e:?}");
			assert!(e.message.contains("not found"), "{e:?}");
		},
		other => panic!("an unknown method must be refused, got {other:?}"),
	}

	// The chain kept going and the balances are as they were.
	wait_until("a new block after the bad input", Duration::from_secs(30), || async {
		best_number(&rpc).await > best_before
	})
	.await;
	assert_eq!(free_balance(&api, bob_id).await, bob_before);
	assert_eq!(free_balance(&api, dave_id).await, dave_before - fee);
}
