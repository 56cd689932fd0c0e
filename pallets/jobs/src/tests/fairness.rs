//! Assignment fairness: each worker is drawn in proportion to its weight.

use super::*;
use codec::Encode;
use frame_support::traits::Randomness;
use pallet_compute_staking::traits::ComputeWorkers;

/// 10,000 single-seat draws, each seeded as the hook seeds a job (job id, round 0), from four
/// workers staking 1, 2, 3 and 4 times the minimum. Each worker's count must be within four standard
/// deviations of `n × weight / total` (σ = √(n p (1 − p)), at most 50 here): a fair sampler
/// fails it for one of the four about once in 4,000 seeds, and the draws are deterministic, so it either always
/// passes or is biased.
#[test]
fn over_ten_thousand_draws_each_worker_is_picked_in_proportion_to_its_weight() {
	test(|| {
		let model = register_model(1);
		for (i, stake) in [1, 2, 3, 4].into_iter().enumerate() {
			register_worker(WORKER + i as u64, stake * MIN_WORKER_STAKE, CLASS, model);
		}
		let candidates = <Staking as ComputeWorkers<AccountId>>::candidates(model);
		let total: u128 = candidates.iter().map(|c| c.weight).sum();
		const DRAWS: u64 = 10_000;

		let mut counts = [0u64; 4];
		for job in 0..DRAWS {
			let seed =
				<Test as Config>::Randomness::random(&(b"tessera/jobs/assign", job, 0u8).encode())
					.0;
			let drawn = JobMarket::draw_seats(candidates.clone(), 1, seed.as_ref()).unwrap();
			counts[(drawn[0].worker - WORKER) as usize] += 1;
		}

		for candidate in &candidates {
			let p = candidate.weight as f64 / total as f64;
			let expected = DRAWS as f64 * p;
			let sigma = (DRAWS as f64 * p * (1.0 - p)).sqrt();
			let got = counts[(candidate.worker - WORKER) as usize] as f64;
			assert!(
				(got - expected).abs() <= 4.0 * sigma,
				"worker {} drawn {got} times, expected {expected:.0} ± {:.0}",
				candidate.worker,
				4.0 * sigma
			);
		}
	});
}

#[test]
fn redundant_draws_never_repeat_a_worker_and_skip_weightless_ones() {
	test(|| {
		let model = register_model(1);
		for i in 0..3 {
			register_worker(WORKER + i, MIN_WORKER_STAKE, CLASS, model);
		}
		let mut candidates = <Staking as ComputeWorkers<AccountId>>::candidates(model);
		candidates[0].weight = 0;
		for job in 0..200u64 {
			let seed = sp_io::hashing::blake2_256(&job.encode());
			let mut drawn: Vec<_> = JobMarket::draw_seats(candidates.clone(), 2, &seed)
				.unwrap()
				.into_iter()
				.map(|c| c.worker)
				.collect();
			drawn.sort();
			assert_eq!(drawn, vec![WORKER + 1, WORKER + 2]);
		}
		assert!(
			JobMarket::draw_seats(candidates, 3, &[0; 32]).is_none(),
			"a weightless worker is never drawn"
		);
	});
}

#[test]
fn an_auditor_is_drawn_without_the_lock_boost() {
	test(|| {
		let model = register_model(1);
		for i in 0..3 {
			register_worker(WORKER + i, MIN_WORKER_STAKE, CLASS, model);
		}
		let locked = WORKER + 1;
		assert_ok!(Staking::lock_stake(RuntimeOrigin::signed(locked), 52));
		let id = submit(spec(model, 1, 1, PayWith::Token));
		let weight_of = |job: &Job<Test>, worker: AccountId| {
			JobMarket::eligible(job, &<Staking as ComputeWorkers<AccountId>>::candidates(job.model))
				.into_iter()
				.find(|c| c.worker == worker)
				.map(|c| c.weight)
		};

		// The paid seat: the longest lock triples the locked worker's weight.
		let queued = Jobs::<Test>::get(id).unwrap();
		let plain = weight_of(&queued, WORKER + 2).unwrap();
		assert_eq!(weight_of(&queued, locked), Some(3 * plain));

		// Once the paid seat is filled the next seat is the auditor's: every lock is ignored,
		// and every stake counts up to the cap.
		run_to(2);
		let seated = Jobs::<Test>::get(id).unwrap();
		assert_eq!(seated.seats.len(), 1);
		let lone = seated.seats[0].worker;
		let record = |worker| pallet_compute_staking::Workers::<Test>::get(worker).unwrap();
		let check = Staking::check_weight(&record(WORKER + 2));
		assert!(check > 0 && check < plain, "capped below the minimum stake in this mock");
		for worker in (0..3).map(|i| WORKER + i).filter(|w| *w != lone) {
			assert_eq!(weight_of(&seated, worker), Some(check), "worker {worker}");
		}
	});
}
