//! Verification: cheaters caught by redundancy, by audit and through escalation; disputes
//! decided by arbitration or voided; slashes, their rewards and appeals; honest workers never
//! slashed.

use super::*;
use frame_support::{assert_noop, traits::fungible::Mutate};
use pallet_compute_staking::{Offence, PendingSlashes};
use sp_runtime::Perbill;

const RIGHT: Digest = [7; 32];
const WRONG: Digest = [66; 32];
const OTHER: Digest = [3; 32];

/// Treasury funds for auditors and verifiers beyond a job's escrow.
const TREASURY_FUNDS: Balance = 100_000_000;

/// A token job of `redundancy` on a model served by `workers` workers, assigned.
fn assigned(workers: u64, redundancy: u8) -> JobId {
	let model = market(workers);
	assert_ok!(Balances::mint_into(&TREASURY, TREASURY_FUNDS));
	let id = submit(spec(model, 1, redundancy, PayWith::Token));
	run_to(System::block_number() + 1);
	assert_eq!(seated(id).len(), usize::from(redundancy));
	id
}

/// Runs blocks until job `id` has its seats again.
fn seat_again(id: JobId) {
	run_to(System::block_number() + 1);
	assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Committing { .. }));
}

/// Every seat of `id` but `odd` reveals the right digest, `odd` the wrong one: the paid seats'
/// dispute escalates, the verifiers seated next block agree with the majority, and it stands.
fn outvote(id: JobId, odd: AccountId) {
	let answer = |w| if w == odd { WRONG } else { RIGHT };
	attest(id, answer);
	seat_again(id);
	attest(id, answer);
}

fn pending_slashes(worker: AccountId) -> Vec<Offence> {
	PendingSlashes::<Test>::iter_prefix_values(worker).map(|slash| slash.offence).collect()
}

fn rejected(id: JobId) -> Vec<AccountId> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			Event::ResultRejected { job, worker, slash } if job == id => {
				assert!(slash.is_some(), "the loser is slashed");
				Some(worker)
			},
			_ => None,
		})
		.collect()
}

/// Applies every pending slash of `worker` once the deferral has passed.
fn apply_slashes(worker: AccountId) {
	run_to(System::block_number() + SLASH_DEFER);
	let ids: Vec<u32> = PendingSlashes::<Test>::iter_key_prefix(worker).collect();
	for slash in ids {
		assert_ok!(Staking::apply_slash(RuntimeOrigin::signed(CREATOR), worker, slash));
	}
}

/// Two of three paid seats agreeing do not settle a dispute by themselves (paid seats are drawn
/// with the lock boost): verifiers are added, and their majority with the honest pair stands.
#[test]
fn a_cheater_outvoted_two_to_one_is_escalated_slashed_and_the_honest_paid() {
	test(|| {
		let id = assigned(6, 3);
		let cheater = seated(id)[0];
		let answer = |w| if w == cheater { WRONG } else { RIGHT };

		attest(id, answer);
		assert!(events().contains(&Event::DisputeEscalated { job: id, round: 1 }));
		assert!(settled_digest(id).is_none());
		seat_again(id);
		let honest: Vec<_> = seated(id).into_iter().filter(|w| *w != cheater).collect();
		assert_eq!(honest.len(), 5);
		let honest_before: Vec<_> = honest.iter().map(|w| free(*w)).collect();
		attest(id, answer);

		assert_eq!(settled_digest(id), Some(RIGHT));
		assert_eq!(rejected(id), vec![cheater]);
		assert_eq!(pending_slashes(cheater), vec![Offence::WrongResult]);
		let record = pallet_compute_staking::Workers::<Test>::get(cheater).unwrap();
		assert!(record.quality < Perbill::from_percent(80), "the cheater's quality fell");
		for (worker, before) in honest.iter().zip(&honest_before) {
			assert!(free(*worker) > *before, "an honest worker is paid");
			assert!(pending_slashes(*worker).is_empty(), "an honest worker is never slashed");
		}

		// Once applied, half of the slash goes to the five honest seats.
		let stake = MIN_WORKER_STAKE;
		let before: Vec<_> = honest.iter().map(|w| free(*w)).collect();
		apply_slashes(cheater);
		let reward = SLASH_REWARD_SHARE.mul_floor(DisputeSlash::get().mul_floor(stake)) / 5;
		for (worker, before) in honest.iter().zip(before) {
			assert_eq!(free(*worker), before + reward);
		}
	});
}

