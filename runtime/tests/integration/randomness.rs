//! The compute market draws its workers and audits from BABE's VRF output of the parent block
//! (`configs::BabeVrf`): fresh in every block, and fixed by the author's key, slot and epoch,
//! so an author who varies its block's contents varies its hash but not the draws it feeds.

use crate::common::{genesis, next_slot, produce_block, run_to_block, signed};
use frame_support::traits::Randomness;
use sp_keyring::Sr25519Keyring;
use tessera_runtime::{configs::BabeVrf, native, Executive, Hash, RuntimeCall};

/// The seed a draw in the block after block 3 gets, with block 3 carrying `remark`; and block
/// 3's hash.
fn draw_after_block_with(remark: &[u8]) -> (Hash, Hash) {
	genesis("development").execute_with(|| {
		run_to_block(2);
		native::initialize_block(next_slot());
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: remark.to_vec() });
		let applied = Executive::apply_extrinsic(signed(remark, Sr25519Keyring::Alice));
		assert_eq!(applied, Ok(Ok(())));
		let header = Executive::finalize_block();
		native::initialize_block(next_slot());
		(BabeVrf::random(b"draw").0, header.hash())
	})
}

#[test]
fn an_author_cannot_vary_the_randomness_its_block_gives_the_draws() {
	let (seed, block) = draw_after_block_with(b"one variant");
	let (other_seed, other_block) = draw_after_block_with(b"another variant");
	assert_ne!(block, other_block, "the variants are different blocks");
	assert_eq!(seed, other_seed, "with the same randomness for the next block's draws");
}

#[test]
fn every_block_gives_the_draws_fresh_randomness() {
	genesis("development").execute_with(|| {
		// Block 1's parent, the genesis block, has no VRF output: its draws use the randomness
		// BABE fixed for the next epoch.
		native::initialize_block(next_slot());
		let first = BabeVrf::random(b"draw").0;
		assert!(pallet_babe::AuthorVrfRandomness::<tessera_runtime::Runtime>::get().is_none());
		Executive::finalize_block();

		let mut seeds = vec![first];
		for _ in 0..5 {
			produce_block(next_slot());
			seeds.push(BabeVrf::random(b"draw").0);
		}
		let distinct: std::collections::BTreeSet<_> = seeds.iter().collect();
		assert_eq!(distinct.len(), seeds.len(), "a seed repeated: {seeds:?}");
		// Subjects separate draws within a block.
		assert_ne!(BabeVrf::random(b"draw").0, BabeVrf::random(b"audit").0);
	});
}
