//! Unit tests on the mock runtime. Every test runs through [`crate::mock::test`], which
//! checks the storage invariants at its end; every failure is checked with `assert_noop!`,
//! which fails if the storage root changed.

mod claims;
mod invariants;
mod purchases;
mod registration;
mod rewards;
mod spender;

use crate::mock::*;

/// The last event the pallet deposited.
fn last_event() -> crate::Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|record| match record.event {
			RuntimeEvent::Spark(event) => Some(event),
			_ => None,
		})
		.expect("the pallet deposited an event")
}

#[test]
fn no_call_moves_spark_between_accounts() {
	// Spark's value rests on it not being tradable. This list is every call there is; a new
	// one must be added here deliberately, after checking it moves no Spark.
	let calls = <crate::Call<Test> as frame_support::traits::GetCallName>::get_call_names();
	assert_eq!(calls, ["register", "revoke", "claim_free", "grant_reward", "buy", "set_price"]);
}
