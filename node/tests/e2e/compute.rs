//! End-to-end compute staking: a model and a worker registered with wallet-signed
//! transactions, the worker's fee-less heartbeat as a general transaction carrying its sr25519
//! signature, and the `compute_*` RPC methods that show the result.

use crate::common::{
	general_transaction, sign_and_finalize, tessera_address, Submittable, TestNode,
	FINALITY_PATIENCE,
};
use subxt::{
	dynamic::{self, Value},
	ext::codec::Encode,
	rpcs::{rpc_params, RpcClient},
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

const UNITS: u128 = crate::common::UNITS;

async fn worker_info(rpc: &RpcClient, who: [u8; 32]) -> serde_json::Value {
	rpc.request("compute_worker", rpc_params![tessera_address(who)])
		.await
		.expect("compute_worker answers")
}

/// `ComputeStaking.heartbeat` for `worker` in `era`, signed by `signer`, as a general
/// transaction. The signed message is what the pallet's `heartbeat_message` builds: SCALE of
/// `("tessera/heartbeat", genesis hash, worker, era)`.
async fn heartbeat(
	api: &OnlineClient<PolkadotConfig>,
	worker: [u8; 32],
	era: u32,
	signer: &Keypair,
) -> Submittable {
	let message = (&b"tessera/heartbeat"[..], api.genesis_hash(), worker, era).encode();
	let signature = signer.sign(&message);
	let call = dynamic::transaction(
		"ComputeStaking",
		"heartbeat",
		(
			AccountId32(worker),
			era,
			Value::unnamed_variant("Sr25519", [Value::from_bytes(signature.0)]),
		),
	);
	general_transaction(api, &call, 0).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_registers_heartbeats_without_fees_and_the_rpc_shows_it() {
	let node = TestNode::dev();
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (bob, charlie, dave) = (dev::bob(), dev::charlie(), dev::dave());
	let charlie_id = charlie.public_key().0;

	// Bob publishes a model; Charlie stakes 10,000 TSR to serve it on an H100.
	let model = dynamic::transaction(
		"ComputeStaking",
		"register_model",
		(
			[3u8; 32],
			Value::unnamed_variant("ImageGeneration", []),
			4u32,
			Value::from_bytes(b"ipfs://sdxl-turbo"),
			500 * UNITS,
			Value::named_composite([
				("max_units", Value::u128(16)),
				("unit_millis", Value::u128(3_000)),
			]),
		),
	);
	sign_and_finalize(&api, &model, &bob).await.wait_for_success().await.expect("model");
	let profile = Value::named_composite([
		("class", Value::from_bytes(b"cuda-sm90")),
		("models", Value::unnamed_composite([Value::u128(0)])),
		("endpoint", Value::from_bytes(b"https://gpu.example:8080")),
	]);
	let register =
		dynamic::transaction("ComputeStaking", "register_worker", (10_000 * UNITS, profile));
	sign_and_finalize(&api, &register, &charlie).await.wait_for_success().await.expect("worker");

	let info = worker_info(&rpc, charlie_id).await;
	assert_eq!(info["status"], "Active");
	assert_eq!(info["class"], "cuda-sm90");
	assert_eq!(info["endpoint"], "https://gpu.example:8080");
	assert_eq!(info["models"], serde_json::json!([0]));
	assert_eq!(info["active"], (10_000 * UNITS).to_string());
	assert_eq!(info["pendingRewards"], "0");
	let era = u32::try_from(info["dueEra"].as_u64().expect("an era")).unwrap();

	// Dave's key cannot keep Charlie online: the pool rejects it (custom error 5).
	let forged = heartbeat(&api, charlie_id, era, &dave).await;
	let rejected = forged.submit().await.expect_err("the pool rejects a forged heartbeat");
	assert!(rejected.to_string().contains("custom error: 5"), "{rejected}");

	let balance = crate::common::free_balance(&api, charlie_id).await;
	let progress = heartbeat(&api, charlie_id, era, &charlie)
		.await
		.submit_and_watch()
		.await
		.expect("the pool accepts a due heartbeat");
	tokio::time::timeout(FINALITY_PATIENCE, progress.wait_for_finalized_success())
		.await
		.expect("the heartbeat is finalized within FINALITY_PATIENCE")
		.expect("the heartbeat succeeds");
	assert_eq!(crate::common::free_balance(&api, charlie_id).await, balance, "a heartbeat is free");

	// Online, but paid for no job yet: the era reward is bounded by 5% of the pay earned
	// since the last heartbeat, so idle stake earns nothing (the runtime's tests cover a
	// worker that was paid).
	let reward = "0".to_string();
	let info = worker_info(&rpc, charlie_id).await;
	assert_eq!(info["dueEra"], era + 1);
	assert_eq!(info["pendingRewards"], reward);
	let pending: String = rpc
		.request("compute_pendingRewards", rpc_params![tessera_address(charlie_id)])
		.await
		.expect("compute_pendingRewards answers");
	assert_eq!(pending, reward);

	let models: serde_json::Value =
		rpc.request("compute_modelsRanked", rpc_params![]).await.expect("models");
	assert_eq!(
		models,
		serde_json::json!([{
			"id": 0,
			"owner": tessera_address(bob.public_key().0),
			"weightsHash": format!("0x{}", "03".repeat(32)),
			"kind": "ImageGeneration",
			"unitsPerJob": 4,
			"metadataUri": "ipfs://sdxl-turbo",
			"stake": (500 * UNITS).to_string(),
			"servers": 1,
		}])
	);
	assert_eq!(worker_info(&rpc, dave.public_key().0).await, serde_json::Value::Null);
}
