use super::{held, last_event};
use crate::{mock::*, Error, Event, ModelServers, WorkerStatus, Workers};
use frame_support::{assert_noop, assert_ok, traits::fungible::Mutate, BoundedVec};

#[test]
fn registering_holds_the_stake_and_lists_the_worker_for_its_models() {
	test(|| {
		let model = register_model();
		register(ALICE, 2_000, &[model]);
		assert_eq!(held(ALICE), 2_000);
		assert_eq!(Balances::free_balance(ALICE), FUNDS - 2_000);
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!(worker.status, WorkerStatus::Active);
		assert_eq!(worker.quality, INITIAL_QUALITY);
		assert_eq!(worker.online, sp_runtime::Perbill::one());
		assert_eq!(ModelServers::<Test>::get(model).to_vec(), vec![ALICE]);
		assert_eq!(last_event(), Event::WorkerRegistered { worker: ALICE, stake: 2_000 });
	});
}

#[test]
fn registering_twice_fails() {
	test(|| {
		register(ALICE, MIN_WORKER_STAKE, &[]);
		assert_noop!(
			Staking::register_worker(RuntimeOrigin::signed(ALICE), MIN_WORKER_STAKE, profile(&[])),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn a_stake_below_the_minimum_fails() {
	test(|| {
		assert_noop!(
			Staking::register_worker(
				RuntimeOrigin::signed(ALICE),
				MIN_WORKER_STAKE - 1,
				profile(&[])
			),
			Error::<Test>::BelowMinimumStake
		);
	});
}

#[test]
fn a_stake_beyond_the_balance_fails() {
	test(|| {
		assert!(Staking::register_worker(RuntimeOrigin::signed(ALICE), FUNDS * 2, profile(&[]))
			.is_err());
		assert!(!Workers::<Test>::contains_key(ALICE));
	});
}

#[test]
fn a_profile_must_name_registered_models_once_and_a_class() {
	test(|| {
		let model = register_model();
		assert_noop!(
			Staking::register_worker(RuntimeOrigin::signed(ALICE), MIN_WORKER_STAKE, profile(&[9])),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Staking::register_worker(
				RuntimeOrigin::signed(ALICE),
				MIN_WORKER_STAKE,
				profile(&[model, model])
			),
			Error::<Test>::DuplicateModel
		);
		let mut classless = profile(&[model]);
		classless.class = BoundedVec::new();
		assert_noop!(
			Staking::register_worker(RuntimeOrigin::signed(ALICE), MIN_WORKER_STAKE, classless),
			Error::<Test>::UnknownClass
		);
	});
}

#[test]
fn a_model_lists_at_most_its_bound_of_workers() {
	test(|| {
		let model = register_model();
		for who in 10..10 + u64::from(MAX_WORKERS_PER_MODEL) {
			Balances::set_balance(&who, FUNDS);
			register(who, MIN_WORKER_STAKE, &[model]);
		}
		assert_noop!(
			Staking::register_worker(
				RuntimeOrigin::signed(ALICE),
				MIN_WORKER_STAKE,
				profile(&[model])
			),
			Error::<Test>::TooManyWorkersForModel
		);
	});
}

#[test]
fn updating_the_profile_moves_the_worker_between_model_lists() {
	test(|| {
		let (first, second) = (register_model(), register_model());
		register(ALICE, MIN_WORKER_STAKE, &[first]);
		assert_ok!(Staking::update_profile(RuntimeOrigin::signed(ALICE), profile(&[second])));
		assert!(ModelServers::<Test>::get(first).is_empty());
		assert_eq!(ModelServers::<Test>::get(second).to_vec(), vec![ALICE]);
		assert_eq!(last_event(), Event::ProfileUpdated { worker: ALICE });
		assert_noop!(
			Staking::update_profile(RuntimeOrigin::signed(BOB), profile(&[])),
			Error::<Test>::NotAWorker
		);
	});
}

#[test]
fn chilling_and_unchilling() {
	test(|| {
		register(ALICE, MIN_WORKER_STAKE, &[]);
		assert_ok!(Staking::chill(RuntimeOrigin::signed(ALICE)));
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().status, WorkerStatus::Chilled);
		assert_noop!(Staking::chill(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotActive);
		go_to_era(7);
		assert_ok!(Staking::unchill(RuntimeOrigin::signed(ALICE)));
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!((worker.status, worker.due_era), (WorkerStatus::Active, 7));
		assert_noop!(Staking::unchill(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotChilled);
	});
}

#[test]
fn deregistering_unbonds_everything_and_the_record_goes_with_the_last_withdrawal() {
	test(|| {
		let model = register_model();
		register(ALICE, 3_000, &[model]);
		assert_ok!(Staking::deregister(RuntimeOrigin::signed(ALICE)));
		let worker = Workers::<Test>::get(ALICE).unwrap();
		assert_eq!((worker.status, worker.active), (WorkerStatus::Leaving, 0));
		assert!(ModelServers::<Test>::get(model).is_empty());
		assert!(worker.profile.models.is_empty(), "a leaving worker serves nothing");
		// While it unbonds, not only after (the fuzzer found the record claiming its models).
		assert_ok!(Staking::do_try_state());
		assert_eq!(held(ALICE), 3_000, "unbonding stake stays held");
		assert_noop!(Staking::deregister(RuntimeOrigin::signed(ALICE)), Error::<Test>::Leaving);
		assert_noop!(Staking::bond_extra(RuntimeOrigin::signed(ALICE), 1), Error::<Test>::Leaving);

		System::set_block_number(1 + UNBONDING_PERIOD);
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert!(!Workers::<Test>::contains_key(ALICE));
		assert_eq!(Balances::free_balance(ALICE), FUNDS);
		assert_eq!(last_event(), Event::WorkerRemoved { worker: ALICE });
	});
}

#[test]
fn deregistering_with_open_jobs_fails() {
	use crate::traits::ComputeWorkers;
	test(|| {
		register(ALICE, MIN_WORKER_STAKE, &[]);
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::note_assigned(&ALICE));
		assert_noop!(Staking::deregister(RuntimeOrigin::signed(ALICE)), Error::<Test>::OpenJobs);
		assert_ok!(<Staking as ComputeWorkers<AccountId>>::note_settled(&ALICE));
		assert_noop!(
			<Staking as ComputeWorkers<AccountId>>::note_settled(&ALICE),
			Error::<Test>::NoOpenJobs
		);
		assert_ok!(Staking::deregister(RuntimeOrigin::signed(ALICE)));
	});
}

#[test]
fn an_empty_pot_never_keeps_a_leaving_worker_from_its_stake() {
	test(|| {
		register(ALICE, MIN_WORKER_STAKE, &[]);
		worked(ALICE);
		assert_ok!(heartbeat(ALICE));
		let earned = Workers::<Test>::get(ALICE).unwrap().unclaimed;
		assert!(earned > 0);
		assert_ok!(Staking::deregister(RuntimeOrigin::signed(ALICE)));
		Balances::set_balance(&POT, 1);
		System::set_block_number(1 + UNBONDING_PERIOD);
		// The stake comes back; the record stays for the rewards the pot owes.
		assert_ok!(Staking::withdraw_unbonded(RuntimeOrigin::signed(ALICE)));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), FUNDS);
		assert_eq!(Workers::<Test>::get(ALICE).unwrap().unclaimed, earned);
		// Once the pot is refilled, claiming pays them and removes the record.
		Balances::set_balance(&POT, POT_FUNDS);
		assert_ok!(Staking::claim_rewards(RuntimeOrigin::signed(ALICE)));
		assert_eq!(Balances::free_balance(ALICE), FUNDS + earned);
		assert!(!Workers::<Test>::contains_key(ALICE));
		assert_eq!(last_event(), Event::WorkerRemoved { worker: ALICE });
	});
}

#[test]
fn a_full_server_list_evicts_its_weakest_member_for_a_stronger_newcomer() {
	test(|| {
		let model = register_model();
		let other = register_model();
		let servers: Vec<AccountId> = (10..10 + u64::from(MAX_WORKERS_PER_MODEL)).collect();
		for (i, who) in servers.iter().enumerate() {
			Balances::set_balance(who, FUNDS);
			register(*who, MIN_WORKER_STAKE + 10 * i as Balance, &[model, other]);
		}
		// The smallest stake is evicted from both of its lists by a worker staking more than
		// 10% more.
		register(ALICE, 2 * MIN_WORKER_STAKE, &[model, other]);
		let weakest = servers[0];
		assert!(!ModelServers::<Test>::get(model).contains(&weakest));
		assert!(ModelServers::<Test>::get(model).contains(&ALICE));
		assert!(Workers::<Test>::get(weakest).unwrap().profile.models.is_empty());
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Staking(Event::ServerEvicted { model, worker: weakest })));

		// A server that takes no jobs goes first, whatever its stake.
		let largest = servers[servers.len() - 1];
		assert_ok!(Staking::chill(RuntimeOrigin::signed(largest)));
		register(BOB, MIN_WORKER_STAKE, &[model]);
		assert!(!ModelServers::<Test>::get(model).contains(&largest));
		assert_eq!(Workers::<Test>::get(largest).unwrap().profile.models.to_vec(), vec![other]);
	});
}

