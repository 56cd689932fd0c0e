//! The hook's assignments within its budgets: the weight of each one (its model's servers and
//! the seats it fills) and the seats a block may fill. An assignment that does not fit waits at
//! the head of its lane.

use super::*;
use frame_support::{traits::Get, weights::Weight};

type Weights = ();

#[test]
fn an_assignment_is_charged_for_its_servers_and_seats_and_waits_when_it_does_not_fit() {
	test(|| {
		let servers: u32 = <Test as pallet_compute_staking::Config>::MaxWorkersPerModel::get();
		let model = market(servers.into());
		let first = submit(spec(model, 1, 3, PayWith::Token));
		let second = submit(spec(model, 1, 3, PayWith::Token));
		let assign = JobMarket::assign_weights(&Jobs::<Test>::get(first).unwrap()).0;
		assert_eq!(assign, Weights::assign_job(servers, 3));
		let look = Weights::deadline_kept();
		assert!(assign.all_gt(look), "the test needs an assignment dearer than a look");
		let base = Weights::block_work_base();
		HookWeight::set(base + assign - Weight::from_parts(1, 0));

		System::set_block_number(2);
		assert_eq!(JobMarket::do_block_work(2), base + look, "the look is charged");
		assert_eq!(Jobs::<Test>::get(first).unwrap().status, JobStatus::Queued, "waits");
		assert_eq!(JobMarket::peek(QueueKind::Priority).unwrap().job, first, "at the head");
		JobMarket::do_try_state().expect("still queued in its lane");

		HookWeight::set(base + assign);
		System::set_block_number(3);
		assert_eq!(JobMarket::do_block_work(3), base + assign);
		assert_eq!(seated(first).len(), 3);
		assert_eq!(JobMarket::peek(QueueKind::Priority).unwrap().job, second, "next in line");
	});
}

/// A lone job is allowed two draws (alone, then with its auditor where no class can seat it
/// alone) and two seats, but one seated by its first draw is charged that draw and its seat
/// only: the load test's single-worker jobs were charged twice what the hook did.
#[test]
fn a_lone_job_seated_alone_is_charged_one_draw_and_one_seat() {
	test(|| {
		let servers: u32 = <Test as pallet_compute_staking::Config>::MaxWorkersPerModel::get();
		let model = market(servers.into());
		let first = submit(spec(model, 1, 1, PayWith::Token));
		let second = submit(spec(model, 1, 1, PayWith::Token));
		let job = Jobs::<Test>::get(first).unwrap();
		assert!(JobMarket::may_be_audited_from_start(&job));
		let class_rules = <<Test as frame_system::Config>::DbWeight as Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(u64::from(servers));
		let one_draw = Weights::assign_job(servers, 1) + class_rules;
		assert!(JobMarket::assign_weights(&job).0.all_gt(one_draw), "two draws allowed for");
		// Room for both only if the first is charged the one seat it filled, not its two.
		MaxSeatsPerBlock::set(3);

		System::set_block_number(2);
		assert_eq!(JobMarket::do_block_work(2), Weights::block_work_base() + one_draw * 2);
		assert_eq!((seated(first).len(), seated(second).len()), (1, 1));
	});
}

#[test]
fn the_hook_fills_at_most_max_seats_per_block() {
	test(|| {
		let model = market(5);
		let first = submit(spec(model, 1, 3, PayWith::Token));
		let second = submit(spec(model, 1, 3, PayWith::Token));
		MaxSeatsPerBlock::set(5);

		run_to(2);
		assert_eq!(seated(first).len(), 3);
		assert_eq!(Jobs::<Test>::get(second).unwrap().status, JobStatus::Queued, "2 seats left");
		assert_eq!(JobMarket::peek(QueueKind::Priority).unwrap().job, second, "at the head");

		run_to(3);
		assert_eq!(seated(second).len(), 3);
	});
}

#[test]
fn once_a_draw_finds_too_few_workers_jobs_asking_as_much_of_the_model_cost_only_a_look() {
	test(|| {
		let model = market(2);
		let first = submit(spec(model, 1, 3, PayWith::Token));
		let second = submit(spec(model, 1, 3, PayWith::Token));
		let smaller = submit(spec(model, 1, 2, PayWith::Token));
		let look = Weights::deadline_kept();
		let short = Weights::assign_job(2, 3);
		assert!(short.all_gt(look), "the test needs an assignment dearer than a look");

		System::set_block_number(2);
		assert_eq!(
			JobMarket::do_block_work(2),
			Weights::block_work_base() + short + look + Weights::assign_job(2, 2),
			"the first draw finds 2 of 3 workers; the second job is only looked at; the \
			 smaller one may find its 2 and is drawn"
		);
		assert_eq!(Jobs::<Test>::get(first).unwrap().status, JobStatus::Queued);
		assert_eq!(Jobs::<Test>::get(second).unwrap().status, JobStatus::Queued);
		assert_eq!(seated(smaller).len(), 2);
		assert_eq!(crate::Queues::<Test>::get(QueueKind::Priority).len(), 2, "both wait");
		assert_eq!(JobMarket::peek(QueueKind::Priority).unwrap().job, first, "in their order");
		JobMarket::do_try_state().expect("still queued in their lane");

		System::set_block_number(3);
		assert_eq!(
			JobMarket::do_block_work(3),
			Weights::block_work_base() + short + look,
			"a new block draws again"
		);
	});
}
