//! The randomness worker draws use on a chain without a VRF.

use codec::Encode;
use core::marker::PhantomData;
use frame_support::traits::Randomness;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Hash, One, Saturating};

/// `hash(subject ‖ parent block hash)`, valid as of the parent block.
///
/// Assignment runs in the block hook, so the parent is the block that included the job (or a
/// later one): its hash did not exist when the creator signed, and no worker can know it in
/// advance. Under Aura the one party that sees it first is the parent's author, who could only
/// steer a draw by withholding its block and losing the slot's reward, and then only among the
/// workers that the weights already allow. A chain with BABE or a VRF should plug its own
/// source in [`crate::Config::Randomness`].
pub struct ParentHashRandomness<T>(PhantomData<T>);

impl<T: frame_system::Config> Randomness<T::Hash, BlockNumberFor<T>> for ParentHashRandomness<T> {
	fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
		let parent = frame_system::Pallet::<T>::parent_hash();
		let now = frame_system::Pallet::<T>::block_number();
		(T::Hashing::hash(&(subject, parent).encode()), now.saturating_sub(One::one()))
	}
}
