//! Storage migrations. Add the runtime's `Migrations` entry for each.

use crate::{Config, Model, ModelLimits, Models, Pallet};
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// Version 0 → 1: every model gets [`ModelLimits`], `Limits` until the network-parameters
/// track sets better ones (`set_model_limits`). One pass over at most `MaxModels` models.
pub mod v1 {
	use super::*;
	use crate::{BalanceOf, ModelKind, Uri};
	use codec::{Decode, Encode};

	/// A model as version 0 stored it: without limits.
	#[derive(Encode, Decode)]
	pub struct ModelV0<AccountId, Balance> {
		pub owner: AccountId,
		pub weights_hash: [u8; 32],
		pub kind: ModelKind,
		pub units_per_job: u32,
		pub metadata_uri: Uri,
		pub stake: Balance,
	}

	pub struct UncheckedMigrateToV1<T, Limits>(core::marker::PhantomData<(T, Limits)>);

	impl<T: Config, Limits: Get<ModelLimits>> UncheckedOnRuntimeUpgrade
		for UncheckedMigrateToV1<T, Limits>
	{
		fn on_runtime_upgrade() -> Weight {
			let mut models = 0u64;
			Models::<T>::translate::<ModelV0<T::AccountId, BalanceOf<T>>, _>(|_, old| {
				models += 1;
				Some(Model {
					owner: old.owner,
					weights_hash: old.weights_hash,
					kind: old.kind,
					units_per_job: old.units_per_job,
					metadata_uri: old.metadata_uri,
					stake: old.stake,
					limits: Limits::get(),
				})
			});
			T::DbWeight::get().reads_writes(models, models)
		}
	}

	/// [`UncheckedMigrateToV1`] run once, from storage version 0.
	pub type MigrateToV1<T, Limits> = VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T, Limits>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 → 2: the execution-class registry ([`crate::Classes`]) starts with `Seed`, the
/// classes the runtime's genesis registers. Without it, a worker could no longer update its
/// profile and no new job would be seated after the upgrade. Workers of any other class stay
/// registered and take no new job until governance registers their class or they move.
pub mod v2 {
	use super::*;
	use crate::{ClassRules, Classes, ExecutionClass};
	use alloc::vec::Vec;

	pub struct UncheckedSeedClasses<T, Seed>(core::marker::PhantomData<(T, Seed)>);

	impl<T: Config, Seed: Get<Vec<(ExecutionClass, u32)>>> UncheckedOnRuntimeUpgrade
		for UncheckedSeedClasses<T, Seed>
	{
		fn on_runtime_upgrade() -> Weight {
			let seed = Seed::get();
			let mut written = 0u64;
			for (class, min_workers) in seed.iter().take(T::MaxClasses::get() as usize) {
				if !class.is_empty() && *min_workers > 0 {
					Classes::<T>::insert(class, ClassRules { min_workers: *min_workers });
					written += 1;
				}
			}
			T::DbWeight::get().reads_writes(written * 2, written * 2)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			frame_support::ensure!(Classes::<T>::count() > 0, "no execution class was seeded");
			Ok(())
		}
	}

	/// [`UncheckedSeedClasses`] run once, from storage version 1.
	pub type MigrateToV2<T, Seed> = VersionedMigration<
		1,
		2,
		UncheckedSeedClasses<T, Seed>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
