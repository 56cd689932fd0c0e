//! Unit tests on the mock runtime. Every test runs through [`crate::mock::test`], which
//! checks the storage invariants at its end; failures use `assert_noop!`, which fails if the
//! storage root changed.

mod bidding;
mod configure;
mod property;
mod settlement;

use crate::mock::*;

/// The last event the pallet deposited.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Sale(event) => Some(event),
			_ => None,
		})
		.expect("the pallet deposited an event")
}

/// `who`'s USDC.
fn usdc(who: AccountId) -> Balance {
	use frame_support::traits::fungibles::Inspect;
	<Assets as Inspect<AccountId>>::balance(USDC, &who)
}
