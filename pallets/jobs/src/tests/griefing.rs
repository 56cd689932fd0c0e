//! Honest workers never lose: the attacks of a creator against workers and against the market
//! (`shared/notes/adversarial-review.md`, "Creators against workers" and "The market"), each
//! played through the pallet. In none is an honest worker slashed or left unpaid, and other
//! creators' jobs still go through.

use super::*;
use frame_support::{
	assert_noop,
	traits::{LockableCurrency, WithdrawReasons},
};
use frame_system::RawOrigin;
use pallet_compute_staking::PendingSlashes;
use pallet_spark::SparkBalance;
use sp_runtime::Perbill;

const RESULT: Digest = [7; 32];
const MADE_UP: Digest = [66; 32];
const DEAD: Digest = [0; 32];
/// A second creator, funded, who is not attacking anyone.
const BYSTANDER: AccountId = 2;

fn unreachable() -> Digest {
	Unavailable::Unreachable.digest()
}

/// No worker has a slash pending and no deadline was missed.
fn nobody_slashed() {
	assert_eq!(PendingSlashes::<Test>::iter().count(), 0, "a worker was slashed");
	assert!(!events().iter().any(|event| matches!(
		event,
		Event::DeadlineMissed { .. } | Event::RevealWithheld { .. } | Event::ResultRejected { .. }
	)));
}

/// A token job of `redundancy` with a remote input, on a model served by `workers` workers,
/// assigned. Redundant jobs are not audited; a lone worker is seated only where audits make
/// cheating lose (`covers`), so lone jobs keep the mock's audit rate.
fn remote_job(workers: u64, redundancy: u8) -> JobId {
	if redundancy > 1 {
		AuditRate::set(Perbill::zero());
	}
	let model = market(workers);
	let mut job = spec(model, 1, redundancy, PayWith::Token);
	job.input = JobInput::Remote {
		digest: DEAD,
		uri: BoundedVec::truncate_from(b"http://dead.example/input".to_vec()),
	};
	let id = submit(job);
	run_to(System::block_number() + 1);
	assert_eq!(seated(id).len(), usize::from(redundancy));
	id
}

/// The pay of one seat of job `id` and its attempt fee.
fn seat_pay_and_fee(id: JobId) -> (Balance, Balance) {
	let job = Jobs::<Test>::get(id).unwrap();
	let seat_pay = job.escrow / Balance::from(job.redundancy);
	(seat_pay, ATTEMPT_FEE.mul_floor(seat_pay))
}

#[test]
fn an_unavailable_digest_is_told_from_a_result_by_its_bytes() {
	for reason in [
		Unavailable::Unreachable,
		Unavailable::HttpError,
		Unavailable::TooLarge,
		Unavailable::DigestMismatch,
		Unavailable::BadUri,
		Unavailable::OverModelLimits,
	] {
		assert_eq!(Unavailable::of(&reason.digest()), Some(reason));
	}
	assert_eq!(Unavailable::of(&RESULT), None);
	let mut unknown_code = Unavailable::Unreachable.digest();
	unknown_code[31] = 200;
	assert_eq!(Unavailable::of(&unknown_code), None);
	let mut noise = Unavailable::Unreachable.digest();
	noise[25] = 1;
	assert_eq!(Unavailable::of(&noise), None);
}

#[test]
fn a_dead_input_url_ends_as_the_creators_failure_and_every_seat_is_paid_its_attempt() {
	test(|| {
		let id = remote_job(2, 2);
		let (_, fee) = seat_pay_and_fee(id);
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		let workers = seated(id);
		let before: Vec<_> = workers.iter().map(|w| free(*w)).collect();
		let (creator_before, treasury_before) = (free(CREATOR), free(TREASURY));

		attest(id, |_| unreachable());

		assert!(!Jobs::<Test>::contains_key(id));
		assert!(matches!(
			Outcomes::<Test>::get(id),
			Some(JobOutcome::Unavailable { reason: Unavailable::Unreachable, .. })
		));
		for (worker, before) in workers.iter().zip(before) {
			assert_eq!(free(*worker), before + fee, "each seat earns its attempt fee");
		}
		assert_eq!(free(CREATOR), creator_before + escrow - 2 * fee, "the rest is refunded");
		assert_eq!(free(TREASURY), treasury_before + DEPOSIT, "the deposit is forfeited");
		assert!(events().contains(&Event::JobUnavailable {
			job: id,
			reason: Unavailable::Unreachable,
			attempt_fee: fee,
			refunded: escrow - 2 * fee,
		}));
		nobody_slashed();
	});
}

