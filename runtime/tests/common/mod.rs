//! Runs the real runtime natively: genesis from a preset, then whole blocks through
//! `Executive`, each with an Aura slot digest and a timestamp inherent, as a node would.

#![allow(dead_code)] // Each test file uses its own subset of these helpers.

use codec::Encode;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_runtime::{generic::Digest, traits::Header as _, DigestItem};
use tessera_runtime::{
	AccountId, Executive, Header, Runtime, RuntimeGenesisConfig, RuntimeOrigin, System, Timestamp,
	SLOT_DURATION,
};

/// Externalities holding the genesis state of `preset` (`development` or `local_testnet`).
pub fn genesis(preset: &str) -> sp_io::TestExternalities {
	let patch = tessera_runtime::genesis::presets::get_preset(&preset.into())
		.unwrap_or_else(|| panic!("no preset named {preset}"));
	// A preset is a patch over the default config, as a node applies it to build a chain spec.
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, serde_json::from_slice(&patch).unwrap());
	let mut ext = sp_io::TestExternalities::new(Default::default());
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
			serde_json::to_vec(&config).unwrap(),
		)
		.expect("the preset builds");
	});
	ext
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

/// Authors and finalizes the next block in Aura slot `slot`.
pub fn produce_block(slot: u64) {
	let number = System::block_number() + 1;
	let parent_hash = System::block_hash(number - 1);
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let header = Header::new(number, Default::default(), Default::default(), parent_hash, digest);
	Executive::initialize_block(&header);
	Timestamp::set(RuntimeOrigin::none(), slot * SLOT_DURATION).expect("timestamp inherent");
	Executive::finalize_block();
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
	u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 1
}

/// The free balance of `who`.
pub fn free(who: &AccountId) -> u128 {
	pallet_balances::Pallet::<Runtime>::free_balance(who)
}
