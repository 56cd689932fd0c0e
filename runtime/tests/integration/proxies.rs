//! Proxies in the real runtime: a `NonTransfer` proxy may only make the calls of its
//! allow-list, which move no value out of the account it acts for, nested calls included
//! (`configs::non_transfer_allows`).

use crate::common::{genesis, next_block_with, run_to_block, signed};
use frame_support::{traits::InstanceFilter, BoundedVec};
use pallet_jobs::{JobInput, JobSpec, PayWith};
use sp_keyring::Sr25519Keyring;
use tessera_runtime::{
	configs::ProxyType, AccountId, Balances, Runtime, RuntimeCall, RuntimeEvent, System, UNITS,
};

fn spec(pay_with: PayWith) -> JobSpec<Runtime> {
	JobSpec {
		model: 0,
		input: JobInput::Inline(BoundedVec::truncate_from(b"a lighthouse".to_vec())),
		units: 1,
		redundancy: 1,
		pay_with,
	}
}

fn bob() -> AccountId {
	Sr25519Keyring::Bob.to_account_id()
}

fn transfer() -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: bob().into(),
		value: UNITS,
	})
}

#[test]
fn a_non_transfer_proxy_cannot_move_value_by_any_call() {
	let denied = [
		transfer(),
		RuntimeCall::Jobs(pallet_jobs::Call::submit_job { spec: spec(PayWith::Token) }),
		RuntimeCall::Jobs(pallet_jobs::Call::submit_jobs {
			specs: BoundedVec::truncate_from(vec![spec(PayWith::Spark), spec(PayWith::Token)]),
		}),
		RuntimeCall::Spark(pallet_spark::Call::buy { amount: 10 }),
		RuntimeCall::TokenSale(pallet_token_sale::Call::withdraw_proceeds { asset: 0 }),
		RuntimeCall::Nfts(pallet_nfts::Call::transfer {
			collection: 0,
			item: 0,
			dest: bob().into(),
		}),
		RuntimeCall::Treasury(pallet_treasury::Call::payout { index: 0 }),
		RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
			other_signatories: vec![bob()],
			call: Box::new(transfer()),
		}),
		// Dispatched with a fresh origin: the filter would not reach the call inside.
		RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: bob().into(),
			force_proxy_type: None,
			call: Box::new(transfer()),
		}),
		// The owner's decisions: what to spend Spark on, what to bond and lock.
		RuntimeCall::Jobs(pallet_jobs::Call::submit_job { spec: spec(PayWith::Spark) }),
		RuntimeCall::ComputeStaking(pallet_compute_staking::Call::bond_extra { amount: UNITS }),
		RuntimeCall::ComputeStaking(pallet_compute_staking::Call::lock_stake { weeks: 104 }),
	];
	for call in &denied {
		assert!(!ProxyType::NonTransfer.filter(call), "allowed: {call:?}");
		assert!(ProxyType::Any.filter(call));
	}
	let allowed = [
		RuntimeCall::Jobs(pallet_jobs::Call::commit_results { commits: BoundedVec::new() }),
		RuntimeCall::Jobs(pallet_jobs::Call::reveal_results { reveals: BoundedVec::new() }),
		RuntimeCall::ComputeStaking(pallet_compute_staking::Call::chill {}),
		RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::unlock {
			class: 0,
			target: bob().into(),
		}),
		RuntimeCall::TokenSale(pallet_token_sale::Call::claim { bidder: bob() }),
		RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![] }),
	];
	for call in &allowed {
		assert!(ProxyType::NonTransfer.filter(call), "refused: {call:?}");
	}
}

#[test]
fn a_transfer_nested_in_a_batch_is_refused_to_a_non_transfer_proxy() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let alice = Sr25519Keyring::Alice.to_account_id();
		let add = RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
			delegate: bob().into(),
			proxy_type: ProxyType::NonTransfer,
			delay: 0,
		});
		assert_eq!(next_block_with(vec![signed(add, Sr25519Keyring::Alice)]), vec![Ok(Ok(()))]);

		let balance = Balances::free_balance(&alice);
		let batch =
			RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![transfer()] });
		let proxied = RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: alice.clone().into(),
			force_proxy_type: None,
			call: Box::new(batch),
		});
		System::reset_events();
		assert_eq!(next_block_with(vec![signed(proxied, Sr25519Keyring::Bob)]), vec![Ok(Ok(()))]);
		let filtered = System::events().into_iter().any(|record| {
			matches!(
				record.event,
				RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result: Err(_) })
			)
		});
		assert!(filtered, "the nested transfer was refused");
		assert_eq!(Balances::free_balance(&alice), balance);
	});
}

#[test]
fn an_owner_and_the_proxies_it_made_are_one_party_for_the_model_fee() {
	use pallet_jobs::Affiliation;
	use tessera_runtime::configs::ProxyAffiliation as Party;
	genesis("development").execute_with(|| {
		run_to_block(1);
		let alice = Sr25519Keyring::Alice.to_account_id();
		let dave = Sr25519Keyring::Dave.to_account_id();
		assert!(Party::affiliated(&alice, &alice));
		assert!(!Party::affiliated(&alice, &bob()));
		let add = RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
			delegate: bob().into(),
			proxy_type: ProxyType::NonTransfer,
			delay: 0,
		});
		assert_eq!(next_block_with(vec![signed(add, Sr25519Keyring::Alice)]), vec![Ok(Ok(()))]);
		assert!(Party::affiliated(&alice, &bob()), "the owner made Bob its proxy");
		assert!(!Party::affiliated(&alice, &dave));
		// Dave names Alice his proxy, on his own: that must not cost Alice her model fee.
		let forged = RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
			delegate: alice.clone().into(),
			proxy_type: ProxyType::CancelProxy,
			delay: 1_000,
		});
		assert_eq!(next_block_with(vec![signed(forged, Sr25519Keyring::Dave)]), vec![Ok(Ok(()))]);
		assert!(!Party::affiliated(&alice, &dave));
	});
}
