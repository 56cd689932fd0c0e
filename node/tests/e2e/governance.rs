//! End-to-end OpenGov on the `fast-runtime` dev chain, driven through RPC as a wallet would:
//! note a preimage, submit a referendum on the network-parameters track, place the decision
//! deposit, vote with conviction, and see the proposal enacted.

use std::time::Duration;

use crate::common::{sign_and_finalize, transfer, wait_until, TestNode};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::ValueDef,
	storage::Address,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::dev;

/// A storage value of the last finalized block, decoded dynamically.
async fn fetch<A: Address<Value = Value>>(
	api: &OnlineClient<PolkadotConfig>,
	address: A,
	key: A::KeyParts,
) -> Option<Value> {
	let at = api.at_current_block().await.expect("finalized block");
	at.storage()
		.try_fetch(address, key)
		.await
		.expect("storage query")
		.map(|value| value.decode().expect("decodes as a value"))
}

fn variant_name(value: &Value) -> Option<&str> {
	match &value.value {
		ValueDef::Variant(variant) => Some(&variant.name),
		_ => None,
	}
}

async fn spark_price(api: &OnlineClient<PolkadotConfig>) -> Option<u128> {
	fetch(api, dynamic::storage::<(), Value>("Spark", "SparkPrice"), ())
		.await
		.map(|v| v.as_u128().expect("a balance"))
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
	not(feature = "fast-runtime"),
	ignore = "production periods take days: build with --features tessera-node/fast-runtime"
)]
async fn a_referendum_is_noted_submitted_voted_and_enacted() {
	let node = TestNode::dev();
	let api = node.client().await;
	let (alice, ferdie) = (dev::alice(), dev::ferdie());
	let new_price: u128 = 25_000_000_000;
	assert_ne!(spark_price(&api).await, Some(new_price));

	// 1. The proposal, `Spark.set_price`, stored on chain as a preimage.
	let proposal = dynamic::transaction("Spark", "set_price", (new_price,));
	let call = api.tx().await.unwrap().call_data(&proposal).expect("encodes");
	let hash = <sp_core::Blake2Hasher as sp_core::Hasher>::hash(&call).0;
	let note = dynamic::transaction("Preimage", "note_preimage", (Value::from_bytes(&call),));
	sign_and_finalize(&api, &note, &alice).await.wait_for_success().await.expect("noted");

	// 2. A referendum on the network-parameters track, and its decision deposit.
	let index = fetch(&api, dynamic::storage::<(), Value>("Referenda", "ReferendumCount"), ())
		.await
		.map_or(0, |count| count.as_u128().expect("a count") as u32);
	let origin =
		Value::unnamed_variant("Origins", [Value::unnamed_variant("NetworkParameters", [])]);
	let lookup = Value::named_variant(
		"Lookup",
		[("hash", Value::from_bytes(hash)), ("len", Value::u128(call.len() as u128))],
	);
	let after_one_block = Value::unnamed_variant("After", [Value::u128(1)]);
	let submit = dynamic::transaction("Referenda", "submit", (origin, lookup, after_one_block));
	sign_and_finalize(&api, &submit, &alice).await.wait_for_success().await.expect("submitted");
	let deposit = dynamic::transaction("Referenda", "place_decision_deposit", (index,));
	sign_and_finalize(&api, &deposit, &alice).await.wait_for_success().await.expect("deposit");

	// 3. Ferdie, the team's custody account, votes aye with 150M TSR of its vesting tokens at
	// conviction 1 (locked for one voting period; the locks overlap). Vesting tokens cannot pay
	// fees: Alice sends it a few liquid ones for that.
	transfer(&api, &alice, ferdie.public_key(), 10_000_000_000_000)
		.await
		.wait_for_success()
		.await
		.expect("transferred");
	let aye_locked_1x = Value::unnamed_composite([Value::u128(0x80 | 1)]);
	let balance = 150_000_000_000_000_000_000u128;
	let vote = Value::named_variant(
		"Standard",
		[("vote", aye_locked_1x), ("balance", Value::u128(balance))],
	);
	let vote = dynamic::transaction("ConvictionVoting", "vote", (index, vote));
	sign_and_finalize(&api, &vote, &ferdie).await.wait_for_success().await.expect("voted");
	let class_locks = dynamic::storage::<([u8; 32],), Value>("ConvictionVoting", "ClassLocksFor");
	let locks = fetch(&api, class_locks, (ferdie.public_key().0,))
		.await
		.expect("the vote locks Ferdie's tokens");
	assert!(format!("{locks:?}").contains(&balance.to_string()), "{locks:?}");

	// 4. Prepare, decide, confirm, enact: about twenty blocks in the fast runtime.
	wait_until("the referendum's enactment", Duration::from_secs(300), || async {
		spark_price(&api).await == Some(new_price)
	})
	.await;
	let info =
		fetch(&api, dynamic::storage::<(u32,), Value>("Referenda", "ReferendumInfoFor"), (index,))
			.await
			.expect("the referendum is recorded");
	assert_eq!(variant_name(&info), Some("Approved"), "{info:?}");
}
