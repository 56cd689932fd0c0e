use super::last_event;
use crate::{
	mock::*, traits::ComputeWorkers, Error, Event, GrantModels, HoldReason, ModelCount, ModelKind,
	ModelLimits, ModelServers, Models, Workers,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};

fn uri() -> crate::Uri {
	BoundedVec::truncate_from(b"ipfs://meta".to_vec())
}

#[test]
fn registering_a_model_holds_its_stake() {
	test(|| {
		let model = register_model();
		assert_eq!(model, 0);
		let entry = Models::<Test>::get(model).unwrap();
		assert_eq!((entry.owner, entry.stake, entry.units_per_job), (DAVE, MIN_MODEL_STAKE, 1));
		assert_eq!(Balances::free_balance(DAVE), FUNDS - MIN_MODEL_STAKE);
		assert_eq!(
			last_event(),
			Event::ModelRegistered { model, owner: DAVE, stake: MIN_MODEL_STAKE }
		);
		assert_eq!(ModelCount::<Test>::get(), 1);
	});
}

#[test]
fn a_model_needs_a_minimum_stake_and_a_job_cost() {
	test(|| {
		let register = |units, stake| {
			Staking::register_model(
				RuntimeOrigin::signed(DAVE),
				[1; 32],
				ModelKind::Embedding,
				units,
				uri(),
				stake,
				LIMITS,
			)
		};
		assert_noop!(register(1, MIN_MODEL_STAKE - 1), Error::<Test>::BelowMinimumStake);
		assert_noop!(register(0, MIN_MODEL_STAKE), Error::<Test>::ZeroUnits);
	});
}

#[test]
fn the_registry_is_bounded() {
	test(|| {
		for _ in 0..MAX_MODELS {
			register_model();
		}
		assert_noop!(
			Staking::register_model(
				RuntimeOrigin::signed(DAVE),
				[1; 32],
				ModelKind::Embedding,
				1,
				uri(),
				MIN_MODEL_STAKE,
				LIMITS,
			),
			Error::<Test>::TooManyModels
		);
	});
}

#[test]
fn a_full_registry_evicts_its_least_staked_unserved_model_for_a_newcomer_staking_more() {
	test(|| {
		for _ in 0..MAX_MODELS {
			register_model();
		}
		// Model 0 stakes the least but is served; of the unserved, model 2 is the oldest of
		// the least staked (model 3 stakes more).
		register(ALICE, MIN_WORKER_STAKE, &[0, 1]);
		assert_ok!(Staking::bond_model_extra(RuntimeOrigin::signed(DAVE), 1, 5));
		assert_ok!(Staking::bond_model_extra(RuntimeOrigin::signed(DAVE), 3, 5));
		let held_before = Balances::balance_on_hold(&HoldReason::ModelStake.into(), &DAVE);
		let newcomer = |stake| {
			Staking::register_model(
				RuntimeOrigin::signed(BOB),
				[9; 32],
				ModelKind::Embedding,
				1,
				uri(),
				stake,
				LIMITS,
			)
		};
		assert_noop!(newcomer(MIN_MODEL_STAKE), Error::<Test>::TooManyModels);

		assert_ok!(newcomer(MIN_MODEL_STAKE + 1));
		assert!(Models::<Test>::get(2).is_none());
		assert!(Models::<Test>::get(0).is_some(), "a served model is never evicted");
		assert_eq!(ModelCount::<Test>::get(), MAX_MODELS);
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Staking(Event::ModelEvicted { model: 2, owner: DAVE })));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ModelStake.into(), &DAVE),
			held_before - MIN_MODEL_STAKE,
			"the evicted model's stake is released"
		);
	});
}