#[test]
fn an_input_server_that_answers_some_workers_gets_nobody_slashed() {
	test(|| {
		// Two workers got the right bytes and agree; the third got other bytes.
		let id = remote_job(3, 3);
		let workers = seated(id);
		let mismatched = workers[2];
		let before: Vec<_> = workers.iter().map(|w| free(*w)).collect();

		attest(id, |worker| {
			if worker == mismatched {
				Unavailable::DigestMismatch.digest()
			} else {
				RESULT
			}
		});

		assert_eq!(settled_digest(id), Some(RESULT));
		let pay = settlement(id).worker_pay;
		assert_eq!(free(workers[0]), before[0] + pay);
		assert_eq!(free(workers[1]), before[1] + pay);
		assert_eq!(free(mismatched), before[2], "a minority report earns nothing");
		nobody_slashed();
	});
}

#[test]
fn one_result_against_one_report_is_not_enough_to_settle() {
	test(|| {
		// Either seat may be honest: the server answered one worker, or a worker made its
		// result up without fetching a dead input. Verifiers decide.
		let id = remote_job(5, 2);
		let workers = seated(id);
		attest(id, |worker| if worker == workers[0] { MADE_UP } else { unreachable() });

		let job = Jobs::<Test>::get(id).expect("escalated, not settled");
		assert_eq!(job.escalations, 1);
		assert!(events().contains(&Event::DisputeEscalated { job: id, round: 1 }));

		// One more seat breaks the tie, not a round of verifiers. It cannot reach the dead
		// input either: the made-up result is outnumbered and earns no more than a report.
		assert_eq!(job.wanted, 3);
		run_to(System::block_number() + 1);
		let (_, fee) = seat_pay_and_fee(id);
		let made_up_before = free(workers[0]);
		attest(id, |worker| if worker == workers[0] { MADE_UP } else { unreachable() });
		assert!(matches!(Outcomes::<Test>::get(id), Some(JobOutcome::Unavailable { .. })));
		assert_eq!(free(workers[0]), made_up_before + fee);
		nobody_slashed();
	});
}

#[test]
fn a_lone_workers_report_is_checked_by_a_second_worker() {
	test(|| {
		let id = remote_job(2, 1);
		let lone = seated(id)[0];
		let before = free(lone);
		// Commit, the audit draw (none), the report.
		attest(id, |_| unreachable());
		assert!(events().contains(&Event::SecondOpinionOrdered { job: id }));
		assert_eq!(Jobs::<Test>::get(id).unwrap().wanted, 2);

		// The second worker computed a result: one result against one report is no majority,
		// so verifiers are called for (the job waits for them), nobody is paid yet.
		run_to(System::block_number() + 1);
		attest(id, |worker| if worker == lone { unreachable() } else { RESULT });
		let job = Jobs::<Test>::get(id).expect("waits for verifiers");
		assert_eq!(job.escalations, 1);
		assert_eq!(free(lone), before, "the lone reporter is not paid");
		nobody_slashed();
	});
}

#[test]
fn a_lone_workers_report_confirmed_by_the_second_worker_ends_the_job() {
	test(|| {
		let id = remote_job(2, 1);
		let (_, fee) = seat_pay_and_fee(id);
		attest(id, |_| unreachable());
		run_to(System::block_number() + 1);
		let workers = seated(id);
		let before: Vec<_> = workers.iter().map(|w| free(*w)).collect();
		attest(id, |_| unreachable());

		assert!(matches!(Outcomes::<Test>::get(id), Some(JobOutcome::Unavailable { .. })));
		for (worker, before) in workers.iter().zip(before) {
			assert_eq!(free(*worker), before + fee);
		}
		nobody_slashed();
	});
}

