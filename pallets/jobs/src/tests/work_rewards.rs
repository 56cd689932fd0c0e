//! Era rewards follow paid work: a settled seat counts its pay towards its worker's next era
//! reward (pallet-compute-staking bounds the reward by it), free Spark excepted.

use super::*;
use frame_system::RawOrigin;
use pallet_compute_staking::UnrewardedPay;

/// Runs job `id` to settlement and returns its workers.
fn settle(id: JobId) -> Vec<AccountId> {
	run_to(2);
	let workers = seated(id);
	deliver(id, [5; 32]);
	workers
}

/// Every worker of a settled job paid from its escrow, as a token job or with bought Spark,
/// has its whole pay counted.
fn counts_the_whole_pay(pay_with: PayWith) {
	let model = market(2);
	let id = submit(spec(model, 1, 2, pay_with));
	let workers = settle(id);
	let pay = settlement(id).worker_pay;
	assert!(pay > 0);
	for worker in workers {
		assert_eq!(UnrewardedPay::<Test>::get(worker), pay);
	}
}

#[test]
fn a_settled_token_job_counts_its_pay_towards_the_workers_reward() {
	test(|| counts_the_whole_pay(PayWith::Token));
}

#[test]
fn a_job_paid_with_bought_spark_counts_like_a_token_job() {
	test(|| {
		assert_ok!(Spark::buy(RuntimeOrigin::signed(CREATOR), 20));
		counts_the_whole_pay(PayWith::Spark);
	});
}

#[test]
fn free_spark_pays_the_seat_but_earns_no_reward() {
	test(|| {
		let model = market(2);
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		let id = submit(spec(model, 1, 2, PayWith::Spark));
		let before: Vec<_> = (0..2).map(|i| free(WORKER + i)).collect();
		let workers = settle(id);
		for worker in workers {
			let index = (worker - WORKER) as usize;
			assert!(free(worker) > before[index], "the seat is paid");
			assert_eq!(UnrewardedPay::<Test>::get(worker), 0, "free Spark earns no reward");
		}
	});
}
