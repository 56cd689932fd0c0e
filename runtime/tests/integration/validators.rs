//! The validator set changes while the chain runs: a validator added by the privileged origin
//! becomes an Aura and GRANDPA authority at a session boundary and authors blocks.

use crate::common::{genesis, next_slot, produce_block, run_to_block};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::FindAuthor};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, Slot, AURA_ENGINE_ID};
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::key_types, Pair};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::DispatchError;
use tessera_runtime::{
	configs::SessionPeriod, governance::origins::Origin, Aura, Grandpa, Runtime, RuntimeOrigin,
	Session, SessionKeys, ValidatorSet,
};

/// Charlie's session keys and the proof that Charlie holds their private halves, made the way
/// `author_rotateKeys` makes them: with the keys in the node's keystore.
fn charlie_keys_with_proof() -> (SessionKeys, Vec<u8>) {
	let keystore = MemoryKeystore::new();
	keystore
		.insert(key_types::AURA, "//Charlie", Sr25519Keyring::Charlie.pair().public().as_ref())
		.unwrap();
	keystore
		.insert(key_types::GRANDPA, "//Charlie", Ed25519Keyring::Charlie.pair().public().as_ref())
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(Default::default());
	ext.register_extension(KeystoreExt::new(keystore));
	ext.execute_with(|| {
		let mut keys = SessionKeys {
			aura: AuraId::from(Sr25519Keyring::Charlie.public()),
			grandpa: GrandpaId::from(Ed25519Keyring::Charlie.public()),
		};
		let proof = keys
			.create_ownership_proof(&Sr25519Keyring::Charlie.to_account_id().encode())
			.expect("both keys are in the keystore");
		(keys, proof.encode())
	})
}

/// The current Aura authorities.
fn aura_authorities() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

/// The account Aura names as author of a block in `slot`.
fn author_of_slot(slot: u64) -> Option<tessera_runtime::AccountId> {
	let digest = [(AURA_ENGINE_ID, Slot::from(slot).encode())];
	pallet_session::FindAccountFromAuthorIndex::<Runtime, Aura>::find_author(
		digest.iter().map(|(id, data)| (*id, &data[..])),
	)
}

#[test]
fn added_validator_authors_blocks_after_the_next_session() {
	let (keys, proof) = charlie_keys_with_proof();
	let mut ext = genesis("development");
	ext.execute_with(|| {
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		let charlie_aura = AuraId::from(Sr25519Keyring::Charlie.public());
		let charlie_grandpa = GrandpaId::from(Ed25519Keyring::Charlie.public());
		run_to_block(1);

		// Only the privileged origin changes the set.
		assert_noop!(
			ValidatorSet::add_member(
				RuntimeOrigin::signed(charlie.clone()),
				charlie.clone().into()
			),
			DispatchError::BadOrigin
		);

		assert_ok!(Session::set_keys(RuntimeOrigin::signed(charlie.clone()), keys, proof));
		assert_ok!(ValidatorSet::add_member(Origin::ValidatorAdmin.into(), charlie.clone().into()));
		assert!(!aura_authorities().contains(&charlie_aura), "not before a session boundary");

		// The first boundary queues Charlie; the next one makes Charlie an authority.
		let period = SessionPeriod::get();
		run_to_block(period);
		assert!(!aura_authorities().contains(&charlie_aura));
		run_to_block(2 * period + 1);
		assert!(aura_authorities().contains(&charlie_aura));
		assert!(Grandpa::grandpa_authorities().iter().any(|(id, _)| id == &charlie_grandpa));

		// Charlie now owns some slots and the runtime accepts blocks authored in them.
		let mut charlie_blocks = 0;
		for _ in 0..4 {
			let slot = next_slot();
			let author = author_of_slot(slot).expect("every slot has an author");
			produce_block(slot);
			if author == charlie {
				charlie_blocks += 1;
			}
		}
		assert!(charlie_blocks >= 1, "Charlie authored none of 4 blocks with 2 authorities");
	});
}

#[test]
fn removed_validator_stops_authoring_and_the_set_never_empties() {
	use Sr25519Keyring::{Alice, Bob, Charlie, Dave};
	let mut ext = genesis("local_testnet");
	ext.execute_with(|| {
		let aura = |key: Sr25519Keyring| AuraId::from(key.public());
		run_to_block(1);
		assert_eq!(aura_authorities().len(), 4, "the local testnet starts with four validators");
		assert!(aura_authorities().contains(&aura(Bob)));

		let remove = |key: Sr25519Keyring| {
			assert_ok!(ValidatorSet::remove_member(
				Origin::ValidatorAdmin.into(),
				key.to_account_id().into()
			));
		};
		remove(Bob);
		run_to_block(2 * SessionPeriod::get() + 1);
		assert!(!aura_authorities().contains(&aura(Bob)));
		assert_eq!(aura_authorities().len(), 3);

		// Removing every validator keeps the last set of one rather than halting the chain.
		remove(Charlie);
		remove(Dave);
		run_to_block(4 * SessionPeriod::get() + 1);
		assert_eq!(aura_authorities(), vec![aura(Alice)]);
		remove(Alice);
		run_to_block(6 * SessionPeriod::get() + 1);
		assert_eq!(aura_authorities(), vec![aura(Alice)]);
	});
}
