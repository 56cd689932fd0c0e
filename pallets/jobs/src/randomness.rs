//! When a draw may be made, and the randomness it uses on a chain without a VRF.

use codec::Encode;
use core::marker::PhantomData;
use frame_support::traits::{Get, Randomness};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Hash, One, Saturating};

/// Whether something fixed in block `fixed_at` (a job entering its lane, a lone worker's
/// commit) may be drawn in block `now`: [`crate::Config::DrawDelay`] blocks later.
pub(crate) fn drawable<T: crate::Config>(
	fixed_at: BlockNumberFor<T>,
	now: BlockNumberFor<T>,
) -> bool {
	now >= fixed_at.saturating_add(T::DrawDelay::get())
}

/// `hash(subject ‖ parent block hash)`, valid as of the parent block.
///
/// For chains without a VRF (the pallet's tests): the parent's author can grind its hash by
/// varying the block's contents. The runtime uses BABE's VRF output of the parent block, which
/// its author cannot vary (`tessera_runtime::configs::jobs::BabeVrf`).
pub struct ParentHashRandomness<T>(PhantomData<T>);

impl<T: frame_system::Config> Randomness<T::Hash, BlockNumberFor<T>> for ParentHashRandomness<T> {
	fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
		let parent = frame_system::Pallet::<T>::parent_hash();
		let now = frame_system::Pallet::<T>::block_number();
		(T::Hashing::hash(&(subject, parent).encode()), now.saturating_sub(One::one()))
	}
}
