//! This runtime run natively, outside a node: the genesis storage of a preset, built as a node
//! builds it from a chain spec, and transactions signed as a wallet signs them. The integration
//! tests (`runtime/tests/integration`) and the fuzzer (`fuzz/`) drive whole blocks with these.

use alloc::{format, string::String, vec};
use codec::Encode;
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest, SecondaryVRFPreDigest},
	AuthorityId as BabeId, Slot, BABE_ENGINE_ID,
};
use sp_core::{crypto::VrfSecret, sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, Era},
	traits::Header as _,
	BuildStorage, DigestItem, MultiAddress, MultiSignature, Storage,
};

use crate::{
	configs::EpochDuration, Executive, Header, Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig,
	RuntimeOrigin, SignedPayload, System, Timestamp, TxExtension, UncheckedExtrinsic,
	SLOT_DURATION,
};

/// The genesis storage of preset `name` (`development` or `local_testnet`): its JSON patch
/// merged over the default config, the way a node builds a chain spec's genesis.
pub fn preset_storage(name: &str) -> Result<Storage, String> {
	let patch = crate::genesis::presets::get_preset(&name.into())
		.ok_or_else(|| format!("no preset named {name}"))?;
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.map_err(|e| format!("default config: {e}"))?;
	merge(&mut config, serde_json::from_slice(&patch).map_err(|e| format!("patch: {e}"))?);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).map_err(|e| format!("preset {name}: {e}"))?;
	config.build_storage()
}

/// JSON merge patch (RFC 7386 without deletions): objects merge key by key, the rest replaces.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The transaction extensions a wallet attaches: immortal, no tip.
pub fn tx_extension(nonce: Nonce) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0).into(),
		frame_system::WeightReclaim::new(),
	)
}

/// `call` signed by `signer` with `nonce`, as a wallet submits it. Must run where the chain's
/// state is (the signed payload includes the genesis hash).
pub fn signed_extrinsic(
	call: RuntimeCall,
	signer: Sr25519Keyring,
	nonce: Nonce,
) -> UncheckedExtrinsic {
	signed_by(call, &signer.pair(), nonce)
}

/// [`signed_extrinsic`] by any sr25519 key, for callers that need more accounts than the dev
/// keyring has (the adversarial simulation).
pub fn signed_by(call: RuntimeCall, signer: &sr25519::Pair, nonce: Nonce) -> UncheckedExtrinsic {
	let extension = tx_extension(nonce);
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("implicit data");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let account: crate::AccountId = signer.public().into();
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(account),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

/// `call` as a general transaction: no signer, no fee; valid only if the call authorizes it.
pub fn general_extrinsic(call: RuntimeCall) -> UncheckedExtrinsic {
	UncheckedExtrinsic::new_transaction(call, tx_extension(0))
}

/// Opens the next block as its author would: a BABE pre-digest for `slot` (which must be later
/// than the last block's) and the timestamp inherent of that slot. Extrinsics may be applied
/// (`Executive::apply_extrinsic`) until `Executive::finalize_block` closes it.
///
/// The block is a secondary-slot block with a real VRF signature by the dev key of authority
/// `slot mod n` (the runtime does not check which authority a secondary slot belongs to; the
/// node's import does), so consecutive slots have different authors where there are several.
/// Its VRF output seeds the compute market's draws (`draw_seed`).
pub fn initialize_block(slot: u64) {
	initialize_block_by(slot, None, true)
}

/// [`initialize_block`], authored by authority `author` (an index into the epoch's
/// authorities) instead of `slot mod n`, and without a VRF signature (a plain secondary block,
/// which the chain's epoch configuration does not allow) unless `vrf`.
pub fn initialize_block_by(slot: u64, author: Option<usize>, vrf: bool) {
	let number = System::block_number() + 1;
	let parent_hash = System::block_hash(number - 1);
	let pre_digest = secondary_pre_digest(Slot::from(slot), author, vrf);
	let digest = Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre_digest.encode())] };
	let header = Header::new(number, Default::default(), Default::default(), parent_hash, digest);
	Executive::initialize_block(&header);
	Timestamp::set(RuntimeOrigin::none(), slot * SLOT_DURATION).expect("timestamp inherent");
}

/// The pre-digest that the secondary author of `slot` signs, over the epoch the block will be
/// in: the block that opens an epoch enacts the announced authorities and randomness, as a
/// node's epoch tracking knows in advance.
fn secondary_pre_digest(slot: Slot, author: Option<usize>, vrf: bool) -> PreDigest {
	let genesis = match *pallet_babe::GenesisSlot::<Runtime>::get() {
		0 => slot,
		_ => pallet_babe::GenesisSlot::<Runtime>::get(),
	};
	let epoch = sp_consensus_babe::epoch_index(slot, genesis, EpochDuration::get());
	let (authorities, randomness) = if epoch == pallet_babe::EpochIndex::<Runtime>::get() {
		(pallet_babe::Authorities::<Runtime>::get(), pallet_babe::Randomness::<Runtime>::get())
	} else {
		(
			pallet_babe::NextAuthorities::<Runtime>::get(),
			pallet_babe::NextRandomness::<Runtime>::get(),
		)
	};
	let index = author.unwrap_or((*slot % authorities.len() as u64) as usize);
	let author = Sr25519Keyring::iter()
		.find(|key| BabeId::from(key.public()) == authorities[index].0)
		.expect("dev chains have dev-keyring authorities");
	if !vrf {
		return PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
			authority_index: index as u32,
			slot,
		});
	}
	let sign_data = sp_consensus_babe::make_vrf_sign_data(&randomness, slot, epoch);
	PreDigest::SecondaryVRF(SecondaryVRFPreDigest {
		authority_index: index as u32,
		slot,
		vrf_signature: author.pair().vrf_sign(&sign_data),
	})
}