#[test]
fn a_registry_full_of_served_models_evicts_none() {
	test(|| {
		let models: Vec<_> = (0..MAX_MODELS).map(|_| register_model()).collect();
		register(ALICE, MIN_WORKER_STAKE, &models[..3]);
		register(CHARLIE, MIN_WORKER_STAKE, &models[3..]);
		assert_noop!(
			Staking::register_model(
				RuntimeOrigin::signed(BOB),
				[9; 32],
				ModelKind::Embedding,
				1,
				uri(),
				10 * MIN_MODEL_STAKE,
				LIMITS,
			),
			Error::<Test>::TooManyModels
		);
	});
}

#[test]
fn models_rank_by_stake() {
	test(|| {
		let (a, b, c) = (register_model(), register_model(), register_model());
		assert_ok!(Staking::bond_model_extra(RuntimeOrigin::signed(DAVE), b, 300));
		assert_ok!(Staking::bond_model_extra(RuntimeOrigin::signed(DAVE), c, 100));
		assert_eq!(last_event(), Event::ModelBonded { model: c, amount: 100 });
		let ranked: Vec<_> = Staking::models_ranked().into_iter().map(|model| model.id).collect();
		assert_eq!(ranked, vec![b, c, a]);
	});
}

#[test]
fn only_the_owner_bonds_or_retires_a_model() {
	test(|| {
		let model = register_model();
		assert_noop!(
			Staking::bond_model_extra(RuntimeOrigin::signed(ALICE), model, 1),
			Error::<Test>::NotModelOwner
		);
		assert_noop!(
			Staking::retire_model(RuntimeOrigin::signed(ALICE), model),
			Error::<Test>::NotModelOwner
		);
		assert_noop!(
			Staking::retire_model(RuntimeOrigin::signed(DAVE), 42),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Staking::bond_model_extra(RuntimeOrigin::signed(DAVE), model, 0),
			Error::<Test>::ZeroAmount
		);
	});
}

#[test]
fn retiring_releases_the_stake_and_drops_the_model_from_workers() {
	test(|| {
		let (kept, retired) = (register_model(), register_model());
		register(ALICE, MIN_WORKER_STAKE, &[kept, retired]);
		assert_ok!(Staking::retire_model(RuntimeOrigin::signed(DAVE), retired));
		assert_eq!(last_event(), Event::ModelRetired { model: retired });
		assert!(Models::<Test>::get(retired).is_none());
		assert!(ModelServers::<Test>::get(retired).is_empty());
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().profile.models.to_vec(), vec![kept]);
		assert_eq!(Balances::free_balance(DAVE), FUNDS - MIN_MODEL_STAKE);
		assert_eq!(<Staking as ComputeWorkers<AccountId>>::model(retired), None);
		assert_eq!(<Staking as ComputeWorkers<AccountId>>::model(kept).unwrap().owner, DAVE);
	});
}

#[test]
fn candidates_are_the_active_workers_with_their_class_and_weight() {
	test(|| {
		let model = register_model();
		register(ALICE, 2_000, &[model]);
		register(BOB, 4_000, &[model]);
		register(CHARLIE, 3_000, &[model]);
		assert_ok!(Staking::chill(RuntimeOrigin::signed(CHARLIE)));

		let found = <Staking as ComputeWorkers<AccountId>>::candidates(model);
		assert!(found.iter().all(|c| c.class == profile(&[]).class));
		let weights: Vec<_> = found.iter().map(|c| (c.worker, c.weight)).collect();
		// stake × 80% quality × 100% online; Charlie is chilled.
		assert_eq!(weights, vec![(ALICE, 1_600), (BOB, 3_200)]);

		go_to_era(2 + MAX_MISSED_ERAS);
		assert!(
			<Staking as ComputeWorkers<AccountId>>::candidates(model).is_empty(),
			"workers silent for too long are not candidates"
		);
	});
}

