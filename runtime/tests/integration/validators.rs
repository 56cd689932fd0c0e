//! The validator set changes while the chain runs: a validator added by the privileged origin
//! becomes a BABE and GRANDPA authority at a session boundary and authors blocks.

use crate::common::{genesis, next_slot, produce_block, run_to_block};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::FindAuthor};
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::key_types, Pair};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::DispatchError;
use tessera_runtime::{
	configs::SessionPeriod, governance::origins::Origin, Babe, Grandpa, Runtime, RuntimeOrigin,
	Session, SessionKeys, System, ValidatorSet,
};

/// Charlie's session keys and the proof that Charlie holds their private halves, made the way
/// `author_rotateKeys` makes them: with the keys in the node's keystore.
fn charlie_keys_with_proof() -> (SessionKeys, Vec<u8>) {
	let keystore = MemoryKeystore::new();
	keystore
		.insert(key_types::BABE, "//Charlie", Sr25519Keyring::Charlie.pair().public().as_ref())
		.unwrap();
	keystore
		.insert(key_types::GRANDPA, "//Charlie", Ed25519Keyring::Charlie.pair().public().as_ref())
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(Default::default());
	ext.register_extension(KeystoreExt::new(keystore));
	ext.execute_with(|| {
		let mut keys = SessionKeys {
			babe: BabeId::from(Sr25519Keyring::Charlie.public()),
			grandpa: GrandpaId::from(Ed25519Keyring::Charlie.public()),
		};
		let proof = keys
			.create_ownership_proof(&Sr25519Keyring::Charlie.to_account_id().encode())
			.expect("both keys are in the keystore");
		(keys, proof.encode())
	})
}

/// The current BABE authorities.
fn babe_authorities() -> Vec<BabeId> {
	pallet_babe::Authorities::<Runtime>::get().into_iter().map(|(id, _)| id).collect()
}

/// The account the last block's BABE pre-digest names as its author.
fn author_of_last_block() -> Option<tessera_runtime::AccountId> {
	let digest = System::digest();
	pallet_session::FindAccountFromAuthorIndex::<Runtime, Babe>::find_author(
		digest.logs.iter().filter_map(|item| item.as_pre_runtime()),
	)
}

#[test]
fn added_validator_authors_blocks_after_the_next_session() {
	let (keys, proof) = charlie_keys_with_proof();
	let mut ext = genesis("development");
	ext.execute_with(|| {
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		let charlie_babe = BabeId::from(Sr25519Keyring::Charlie.public());
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
		assert!(!babe_authorities().contains(&charlie_babe), "not before a session boundary");

		// The first boundary queues Charlie; the next one makes Charlie an authority.
		let period = SessionPeriod::get();
		run_to_block(period);
		assert!(!babe_authorities().contains(&charlie_babe));
		run_to_block(2 * period + 1);
		assert!(babe_authorities().contains(&charlie_babe));
		assert!(Grandpa::grandpa_authorities().iter().any(|(id, _)| id == &charlie_grandpa));

		// Charlie now owns some slots and the runtime accepts blocks authored in them, taking
		// the block's randomness from Charlie's VRF output.
		let mut charlie_blocks = 0;
		for _ in 0..4 {
			produce_block(next_slot());
			if author_of_last_block().expect("every block names its author") == charlie {
				charlie_blocks += 1;
				assert!(pallet_babe::AuthorVrfRandomness::<Runtime>::get().is_some());
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
		let babe = |key: Sr25519Keyring| BabeId::from(key.public());
		run_to_block(1);
		assert_eq!(babe_authorities().len(), 4, "the local testnet starts with four validators");
		assert!(babe_authorities().contains(&babe(Bob)));

		let remove = |key: Sr25519Keyring| {
			assert_ok!(ValidatorSet::remove_member(
				Origin::ValidatorAdmin.into(),
				key.to_account_id().into()
			));
		};
		remove(Bob);
		run_to_block(2 * SessionPeriod::get() + 1);
		assert!(!babe_authorities().contains(&babe(Bob)));
		assert_eq!(babe_authorities().len(), 3);

		// Removing every validator keeps the last set of one rather than halting the chain.
		remove(Charlie);
		remove(Dave);
		run_to_block(4 * SessionPeriod::get() + 1);
		assert_eq!(babe_authorities(), vec![babe(Alice)]);
		remove(Alice);
		run_to_block(6 * SessionPeriod::get() + 1);
		assert_eq!(babe_authorities(), vec![babe(Alice)]);
	});
}
