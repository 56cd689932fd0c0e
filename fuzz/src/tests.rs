use crate::{chain::Chain, random::Inputs, run, Stats};
use tessera_runtime::Runtime;

/// The smoke run of the test suite: fixed seeds, so it is the same run everywhere.
#[test]
fn random_programs_hold_every_invariant_and_reach_settlement() {
	let mut inputs = Inputs::new(0x7e55_e7a0);
	let mut total = Stats::default();
	for _ in 0..48 {
		total += run(&inputs.next_input());
	}
	println!("{total}");
	// The programs go deep enough to mean something: jobs pass through the whole market.
	assert!(total.succeeded > total.extrinsics / 10, "few calls succeed: {total}");
	assert!(total.root_calls_ok > 0, "no governance call succeeded: {total}");
	assert!(total.jobs_assigned > 0 && total.jobs_settled > 0, "no job settled: {total}");
}

#[test]
fn an_input_runs_the_same_every_time() {
	let input = Inputs::new(42).next_input();
	assert_eq!(run(&input), run(&input));
}

/// The oracle is wired: a block that leaves a pallet's books inconsistent is a finding.
#[test]
#[should_panic(expected = "try_state failed")]
fn a_broken_invariant_is_caught_at_the_end_of_the_block() {
	crate::chain::genesis().execute_with(|| {
		let mut chain = Chain::new();
		chain.open_block(0);
		// A live job counted that is not there.
		pallet_jobs::LiveJobs::<Runtime>::put(1);
		chain.close_block();
	});
}

/// The adversarial simulation's short form: a few worlds, the same claim as the full run
/// (`scripts/simulate.sh`).
#[test]
fn in_a_short_simulation_every_cheating_strategy_loses_and_honest_work_pays() {
	let seeds = std::env::var("TESSERA_SIM_SEEDS").ok().and_then(|n| n.parse().ok()).unwrap_or(4);
	let report = crate::sim::simulate(seeds, crate::sim::Checks::EveryBlock);
	println!("{report}");
	assert!(report.settled > 0, "no job settled");
	assert!(report.withheld > 0, "the withholding author never had a block to withhold");
	assert_eq!(report.laundered.0, 0, "free Spark paid for the launderer's own model");
	assert!(report.laundered.1 > 0, "the launderer never spent its grant");
	report.check().unwrap();
}
