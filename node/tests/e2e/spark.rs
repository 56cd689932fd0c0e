//! End-to-end Spark: the `spark_account` RPC method, a purchase signed by a wallet key, and the
//! fee-less free claim submitted as a general (v5) transaction by a client with no tokens.

use crate::common::{
	general_transaction, sign_and_finalize, tessera_address, Submittable, TestNode,
	FINALITY_PATIENCE,
};
use subxt::{
	dynamic::{self, Value},
	rpcs::{rpc_params, RpcClient},
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::dev;

async fn spark_account(rpc: &RpcClient, who: [u8; 32]) -> serde_json::Value {
	rpc.request("spark_account", rpc_params![tessera_address(who)])
		.await
		.expect("spark_account answers")
}

/// `Spark.claim_free(who)` as a general transaction: no signer, no fee.
async fn general_claim(
	api: &OnlineClient<PolkadotConfig>,
	who: [u8; 32],
	nonce: u64,
) -> Submittable {
	let claim = dynamic::transaction("Spark", "claim_free", (AccountId32(who),));
	general_transaction(api, &claim, nonce).await
}

#[tokio::test(flavor = "multi_thread")]
async fn spark_rpc_shows_a_purchase_and_a_fee_less_claim() {
	let node = TestNode::dev();
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (alice, bob) = (dev::alice(), dev::bob());

	// The dev testers start registered, with nothing yet.
	let info = spark_account(&rpc, alice.public_key().0).await;
	assert_eq!(info["free"], 0);
	assert_eq!(info["premium"], 0);
	assert_eq!(info["registered"], true);
	assert_eq!(info["nextClaimAt"], 0);

	// Bob buys 20 Spark with a signed transaction.
	let buy = dynamic::transaction("Spark", "buy", (20u64,));
	sign_and_finalize(&api, &buy, &bob).await.wait_for_success().await.expect("bought");
	let info = spark_account(&rpc, bob.public_key().0).await;
	assert_eq!(info["premium"], 20);

	// A newcomer with no tokens at all: Alice (sudo, standing in for the registrar) registers
	// it; then a client claims for it with no signature and no fee.
	let newcomer = [7u8; 32];
	let register = Value::unnamed_variant(
		"Spark",
		[Value::named_variant("register", [("who", Value::from_bytes(newcomer))])],
	);
	let sudo = dynamic::transaction("Sudo", "sudo", (register,));
	sign_and_finalize(&api, &sudo, &alice).await.wait_for_success().await.expect("registered");
	assert_eq!(spark_account(&rpc, newcomer).await["registered"], true);

	let progress = general_claim(&api, newcomer, 0)
		.await
		.submit_and_watch()
		.await
		.expect("the pool accepts a due claim");
	tokio::time::timeout(FINALITY_PATIENCE, progress.wait_for_finalized_success())
		.await
		.expect("the claim is finalized within FINALITY_PATIENCE")
		.expect("the claim succeeds");
	let info = spark_account(&rpc, newcomer).await;
	assert_eq!(info["free"], 50);
	assert_eq!(crate::common::free_balance(&api, newcomer).await, 0, "no tokens were needed");

	// Claimed for today: the pool turns the next claim away before any block.
	let rejected = general_claim(&api, newcomer, 1)
		.await
		.submit()
		.await
		.expect_err("the pool rejects a claim not due");
	assert!(rejected.to_string().contains("custom error: 2"), "{rejected}");
}

#[tokio::test(flavor = "multi_thread")]
async fn spark_rpc_rejects_a_malformed_address() {
	let node = TestNode::dev();
	let rpc = node.rpc().await;
	let error = rpc
		.request::<serde_json::Value>("spark_account", rpc_params!["not-an-address"])
		.await
		.expect_err("a malformed address is an error");
	assert!(error.to_string().contains("Invalid params"), "{error}");
}