#[test]
fn a_lone_worker_is_audited_and_its_wrong_result_escalated_and_slashed() {
	test(|| {
		AuditRate::set(Perbill::one());
		let id = assigned(6, 1);
		let cheater = seated(id)[0];

		attest(id, |w| if w == cheater { WRONG } else { RIGHT });
		assert!(events().contains(&Event::AuditOrdered { job: id }));
		seat_again(id);
		attest(id, |w| if w == cheater { WRONG } else { RIGHT });
		let job = Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.seats[1].role, SeatRole::Auditor);
		// One against one: no clear majority, so three verifiers are drawn.
		assert!(events().contains(&Event::DisputeEscalated { job: id, round: 1 }));
		assert_eq!(job.wanted, 2 + ESCALATION_SIZE);

		seat_again(id);
		attest(id, |w| if w == cheater { WRONG } else { RIGHT });

		assert_eq!(settled_digest(id), Some(RIGHT));
		assert_eq!(rejected(id), vec![cheater]);
		let Some(JobOutcome::Settled { workers, .. }) = Outcomes::<Test>::get(id) else {
			panic!("settled")
		};
		assert_eq!(workers.len(), 4, "the auditor and three verifiers stood");
		for worker in workers {
			assert!(pending_slashes(worker).is_empty(), "an honest worker is never slashed");
		}
		// The escrow paid one worker; the treasury paid for the checking.
		assert!(settlement(id).treasury_paid > 0);
	});
}

#[test]
fn an_audit_that_agrees_settles_and_costs_the_creator_nothing_more() {
	test(|| {
		AuditRate::set(Perbill::one());
		let id = assigned(3, 1);
		let escrow = Jobs::<Test>::get(id).unwrap().escrow;
		let creator_before = Balances::total_balance(&CREATOR);

		attest(id, |_| RIGHT);
		seat_again(id);
		attest(id, |_| RIGHT);

		assert_eq!(settled_digest(id), Some(RIGHT));
		let Some(JobOutcome::Settled { workers, .. }) = Outcomes::<Test>::get(id) else {
			panic!("settled")
		};
		assert_eq!(workers.len(), 2, "worker and auditor");
		// The payment left the creator's account at submission; its deposit comes back.
		assert_eq!(Balances::total_balance(&CREATOR), creator_before + DEPOSIT);
		let worker_pay =
			escrow - MODEL_FEE_SHARE.mul_floor(escrow) - PROTOCOL_FEE.mul_floor(escrow);
		// The auditor's pay: the protocol fee first, the treasury for the rest.
		assert!(events().contains(&Event::JobSettled {
			job: id,
			digest: RIGHT,
			worker_pay,
			model_fee: MODEL_FEE_SHARE.mul_floor(escrow),
			treasury_fee: 0,
			treasury_paid: worker_pay - PROTOCOL_FEE.mul_floor(escrow),
		}));
	});
}

#[test]
fn reveals_of_a_lone_worker_wait_for_the_audit_draw() {
	test(|| {
		// Audits all but never happen; a rate this small asks for a large stake.
		AuditRate::set(Perbill::from_parts(1));
		let model = register_model(2);
		let stake = MIN_WORKER_STAKE * 1_000_000;
		assert_ok!(Balances::mint_into(&WORKER, stake));
		register_worker(WORKER, stake, CLASS, model);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(2);
		assert_ok!(commit(WORKER, id, RIGHT));
		assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::AuditDraw { .. }));
		assert_noop!(reveal(WORKER, id, RIGHT), Error::<Test>::RevealsNotOpen);
		assert!(!JobMarket::jobs_of(&WORKER)[0].reveals_open);

		run_to(3);
		assert!(matches!(Jobs::<Test>::get(id).unwrap().status, JobStatus::Revealing { .. }));
		assert!(JobMarket::jobs_of(&WORKER)[0].reveals_open);
		assert_ok!(reveal(WORKER, id, RIGHT));
		assert_eq!(settled_digest(id), Some(RIGHT));
	});
}

#[test]
fn the_audit_draw_follows_the_audit_rate() {
	let audited = |rate: Perbill| {
		(0..10_000u32).filter(|i| JobMarket::audit_drawn(&i.to_le_bytes(), rate)).count()
	};
	assert_eq!(audited(Perbill::zero()), 0);
	assert_eq!(audited(Perbill::one()), 10_000);
	// 5% of 10,000: 500 ± 4σ (σ ≈ 21.8).
	let five = audited(Perbill::from_percent(5));
	assert!((413..=587).contains(&five), "{five} audits of 10,000 at 5%");
}

