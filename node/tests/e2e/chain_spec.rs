//! The committed `chain-spec/local_testnet.json` matches what the node builds from the runtime.
//! When this fails, regenerate it with `scripts/generate-chain-specs.sh` and commit the result.

use std::process::Command;

use serde_json::Value;

/// The runtime version embedded in the code a spec carries.
fn code_version(spec: &Value) -> sc_executor::RuntimeVersion {
	let code = spec["genesis"]["runtimeGenesis"]["code"]
		.as_str()
		.expect("the spec carries the runtime code");
	let bytes = hex_decode(code.trim_start_matches("0x"));
	let blob = sc_executor_common::runtime_blob::RuntimeBlob::uncompress_if_needed(&bytes)
		.expect("a wasm blob");
	sc_executor::read_embedded_version(&blob)
		.expect("readable version section")
		.expect("the runtime embeds its version")
}

/// Replaces the runtime code (megabytes of hex, not byte-identical across build directories,
/// and from a `fast-runtime` build in the tests) with the runtime version embedded in it,
/// which must match.
fn with_code_as_version(mut spec: Value) -> Value {
	let version = code_version(&spec);
	spec["genesis"]["runtimeGenesis"]["code"] = serde_json::json!({
		"spec_name": version.spec_name.to_string(),
		"spec_version": version.spec_version,
		"transaction_version": version.transaction_version,
	});
	spec
}

fn hex_decode(hex: &str) -> Vec<u8> {
	(0..hex.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
		.collect()
}

#[test]
fn committed_local_testnet_spec_matches_the_runtime() {
	let output = Command::new(env!("CARGO_BIN_EXE_tessera-node"))
		.args(["export-chain-spec", "--chain", "local"])
		.output()
		.expect("the node runs");
	assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
	let generated: Value = serde_json::from_slice(&output.stdout).expect("JSON spec");

	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../chain-spec/local_testnet.json");
	let committed: Value =
		serde_json::from_str(&std::fs::read_to_string(path).expect("committed spec")).unwrap();

	// A network runs the production runtime: governance periods of days, not minutes.
	assert_eq!(
		code_version(&committed).impl_name,
		"tessera",
		"the committed spec carries a fast-runtime build: run scripts/generate-chain-specs.sh"
	);
	assert_eq!(
		with_code_as_version(committed),
		with_code_as_version(generated),
		"chain-spec/local_testnet.json drifted from the runtime: run scripts/generate-chain-specs.sh"
	);
}

#[test]
fn build_spec_produces_a_raw_dev_spec_with_the_chain_properties() {
	let output = Command::new(env!("CARGO_BIN_EXE_tessera-node"))
		.args(["build-spec", "--chain", "dev", "--raw", "--disable-default-bootnode"])
		.output()
		.expect("the node runs");
	assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
	let spec: Value = serde_json::from_slice(&output.stdout).expect("JSON spec");
	let top = spec["genesis"]["raw"]["top"].as_object().expect("a raw genesis state");
	assert!(top.len() > 10, "raw genesis has only {} keys", top.len());
	assert_eq!(spec["properties"]["tokenSymbol"], "TSR");
	assert_eq!(spec["properties"]["tokenDecimals"], 12);
	assert_eq!(spec["properties"]["ss58Format"], 7423);
}
