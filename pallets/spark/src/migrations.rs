//! Storage migrations. Add the runtime's `Migrations` entry for each.

use crate::{Accounts, Config, Pallet, PremiumOutstanding, Registrations};
use frame_support::{
	migrations::VersionedMigration,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get, UncheckedOnRuntimeUpgrade,
	},
	weights::Weight,
};

/// Version 0 → 1: [`PremiumOutstanding`], the premium Spark the backing backs, counted from
/// the accounts, and their backing. One pass over the accounts holding Spark.
///
/// What buyers paid before version 1 went to the compute reward pot (`RewardFunding`): the
/// premium Spark outstanding at the current price moves from it into the backing, as much as
/// it can give while keeping its existence deposit.
pub mod v1 {
	use super::*;

	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut accounts, mut premium) = (0u64, 0u128);
			for (_, balance) in Accounts::<T>::iter() {
				accounts += 1;
				premium = premium.saturating_add(balance.premium.into());
			}
			PremiumOutstanding::<T>::put(premium);
			let units = premium.try_into().unwrap_or(crate::SparkAmount::MAX);
			let owed = Pallet::<T>::price_of(units).unwrap_or_default();
			let (pot, backing) = (T::RewardFunding::get(), T::Backing::get());
			let spare =
				T::Currency::reducible_balance(&pot, Preservation::Preserve, Fortitude::Polite);
			let moved = owed.min(spare);
			if T::Currency::transfer(&pot, &backing, moved, Preservation::Preserve).is_err() {
				log::error!(target: "runtime::spark", "the premium Spark's backing was not moved");
			}
			// The accounts, the price, two balances; the total and two balances written.
			T::DbWeight::get().reads_writes(accounts + 4, 3)
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

/// Version 1 → 2: each registered account gets the sufficient reference a registration now
/// gives (see `Pallet::do_register`), so that revoking it later releases exactly what was
/// taken. One pass over the registrations, which registrar quotas keep to thousands a day.
pub mod v2 {
	use super::*;

	pub struct UncheckedMigrateToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut registered = 0u64;
			for who in Registrations::<T>::iter_keys() {
				registered += 1;
				frame_system::Pallet::<T>::inc_sufficients(&who);
			}
			T::DbWeight::get().reads_writes(registered * 2, registered)
		}
	}

	/// [`UncheckedMigrateToV2`] run once, from storage version 1.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
