//! The compute market draws its workers and audits with `DrawSeed`: the VRF outputs of the
//! drawing block and its parent, where two different validators authored them. Fresh in every
//! such block, fixed by the authors' keys, slots and epoch (so an author who varies its
//! block's contents varies its hash but not the draws), and absent where one validator
//! authored both blocks, so that no validator alone ever knows a seed before the block that
//! draws with it.

use crate::common::{genesis, next_slot, run_to_block, signed};
use frame_support::traits::Randomness;
use sp_keyring::Sr25519Keyring;
use tessera_runtime::{native, DrawSeed, Executive, Hash, RuntimeCall};

/// The seed a draw in the block after block 3 gets, with block 3 carrying `remark`; and block
/// 3's hash.
fn draw_after_block_with(remark: &[u8]) -> (Hash, Hash) {
	genesis("local_testnet").execute_with(|| {
		run_to_block(2);
		native::initialize_block(next_slot());
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: remark.to_vec() });
		let applied = Executive::apply_extrinsic(signed(remark, Sr25519Keyring::Alice));
		assert_eq!(applied, Ok(Ok(())));
		let header = Executive::finalize_block();
		native::initialize_block(next_slot());
		(DrawSeed::random(b"draw").0, header.hash())
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
fn every_block_by_another_validator_gives_the_draws_fresh_randomness() {
	genesis("local_testnet").execute_with(|| {
		// Block 1's parent, the genesis block, has no VRF output: block 1 has no seed, and
		// its randomness reads as known since genesis, too old for any draw.
		native::initialize_block(next_slot());
		assert_eq!(DrawSeed::random(b"draw").1, 0);
		Executive::finalize_block();

		let mut seeds = Vec::new();
		for _ in 0..5 {
			// Consecutive slots, consecutive authorities (`slot mod 4`).
			native::initialize_block(next_slot());
			let (seed, known_since) = DrawSeed::random(b"draw");
			assert_eq!(known_since, tessera_runtime::System::block_number() - 1);
			seeds.push(seed);
			// Subjects separate draws within a block.
			assert_ne!(seed, DrawSeed::random(b"audit").0);
			Executive::finalize_block();
		}
		let distinct: std::collections::BTreeSet<_> = seeds.iter().collect();
		assert_eq!(distinct.len(), seeds.len(), "a seed repeated: {seeds:?}");
	});
}

/// A validator authoring two blocks in a row knows both VRF outputs in advance: the second
/// block draws nothing (pallet-jobs waits for a block whose randomness is younger than what it
/// draws), and the next block by another validator draws again.
#[test]
fn a_block_whose_author_also_authored_its_parent_gives_no_seed() {
	genesis("local_testnet").execute_with(|| {
		run_to_block(3);
		let slot = next_slot();
		native::initialize_block_by(slot, Some(0), true);
		Executive::finalize_block();
		native::initialize_block_by(slot + 1, Some(0), true);
		assert_eq!(DrawSeed::random(b"draw").1, 0, "Alice authored block 4 and block 5");
		Executive::finalize_block();
		native::initialize_block_by(slot + 2, Some(1), true);
		assert_eq!(DrawSeed::random(b"draw").1, 5, "Bob authored block 6 after Alice");
		Executive::finalize_block();
	});
}

/// The dev chain has one validator, trusted by definition: each of its blocks draws.
#[test]
fn a_single_validator_chain_draws_in_every_block() {
	genesis("development").execute_with(|| {
		run_to_block(2);
		for _ in 0..3 {
			native::initialize_block(next_slot());
			let block = tessera_runtime::System::block_number();
			assert_eq!(DrawSeed::random(b"draw").1, block - 1);
			Executive::finalize_block();
		}
	});
}

/// A block without a VRF output (a plain secondary block, were governance ever to allow them)
/// gives no seed, and neither does the block after it: pallet-babe's record of the last output
/// would still hold the one before, which the author of that earlier block knew in advance.
#[test]
fn a_block_without_vrf_output_and_the_block_after_it_give_no_seed() {
	genesis("local_testnet").execute_with(|| {
		run_to_block(3);
		let slot = next_slot();
		native::initialize_block_by(slot, None, false);
		assert_eq!(DrawSeed::random(b"draw").1, 0, "block 4 has no VRF output");
		Executive::finalize_block();
		native::initialize_block(slot + 1);
		assert_eq!(DrawSeed::random(b"draw").1, 0, "block 5's parent has no VRF output");
		Executive::finalize_block();
		native::initialize_block(slot + 2);
		assert_eq!(DrawSeed::random(b"draw").1, 5, "blocks 5 and 6 both have one");
		Executive::finalize_block();
	});
}
