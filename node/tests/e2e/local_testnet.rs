//! End-to-end: the committed local testnet spec runs as a two-validator network on loopback.
//! With two GRANDPA voters both must vote to finalize, so finality proves both take part; a
//! validator restarted from its database rejoins and finality resumes.

use std::time::Duration;

use crate::common::{finalized_number, wait_until, TestNode};

/// A validator of the local testnet. Validators of a live chain must bring their network key
/// (the node refuses to invent one); these are throwaway keys, one per name.
fn validator(
	name: &str,
	base_path: Option<&std::path::Path>,
	bootnode: Option<String>,
) -> TestNode {
	let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../chain-spec/local_testnet.json");
	let node_key = format!("{:064x}", name.len() * 1000 + name.as_bytes()[0] as usize);
	let mut args = vec![
		"--chain".to_string(),
		spec.into(),
		format!("--{name}"),
		"--node-key".into(),
		node_key,
	];
	match base_path {
		Some(path) => args.extend(["--base-path".into(), path.display().to_string()]),
		None => args.push("--tmp".into()),
	}
	if let Some(bootnode) = bootnode {
		args.extend(["--bootnodes".into(), bootnode]);
	}
	TestNode::start(args)
}

#[tokio::test(flavor = "multi_thread")]
async fn two_validators_finalize_and_a_restarted_one_rejoins() {
	let bob_path = std::env::temp_dir().join(format!("tessera-bob-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&bob_path);

	let alice = validator("alice", None, None);
	let mut bob = validator("bob", Some(&bob_path), Some(alice.multiaddr().await));
	let (alice_rpc, bob_rpc) = (alice.rpc().await, bob.rpc().await);

	wait_until("both validators to finalize block 3", Duration::from_secs(120), || async {
		finalized_number(&alice_rpc).await >= 3 && finalized_number(&bob_rpc).await >= 3
	})
	.await;

	bob.restart();
	let bob_rpc = bob.rpc().await;
	let before = finalized_number(&alice_rpc).await;
	wait_until("finality to resume after Bob's restart", Duration::from_secs(120), || async {
		finalized_number(&bob_rpc).await >= before + 3
			&& finalized_number(&alice_rpc).await >= before + 3
	})
	.await;

	bob.stop();
	let _ = std::fs::remove_dir_all(&bob_path);
}
