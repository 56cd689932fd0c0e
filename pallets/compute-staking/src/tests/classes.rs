//! The execution-class registry: only governance registers classes, and a worker only joins
//! a registered one.

use super::last_event;
use crate::{mock::*, ClassRules, Classes, Error, Event};
use frame_support::{assert_noop, assert_ok, traits::GetStorageVersion};

const RULES: ClassRules = ClassRules { min_workers: 3 };

#[test]
fn governance_registers_changes_and_retires_a_class() {
	test(|| {
		let cpu = class(b"cpu-x86_64");
		assert_noop!(
			Staking::set_class(RuntimeOrigin::signed(ALICE), cpu.clone(), Some(RULES)),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), cpu.clone(), Some(RULES)));
		assert_eq!(Classes::<Test>::get(&cpu), Some(RULES));
		assert_eq!(last_event(), Event::ClassSet { class: cpu.clone(), rules: Some(RULES) });

		let stricter = ClassRules { min_workers: 5 };
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), cpu.clone(), Some(stricter)));
		assert_eq!(Classes::<Test>::get(&cpu), Some(stricter));
		assert_eq!(Classes::<Test>::count(), 2);

		assert_ok!(Staking::set_class(RuntimeOrigin::root(), cpu.clone(), None));
		assert_eq!(Classes::<Test>::get(&cpu), None);
		assert_eq!(last_event(), Event::ClassSet { class: cpu.clone(), rules: None });
		assert_noop!(
			Staking::set_class(RuntimeOrigin::root(), cpu, None),
			Error::<Test>::UnknownClass
		);
	});
}

#[test]
fn a_class_needs_a_name_a_worker_and_room() {
	test(|| {
		assert_noop!(
			Staking::set_class(RuntimeOrigin::root(), class(b""), Some(RULES)),
			Error::<Test>::EmptyClass
		);
		assert_noop!(
			Staking::set_class(
				RuntimeOrigin::root(),
				class(b"cpu-x86_64"),
				Some(ClassRules { min_workers: 0 })
			),
			Error::<Test>::BadClassRules
		);
		for name in 1..MAX_CLASSES {
			assert_ok!(Staking::set_class(
				RuntimeOrigin::root(),
				class(&[b'c', name as u8]),
				Some(RULES)
			));
		}
		assert_noop!(
			Staking::set_class(RuntimeOrigin::root(), class(b"one-too-many"), Some(RULES)),
			Error::<Test>::TooManyClasses
		);
		// A registered class can still change its rules when the registry is full.
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), class(CLASS), Some(RULES)));
	});
}

#[test]
fn a_worker_registers_only_under_a_registered_class() {
	test(|| {
		let model = register_model();
		let mut alone = profile(&[model]);
		alone.class = class(b"cpu-my-own");
		assert_noop!(
			Staking::register_worker(RuntimeOrigin::signed(ALICE), MIN_WORKER_STAKE, alone.clone()),
			Error::<Test>::UnknownClass
		);
		register(ALICE, MIN_WORKER_STAKE, &[model]);
		assert_noop!(
			Staking::update_profile(RuntimeOrigin::signed(ALICE), alone.clone()),
			Error::<Test>::UnknownClass
		);

		assert_ok!(Staking::set_class(RuntimeOrigin::root(), alone.class.clone(), Some(RULES)));
		assert_ok!(Staking::update_profile(RuntimeOrigin::signed(ALICE), alone));
	});
}

#[test]
fn a_retired_class_has_no_quorum() {
	use crate::traits::ComputeWorkers;
	test(|| {
		assert_eq!(<Staking as ComputeWorkers<AccountId>>::class_quorum(&class(CLASS)), Some(1));
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), class(CLASS), None));
		assert_eq!(<Staking as ComputeWorkers<AccountId>>::class_quorum(&class(CLASS)), None);
	});
}

#[test]
fn the_migration_seeds_the_registry_once() {
	use crate::migrations::v2::MigrateToV2;
	use frame_support::{
		parameter_types,
		traits::{OnRuntimeUpgrade, StorageVersion},
	};
	parameter_types! {
		pub Seed: Vec<(crate::ExecutionClass, u32)> =
			vec![(class(b"cpu-x86_64"), 2), (class(b""), 2), (class(b"cuda-sm90"), 4)];
	}
	test(|| {
		let _ = Classes::<Test>::clear(u32::MAX, None);
		StorageVersion::new(1).put::<Staking>();

		MigrateToV2::<Test, Seed>::on_runtime_upgrade();

		assert_eq!(Staking::on_chain_storage_version(), 2);
		assert_eq!(Classes::<Test>::get(class(b"cpu-x86_64")), Some(ClassRules { min_workers: 2 }));
		assert_eq!(Classes::<Test>::get(class(CLASS)), Some(ClassRules { min_workers: 4 }));
		assert_eq!(Classes::<Test>::count(), 2, "the empty name is skipped");

		// Run again at version 2, it changes nothing.
		assert_ok!(Staking::set_class(RuntimeOrigin::root(), class(CLASS), None));
		MigrateToV2::<Test, Seed>::on_runtime_upgrade();
		assert_eq!(Classes::<Test>::get(class(CLASS)), None);
	});
}