#[test]
fn arbitration_may_uphold_an_unavailable_report() {
	test(|| {
		let id = remote_job(8, 2);
		// Round 1: a result against a report, one seat added; it computes another result, so
		// the results disagree. Round 2: three verifiers; still no majority: arbitration.
		let answers = [MADE_UP, unreachable(), [1; 32], unreachable(), [2; 32], [3; 32]];
		for _ in 0..=MAX_ESCALATIONS {
			attest(id, |worker| {
				let seat = seated(id).iter().position(|w| *w == worker).unwrap();
				answers[seat]
			});
			run_to(System::block_number() + 1);
		}
		assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Arbitration { .. }));
		assert_noop!(
			JobMarket::resolve_dispute(
				RawOrigin::Root.into(),
				id,
				Resolution::Uphold(Unavailable::TooLarge.digest())
			),
			Error::<Test>::UnknownDigest
		);
		assert_ok!(JobMarket::resolve_dispute(
			RawOrigin::Root.into(),
			id,
			Resolution::Uphold(unreachable())
		));
		assert!(matches!(Outcomes::<Test>::get(id), Some(JobOutcome::Unavailable { .. })));
		nobody_slashed();
	});
}

#[test]
fn a_spark_job_whose_input_is_unavailable_refunds_spark_in_proportion() {
	test(|| {
		AuditRate::set(Perbill::zero());
		let model = market(2);
		assert_ok!(Spark::claim_free(RawOrigin::Authorized.into(), CREATOR));
		let pot_before = free(POT);
		// 5 units × 2 Spark × redundancy 2 = 20 Spark, worth 20,000; a seat's pay 10,000.
		let id = submit(spec(model, 5, 2, PayWith::Spark));
		run_to(2);
		attest(id, |_| unreachable());

		let fee = ATTEMPT_FEE.mul_floor(10 * SPARK_PRICE);
		assert_eq!(free(POT), pot_before - 2 * fee, "the pot gets back all but the fees");
		// 18 of the 20 Spark come back, rounded down.
		assert_eq!(Spark::spark_of(&CREATOR), SparkBalance { free: 98, premium: 0 });
		assert_eq!(Deposits::<Test>::iter().count(), 0, "Spark jobs carry no deposit");
		nobody_slashed();
	});
}

#[test]
fn escrow_frozen_by_its_creator_after_submission_still_pays_the_workers() {
	test(|| {
		AuditRate::set(Perbill::zero());
		let model = market(2);
		let id = submit(spec(model, 1, 2, PayWith::Token));
		run_to(2);
		// A conviction vote locks the whole balance, holds included.
		<Balances as LockableCurrency<AccountId>>::set_lock(
			*b"pyconvot",
			&CREATOR,
			Balance::MAX,
			WithdrawReasons::all(),
		);
		let workers = seated(id);
		let before: Vec<_> = workers.iter().map(|w| free(*w)).collect();
		let creator_before = free(CREATOR);

		attest(id, |_| RESULT);

		assert_eq!(settled_digest(id), Some(RESULT), "the last reveal settled the job");
		for (worker, before) in workers.iter().zip(before) {
			assert!(free(*worker) > before, "each worker is paid");
		}
		assert_eq!(free(CREATOR), creator_before + DEPOSIT, "the deposit comes back");
		nobody_slashed();
	});
}

#[test]
fn one_account_cannot_fill_the_market() {
	test(|| {
		let model = market(1);
		for _ in 0..MAX_LIVE_JOBS_PER_ACCOUNT {
			submit(spec(model, 1, 1, PayWith::Token));
		}
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(model, 1, 1, PayWith::Token)
			),
			Error::<Test>::TooManyJobsOfAccount
		);
		// Another creator still gets its job in, and it is assigned and settled.
		fund(BYSTANDER);
		let id = NextJobId::<Test>::get();
		assert_ok!(JobMarket::submit_job(
			RuntimeOrigin::signed(BYSTANDER),
			spec(model, 1, 1, PayWith::Token)
		));
		assert_eq!(CreatorJobs::<Test>::get(BYSTANDER), Some(1));
		assert!(Jobs::<Test>::contains_key(id));
	});
}

