//! The randomness the compute market draws workers and audits with: the VRF outputs of this
//! block and of its parent, used only where two different validators authored them.
//!
//! BABE's VRF output of a block is fixed by its author's key, slot and epoch: varying the
//! block's contents does not vary it, so an author can at most withhold its block. But its
//! author knows it from the start of the epoch. A seed made of one block's output is known in
//! advance to that block's author: the author of the parent block, drawing with the parent's
//! output, could choose which transactions (a chill, a bond, a reveal that frees a seat) go
//! into its block to shape the candidates of a draw it already knows; and a validator that is
//! also a worker could time a lone commit before one of its own slots and skip the work
//! whenever its slot's output says "no audit".
//!
//! So a draw in block `t` takes the outputs of `t` and `t − 1` together, and only where their
//! authors differ. The author of `t − 1` built the state the draw reads without knowing `t`'s
//! output; the author of `t` knows the whole seed but can change nothing the draw reads
//! (draws run in `on_initialize`, before any transaction), only withhold its block. A
//! worker deciding at its commit (in a block before `t − 1`, which pallet-jobs' `DrawDelay`
//! of 2 ensures) would need to know the outputs of two validators' future slots: one
//! validator alone cannot. Where one validator authored both blocks there is no seed, and
//! pallet-jobs draws nothing in that block (its randomness reads as known since genesis,
//! older than anything it could draw); the next block by another validator draws. A chain of
//! one validator (`--dev`) trusts that validator anyway: its blocks always draw.
//!
//! A block without a VRF output (the genesis block as a parent; secondary slots without VRF,
//! should governance ever allow them through `Babe.plan_config_change`) gives no seed either,
//! and its draws wait: no epoch randomness, which everyone knows for a whole epoch, stands in.

pub use pallet_draw_seed::*;

#[frame_support::pallet]
pub mod pallet_draw_seed {
	use codec::Encode;
	use frame_support::{pallet_prelude::*, traits::Randomness};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_consensus_babe::{digests::PreDigest, AuthorityId, RANDOMNESS_VRF_CONTEXT};
	use sp_core::crypto::Wraps;
	use sp_runtime::traits::{Hash, One, Saturating, Zero};

	/// The storage layout; bump it with a migration when a stored type changes.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// The weight of `on_initialize`'s computation beyond its storage accesses: one sr25519
	/// VRF pre-output's bytes (a Ristretto point decompression and a transcript hash), the work
	/// pallet-babe repeats in `on_finalize`. The whole hook took 46 µs natively (2026-12-07, the
	/// development machine, 2,000 runs); wasm runs it a few times slower, so it is charged at
	/// ten times the native figure until it has a benchmark of its own.
	const VRF_OUTPUT_WEIGHT: Weight = Weight::from_parts(460_000_000, 0);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_babe::Config {}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// This block's seed, `hash(VRF output of this block ‖ VRF output of the parent)` (the
	/// chain's hasher, blake2-256), when the two have different authors; set by
	/// `on_initialize` of every block.
	#[pallet::storage]
	pub type Seed<T: Config> = StorageValue<_, T::Hash, OptionQuery>;

	/// The author of the last block (between blocks, of the finished one), for the next
	/// block's seed; set by `on_initialize`.
	#[pallet::storage]
	pub type LastAuthor<T: Config> = StorageValue<_, AuthorityId, OptionQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Runs after pallet-babe's `on_initialize` (it enacts a new epoch's randomness and
		/// authorities first) and before pallet-jobs' (which draws with the seed). Records this
		/// block's author for the next block here too: pallet-babe's `on_finalize` takes the
		/// pre-digest before this pallet's would run.
		fn on_initialize(_now: BlockNumberFor<T>) -> Weight {
			let author = Self::author();
			match Self::fresh_seed(author.as_ref()) {
				Some(seed) => Seed::<T>::put(seed),
				None => Seed::<T>::kill(),
			}
			match author {
				Some(author) => LastAuthor::<T>::put(author),
				None => LastAuthor::<T>::kill(),
			}
			// The pre-digest and the authorities (twice each, the second from the overlay),
			// the epoch's randomness, slot and index, the parent's output, the last author;
			// two writes.
			T::DbWeight::get().reads_writes(9, 2).saturating_add(VRF_OUTPUT_WEIGHT)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			// Between blocks the last author is the finished block's, one of the authorities
			// that authored in its epoch (a block that opened an epoch was authored by the new
			// epoch's authorities, which are the current ones now).
			if let Some(author) = LastAuthor::<T>::get() {
				ensure!(
					pallet_babe::Authorities::<T>::get().iter().any(|(key, _)| *key == author),
					"the last author is not a BABE authority"
				);
			}
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The seed of this block, if this block and its parent both carry VRF outputs and
		/// different validators authored them (or the chain has a single validator).
		fn fresh_seed(author: Option<&AuthorityId>) -> Option<T::Hash> {
			let this = Self::this_block_output()?;
			let parent = pallet_babe::AuthorVrfRandomness::<T>::get()?;
			let single = pallet_babe::Authorities::<T>::get().len() < 2;
			if !single && LastAuthor::<T>::get().as_ref() == Some(author?) {
				return None;
			}
			Some(T::Hashing::hash_of(&(this, parent)))
		}

		/// The BABE pre-digest of the block being built.
		fn pre_digest() -> Option<PreDigest> {
			pallet_babe::Initialized::<T>::get().flatten()
		}

		/// The authority that signed this block's pre-digest.
		fn author() -> Option<AuthorityId> {
			let index = Self::pre_digest()?.authority_index();
			pallet_babe::Authorities::<T>::get().get(index as usize).map(|(key, _)| key.clone())
		}

		/// This block's VRF output, as pallet-babe computes it in `on_finalize` (the node
		/// verified the signature at import): the bytes of the pre-output over this epoch's
		/// transcript.
		fn this_block_output() -> Option<[u8; 32]> {
			let pre_digest = Self::pre_digest()?;
			let signature = pre_digest.vrf_signature()?;
			let authorities = pallet_babe::Authorities::<T>::get();
			let (authority, _) = authorities.get(pre_digest.authority_index() as usize)?;
			let transcript = sp_consensus_babe::make_vrf_transcript(
				&pallet_babe::Randomness::<T>::get(),
				pallet_babe::CurrentSlot::<T>::get(),
				pallet_babe::EpochIndex::<T>::get(),
			);
			authority
				.as_inner_ref()
				.make_bytes(RANDOMNESS_VRF_CONTEXT, &transcript, &signature.pre_output)
				.ok()
		}
	}

	/// `hash(subject ‖ seed)`, known since the parent block; without a seed, a value reported
	/// as known since genesis, which pallet-jobs never draws with (`DrawDelay` ≥ 1).
	impl<T: Config> Randomness<T::Hash, BlockNumberFor<T>> for Pallet<T> {
		fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
			match Seed::<T>::get() {
				Some(seed) => (
					T::Hashing::hash(&(subject, seed).encode()),
					frame_system::Pallet::<T>::block_number().saturating_sub(One::one()),
				),
				None => (T::Hashing::hash(subject), Zero::zero()),
			}
		}
	}
}
