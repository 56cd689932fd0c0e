//! When a draw may be made, and the randomness it uses on a chain without a VRF.

use codec::Encode;
use core::marker::PhantomData;
use frame_support::traits::{Get, Randomness};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Hash, One, Saturating};

/// Whether something fixed in block `fixed_at` (a job entering its lane, a lone worker's
/// commit) may be drawn with randomness determinable since block `seed_since`: randomness that
/// became known [`crate::Config::DrawDelay`] − 1 blocks after `fixed_at`, so that the author
/// of the block that fixed it (who chose to include it) could not know it.
///
/// Randomness known since the parent block makes this "`DrawDelay` blocks after `fixed_at`".
/// Older randomness leaves the draw waiting for fresher: the runtime's `DrawSeed` reports a
/// block without a seed (one validator authored it and its parent, or one of them has no VRF
/// output) as known since genesis, so that such a block draws nothing.
pub(crate) fn drawable<T: crate::Config>(
	fixed_at: BlockNumberFor<T>,
	seed_since: BlockNumberFor<T>,
) -> bool {
	seed_since.saturating_add(One::one()) >= fixed_at.saturating_add(T::DrawDelay::get())
}

/// The block since which the randomness this block draws with has been determinable (the
/// same for every subject).
pub(crate) fn seed_since<T: crate::Config>() -> BlockNumberFor<T> {
	T::Randomness::random(b"tessera/jobs/seed-age").1
}

/// `hash(subject ‖ parent block hash)`, valid as of the parent block.
///
/// For chains without a VRF (the pallet's tests): the parent's author can grind its hash by
/// varying the block's contents. The runtime uses the VRF outputs of the drawing block and its
/// parent by two different validators, which neither can vary (`tessera_runtime::DrawSeed`).
pub struct ParentHashRandomness<T>(PhantomData<T>);

impl<T: frame_system::Config> Randomness<T::Hash, BlockNumberFor<T>> for ParentHashRandomness<T> {
	fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
		let parent = frame_system::Pallet::<T>::parent_hash();
		let now = frame_system::Pallet::<T>::block_number();
		(T::Hashing::hash(&(subject, parent).encode()), now.saturating_sub(One::one()))
	}
}
