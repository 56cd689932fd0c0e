//! Compute staking in the real runtime: stake held under the runtime's hold reason, the
//! fee-less heartbeat signed with a worker's sr25519 key as a general transaction, rewards paid
//! from the pot that Spark purchases fill, and a deferred slash paid to the treasury.

use crate::common::{
	general, genesis, model_and_worker, next_block_with, run_to_block, signed, validate,
};
use frame_support::traits::{fungible::InspectHold, Get};
use pallet_compute_staking::{invalid_heartbeat, traits::ComputeWorkers, Offence};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	MultiSignature, Perbill,
};
use tessera_runtime::{
	configs::{ComputeRewardPot, TreasuryAccount},
	governance::origins::Origin,
	AccountId, Balances, ComputeStaking, Runtime, RuntimeCall, RuntimeHoldReason, RuntimeOrigin,
	System, UNITS,
};

const STAKE: u128 = 10_000 * UNITS;

fn worker_stake_held(who: &AccountId) -> u128 {
	let reason = RuntimeHoldReason::ComputeStaking(pallet_compute_staking::HoldReason::WorkerStake);
	Balances::balance_on_hold(&reason, who)
}

/// `signer`'s heartbeat for `worker` in `era`, as a general transaction.
fn heartbeat(worker: &AccountId, era: u32, signer: Sr25519Keyring) -> RuntimeCall {
	let message = ComputeStaking::heartbeat_message(worker, era);
	RuntimeCall::ComputeStaking(pallet_compute_staking::Call::heartbeat {
		worker: worker.clone(),
		era,
		signature: MultiSignature::Sr25519(signer.sign(&message)),
	})
}

fn rejected(
	code: u8,
) -> Result<sp_runtime::transaction_validity::ValidTransaction, TransactionValidityError> {
	Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(code)))
}

#[test]
fn a_worker_stakes_heartbeats_without_fees_and_is_paid_from_the_pot() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		model_and_worker(Sr25519Keyring::Charlie);
		assert_eq!(worker_stake_held(&charlie), STAKE);
		assert_eq!(ComputeStaking::candidates(0).len(), 1);

		// Paid for jobs (pallet-jobs reports it at settlement): 200 TSR of pay bounds the
		// next reward at 0.5% of it, 1 TSR, above the era reward. Without it, nothing.
		<ComputeStaking as ComputeWorkers<AccountId>>::note_paid(&charlie, 200 * UNITS);
		let era = ComputeStaking::current_era();
		let balance_before = Balances::free_balance(&charlie);
		let beat = heartbeat(&charlie, era, Sr25519Keyring::Charlie);
		let validity = validate(general(beat.clone())).expect("a due heartbeat is valid");
		assert_eq!(validity.priority, 0);
		assert_eq!(next_block_with(vec![general(beat)]), vec![Ok(Ok(()))]);
		assert_eq!(Balances::free_balance(&charlie), balance_before, "a heartbeat is free");

		// 1 TSR × (10,000 / 10,000 TSR) × 100% online × 80% initial quality.
		let reward = UNITS * 8 / 10;
		assert_eq!(ComputeStaking::pending_rewards(&charlie), reward);
		// A second one in the same era does not reach the pool.
		assert_eq!(
			validate(general(heartbeat(&charlie, era, Sr25519Keyring::Charlie))),
			rejected(invalid_heartbeat::ALREADY_SEEN)
		);

		// Governance funds the pot that pays the rewards (a treasury spend; here a transfer).
		let fund = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: ComputeRewardPot::get().into(),
			value: 10 * UNITS,
		});
		assert_eq!(next_block_with(vec![signed(fund, Sr25519Keyring::Dave)]), vec![Ok(Ok(()))]);
		let pot_before = Balances::free_balance(ComputeRewardPot::get());
		let claim = RuntimeCall::ComputeStaking(pallet_compute_staking::Call::claim_rewards {});
		let before = Balances::free_balance(&charlie);
		assert_eq!(next_block_with(vec![signed(claim, Sr25519Keyring::Charlie)]), vec![Ok(Ok(()))]);
		assert_eq!(Balances::free_balance(ComputeRewardPot::get()), pot_before - reward);
		let fee = before + reward - Balances::free_balance(&charlie);
		assert!(fee > 0 && fee < UNITS / 10, "the claim paid an ordinary fee, not the reward");
		assert_eq!(ComputeStaking::pending_rewards(&charlie), 0);
	});
}

