//! Signing and sending the worker's transactions with nonces kept locally: one query to the
//! node at start (and after a failure), then counted up, so a batch of transactions goes out
//! without a round trip each. Transactions are mortal for [`MORTALITY`] blocks; the caller
//! records until when one may land and sends the call again only after that.

use anyhow::{Context, Result};
use codec::Encode;
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	transactions::Payload,
	utils::{AccountId32, MultiSignature},
	PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

use super::{tessera, AtBlock, Chain};
use crate::store::Sent;

/// Blocks a transaction stays valid after the finalized block it was built on. Long enough to
/// span finality's lag behind the best block (two or three blocks) and still be included; short,
/// so that a transaction whose fate is unknown (the connection dropped while sending) can be
/// sent again within a reveal window (10 blocks).
pub const MORTALITY: u64 = 8;

/// The worker's signer and its nonce.
pub struct Submitter {
	signer: Keypair,
	account: AccountId32,
	next_nonce: Option<u64>,
}

impl Submitter {
	pub fn new(signer: Keypair) -> Self {
		let account = signer.public_key().to_account_id();
		Self { signer, account, next_nonce: None }
	}

	pub fn account(&self) -> &AccountId32 {
		&self.account
	}

	pub fn signer(&self) -> &Keypair {
		&self.signer
	}

	/// Forgets the local nonce: the next transaction asks the node again.
	pub fn resync(&mut self) {
		self.next_nonce = None;
	}

	/// Until which block a transaction built on block `now` may be included.
	pub fn validity(now: u64) -> Sent {
		Sent { valid_until: now + MORTALITY }
	}

	/// Signs `call` against block `at` (number `now`) with the next nonce and sends it; it
	/// stays valid as [`Self::validity`] says.
	pub async fn send(&mut self, chain: &Chain, at: &AtBlock, call: &impl Payload) -> Result<()> {
		let nonce = match self.next_nonce {
			Some(nonce) => nonce,
			None => chain.next_nonce(&self.account).await.context("reading the account nonce")?,
		};
		// Built offline: the nonce is ours and the block is `at`, so no round trip to the node.
		let params = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new()
			.nonce(nonce)
			.mortal_from_unchecked(MORTALITY, at.block_number(), at.block_hash())
			.build();
		let tx = at.tx().create_signable_offline(call, params)?.sign(&self.signer)?;
		match tx.submit().await {
			Ok(_) => {
				self.next_nonce = Some(nonce + 1);
				Ok(())
			},
			Err(e) => {
				self.resync();
				Err(e.into())
			},
		}
	}

	/// Sends `call` and waits until it is finalized and succeeded (for one-off operator
	/// commands, not the job loop).
	pub async fn send_and_wait(&mut self, chain: &Chain, call: &impl Payload) -> Result<()> {
		let at = chain.api.at_current_block().await?;
		let nonce = chain.next_nonce(&self.account).await?;
		let params = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
		at.tx()
			.create_signed(call, &self.signer, params)
			.await?
			.submit_and_watch()
			.await?
			.wait_for_finalized_success()
			.await?;
		Ok(())
	}

	/// The fee-less heartbeat for `era`: a general transaction whose only authorisation is
	/// the worker's signature over SCALE("tessera/heartbeat", genesis hash, worker, era).
	pub async fn send_heartbeat(&self, chain: &Chain, at: &AtBlock, era: u32) -> Result<()> {
		let message =
			(&b"tessera/heartbeat"[..], chain.api.genesis_hash(), &self.account.0, era).encode();
		let signature = self.signer.sign(&message);
		let call = tessera::transactions().compute_staking().heartbeat(
			self.account.clone(),
			era,
			tessera::runtime_types::sp_runtime::MultiSignature::Sr25519(signature.0),
		);
		// Tessera's runtime has no signature extension for general transactions: these bytes
		// are never encoded or read.
		let params = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new().build();
		let mut tx = at.tx().create_v5_signable_offline(&call, params)?;
		let tx = tx.sign_with_account_and_signature(
			&AccountId32([0; 32]),
			&MultiSignature::Sr25519([0; 64]),
		)?;
		tx.submit().await?;
		Ok(())
	}
}
