//! The token sale on the real runtime: opened by the sale-administration track, bid on with
//! USDC and USDT by wallet keys, settled and claimed; proceeds and unsold tokens reach the
//! treasury.

use crate::common::{genesis, next_block_with, run_to_block, signed};
use frame_support::{traits::fungibles::Inspect, BoundedVec};
use pallet_token_sale::{Eligibility, Phase, SaleTerms};
use sp_keyring::Sr25519Keyring;
use sp_runtime::Permill;
use tessera_runtime::{
	configs::TreasuryAccount,
	genesis::{
		presets::{USD, USDC, USDT},
		tokenomics::sale_account,
	},
	governance::origins::Origin,
	Assets, Balances, RuntimeCall, System, TokenSale, UNITS,
};

const OFFERING: u128 = 10_000_000 * UNITS;
/// 0.01 USD per TSR, in stablecoin units.
const CENT: u128 = 10_000;

fn bid(price: u128, budget: u128, asset: u32, lockup: bool) -> RuntimeCall {
	RuntimeCall::TokenSale(pallet_token_sale::Call::bid { max_price: price, budget, asset, lockup })
}

fn stable(asset: u32, who: &tessera_runtime::AccountId) -> u128 {
	<Assets as Inspect<_>>::balance(asset, who)
}

#[test]
fn a_sale_is_bid_on_in_usdc_and_usdt_settled_and_claimed() {
	genesis("development").execute_with(|| {
		run_to_block(1);
		let now = System::block_number();
		let terms = SaleTerms {
			offering: OFFERING,
			floor_price: 100,
			ceiling_price: 100_000,
			tick: 100,
			min_bid: 100 * USD,
			assets: BoundedVec::truncate_from(vec![USDC, USDT]),
			start: now + 1,
			end: now + 3,
			lockup: 100,
			lockup_bonus: Permill::from_percent(10),
			multiplier_pool: 1_000_000 * UNITS,
			// Bob (score 2) would earn 5% more; Alice (score 0) none.
			multipliers: [0, 0, 5, 5, 5, 5, 5, 5].map(Permill::from_percent),
		};
		// The sale-administration track's origin, as a passed referendum dispatches it.
		TokenSale::configure(Origin::SaleAdmin.into(), terms).unwrap();
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		for (who, score) in [(alice, 0), (bob, 2)] {
			TokenSale::set_eligibility(
				Origin::SaleAdmin.into(),
				who.to_account_id(),
				Some(Eligibility { us: false, score }),
			)
			.unwrap();
		}
		run_to_block(now + 1);
		assert_eq!(TokenSale::phase(), Phase::Open);
		// 150,000 USD at up to 0.02 (USDC) and 50,000 USD at up to 0.01 (USDT), locked up: at
		// 0.02 Alice alone asks for 7.5M TSR, short of 10M; at 0.0199 still short; at 0.015 she
		// asks exactly 10M. Bob's 0.01 maximum is below, so he is refunded.
		let results = next_block_with(vec![
			signed(bid(2 * CENT, 150_000 * USD, USDC, false), alice),
			signed(bid(CENT, 50_000 * USD, USDT, true), bob),
		]);
		assert_eq!(results, vec![Ok(Ok(())), Ok(Ok(()))]);
		assert_eq!(stable(USDT, &bob.to_account_id()), 950_000 * USD);

		run_to_block(now + 3);
		assert_eq!(TokenSale::phase(), Phase::Closed);
		let sale_before = Balances::free_balance(sale_account());
		let settle = RuntimeCall::TokenSale(pallet_token_sale::Call::settle {});
		assert_eq!(next_block_with(vec![signed(settle, bob)]), vec![Ok(Ok(()))]);
		let status = TokenSale::status();
		assert_eq!(
			(status.phase, status.clearing_price, status.sold),
			(Phase::Settled, 150 * 100, OFFERING)
		);
		// Nothing unsold, so nothing left the sale account for the treasury.
		assert_eq!(Balances::free_balance(sale_account()), sale_before);

		let alice_before = Balances::free_balance(alice.to_account_id());
		// Anyone may claim for a bidder: Bob for Alice, Charlie for Bob.
		let claims = vec![
			signed(
				RuntimeCall::TokenSale(pallet_token_sale::Call::claim {
					bidder: alice.to_account_id(),
				}),
				bob,
			),
			signed(
				RuntimeCall::TokenSale(pallet_token_sale::Call::claim {
					bidder: bob.to_account_id(),
				}),
				Sr25519Keyring::Charlie,
			),
		];
		assert_eq!(next_block_with(claims), vec![Ok(Ok(())), Ok(Ok(()))]);
		assert_eq!(Balances::free_balance(alice.to_account_id()), alice_before + OFFERING);
		assert_eq!(Balances::free_balance(sale_account()), sale_before - OFFERING);
		assert_eq!(stable(USDC, &alice.to_account_id()), 850_000 * USD);
		assert_eq!(stable(USDT, &bob.to_account_id()), 1_000_000 * USD, "Bob refunded in full");

		let withdraw =
			RuntimeCall::TokenSale(pallet_token_sale::Call::withdraw_proceeds { asset: USDC });
		assert_eq!(next_block_with(vec![signed(withdraw, bob)]), vec![Ok(Ok(()))]);
		assert_eq!(stable(USDC, &TreasuryAccount::get()), 150_000 * USD);
	});
}