#[test]
fn a_full_server_list_refuses_a_newcomer_staking_no_more_than_its_weakest() {
	test(|| {
		let model = register_model();
		for who in 10..10 + u64::from(MAX_WORKERS_PER_MODEL) {
			Balances::set_balance(&who, FUNDS);
			register(who, MIN_WORKER_STAKE + 1, &[model]);
		}
		assert_noop!(
			Staking::register_worker(
				RuntimeOrigin::signed(ALICE),
				MIN_WORKER_STAKE + 1,
				profile(&[model])
			),
			Error::<Test>::TooManyWorkersForModel
		);
		// Moving a registered worker onto the full list weighs its active stake.
		register(BOB, MIN_WORKER_STAKE, &[]);
		assert_noop!(
			Staking::update_profile(RuntimeOrigin::signed(BOB), profile(&[model])),
			Error::<Test>::TooManyWorkersForModel
		);
		// Nor does 10% more: the margin keeps equals from evicting each other in turn.
		assert_ok!(Staking::bond_extra(
			RuntimeOrigin::signed(BOB),
			(MIN_WORKER_STAKE + 1) / 10 + 1
		));
		assert_noop!(
			Staking::update_profile(RuntimeOrigin::signed(BOB), profile(&[model])),
			Error::<Test>::TooManyWorkersForModel
		);
		// A chilled worker weighs nothing, however much it stakes.
		assert_ok!(Staking::bond_extra(RuntimeOrigin::signed(BOB), MIN_WORKER_STAKE));
		assert_ok!(Staking::chill(RuntimeOrigin::signed(BOB)));
		assert_noop!(
			Staking::update_profile(RuntimeOrigin::signed(BOB), profile(&[model])),
			Error::<Test>::TooManyWorkersForModel
		);
		assert_ok!(Staking::unchill(RuntimeOrigin::signed(BOB)));
		assert_ok!(Staking::update_profile(RuntimeOrigin::signed(BOB), profile(&[model])));
		assert!(ModelServers::<Test>::get(model).contains(&BOB));
	});
}
