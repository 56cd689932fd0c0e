//! Runs the real runtime natively: genesis from a preset, then whole blocks through
//! `Executive`, each with a BABE pre-digest (a real VRF signature) and a timestamp inherent,
//! as a node would.

#![allow(dead_code)] // Each test file uses its own subset of these helpers.

use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use tessera_runtime::{
	native, AccountId, Executive, Runtime, RuntimeCall, System, UncheckedExtrinsic,
};

/// Externalities holding the genesis state of `preset` (`development` or `local_testnet`).
pub fn genesis(preset: &str) -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(native::preset_storage(preset).expect("the preset builds"))
}

/// Authors and finalizes the next block in BABE slot `slot`.
pub fn produce_block(slot: u64) {
	produce_block_with(slot, Vec::new());
}

/// Authors the next block in BABE slot `slot` with `extrinsics` after the inherents, and
/// returns what applying each of them gave.
pub fn produce_block_with(
	slot: u64,
	extrinsics: Vec<UncheckedExtrinsic>,
) -> Vec<ApplyExtrinsicResult> {
	native::initialize_block(slot);
	let results = extrinsics.into_iter().map(Executive::apply_extrinsic).collect();
	Executive::finalize_block();
	results
}

/// Authors the next block with `extrinsics`; see [`produce_block_with`].
pub fn next_block_with(extrinsics: Vec<UncheckedExtrinsic>) -> Vec<ApplyExtrinsicResult> {
	let slot = next_slot();
	produce_block_with(slot, extrinsics)
}

/// `call` signed by `signer` with its current nonce, as a wallet submits it.
pub fn signed(call: RuntimeCall, signer: Sr25519Keyring) -> UncheckedExtrinsic {
	native::signed_extrinsic(call, signer, System::account_nonce(signer.to_account_id()))
}

/// `call` as a general transaction: no signer, no fee; valid only if the call authorizes it.
pub fn general(call: RuntimeCall) -> UncheckedExtrinsic {
	native::general_extrinsic(call)
}

/// What the transaction pool's check says of `extrinsic` on top of the current block. Like the
/// node, it leaves no trace in the state.
pub fn validate(extrinsic: UncheckedExtrinsic) -> TransactionValidity {
	let parent = System::block_hash(System::block_number());
	sp_io::storage::start_transaction();
	let validity = Executive::validate_transaction(TransactionSource::External, extrinsic, parent);
	sp_io::storage::rollback_transaction();
	validity
}

/// Produces blocks until `target`, one slot after another, continuing from the last slot.
pub fn run_to_block(target: u32) {
	while System::block_number() < target {
		let slot = next_slot();
		produce_block(slot);
	}
}

/// The slot after the current one (the first slot is 1).
pub fn next_slot() -> u64 {
	u64::from(pallet_babe::CurrentSlot::<Runtime>::get()) + 1
}

/// The free balance of `who`.
pub fn free(who: &AccountId) -> u128 {
	pallet_balances::Pallet::<Runtime>::free_balance(who)
}

/// A worker serving model 0 on `cpu-x86_64`, reachable at `endpoint`.
pub fn worker_profile(endpoint: &[u8]) -> pallet_compute_staking::WorkerProfile<Runtime> {
	pallet_compute_staking::WorkerProfile {
		class: b"cpu-x86_64".to_vec().try_into().unwrap(),
		models: vec![0].try_into().unwrap(),
		endpoint: endpoint.to_vec().try_into().unwrap(),
	}
}

/// The call that registers a worker of [`worker_profile`] with a 10,000 TSR stake.
pub fn register_worker(endpoint: &[u8]) -> RuntimeCall {
	RuntimeCall::ComputeStaking(pallet_compute_staking::Call::register_worker {
		stake: 10_000 * tessera_runtime::UNITS,
		profile: worker_profile(endpoint),
	})
}

/// What the tests' image model declares: up to 16 images of 3 seconds each.
pub const IMAGE_LIMITS: pallet_compute_staking::ModelLimits =
	pallet_compute_staking::ModelLimits { max_units: 16, unit_millis: 3_000 };

/// Bob registers model 0 (4 Spark per job); `worker` stakes 10,000 TSR to serve it on
/// `cpu-x86_64`. Both in the next block.
pub fn model_and_worker(worker: Sr25519Keyring) {
	let model = RuntimeCall::ComputeStaking(pallet_compute_staking::Call::register_model {
		weights_hash: [1; 32],
		kind: pallet_compute_staking::ModelKind::ImageGeneration,
		units_per_job: 4,
		metadata_uri: b"ipfs://sdxl-turbo".to_vec().try_into().unwrap(),
		stake: 500 * tessera_runtime::UNITS,
		limits: IMAGE_LIMITS,
	});
	let register = register_worker(b"https://gpu.example:8080");
	let results =
		next_block_with(vec![signed(model, Sr25519Keyring::Bob), signed(register, worker)]);
	assert_eq!(results, vec![Ok(Ok(())), Ok(Ok(()))]);
}
