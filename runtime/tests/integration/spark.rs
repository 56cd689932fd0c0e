//! Spark in the real runtime: a purchase paid in TSR and spent through the spender trait, and
//! the fee-less free claim as a general transaction, through transaction validation and a
//! block.

use crate::common::{
	free, general, genesis, model_and_worker, next_block_with, run_to_block, signed, validate,
};
use pallet_jobs::{JobInput, JobSpec, PayWith};
use pallet_spark::{invalid_claim, SparkBalance, SparkCharge, SparkSpender};
use sp_keyring::Sr25519Keyring;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use tessera_runtime::{
	configs::{ComputeRewardPot, SparkBacking},
	governance::origins::Origin,
	AccountId, Balances, ComputeStaking, Runtime, RuntimeCall, RuntimeEvent, Spark, System, UNITS,
};

fn claim(who: &AccountId) -> RuntimeCall {
	RuntimeCall::Spark(pallet_spark::Call::claim_free { who: who.clone() })
}

fn fee_paid() -> bool {
	System::events().iter().any(|record| {
		matches!(
			record.event,
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { .. }
			)
		)
	})
}

#[test]
fn bought_spark_pays_for_a_job_through_the_spender() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let alice = Sr25519Keyring::Alice.to_account_id();
		let backing_before = Balances::free_balance(SparkBacking::get());
		let alice_before = Balances::free_balance(&alice);

		let buy = RuntimeCall::Spark(pallet_spark::Call::buy { amount: 100 });
		let results = next_block_with(vec![signed(buy, Sr25519Keyring::Alice)]);
		assert_eq!(results, vec![Ok(Ok(()))]);

		let cost = Spark::price_of(100).unwrap();
		// What Alice paid backs her Spark, apart from the pot that pays era rewards.
		assert_eq!(Balances::free_balance(SparkBacking::get()), backing_before + cost);
		assert!(fee_paid(), "a purchase is an ordinary signed transaction");
		assert!(Balances::free_balance(&alice) < alice_before - cost, "Alice paid a fee too");
		assert_eq!(Spark::spark_of(&alice), SparkBalance { free: 0, premium: 100 });

		// pallet-jobs charges a job of 30 units: all from premium Spark.
		let charge = <Spark as SparkSpender<AccountId>>::charge(&alice, 30).unwrap();
		assert_eq!(charge, SparkCharge { premium: 30, free: 0 });
		assert_eq!(Spark::spark_of(&alice).premium, 70);
		assert!(<Spark as SparkSpender<AccountId>>::charge(&alice, 71).is_err());
		assert_eq!(Spark::spark_of(&alice).premium, 70);
	});
}

#[test]
fn a_registered_account_with_no_tokens_claims_free_spark_without_fees() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		// A Web2 user's fresh key: no TSR, not even an account.
		let newcomer: AccountId = Sr25519Keyring::One.to_account_id();
		Spark::register(Origin::NetworkParameters.into(), newcomer.clone()).unwrap();
		let issuance = Balances::total_issuance();

		let validity = validate(general(claim(&newcomer))).expect("a due claim is valid");
		assert_eq!(validity.priority, 0);

		let results = next_block_with(vec![general(claim(&newcomer))]);
		assert_eq!(results, vec![Ok(Ok(()))]);
		assert_eq!(Spark::spark_of(&newcomer).free, 50);
		assert!(!fee_paid(), "the claim paid no fee");
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(free(&newcomer), 0, "no TSR was needed or moved");
		// The registration alone makes it an account, so it can sign (see below).
		assert!(System::account_exists(&newcomer));

		// Claimed: the next claim is rejected before it reaches a block.
		assert_eq!(
			validate(general(claim(&newcomer))),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				invalid_claim::NOT_DUE
			)))
		);
	});
}

#[test]
fn invalid_claims_are_rejected_by_transaction_validation() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let stranger = Sr25519Keyring::Two.to_account_id();
		assert_eq!(
			validate(general(claim(&stranger))),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				invalid_claim::NOT_REGISTERED
			)))
		);
		// A rejected claim cannot be put into a block either.
		let results = next_block_with(vec![general(claim(&stranger))]);
		assert!(results[0].is_err());
		assert_eq!(Spark::spark_of(&stranger), SparkBalance::default());
	});
}

