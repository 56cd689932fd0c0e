//! The benchmark of `on_initialize`'s dearest branch: a block that draws, with a VRF output of
//! its own and its parent's, authored by another validator.

use super::pallet_draw_seed::{Config, LastAuthor, LastOutput, Pallet, Seed};
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;
use frame_support::{ensure, traits::Hooks, WeakBoundedVec};
use sp_consensus_babe::{
	digests::{PreDigest, PrimaryPreDigest},
	AuthorityId, Slot, BABE_ENGINE_ID,
};
use sp_core::sr25519::{
	vrf::{VrfPreOutput, VrfProof, VrfSignature},
	Public,
};
use sp_runtime::{traits::TrailingZeroInput, DigestItem};

/// Two sr25519 public keys (the dev accounts Alice and Bob): points the VRF output's
/// computation decompresses, as it does a real authority's key.
const KEYS: [[u8; 32]; 2] = [
	[
		212, 53, 147, 199, 21, 253, 211, 28, 97, 20, 26, 189, 4, 169, 159, 214, 130, 44, 133, 88,
		133, 76, 205, 227, 154, 86, 132, 231, 165, 109, 162, 125,
	],
	[
		142, 175, 4, 21, 22, 135, 115, 99, 38, 201, 254, 161, 126, 37, 252, 82, 135, 97, 54, 147,
		201, 18, 144, 156, 178, 38, 170, 71, 148, 242, 106, 72,
	],
];

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn on_initialize() -> Result<(), BenchmarkError> {
		let authorities = KEYS.map(|key| (AuthorityId::from(Public::from_raw(key)), 1)).to_vec();
		pallet_babe::Authorities::<T>::put(WeakBoundedVec::force_from(authorities, None));
		// The pre-output is a point like any other; the proof is not checked here (the node
		// checked it at import), so zeros stand in for it.
		let vrf_signature = VrfSignature {
			pre_output: VrfPreOutput::decode(&mut &KEYS[1][..]).expect("a valid point"),
			proof: VrfProof::decode(&mut &[0u8; 64][..]).expect("canonical scalars"),
		};
		let pre_digest = PreDigest::Primary(PrimaryPreDigest {
			authority_index: 0,
			slot: Slot::from(1),
			vrf_signature,
		});
		pallet_babe::Initialized::<T>::put(Some(pre_digest.clone()));
		frame_system::Pallet::<T>::deposit_log(DigestItem::PreRuntime(
			BABE_ENGINE_ID,
			pre_digest.encode(),
		));
		// The parent: another author, an output of its own.
		let other = T::Author::decode(&mut TrailingZeroInput::new(&[9; 32])).expect("decodes");
		LastAuthor::<T>::put(other);
		LastOutput::<T>::put([1; 32]);
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		ensure!(Seed::<T>::get().is_some(), "the block drew no seed");
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		sp_io::TestExternalities::new(
			crate::native::preset_storage("development").expect("the preset builds")
		),
		crate::Runtime
	);
}
