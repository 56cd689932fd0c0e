//! The genesis presets distribute exactly the tokenomics of DESIGN.md, and the team allocation
//! is locked until its cliff.

use crate::common::{free, genesis};
use frame_support::{
	assert_ok,
	traits::{
		fungible::Inspect,
		tokens::{Fortitude, Preservation},
	},
};
use sp_keyring::Sr25519Keyring;
use tessera_runtime::{
	configs::TreasuryAccount,
	genesis::tokenomics::{sale_account, unallocated_account, TEAM_CLIFF, TEAM_VESTING_PERIOD},
	AccountId, Balances, Runtime, RuntimeOrigin, System, Vesting, UNITS,
};

/// What `who` can transfer while keeping its account alive.
fn spendable(who: &AccountId) -> u128 {
	Balances::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
}

const PRESETS: [&str; 2] = ["development", "local_testnet"];

/// Market makers in the presets: Alice to Eve.
fn market_makers() -> Vec<Sr25519Keyring> {
	use Sr25519Keyring::*;
	vec![Alice, Bob, Charlie, Dave, Eve]
}

#[test]
fn genesis_totals_match_the_tokenomics_exactly() {
	for preset in PRESETS {
		genesis(preset).execute_with(|| {
			// Amounts written out, not computed from the runtime's shares.
			assert_eq!(Balances::total_issuance(), 1_000_000_000 * UNITS, "{preset}: total supply");
			assert_eq!(
				free(&TreasuryAccount::get()),
				587_000_000 * UNITS,
				"{preset}: ecosystem fund 58.7%"
			);
			assert_eq!(
				free(&Sr25519Keyring::Ferdie.to_account_id()),
				200_000_000 * UNITS,
				"{preset}: team 20%"
			);
			assert_eq!(free(&sale_account()), 123_000_000 * UNITS, "{preset}: sale rounds 12.3%");
			assert_eq!(
				free(&unallocated_account()),
				10_000_000 * UNITS,
				"{preset}: unallocated 1%"
			);
			let market_making: u128 =
				market_makers().iter().map(|k| free(&k.to_account_id())).sum();
			assert_eq!(market_making, 80_000_000 * UNITS, "{preset}: market making 8%");

			// Nothing else holds TSR: the buckets are the whole supply.
			let holders = frame_system::Account::<Runtime>::iter().count();
			assert_eq!(holders, 4 + market_makers().len(), "{preset}: unexpected genesis accounts");
		});
	}
}

#[test]
fn team_allocation_cannot_move_before_the_cliff() {
	genesis("development").execute_with(|| {
		let team = Sr25519Keyring::Ferdie.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let before = (free(&team), free(&bob));

		System::set_block_number(TEAM_CLIFF - 1);
		let transfer = pallet_balances::Pallet::<Runtime>::transfer_keep_alive(
			RuntimeOrigin::signed(team.clone()),
			bob.clone().into(),
			UNITS,
		);
		assert!(transfer.is_err(), "a team transfer before the cliff must fail");
		assert_eq!(spendable(&team), 0);
		assert_eq!((free(&team), free(&bob)), before, "a failed transfer changes nothing");

		// Vesting releases nothing at the cliff itself...
		System::set_block_number(TEAM_CLIFF);
		assert_ok!(Vesting::vest(RuntimeOrigin::signed(team.clone())));
		assert!(pallet_balances::Pallet::<Runtime>::transfer_keep_alive(
			RuntimeOrigin::signed(team.clone()),
			bob.clone().into(),
			UNITS,
		)
		.is_err());

		// ...and half of the allocation halfway through the vesting period.
		System::set_block_number(TEAM_CLIFF + TEAM_VESTING_PERIOD / 2);
		assert_ok!(Vesting::vest(RuntimeOrigin::signed(team.clone())));
		// Per-block vesting rounds down, so a few planck stay locked: allow less than 1 TSR.
		let half = 100_000_000 * UNITS;
		assert!(
			spendable(&team) <= half && half - spendable(&team) < UNITS,
			"{}",
			spendable(&team)
		);
		assert_ok!(pallet_balances::Pallet::<Runtime>::transfer_keep_alive(
			RuntimeOrigin::signed(team.clone()),
			bob.clone().into(),
			UNITS,
		));
		assert_eq!(free(&bob), before.1 + UNITS);
	});
}
