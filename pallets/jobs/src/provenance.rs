//! Output provenance: the creator of a settled job mints its output as an NFT that names the
//! job, the model's weights and the output digest, so anyone can check where an image came
//! from.

use crate::{Config, Error, Event, JobId, JobOutcome, Outcomes, Pallet};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_core::hexdisplay::HexDisplay;

/// Mints provenance NFTs; the runtime backs it with pallet-nfts.
pub trait OutputProvenance<AccountId> {
	/// Mints item `job` to `owner` with `metadata`, which nobody may change afterwards. Fails
	/// when the item exists: an output is minted once.
	fn mint(owner: &AccountId, job: JobId, metadata: &[u8]) -> DispatchResult;
}

impl<T: Config> Pallet<T> {
	/// Mints the output of `creator`'s settled job `id`.
	pub(crate) fn do_mint_output(creator: &T::AccountId, id: JobId) -> DispatchResult {
		let Some(JobOutcome::Settled { creator: owner, model, model_hash, digest, .. }) =
			Outcomes::<T>::get(id)
		else {
			return Err(Error::<T>::NotSettled.into());
		};
		ensure!(owner == *creator, Error::<T>::NotCreator);
		T::Provenance::mint(creator, id, &provenance_metadata(id, model, &model_hash, &digest))?;
		Self::deposit_event(Event::OutputMinted { job: id, owner: owner.clone() });
		Ok(())
	}
}

/// The NFT's metadata, JSON so that wallets show it as is:
/// `{"job":7,"model":0,"modelHash":"0x…","digest":"0x…"}` (hashes as lowercase hex).
pub fn provenance_metadata(
	job: JobId,
	model: pallet_compute_staking::ModelId,
	model_hash: &[u8; 32],
	digest: &[u8; 32],
) -> Vec<u8> {
	alloc::format!(
		"{{\"job\":{job},\"model\":{model},\"modelHash\":\"0x{}\",\"digest\":\"0x{}\"}}",
		HexDisplay::from(model_hash),
		HexDisplay::from(digest),
	)
	.into_bytes()
}
