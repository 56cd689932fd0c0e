//! The economics of cheating, simulated through the pallet: a worker that returns a wrong
//! digest on some of its jobs ends poorer than an honest one. `docs/verification.md` derives
//! the inequality this checks; run with `--nocapture` to see the figures.

use super::*;
use pallet_compute_staking::PendingSlashes;
use sp_runtime::Perbill;

/// The runtime's defaults.
const AUDIT_RATE: Perbill = Perbill::from_percent(5);
const SLASH: Perbill = Perbill::from_percent(10);
/// Single-worker jobs simulated.
const JOBS: u64 = 1_200;
/// Workers in the market; worker `WORKER` cheats, `WORKER + 1` is the honest one compared.
const WORKERS: u64 = 6;
const CHEATER: AccountId = WORKER;
const HONEST: AccountId = WORKER + 1;
/// What running a job costs a worker (electricity, GPU time), as a share of its pay: what
/// skipping the work saves.
const COST_SHARE: Perbill = Perbill::from_percent(50);

/// The right digest of a job, and whether the cheater skips it (every other job).
fn right(job: JobId) -> Digest {
	sp_io::hashing::blake2_256(&job.to_le_bytes())
}

fn answer(worker: AccountId, job: JobId) -> Digest {
	if worker == CHEATER && job % 2 == 0 {
		[0xee; 32]
	} else {
		right(job)
	}
}

#[derive(Default, Debug)]
struct Ledger {
	runs: u64,
	cheats: u64,
}

#[test]
fn a_cheater_ends_poorer_than_an_honest_worker() {
	test(|| {
		AuditRate::set(AUDIT_RATE);
		DisputeSlash::set(SLASH);
		let model = market(WORKERS);
		use frame_support::traits::fungible::Mutate;
		assert_ok!(Balances::mint_into(&TREASURY, 1_000_000_000));
		assert_ok!(Balances::mint_into(&CREATOR, 1_000_000_000));
		let wealth = |who| Balances::total_balance(&who) as i128;
		let start = (wealth(CHEATER), wealth(HONEST));
		let mut ledgers = [Ledger::default(), Ledger::default()];
		let mut seat_pay = 0;

		let mut submitted = 0;
		let mut caught = 0u64;
		while submitted < JOBS || LiveJobs::<Test>::get() > 0 {
			while submitted < JOBS && LiveJobs::<Test>::get() < MAX_LIVE_JOBS / 2 {
				submit(spec(model, 1, 1, PayWith::Token));
				submitted += 1;
			}
			for (id, job) in Jobs::<Test>::iter().collect::<Vec<_>>() {
				for seat in &job.seats {
					let due = match job.status {
						JobStatus::Committing { .. } => seat.commitment.is_none(),
						JobStatus::Revealing { .. } => seat.revealed.is_none(),
						_ => false,
					};
					if !due {
						continue;
					}
					let digest = answer(seat.worker, id);
					if seat.commitment.is_none() {
						assert_ok!(commit(seat.worker, id, digest));
						if let Some(ledger) = [CHEATER, HONEST]
							.iter()
							.position(|w| *w == seat.worker)
							.map(|i| &mut ledgers[i])
						{
							ledger.runs += 1;
							ledger.cheats += u64::from(digest != right(id));
						}
					} else {
						assert_ok!(reveal(seat.worker, id, digest));
					}
				}
			}
			run_to(System::block_number() + 1);
			for record in System::events() {
				if let RuntimeEvent::JobMarket(event) = record.event {
					match event {
						Event::ResultRejected { worker, .. } => {
							assert_eq!(worker, CHEATER, "only the cheater is ever slashed");
							caught += 1;
						},
						Event::JobSettled { worker_pay, .. } => seat_pay = worker_pay,
						_ => {},
					}
				}
			}
			System::reset_events();
			apply_due_slashes();
		}
		run_to(System::block_number() + SLASH_DEFER);
		apply_due_slashes();

		let cost = |runs: u64, cheats: u64| {
			(COST_SHARE.mul_floor(seat_pay) * (runs - cheats) as u128) as i128
		};
		let cheater_net = wealth(CHEATER) - start.0 - cost(ledgers[0].runs, ledgers[0].cheats);
		let honest_net = wealth(HONEST) - start.1 - cost(ledgers[1].runs, 0);
		println!(
			"{JOBS} single-worker jobs, {WORKERS} workers staking {MIN_WORKER_STAKE}, audit rate \
			 {AUDIT_RATE:?}, dispute slash {SLASH:?}, pay per run {seat_pay}, cost per run {}",
			COST_SHARE.mul_floor(seat_pay)
		);
		println!(
			"cheater: {} runs, {} wrong, {caught} caught, net {cheater_net}",
			ledgers[0].runs, ledgers[0].cheats
		);
		println!("honest:  {} runs, net {honest_net}", ledgers[1].runs);
		assert!(ledgers[0].cheats > 0 && caught > 0, "the simulation exercised cheating");
		assert!(
			cheater_net < honest_net,
			"the cheater ({cheater_net}) must end poorer than the honest worker ({honest_net})"
		);
		assert!(cheater_net < 0, "cheating loses money outright");
	});
}

/// Applies every slash whose deferral has passed, as anyone may.
fn apply_due_slashes() {
	let now = System::block_number();
	let due: Vec<_> = PendingSlashes::<Test>::iter()
		.filter(|(_, _, slash)| slash.apply_at <= now)
		.map(|(who, id, _)| (who, id))
		.collect();
	for (who, id) in due {
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(CREATOR), who, id));
	}
}