#[test]
fn two_disagreeing_workers_escalate_and_the_verifiers_majority_stands() {
	test(|| {
		let id = assigned(6, 2);
		let [first, second] = seated(id)[..] else { panic!("two seats") };

		attest(id, |w| if w == second { WRONG } else { RIGHT });
		assert!(events().contains(&Event::DisputeEscalated { job: id, round: 1 }));
		seat_again(id);
		let verifiers: Vec<_> =
			seated(id).into_iter().filter(|w| *w != first && *w != second).collect();
		assert_eq!(verifiers.len(), usize::from(ESCALATION_SIZE));
		attest(id, |w| if w == second { WRONG } else { RIGHT });

		assert_eq!(settled_digest(id), Some(RIGHT));
		assert_eq!(rejected(id), vec![second]);
		assert!(pending_slashes(first).is_empty());
		for verifier in verifiers {
			assert!(pending_slashes(verifier).is_empty());
		}
	});
}

/// A ring of three colluding workers against two honest ones: three fifths is a bare
/// majority, which used to settle the ring's digest and slash the honest pair. It now needs two
/// thirds, so the dispute escalates and, with the honest verifiers of the next round, the
/// honest digest stands and the ring is slashed.
#[test]
fn a_ring_of_three_against_two_honest_workers_does_not_get_them_slashed() {
	test(|| {
		let id = assigned(8, 2);
		let [honest, ringleader] = seated(id)[..] else { panic!("two seats") };
		attest(id, |w| if w == ringleader { WRONG } else { RIGHT });
		seat_again(id);
		let verifiers: Vec<_> =
			seated(id).into_iter().filter(|w| *w != honest && *w != ringleader).collect();
		// Two of the three verifiers are the ring's.
		let ring = [ringleader, verifiers[0], verifiers[1]];
		attest(id, |w| if ring.contains(&w) { WRONG } else { RIGHT });

		assert!(Jobs::<Test>::get(id).is_some(), "three of five does not settle");
		assert!(events().contains(&Event::DisputeEscalated { job: id, round: 2 }));
		assert!(pending_slashes(honest).is_empty() && pending_slashes(verifiers[2]).is_empty());

		// The second round's verifiers are honest: 6 of 8 hold three quarters.
		seat_again(id);
		attest(id, |w| if ring.contains(&w) { WRONG } else { RIGHT });
		assert_eq!(settled_digest(id), Some(RIGHT));
		let mut slashed = rejected(id);
		slashed.sort();
		let mut expected = ring.to_vec();
		expected.sort();
		assert_eq!(slashed, expected);
		assert!(pending_slashes(honest).is_empty());
	});
}

/// Two workers, then two rounds of verifiers, answering by seat right, wrong, other, right,
/// wrong, other…: no digest ever holds more than half, so the dispute goes to arbitration.
fn deadlocked() -> (JobId, Vec<AccountId>) {
	let id = assigned(8, 2);
	let answer = move |w: AccountId| match seated(id).iter().position(|s| *s == w).unwrap() % 3 {
		0 => RIGHT,
		1 => WRONG,
		_ => OTHER,
	};
	attest(id, answer);
	for _ in 0..MAX_ESCALATIONS {
		seat_again(id);
		attest(id, answer);
	}
	let job = Jobs::<Test>::get(id).unwrap();
	assert!(matches!(job.status, JobStatus::Arbitration { .. }), "{:?}", job.status);
	assert!(events()
		.iter()
		.any(|e| matches!(e, Event::ArbitrationRequested { job, .. } if *job == id)));
	(id, seated(id))
}

#[test]
fn arbitration_upholds_a_digest_and_slashes_the_rest() {
	test(|| {
		let (id, seats) = deadlocked();
		let digest_of = |w: AccountId| {
			let job = Jobs::<Test>::get(id).unwrap();
			job.seats[job.seat_of(&w).unwrap()].revealed.as_ref().unwrap().0
		};
		let winners: Vec<_> = seats.iter().copied().filter(|w| digest_of(*w) == RIGHT).collect();
		let losers: Vec<_> = seats.iter().copied().filter(|w| digest_of(*w) != RIGHT).collect();

		assert_noop!(
			JobMarket::resolve_dispute(RuntimeOrigin::signed(CREATOR), id, Resolution::Void),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			JobMarket::resolve_dispute(RuntimeOrigin::root(), id, Resolution::Uphold([1; 32])),
			Error::<Test>::UnknownDigest
		);
		assert_ok!(JobMarket::resolve_dispute(
			RuntimeOrigin::root(),
			id,
			Resolution::Uphold(RIGHT)
		));

		assert_eq!(settled_digest(id), Some(RIGHT));
		let mut slashed = rejected(id);
		slashed.sort();
		let mut expected = losers.clone();
		expected.sort();
		assert_eq!(slashed, expected);
		for winner in winners {
			assert!(pending_slashes(winner).is_empty());
		}
		assert_noop!(
			JobMarket::resolve_dispute(RuntimeOrigin::root(), id, Resolution::Void),
			Error::<Test>::UnknownJob
		);
	});
}

