//! Spark in the real runtime: a purchase paid in TSR and spent through the spender trait, and
//! the fee-less free claim as a general transaction, through transaction validation and a
//! block.

use crate::common::{general, genesis, next_block_with, run_to_block, signed, validate};
use pallet_spark::{invalid_claim, SparkBalance, SparkCharge, SparkSpender};
use sp_keyring::Sr25519Keyring;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use tessera_runtime::{
	configs::SparkBacking, governance::origins::Origin, AccountId, Balances, RuntimeCall,
	RuntimeEvent, Spark, System,
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
		assert!(!System::account_exists(&newcomer), "no TSR was needed or moved");

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