#[test]
fn governance_sets_a_models_limits_and_refuses_empty_ones() {
	test(|| {
		let model = register_model();
		assert_eq!(Models::<Test>::get(model).unwrap().limits, LIMITS);
		let limits = ModelLimits { max_units: 4, unit_millis: 30_000 };
		assert_noop!(
			Staking::set_model_limits(RuntimeOrigin::signed(DAVE), model, limits),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Staking::set_model_limits(RuntimeOrigin::root(), model, limits));
		assert_eq!(Models::<Test>::get(model).unwrap().limits, limits);
		assert_eq!(last_event(), Event::ModelLimitsSet { model, limits });
		assert_eq!(Staking::model(model).unwrap().limits, limits);
		for bad in
			[ModelLimits { max_units: 0, ..limits }, ModelLimits { unit_millis: 0, ..limits }]
		{
			assert_noop!(
				Staking::set_model_limits(RuntimeOrigin::root(), model, bad),
				Error::<Test>::BadLimits
			);
		}
		assert_noop!(
			Staking::set_model_limits(RuntimeOrigin::root(), 99, limits),
			Error::<Test>::UnknownModel
		);
	});
}

#[test]
fn governance_opens_a_model_to_free_spark_and_closes_it() {
	test(|| {
		let model = register_model();
		assert!(!Staking::takes_free_spark(model), "closed until opened");
		assert_noop!(
			Staking::set_grant_model(RuntimeOrigin::signed(DAVE), model, true),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Staking::set_grant_model(RuntimeOrigin::root(), 99, true),
			Error::<Test>::UnknownModel
		);
		assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), model, true));
		assert_eq!(last_event(), Event::GrantModelSet { model, open: true });
		assert!(Staking::takes_free_spark(model));
		assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), model, false));
		assert_eq!(last_event(), Event::GrantModelSet { model, open: false });
		assert!(!Staking::takes_free_spark(model));
	});
}

#[test]
fn a_retired_or_evicted_model_is_closed_to_free_spark() {
	test(|| {
		let retired = register_model();
		assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), retired, true));
		assert_ok!(Staking::retire_model(RuntimeOrigin::signed(DAVE), retired));
		assert!(!GrantModels::<Test>::contains_key(retired));
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Staking(Event::GrantModelSet { model: retired, open: false })));

		let models: Vec<_> = (1..MAX_MODELS).map(|_| register_model()).collect();
		register_model();
		let evicted = models[0];
		assert_ok!(Staking::set_grant_model(RuntimeOrigin::root(), evicted, true));
		assert_ok!(Staking::register_model(
			RuntimeOrigin::signed(BOB),
			[9; 32],
			ModelKind::Embedding,
			1,
			uri(),
			MIN_MODEL_STAKE + 1,
			LIMITS,
		));
		assert!(Models::<Test>::get(evicted).is_none(), "the oldest least-staked model went");
		assert!(!GrantModels::<Test>::contains_key(evicted));
	});
}

#[test]
fn the_migration_gives_every_model_limits() {
	use crate::migrations::v1::{MigrateToV1, ModelV0};
	use codec::Encode;
	use frame_support::{
		parameter_types,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};
	parameter_types! {
		pub const Default: ModelLimits = ModelLimits { max_units: 3, unit_millis: 700 };
	}
	test(|| {
		let model = register_model();
		let now = Models::<Test>::get(model).unwrap();
		let old = ModelV0 {
			owner: now.owner,
			weights_hash: now.weights_hash,
			kind: now.kind,
			units_per_job: now.units_per_job,
			metadata_uri: now.metadata_uri.clone(),
			stake: now.stake,
		};
		frame_support::storage::unhashed::put_raw(
			&Models::<Test>::hashed_key_for(model),
			&old.encode(),
		);
		StorageVersion::new(0).put::<Staking>();

		MigrateToV1::<Test, Default>::on_runtime_upgrade();

		assert_eq!(Staking::on_chain_storage_version(), 1);
		let migrated = Models::<Test>::get(model).unwrap();
		assert_eq!(migrated.limits, Default::get());
		assert_eq!((migrated.stake, migrated.metadata_uri), (now.stake, now.metadata_uri));
	});
}
