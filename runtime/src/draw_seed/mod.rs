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
//! authors differ (as validators: their accounts, whatever session keys they use). The author
//! of `t − 1` built the state the draw reads without knowing `t`'s output; the author of `t`
//! knows the whole seed but can change nothing the draw reads (draws run in `on_initialize`,
//! before any transaction): it can withhold its block, or, in a primary slot, build on an
//! older unfinalized block instead of `t − 1` (BABE's fork choice prefers the chain with more
//! primary blocks), choosing among a few seeds it knows; `docs/verification.md` bounds what
//! that is worth. A worker deciding at its commit (in a block before `t − 1`, which
//! pallet-jobs' `DrawDelay` of 2 ensures) would need to know the outputs of two validators'
//! future slots: one validator alone cannot. Where one validator authored both blocks there is
//! no seed, and pallet-jobs draws nothing in that block (its randomness reads as known since
//! genesis, older than anything it could draw); the next block by another validator draws. A
//! chain of one validator (`--dev`) trusts that validator anyway: its blocks always draw.
//!
//! A block without a VRF output (block 1, whose parent is genesis; secondary slots without VRF,
//! should governance ever allow them through `Babe.plan_config_change`) gives no seed, nor does
//! the block after it: their draws wait, and no epoch randomness, which everyone knows for a
//! whole epoch, stands in.

pub use pallet_draw_seed::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod weights;

#[frame_support::pallet]
pub mod pallet_draw_seed {
	use codec::Encode;
	use frame_support::{
		pallet_prelude::*,
		traits::{FindAuthor, Randomness},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_consensus_babe::{
		digests::PreDigest, Randomness as BabeRandomness, RANDOMNESS_VRF_CONTEXT,
	};
	use sp_core::crypto::Wraps;
	use sp_runtime::traits::{Hash, One, Saturating, Zero};

	/// The storage layout; bump it with a migration when a stored type changes.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_babe::Config {
		/// Who authors blocks, as a validator is known across epochs: its account, not its
		/// session key, so that changing keys at an epoch boundary does not make one validator
		/// two authors.
		type Author: Parameter + MaxEncodedLen;
		/// The author of the block being built, from its pre-runtime digest.
		type FindAuthor: FindAuthor<Self::Author>;
		/// `on_initialize`'s weight: its reads and writes, and one sr25519 VRF pre-output's
		/// bytes (a Ristretto point decompression and a transcript hash), the work pallet-babe
		/// repeats in `on_finalize`.
		type WeightInfo: super::weights::WeightInfo;
	}

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
	pub type LastAuthor<T: Config> = StorageValue<_, T::Author, OptionQuery>;

	/// The VRF output of the last block, if it had one; set by `on_initialize`. Kept here
	/// rather than read from pallet-babe, whose `AuthorVrfRandomness` keeps an older block's
	/// output across a block without one.
	#[pallet::storage]
	pub type LastOutput<T: Config> = StorageValue<_, BabeRandomness, OptionQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Runs after pallet-babe's `on_initialize` (it enacts a new epoch's randomness and
		/// authorities first) and before pallet-jobs' (which draws with the seed); records this
		/// block's author and output for the next block.
		fn on_initialize(_now: BlockNumberFor<T>) -> Weight {
			let author = Self::author();
			let output = Self::this_block_output();
			match Self::seed_of(author.as_ref(), output) {
				Some(seed) => Seed::<T>::put(seed),
				None => Seed::<T>::kill(),
			}
			match author {
				Some(author) => LastAuthor::<T>::put(author),
				None => LastAuthor::<T>::kill(),
			}
			match output {
				Some(output) => LastOutput::<T>::put(output),
				None => LastOutput::<T>::kill(),
			}
			// Charged as the dearest branch, a block that draws (every branch writes the same
			// three values; one without a VRF output reads less).
			<<T as Config>::WeightInfo as super::weights::WeightInfo>::on_initialize()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_now: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			// A block with a VRF output has a pre-digest, and so an author; a seed pairs the
			// output of the block that drew with it.
			ensure!(
				LastOutput::<T>::get().is_none() || LastAuthor::<T>::get().is_some(),
				"the last block has a VRF output but no author"
			);
			ensure!(
				Seed::<T>::get().is_none() || LastOutput::<T>::get().is_some(),
				"the last block has a seed but no VRF output"
			);
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The seed of a block authored by `author` with VRF output `output`: if the parent
		/// has an output too and another validator authored it (or the chain has a single
		/// validator). A parent of unknown author (the first block with this pallet) gives no
		/// seed: it may have been the same validator.
		fn seed_of(author: Option<&T::Author>, output: Option<BabeRandomness>) -> Option<T::Hash> {
			let (this, parent) = (output?, LastOutput::<T>::get()?);
			if pallet_babe::Authorities::<T>::decode_len().unwrap_or(0) >= 2
				&& LastAuthor::<T>::get()? == *author?
			{
				return None;
			}
			Some(T::Hashing::hash_of(&(this, parent)))
		}

		/// The validator authoring the block being built.
		fn author() -> Option<T::Author> {
			let digest = frame_system::Pallet::<T>::digest();
			T::FindAuthor::find_author(
				digest.logs().iter().filter_map(|item| item.as_pre_runtime()),
			)
		}

		/// This block's VRF output, as pallet-babe computes it in `on_finalize` (the node
		/// verified the signature at import): the bytes of the pre-output over this epoch's
		/// transcript.
		fn this_block_output() -> Option<BabeRandomness> {
			// The BABE pre-digest of the block being built.
			let pre_digest: PreDigest = pallet_babe::Initialized::<T>::get().flatten()?;
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
