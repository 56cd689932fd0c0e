//! Storage migrations. Add the runtime's `Migrations` entry for each.

use crate::{Config, CreatorJobs, HoldReason, Jobs, ModelJobs, Pallet, Payment, PremiumEscrow};
use alloc::collections::BTreeMap;
use frame_support::{
	migrations::VersionedMigration,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get, UncheckedOnRuntimeUpgrade,
	},
	weights::Weight,
};
use sp_runtime::traits::UniqueSaturatedInto;

/// Version 0 → 1: escrow moves into the pallet's account, and live jobs are counted by
/// creator and by model.
///
/// Opens the escrow account, moves every live job's held payment (in its creator's account
/// for token payments, in the reward pot for Spark payments) there, fills [`CreatorJobs`] and
/// [`ModelJobs`], and gives a Spark job's premium part its [`PremiumEscrow`], so that a
/// refund backs the premium Spark it mints again (pallet-spark's backing). One pass over at
/// most `MaxLiveJobs` jobs.
pub mod v1 {
	use super::*;

	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			Pallet::<T>::open_escrow_account();
			let escrow = Pallet::<T>::escrow_account();
			let (mut by_creator, mut by_model) = (BTreeMap::new(), BTreeMap::new());
			let (mut jobs, mut moved) = (0u64, 0u64);
			for (id, mut job) in Jobs::<T>::iter() {
				jobs += 1;
				*by_creator.entry(job.creator.clone()).or_insert(0u32) += 1;
				*by_model.entry(job.model).or_insert(0u32) += 1;
				if let Payment::Spark(charge) = job.payment {
					let total = charge.premium.saturating_add(charge.free);
					if charge.premium > 0 {
						let premium = Pallet::<T>::scale(
							job.escrow,
							u128::from(charge.premium).unique_saturated_into(),
							u128::from(total).unique_saturated_into(),
						);
						PremiumEscrow::<T>::insert(id, premium);
					}
				}
				if job.payer == escrow {
					continue;
				}
				let moved_hold = T::Currency::transfer_on_hold(
					&HoldReason::JobPayment.into(),
					&job.payer,
					&escrow,
					job.escrow,
					Precision::Exact,
					Restriction::OnHold,
					Fortitude::Force,
				);
				if let Err(error) = moved_hold {
					log::error!(target: "runtime::jobs", "job {id}: escrow not moved: {error:?}");
					continue;
				}
				job.payer = escrow.clone();
				Jobs::<T>::insert(id, job);
				moved += 1;
			}
			let counters = (by_creator.len() + by_model.len()) as u64;
			for (creator, count) in by_creator {
				CreatorJobs::<T>::insert(creator, count);
			}
			for (model, count) in by_model {
				ModelJobs::<T>::insert(model, count);
			}
			// The escrow account: 2 reads, 2 writes; a job: 1 read, and when moved 1 write and
			// a hold transfer (2 accounts, 2 hold lists: 4 reads, 4 writes).
			T::DbWeight::get().reads_writes(2 + jobs + 4 * moved, 2 + 5 * moved + counters)
		}
	}

	/// [`UncheckedMigrateToV1`] run once, from storage version 0.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