#[test]
fn a_general_transaction_cannot_carry_other_calls() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		assert_eq!(
			validate(general(transfer)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::UnknownOrigin))
		);
	});
}

#[test]
fn the_dev_testers_start_registered() {
	genesis("development").execute_with(|| {
		for tester in [Sr25519Keyring::Alice, Sr25519Keyring::Eve] {
			assert!(Spark::account_info(&tester.to_account_id()).registered);
		}
		assert!(!Spark::account_info(&Sr25519Keyring::Ferdie.to_account_id()).registered);
	});
}

fn submit(pay_with: PayWith, units: u32) -> RuntimeCall {
	RuntimeCall::Jobs(pallet_jobs::Call::submit_job {
		spec: JobSpec {
			model: 0,
			input: JobInput::Inline(b"a lighthouse at dusk".to_vec().try_into().unwrap()),
			units,
			redundancy: 1,
			pay_with,
		},
	})
}

fn fee_skipped() -> bool {
	System::events().iter().any(|record| {
		matches!(
			record.event,
			RuntimeEvent::SkipFeelessPayment(pallet_skip_feeless_payment::Event::FeeSkipped { .. })
		)
	})
}

#[test]
fn a_newcomer_with_only_free_spark_submits_a_job_without_fees_and_nothing_else() {
	genesis("local_testnet").execute_with(|| {
		run_to_block(1);
		model_and_worker(Sr25519Keyring::Charlie);
		// The pot that pays free-Spark jobs, funded as governance funds it.
		let pot = ComputeRewardPot::get();
		let fund = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: pot.clone().into(),
			value: 1_000 * UNITS,
		});
		assert_eq!(next_block_with(vec![signed(fund, Sr25519Keyring::Alice)]), vec![Ok(Ok(()))]);

		let newcomer = Sr25519Keyring::One;
		let who = newcomer.to_account_id();
		Spark::register(Origin::NetworkParameters.into(), who.clone()).unwrap();
		assert_eq!(next_block_with(vec![general(claim(&who))]), vec![Ok(Ok(()))]);
		let spark = Spark::spark_of(&who).free;

		// Free Spark pays only on a model the network-parameters track opened to it: on any
		// other, the job would be refused, so it pays a fee, which the newcomer cannot.
		let cannot_pay = InvalidTransaction::Payment.into();
		assert_eq!(validate(signed(submit(PayWith::Spark, 1), newcomer)), Err(cannot_pay));
		ComputeStaking::set_grant_model(Origin::NetworkParameters.into(), 0, true).unwrap();

		// A job its Spark pays: valid, in a block, no fee, the Spark burnt instead.
		let job = pallet_jobs::NextJobId::<Runtime>::get();
		assert!(validate(signed(submit(PayWith::Spark, 1), newcomer)).is_ok());
		assert_eq!(
			next_block_with(vec![signed(submit(PayWith::Spark, 1), newcomer)]),
			vec![Ok(Ok(()))]
		);
		assert!(fee_skipped() && !fee_paid());
		assert!(pallet_jobs::Jobs::<Runtime>::get(job).is_some());
		assert_eq!(Spark::spark_of(&who).free, spark - 4);
		assert_eq!(free(&who), 0);

		// What it cannot pay in Spark, or a job that would be refused, pays the fee as any
		// call does, which it cannot: rejected before a block, nothing burnt.
		let too_dear = submit(PayWith::Spark, 16);
		assert!(Spark::spark_of(&who).free < 16 * 4);
		assert_eq!(validate(signed(too_dear, newcomer)), Err(cannot_pay));
		assert_eq!(validate(signed(submit(PayWith::Token, 1), newcomer)), Err(cannot_pay));
		let over_limits = submit(PayWith::Spark, 17);
		assert_eq!(validate(signed(over_limits, newcomer)), Err(cannot_pay));
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 0,
		});
		assert_eq!(validate(signed(transfer, newcomer)), Err(cannot_pay));
		assert_eq!(Spark::spark_of(&who).free, spark - 4);
	});
}
