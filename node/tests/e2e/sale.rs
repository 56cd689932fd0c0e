//! End-to-end token sale through RPC: root (sudo on the dev chain) sets the terms, a wallet
//! key bids in USDC, and the `sale_*` methods show the status, the demand curve and the
//! bidder's allocation if the sale settled now.

use crate::common::{best_number, sign_and_finalize, tessera_address, wait_until, TestNode};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	rpcs::rpc_params,
};
use subxt_signer::sr25519::dev;

const UNITS: u128 = crate::common::UNITS;
/// Stablecoin units per US dollar (6 decimals); USDC is asset 1337 in the dev genesis.
const USD: u128 = 1_000_000;
const USDC: u32 = 1337;

fn permill(percent: u128) -> Value {
	Value::unnamed_composite([Value::u128(percent * 10_000)])
}

fn call(pallet: &str, name: &str, fields: Vec<(&str, Value)>) -> Value {
	Value::unnamed_variant(pallet, [Value::named_variant(name, fields)])
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bid_shows_in_the_sale_rpc() {
	let node = TestNode::dev();
	let api = node.client().await;
	let rpc = node.rpc().await;
	let alice = dev::alice();

	let start = best_number(&rpc).await as u128 + 5;
	let terms = Value::named_composite([
		("offering", Value::u128(1_000_000 * UNITS)),
		("floor_price", Value::u128(100)),
		("ceiling_price", Value::u128(100_000)),
		("tick", Value::u128(100)),
		("min_bid", Value::u128(100 * USD)),
		("assets", Value::unnamed_composite([Value::u128(USDC.into())])),
		("start", Value::u128(start)),
		("end", Value::u128(start + 1_000)),
		("lockup", Value::u128(100)),
		("lockup_bonus", permill(10)),
		("multiplier_pool", Value::u128(0)),
		("multipliers", Value::unnamed_composite((0..8).map(|_| permill(0)))),
	]);
	let alice_id = Value::from_bytes(alice.public_key().0);
	let eligibility = Value::unnamed_variant(
		"Some",
		[Value::named_composite([("us", Value::bool(false)), ("score", Value::u128(0))])],
	);
	let setup = call(
		"Utility",
		"batch_all",
		vec![(
			"calls",
			Value::unnamed_composite([
				call("TokenSale", "configure", vec![("terms", terms)]),
				call(
					"TokenSale",
					"set_eligibility",
					vec![("who", alice_id), ("eligibility", eligibility)],
				),
			]),
		)],
	);
	let sudo = dynamic::transaction("Sudo", "sudo", (setup,));
	sign_and_finalize(&api, &sudo, &alice).await.wait_for_success().await.expect("configured");

	let status: serde_json::Value = rpc.request("sale_status", rpc_params![]).await.unwrap();
	assert_eq!(status["phase"], "Pending");
	assert_eq!(status["offering"], (1_000_000 * UNITS).to_string());
	assert_eq!(status["start"], start as u64);
	let curve: Vec<serde_json::Value> =
		rpc.request("sale_demandCurve", rpc_params![]).await.unwrap();
	assert_eq!(curve.len(), 1_000);
	assert_eq!(curve[999], serde_json::json!({ "price": "100000", "tokens": "0" }));

	wait_until("the sale opens", Duration::from_secs(60), || async {
		best_number(&rpc).await as u128 >= start
	})
	.await;
	// 500 USD at up to 0.001 USD per TSR.
	let bid = dynamic::transaction("TokenSale", "bid", (1_000u128, 500 * USD, USDC, false));
	sign_and_finalize(&api, &bid, &alice).await.wait_for_success().await.expect("bid");

	let status: serde_json::Value = rpc.request("sale_status", rpc_params![]).await.unwrap();
	assert_eq!(status["phase"], "Open");
	assert_eq!(status["bidders"], 1);
	assert_eq!(status["escrowed"], (500 * USD).to_string());
	// If it settled now: at 0.0005 the 500 USD ask for exactly the 1,000,000 TSR offered, at
	// 0.0006 for less; so 0.0005 clears and the bid gets all of it.
	assert_eq!(status["clearingPrice"], "500");
	assert_eq!(status["sold"], (1_000_000 * UNITS).to_string());
	let allocation: serde_json::Value = rpc
		.request("sale_allocation", rpc_params![tessera_address(alice.public_key().0)])
		.await
		.unwrap();
	assert_eq!(allocation["tokens"], (1_000_000 * UNITS).to_string());
	assert_eq!(allocation["cost"], (500 * USD).to_string());
	let curve: Vec<serde_json::Value> =
		rpc.request("sale_demandCurve", rpc_params![]).await.unwrap();
	// At 0.001 (level 9) the bid asks for 500,000 TSR; above it nobody bids.
	assert_eq!(curve[9]["tokens"], (500_000 * UNITS).to_string());
	assert_eq!(curve[10]["tokens"], "0");
}
