//! Runs the built `tessera-node` binary on free loopback ports and talks to it over RPC.

#![allow(dead_code)] // Each test file uses its own subset of these helpers.

use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use sp_core::crypto::{AccountId32 as SpAccountId, Ss58AddressFormat, Ss58Codec};
use subxt::{
	client::OnlineClientAtBlockImpl,
	config::DefaultExtrinsicParamsBuilder,
	dynamic,
	rpcs::{rpc_params, RpcClient},
	transactions::{Payload, SubmittableTransaction, TransactionInBlock},
	utils::{AccountId32, MultiSignature},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{Keypair, PublicKey};

/// 10^12 planck = 1 TSR.
pub const UNITS: u128 = 1_000_000_000_000;

/// A directory under the system's temporary one, removed when the test ends, passed or failed.
pub struct TempDir(pub PathBuf);

impl TempDir {
	/// `<tmp>/<prefix>-<pid>`, emptied first.
	pub fn new(prefix: &str) -> Self {
		let path = std::env::temp_dir().join(format!("{prefix}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&path);
		Self(path)
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		let _ = std::fs::remove_dir_all(&self.0);
	}
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A running node; killed when dropped.
pub struct TestNode {
	child: Option<Child>,
	args: Vec<String>,
	pub rpc_port: u16,
	pub p2p_port: u16,
	pub prometheus_port: u16,
	pub log: PathBuf,
}

impl TestNode {
	/// `--dev --tmp`: a fresh single-validator chain.
	pub fn dev() -> Self {
		Self::start(vec!["--dev".into(), "--tmp".into()])
	}

	/// `--dev` with its database under `base_path`, kept across restarts.
	pub fn dev_at(base_path: &Path) -> Self {
		Self::start(vec!["--dev".into(), "--base-path".into(), base_path.display().to_string()])
	}

	/// Validator `name` (`alice` to `dave`) of the four-validator `chain` (a spec file, or
	/// `local`: the node's own, with its runtime's periods), its database under `base_path`
	/// so that it can be killed and brought back. Validators of a live chain must bring their
	/// network key (the node refuses to invent one); these are throwaway keys, one per name.
	pub fn validator(chain: &str, name: &str, base_path: &Path, bootnode: Option<String>) -> Self {
		let node_key = format!("{:064x}", name.len() * 1000 + name.as_bytes()[0] as usize);
		let mut args = vec![
			"--chain".to_string(),
			chain.into(),
			format!("--{name}"),
			"--node-key".into(),
			node_key,
			"--base-path".into(),
			base_path.join(name).display().to_string(),
		];
		if let Some(bootnode) = bootnode {
			args.extend(["--bootnodes".into(), bootnode]);
		}
		Self::start(args)
	}

	/// The four validators of `chain` (see [`TestNode::validator`]), Alice first and the
	/// others booting from her.
	pub async fn four_validators(chain: &str, base_path: &Path) -> [Self; 4] {
		let alice = Self::validator(chain, "alice", base_path, None);
		let bootnode = alice.multiaddr().await;
		let [bob, charlie, dave] = ["bob", "charlie", "dave"]
			.map(|name| Self::validator(chain, name, base_path, Some(bootnode.clone())));
		[alice, bob, charlie, dave]
	}

	/// Any node: `args` plus free loopback ports for RPC, p2p and Prometheus.
	pub fn start(mut args: Vec<String>) -> Self {
		let (rpc_port, p2p_port, prometheus_port) = (free_port(), free_port(), free_port());
		args.extend([
			"--rpc-port".into(),
			rpc_port.to_string(),
			"--prometheus-port".into(),
			prometheus_port.to_string(),
			"--listen-addr".into(),
			format!("/ip4/127.0.0.1/tcp/{p2p_port}"),
			"--no-mdns".into(),
			"--no-telemetry".into(),
		]);
		let log = std::env::temp_dir().join(format!("tessera-node-{rpc_port}.log"));
		let mut node = TestNode { child: None, args, rpc_port, p2p_port, prometheus_port, log };
		node.spawn();
		node
	}

	fn spawn(&mut self) {
		let log = std::fs::File::create(&self.log).expect("log file");
		let child = Command::new(env!("CARGO_BIN_EXE_tessera-node"))
			.args(&self.args)
			.stdout(Stdio::null())
			.stderr(log)
			.spawn()
			.expect("the node binary starts");
		self.child = Some(child);
	}

	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// The last lines the node logged, for failure messages.
	pub fn log_tail(&self) -> String {
		let text = std::fs::read_to_string(&self.log).unwrap_or_default();
		let lines: Vec<&str> = text.lines().collect();
		lines[lines.len().saturating_sub(40)..].join("\n")
	}

	/// A raw JSON-RPC client, once the node answers.
	pub async fn rpc(&self) -> RpcClient {
		let deadline = Instant::now() + Duration::from_secs(90);
		loop {
			if let Ok(client) = RpcClient::from_insecure_url(self.ws_url()).await {
				if client.request::<serde_json::Value>("system_health", rpc_params![]).await.is_ok()
				{
					return client;
				}
			}
			assert!(Instant::now() < deadline, "node did not answer RPC:\n{}", self.log_tail());
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// The address other nodes use to reach this one (`--bootnodes`).
	pub async fn multiaddr(&self) -> String {
		let peer_id: String =
			self.rpc().await.request("system_localPeerId", rpc_params![]).await.unwrap();
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer_id}", self.p2p_port)
	}

	/// A subxt client, once the node answers.
	pub async fn client(&self) -> OnlineClient<PolkadotConfig> {
		let rpc = self.rpc().await;
		OnlineClient::from_rpc_client(rpc).await.expect("subxt connects")
	}

	/// Stops the node the way an operator does (SIGINT) and waits for it to exit.
	pub fn stop(&mut self) {
		let Some(mut child) = self.child.take() else { return };
		let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
		let deadline = Instant::now() + Duration::from_secs(60);
		while Instant::now() < deadline {
			if let Ok(Some(_)) = child.try_wait() {
				return;
			}
			std::thread::sleep(Duration::from_millis(100));
		}
		let _ = child.kill();
		let _ = child.wait();
		panic!("node did not stop within 60 s of SIGINT:\n{}", self.log_tail());
	}

	/// Starts the node again with the same arguments (and so the same database and ports).
	pub fn restart(&mut self) {
		self.stop();
		self.spawn();
	}

	/// Kills the node outright (SIGKILL), as a crash or a power cut would: no clean shutdown.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Starts a killed or stopped node again, on its database and ports.
	pub fn revive(&mut self) {
		assert!(self.child.is_none(), "the node is still running");
		self.spawn();
	}

	/// The body of `GET /metrics` from the Prometheus endpoint.
	pub fn metrics(&self) -> String {
		let mut stream =
			TcpStream::connect(("127.0.0.1", self.prometheus_port)).expect("prometheus");
		stream.write_all(b"GET /metrics HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
		let mut response = String::new();
		stream.read_to_string(&mut response).unwrap();
		response
	}
}

impl Drop for TestNode {
	fn drop(&mut self) {
		self.kill();
	}
}

/// Block number of a header as the RPC returns it.
fn header_number(header: &serde_json::Value) -> u64 {
	let hex = header["number"].as_str().expect("header has a number");
	u64::from_str_radix(hex.trim_start_matches("0x"), 16).unwrap()
}

/// The best block number.
pub async fn best_number(rpc: &RpcClient) -> u64 {
	let header: serde_json::Value = rpc.request("chain_getHeader", rpc_params![]).await.unwrap();
	header_number(&header)
}

/// The hash of the best chain's block at `number`, as the node reports it.
pub async fn block_hash(rpc: &RpcClient, number: u64) -> String {
	rpc.request("chain_getBlockHash", rpc_params![number]).await.unwrap()
}

/// The finalized block number.
pub async fn finalized_number(rpc: &RpcClient) -> u64 {
	let hash: String = rpc.request("chain_getFinalizedHead", rpc_params![]).await.unwrap();
	let header: serde_json::Value =
		rpc.request("chain_getHeader", rpc_params![hash]).await.unwrap();
	header_number(&header)
}

/// Waits until `condition` holds for the node, or fails after `timeout`.
pub async fn wait_until<F, Fut>(what: &str, timeout: Duration, mut condition: F)
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = bool>,
{
	let deadline = Instant::now() + timeout;
	while !condition().await {
		assert!(Instant::now() < deadline, "timed out waiting for {what}");
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// The free balance of a 32-byte account at the last finalized block.
pub async fn free_balance(api: &OnlineClient<PolkadotConfig>, who: [u8; 32]) -> u128 {
	#[derive(subxt::ext::scale_decode::DecodeAsType)]
	#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
	struct AccountInfo {
		data: AccountData,
	}
	#[derive(subxt::ext::scale_decode::DecodeAsType)]
	#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
	struct AccountData {
		free: u128,
	}
	let address = subxt::dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
	let at = api.at_current_block().await.expect("finalized block");
	match at.storage().try_fetch(address, (who,)).await.expect("storage query") {
		Some(value) => value.decode().expect("AccountInfo decodes").data.free,
		None => 0,
	}
}

/// A finalized transaction, succeeded or failed.
pub type Finalized = TransactionInBlock<PolkadotConfig, OnlineClientAtBlockImpl<PolkadotConfig>>;

/// How long a submitted transaction may take to be finalized: a stalled chain (or a pool that
/// lost the transaction) fails the test with a message instead of hanging the suite.
pub const FINALITY_PATIENCE: Duration = Duration::from_secs(300);

/// Signs `call` with `signer`, submits it and waits until it is finalized, at most
/// [`FINALITY_PATIENCE`]. The caller checks success (`wait_for_success`) or failure.
pub async fn sign_and_finalize(
	api: &OnlineClient<PolkadotConfig>,
	call: &impl Payload,
	signer: &Keypair,
) -> Finalized {
	let progress = api
		.tx()
		.await
		.expect("a client at the finalized block")
		.sign_and_submit_then_watch_default(call, signer)
		.await
		.expect("the pool accepts the transaction");
	tokio::time::timeout(FINALITY_PATIENCE, progress.wait_for_finalized())
		.await
		.expect("the transaction is finalized within FINALITY_PATIENCE")
		.expect("the transaction is finalized")
}

/// Signs `Balances.transfer_keep_alive(to, amount)` with `from`, submits it and waits until it
/// is finalized.
pub async fn transfer(
	api: &OnlineClient<PolkadotConfig>,
	from: &Keypair,
	to: PublicKey,
	amount: u128,
) -> Finalized {
	let tx =
		dynamic::transaction("Balances", "transfer_keep_alive", (to.to_address::<()>(), amount));
	sign_and_finalize(api, &tx, from).await
}

/// Tessera's SS58 prefix, as wallets and the RPC methods show its addresses.
pub const TESSERA_SS58: u16 = 7423;

/// `who` as a Tessera address.
pub fn tessera_address(who: [u8; 32]) -> String {
	SpAccountId::from(who).to_ss58check_with_version(Ss58AddressFormat::custom(TESSERA_SS58))
}

/// A transaction ready to submit, built by [`general_transaction`].
pub type Submittable =
	SubmittableTransaction<PolkadotConfig, OnlineClientAtBlockImpl<PolkadotConfig>>;

/// `call` as a general (v5) transaction: extensions but no signature, so no signer and no fee;
/// only calls that authorize themselves (`#[pallet::authorize]`) are valid so. No nonce is
/// checked without a signer; a different `nonce` only makes the bytes differ, so that the pool
/// judges a repeated call anew instead of as a duplicate.
pub async fn general_transaction(
	api: &OnlineClient<PolkadotConfig>,
	call: &impl Payload,
	nonce: u64,
) -> Submittable {
	let params = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
	let mut tx = api.tx().await.unwrap().create_v5_signable_offline(call, params).unwrap();
	// Tessera's runtime has no signature extension: these are never encoded or read.
	tx.sign_with_account_and_signature(&AccountId32([0; 32]), &MultiSignature::Sr25519([0; 64]))
		.unwrap()
}