#[test]
fn a_model_nobody_serves_takes_no_job_and_a_models_backlog_is_bounded() {
	test(|| {
		let unserved = register_model(1);
		assert_noop!(
			JobMarket::submit_job(
				RuntimeOrigin::signed(CREATOR),
				spec(unserved, 1, 1, PayWith::Token)
			),
			Error::<Test>::NoWorkers
		);
		// One server holds MAX_JOBS_PER_WORKER jobs; its model takes twice as many.
		let model = market(1);
		let room = 2 * MAX_JOBS_PER_WORKER;
		fund(BYSTANDER);
		for i in 0..room {
			let who = if i % 2 == 0 { CREATOR } else { BYSTANDER };
			assert_ok!(JobMarket::submit_job(
				RuntimeOrigin::signed(who),
				spec(model, 1, 1, PayWith::Token)
			));
		}
		assert_noop!(
			JobMarket::submit_job(RuntimeOrigin::signed(3), spec(model, 1, 1, PayWith::Token)),
			Error::<Test>::ModelBacklogFull
		);
	});
}

#[test]
fn junk_jobs_from_one_account_leave_other_creators_served() {
	test(|| {
		let model = market(3);
		// The attacker submits until refused.
		let mut junk = 0;
		while JobMarket::submit_job(
			RuntimeOrigin::signed(CREATOR),
			spec(model, 1, 1, PayWith::Token),
		)
		.is_ok()
		{
			junk += 1;
		}
		assert_eq!(junk, MAX_LIVE_JOBS_PER_ACCOUNT);
		fund(BYSTANDER);
		let id = NextJobId::<Test>::get();
		assert_ok!(JobMarket::submit_job(
			RuntimeOrigin::signed(BYSTANDER),
			spec(model, 1, 1, PayWith::Token)
		));
		deliver(id, RESULT);
		assert_eq!(settled_digest(id), Some(RESULT));
	});
}

#[test]
fn a_token_jobs_deposit_comes_back_when_it_settles() {
	test(|| {
		let model = market(1);
		let before = free(CREATOR);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		run_to(2);
		deliver(id, RESULT);
		assert_eq!(free(CREATOR), before - escrow, "paid the price, not the deposit");
		assert_eq!(Deposits::<Test>::get(id), None);
	});
}

#[test]
fn the_migration_moves_legacy_escrow_into_the_pallets_account() {
	use frame_support::traits::{
		fungible::MutateHold, GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	};
	test(|| {
		let model = market(1);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		// As a version-0 chain left it: held in the creator's account, no counters.
		let escrow_account = JobMarket::escrow_account();
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		assert_ok!(<Balances as MutateHold<AccountId>>::transfer_on_hold(
			&HoldReason::JobPayment.into(),
			&escrow_account,
			&CREATOR,
			escrow,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Restriction::OnHold,
			frame_support::traits::tokens::Fortitude::Force,
		));
		Jobs::<Test>::mutate(id, |job| job.as_mut().unwrap().payer = CREATOR);
		let _ = CreatorJobs::<Test>::clear(u32::MAX, None);
		let _ = ModelJobs::<Test>::clear(u32::MAX, None);
		StorageVersion::new(0).put::<JobMarket>();

		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();

		assert_eq!(JobMarket::on_chain_storage_version(), 1);
		assert_eq!(Jobs::<Test>::get(id).unwrap().payer, escrow_account);
		assert_eq!((held(CREATOR), held(escrow_account)), (0, escrow));
		assert_eq!(CreatorJobs::<Test>::get(CREATOR), Some(1));
		assert_eq!(ModelJobs::<Test>::get(model), Some(1));

		// A Spark job of version 0 has no premium escrow: the migration gives it its share.
		assert_ok!(Spark::grant_reward(frame_system::RawOrigin::Root.into(), CREATOR, 2));
		let spark_job = submit(spec(model, 1, 1, PayWith::Spark));
		let premium = PremiumEscrow::<Test>::take(spark_job).expect("premium paid");
		StorageVersion::new(0).put::<JobMarket>();
		crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(PremiumEscrow::<Test>::get(spark_job), Some(premium));
	});
}
