//! `tessera-fuzz`: random programs against the runtime until time is up or one fails.
//!
//! ```text
//! tessera-fuzz [--seconds N] [--seed S] [--findings DIR]   run random inputs
//! tessera-fuzz --replay FILE                               run one saved input again
//! ```
//!
//! A failing input is written to the findings folder (default `fuzz/findings`), named by the
//! seed and its place in the run, and the run stops with exit status 1.

use std::{
	path::PathBuf,
	process::ExitCode,
	time::{Duration, Instant, SystemTime},
};

use tessera_fuzz::{random::Inputs, run, Stats};

struct Options {
	seconds: u64,
	seed: u64,
	findings: PathBuf,
	replay: Option<PathBuf>,
}

fn parse() -> Result<Options, String> {
	let mut options = Options {
		seconds: 60,
		seed: SystemTime::now()
			.duration_since(SystemTime::UNIX_EPOCH)
			.map(|elapsed| elapsed.as_nanos() as u64)
			.unwrap_or_default(),
		findings: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/findings")),
		replay: None,
	};
	let mut args = std::env::args().skip(1);
	while let Some(flag) = args.next() {
		let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
		match flag.as_str() {
			"--seconds" => {
				options.seconds = value()?.parse().map_err(|e| format!("--seconds: {e}"))?
			},
			"--seed" => options.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
			"--findings" => options.findings = value()?.into(),
			"--replay" => options.replay = Some(value()?.into()),
			other => return Err(format!("unknown argument {other}")),
		}
	}
	Ok(options)
}

fn main() -> ExitCode {
	let options = match parse() {
		Ok(options) => options,
		Err(error) => {
			eprintln!("tessera-fuzz: {error}");
			return ExitCode::from(2);
		},
	};
	if let Some(path) = options.replay {
		let input = std::fs::read(&path).expect("the input to replay is readable");
		println!("{}", run(&input));
		return ExitCode::SUCCESS;
	}

	println!("seed {} for {} s", options.seed, options.seconds);
	let mut inputs = Inputs::new(options.seed);
	let mut total = Stats::default();
	let started = Instant::now();
	let mut reported = started;
	while started.elapsed() < Duration::from_secs(options.seconds) {
		let input = inputs.next_input();
		match std::panic::catch_unwind(|| run(&input)) {
			Ok(stats) => total += stats,
			Err(_) => {
				std::fs::create_dir_all(&options.findings).expect("a findings folder");
				let path = options
					.findings
					.join(format!("seed-{}-input-{}.bin", options.seed, total.inputs));
				std::fs::write(&path, &input).expect("the finding is saved");
				println!("FINDING after {total}");
				println!("saved to {}; rerun with --replay {0}", path.display());
				return ExitCode::FAILURE;
			},
		}
		if reported.elapsed() >= Duration::from_secs(10) {
			reported = Instant::now();
			let rate = total.inputs as f64 / started.elapsed().as_secs_f64();
			println!("[{:>5} s] {total} ({rate:.1} inputs/s)", started.elapsed().as_secs());
		}
	}
	println!("done in {} s, no findings: {total}", started.elapsed().as_secs());
	ExitCode::SUCCESS
}
