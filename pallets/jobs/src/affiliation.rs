//! Who counts as one party with a model's owner. The owner's fee rewards bringing a model
//! that others use; on jobs the owner submitted itself, or that its own workers served, it
//! would be the owner paying itself, and a way to move the reward pot's free Spark (or the
//! treasury's audit top-ups) into its own account. Such a job's model fee goes to the
//! treasury instead.

/// Whether `party` acts for a model's `owner`. One-way: `party` alone must not be able to
/// make itself the owner's, or it could cost the owner its fee.
pub trait Affiliation<AccountId> {
	fn affiliated(owner: &AccountId, party: &AccountId) -> bool;
}

/// Only the owner's own account.
impl<AccountId: PartialEq> Affiliation<AccountId> for () {
	fn affiliated(owner: &AccountId, party: &AccountId) -> bool {
		owner == party
	}
}