#[test]
fn heartbeats_that_would_fail_are_rejected_before_the_pool() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		let stranger = Sr25519Keyring::Two.to_account_id();
		assert_eq!(
			validate(general(heartbeat(&stranger, 0, Sr25519Keyring::Two))),
			rejected(invalid_heartbeat::NOT_A_WORKER)
		);
		model_and_worker(Sr25519Keyring::Charlie);
		// Someone else's key cannot keep Charlie online.
		let forged = heartbeat(&charlie, 0, Sr25519Keyring::Dave);
		assert_eq!(validate(general(forged.clone())), rejected(invalid_heartbeat::BAD_SIGNATURE));
		assert!(next_block_with(vec![general(forged)])[0].is_err(), "nor be put in a block");
		assert_eq!(
			validate(general(heartbeat(&charlie, 1, Sr25519Keyring::Charlie))),
			rejected(invalid_heartbeat::WRONG_ERA)
		);
		assert_eq!(ComputeStaking::pending_rewards(&charlie), 0);
	});
}

#[test]
fn a_slash_is_deferred_then_paid_to_the_treasury_unless_arbitration_cancels_it() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		model_and_worker(Sr25519Keyring::Charlie);
		let fraction = Perbill::from_percent(10);
		let first =
			ComputeStaking::slash(&charlie, fraction, Offence::WrongResult, vec![]).unwrap();
		let second =
			ComputeStaking::slash(&charlie, fraction, Offence::MissedDeadline, vec![]).unwrap();

		let caller = RuntimeOrigin::signed(Sr25519Keyring::Dave.to_account_id());
		assert!(ComputeStaking::apply_slash(caller.clone(), charlie.clone(), first).is_err());
		assert!(
			ComputeStaking::cancel_slash(caller.clone(), charlie.clone(), second).is_err(),
			"only the arbitration track cancels"
		);
		let arbitration = RuntimeOrigin::from(Origin::Arbitration);
		ComputeStaking::cancel_slash(arbitration, charlie.clone(), second).unwrap();

		// A deferral period later the first slash applies: 10% of the stake goes to the treasury.
		let defer =
			<tessera_runtime::Runtime as pallet_compute_staking::Config>::SlashDeferPeriod::get();
		System::set_block_number(System::block_number() + defer);
		let treasury_before = Balances::free_balance(TreasuryAccount::get());
		ComputeStaking::apply_slash(caller, charlie.clone(), first).unwrap();
		assert_eq!(Balances::free_balance(TreasuryAccount::get()), treasury_before + STAKE / 10);
		assert_eq!(worker_stake_held(&charlie), STAKE - STAKE / 10);
	});
}

/// A worker that pays for lone jobs on its own model, served and audited by its own workers,
/// loses the protocol fee `f` of each job and wins back, on the `q` audited, an auditor's pay
/// that the treasury adds (`1 − m − 2f` of the job beyond the fee). The era reward it earns on
/// the escrow's pay (`1 − m − f`, and the fee's `f` to an auditor) must stay below that loss,
/// with the runtime's genesis parameters (docs/verification.md, "Rewards for work").
#[test]
fn rewards_for_work_never_pay_for_self_dealt_jobs() {
	genesis("development").execute_with(|| {
		use tessera_runtime::governance::parameters::{compute, jobs};
		let share = |part: Perbill| f64::from(part.deconstruct()) / 1e9;
		let k = share(<Runtime as pallet_compute_staking::Config>::RewardWorkShare::get());
		let (m, f, q) = (
			share(compute::ModelFeeShare::get()),
			share(jobs::ProtocolFee::get()),
			share(jobs::AuditRate::get()),
		);
		let reward = k * (1.0 - m - f + q * f);
		let fees_lost = (1.0 - q) * f - q * (1.0 - m - 2.0 * f);
		assert!(
			reward < fees_lost,
			"a self-dealt job earns {reward:.5} of its price in reward and loses {fees_lost:.5}"
		);
	});
}
