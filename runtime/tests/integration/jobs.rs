//! The job market in the real runtime: a job paid in TSR and one paid in Spark go from
//! submission through on-chain assignment, commit and reveal to settlement, with every
//! transaction signed as a wallet signs it and every block built as a node builds it.

use crate::common::{
	genesis, model_and_worker, next_block_with, register_worker, run_to_block, signed,
};
use frame_support::traits::{fungible::InspectHold, Get};
use pallet_jobs::{commitment_of, JobInput, JobSpec, JobState, JobStatus, PayWith, Reveal};
use sp_keyring::Sr25519Keyring;
use tessera_runtime::{
	AccountId, Balances, Jobs, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason, System,
};

const WORKERS: [Sr25519Keyring; 2] = [Sr25519Keyring::Charlie, Sr25519Keyring::Eve];
const CREATOR: Sr25519Keyring = Sr25519Keyring::Dave;

fn job_payment_held(who: &AccountId) -> u128 {
	Balances::balance_on_hold(&RuntimeHoldReason::Jobs(pallet_jobs::HoldReason::JobPayment), who)
}

fn submit(pay_with: PayWith) -> RuntimeCall {
	RuntimeCall::Jobs(pallet_jobs::Call::submit_job {
		spec: JobSpec {
			model: 0,
			input: JobInput::Inline(
				b"a lighthouse at dusk, 512x512, seed 7".to_vec().try_into().unwrap(),
			),
			units: 1,
			redundancy: 1,
			pay_with,
		},
	})
}

/// Both workers, commitments then reveals, one block each, for whatever seats they hold
/// (a lone worker's job may be drawn for an audit: the other worker then audits it); returns
/// the settlement event.
fn deliver(job: u64, digest: [u8; 32]) -> pallet_jobs::Event<Runtime> {
	let salt = [42; 32];
	for _ in 0..6 {
		let Some(live) = pallet_jobs::Jobs::<Runtime>::get(job) else { break };
		let keyring_of = |who: &AccountId| {
			WORKERS.into_iter().find(|k| k.to_account_id() == *who).expect("one of ours")
		};
		let mut transactions = Vec::new();
		for seat in &live.seats {
			let call = match live.status {
				JobStatus::Committing { .. } if seat.commitment.is_none() => {
					RuntimeCall::Jobs(pallet_jobs::Call::commit_result {
						job,
						commitment: commitment_of(&digest, &salt, &seat.worker),
					})
				},
				JobStatus::Revealing { .. } if seat.revealed.is_none() => {
					RuntimeCall::Jobs(pallet_jobs::Call::reveal_result {
						reveal: Reveal {
							job,
							digest,
							salt,
							uri: b"https://gpu.example:8080/out/0".to_vec().try_into().unwrap(),
						},
					})
				},
				_ => continue,
			};
			transactions.push(signed(call, keyring_of(&seat.worker)));
		}
		let results = next_block_with(transactions);
		assert!(results.iter().all(|r| *r == Ok(Ok(()))), "{results:?}");
		if let Some(settled) = System::events().into_iter().find_map(|record| match record.event {
			RuntimeEvent::Jobs(event @ pallet_jobs::Event::JobSettled { .. }) => Some(event),
			_ => None,
		}) {
			return settled;
		}
	}
	panic!("job {job} did not settle: {:?}", Jobs::job_state(job));
}

/// Eve serves model 0 too, on the same class as Charlie: a second worker to audit the first.
fn second_worker() {
	let register = register_worker(b"https://gpu2.example:8080");
	assert_eq!(next_block_with(vec![signed(register, WORKERS[1])]), vec![Ok(Ok(()))]);
}

#[test]
fn jobs_paid_in_token_and_in_spark_go_from_submission_to_settlement() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		model_and_worker(WORKERS[0]);
		second_worker();
		// Every open job's payment is held in the pallet's escrow account, which the first
		// submission opens (nothing is minted for it).
		let escrow_account = Jobs::escrow_account();
		let issuance = Balances::total_issuance();

		// Paid in TSR: 4 Spark at 0.01 TSR, less the 10% token discount, moved from Dave into
		// escrow.
		assert_eq!(
			next_block_with(vec![signed(submit(PayWith::Token), CREATOR)]),
			vec![Ok(Ok(()))]
		);
		let escrow = 4 * 10 * tessera_runtime::MILLI_UNITS * 9 / 10;
		assert_eq!(job_payment_held(&escrow_account), escrow);
		assert_eq!(Balances::total_issuance(), issuance);
		// The next block's hook leaves it queued: its randomness is the VRF output of the block
		// that included the job, whose author knew it when choosing what to include. The hook
		// after draws Charlie or Eve.
		let seats = || -> usize {
			WORKERS.iter().map(|worker| Jobs::jobs_of(&worker.to_account_id()).len()).sum()
		};
		run_to_block(System::block_number() + 1);
		assert_eq!(seats(), 0);
		run_to_block(System::block_number() + 1);
		assert_eq!(seats(), 1);

		let settled = deliver(0, [7; 32]);
		let pallet_jobs::Event::JobSettled {
			worker_pay,
			model_fee,
			treasury_fee,
			treasury_paid,
			..
		} = settled
		else {
			unreachable!()
		};
		let Some(JobState::Settled { workers, .. }) = Jobs::job_state(0) else { unreachable!() };
		// One worker, or a worker and its auditor (whom the treasury helps pay).
		assert_eq!(
			worker_pay * workers.len() as u128 + model_fee + treasury_fee,
			escrow + treasury_paid,
			"the whole payment is paid out"
		);
		assert_eq!(job_payment_held(&escrow_account), 0);
		assert!(matches!(Jobs::job_state(0), Some(JobState::Settled { digest: [7, ..], .. })));

		// Paid in Spark: Dave buys premium Spark into the Spark backing; 4 of the 8 are worth half
		// of what the backing can spend (it keeps its existence deposit).
		let buy = RuntimeCall::Spark(pallet_spark::Call::buy { amount: 8 });
		assert_eq!(next_block_with(vec![signed(buy, CREATOR)]), vec![Ok(Ok(()))]);
		assert_eq!(
			next_block_with(vec![signed(submit(PayWith::Spark), CREATOR)]),
			vec![Ok(Ok(()))]
		);
		let share =
			(8 * 10 * tessera_runtime::MILLI_UNITS - tessera_runtime::EXISTENTIAL_DEPOSIT) / 2;
		assert_eq!(job_payment_held(&escrow_account), share);
		let draw_delay: u32 = <Runtime as pallet_jobs::Config>::DrawDelay::get();
		run_to_block(System::block_number() + draw_delay);

		deliver(1, [8; 32]);
		assert_eq!(job_payment_held(&escrow_account), 0);
		assert!(matches!(Jobs::job_state(1), Some(JobState::Settled { digest: [8, ..], .. })));
	});
}
