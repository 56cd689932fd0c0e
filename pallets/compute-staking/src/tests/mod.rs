//! Unit tests on the mock runtime. Every test runs through [`crate::mock::test`], which
//! checks the storage invariants at its end; failures are checked with `assert_noop!`, which
//! fails if the storage root changed.

mod classes;
mod invariants;
mod liveness;
mod models;
mod registration;
mod rewards;
mod scenario;
mod slashing;
mod stake;

use crate::mock::*;

/// The last event the pallet deposited.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Staking(event) => Some(event),
			_ => None,
		})
		.expect("the pallet deposited an event")
}

/// What the balances pallet holds for `who` as worker stake.
fn held(who: AccountId) -> Balance {
	Staking::held_for_worker(&who)
}
