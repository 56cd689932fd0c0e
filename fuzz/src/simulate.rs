//! `tessera-sim`: the adversarial simulation (`tessera_fuzz::sim`).
//!
//! ```text
//! tessera-sim [--seeds N]    play N worlds (default 200), print the table, check the claim
//! ```
//!
//! Exits with status 1 when a cheating strategy does not lose, or honest work does not pay.

use std::process::ExitCode;

fn main() -> ExitCode {
	let mut seeds = 200u64;
	let mut args = std::env::args().skip(1);
	while let Some(flag) = args.next() {
		match (flag.as_str(), args.next().map(|value| value.parse())) {
			("--seeds", Some(Ok(n))) if n > 1 => seeds = n,
			_ => {
				eprintln!("usage: tessera-sim [--seeds N] (N at least 2)");
				return ExitCode::from(2);
			},
		}
	}
	let started = std::time::Instant::now();
	let report = tessera_fuzz::sim::simulate(seeds, tessera_fuzz::sim::Checks::EndOfWorld);
	println!("{report}");
	println!("played in {:.0} s", started.elapsed().as_secs_f64());
	match report.check() {
		Ok(()) => ExitCode::SUCCESS,
		Err(failure) => {
			eprintln!("tessera-sim: {failure}");
			ExitCode::FAILURE
		},
	}
}