#[test]
fn arbitration_can_void_a_dispute_and_refund_the_creator() {
	test(|| {
		let creator_before = Balances::total_balance(&CREATOR);
		let (id, seats) = deadlocked();
		assert_ok!(JobMarket::resolve_dispute(RuntimeOrigin::root(), id, Resolution::Void));
		assert!(events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Voided }));
		assert_eq!(Balances::total_balance(&CREATOR), creator_before);
		for worker in seats {
			assert!(pending_slashes(worker).is_empty(), "a void dispute slashes nobody");
		}
	});
}

#[test]
fn a_dispute_nobody_decides_is_refunded_after_the_arbitration_period() {
	test(|| {
		let (id, _) = deadlocked();
		run_to(System::block_number() + ARBITRATION_PERIOD);
		assert!(
			events().contains(&Event::JobRefunded { job: id, reason: RefundReason::Unresolved })
		);
		assert!(!Jobs::<Test>::contains_key(id));
	});
}

#[test]
fn only_jobs_in_arbitration_can_be_resolved() {
	test(|| {
		let id = assigned(3, 2);
		assert_noop!(
			JobMarket::resolve_dispute(RuntimeOrigin::root(), id, Resolution::Uphold(RIGHT)),
			Error::<Test>::NotInArbitration
		);
	});
}

#[test]
fn an_appeal_cancels_the_slash_and_its_reward() {
	test(|| {
		let id = assigned(6, 3);
		let wronged = seated(id)[0];
		outvote(id, wronged);
		assert_eq!(rejected(id), vec![wronged]);
		let stake_before = Balances::total_balance(&wronged);
		let slash = PendingSlashes::<Test>::iter_key_prefix(wronged).next().unwrap();

		// The arbitration track (root in the mock) upholds the appeal.
		assert_ok!(Staking::cancel_slash(RuntimeOrigin::root(), wronged, slash));
		run_to(System::block_number() + SLASH_DEFER);
		assert!(Staking::apply_slash(RuntimeOrigin::signed(CREATOR), wronged, slash).is_err());
		assert_eq!(Balances::total_balance(&wronged), stake_before);
	});
}

#[test]
fn a_slash_reaches_stake_that_was_unbonding_at_the_offence() {
	test(|| {
		let model = register_model(2);
		for i in 0..6 {
			register_worker(WORKER + i, 3 * MIN_WORKER_STAKE, CLASS, model);
		}
		let id = submit(spec(model, 1, 3, PayWith::Token));
		run_to(2);
		let cheater = seated(id)[0];
		// The cheater starts leaving with two thirds of its stake before its result is judged.
		assert_ok!(Staking::unbond(RuntimeOrigin::signed(cheater), 2 * MIN_WORKER_STAKE));
		outvote(id, cheater);
		let total_before = Balances::total_balance(&cheater);

		apply_slashes(cheater);

		// The slash is of everything held at the offence, unbonding included, and takes what
		// the active stake cannot cover from the unbonding chunk.
		let slash = DisputeSlash::get().mul_floor(3 * MIN_WORKER_STAKE);
		assert_eq!(Balances::total_balance(&cheater), total_before - slash);
		let record = pallet_compute_staking::Workers::<Test>::get(cheater).unwrap();
		assert_eq!(record.active, 0);
		let unbonding: Balance = record.unbonding.iter().map(|chunk| chunk.value).sum();
		assert_eq!(unbonding, 3 * MIN_WORKER_STAKE - slash);
	});
}

#[test]
fn a_worker_whose_stake_cannot_answer_for_the_pay_is_not_drawn() {
	test(|| {
		// 2,000 Spark a job: far more pay than 1% × 50% of the minimum stake covers.
		let model = register_model(2_000);
		register_worker(WORKER, MIN_WORKER_STAKE, CLASS, model);
		fund(CREATOR);
		let id = submit(spec(model, 1, 1, PayWith::Token));
		run_to(3);
		assert!(seated(id).is_empty());
		let job = Jobs::<Test>::get(id).unwrap();
		assert!(!JobMarket::covers(&job, MIN_WORKER_STAKE));
		assert!(JobMarket::covers(&job, MIN_WORKER_STAKE * 1_000));
	});
}
