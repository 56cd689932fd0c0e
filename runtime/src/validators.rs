//! Feeds the `ValidatorSet` membership into `pallet-session`.
//!
//! `pallet-session` asks at each session boundary for the validators of the session after next.
//! We answer with the members that have registered session keys, and only when that list
//! differs from the one already queued: answering `None` keeps the set, so GRANDPA does not
//! start a new authority set every session for nothing.

use alloc::vec::Vec;
use sp_staking::SessionIndex;

use crate::{AccountId, Runtime};

/// `pallet_session::SessionManager` backed by the `ValidatorSet` membership.
pub struct SessionValidators;

impl SessionValidators {
	/// Members of the validator set that can author: those with session keys.
	pub fn keyed_members() -> Vec<AccountId> {
		pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get()
			.into_iter()
			.filter(|who| pallet_session::NextKeys::<Runtime>::contains_key(who))
			.collect()
	}
}

impl pallet_session::SessionManager<AccountId> for SessionValidators {
	fn new_session(_new_index: SessionIndex) -> Option<Vec<AccountId>> {
		let next = Self::keyed_members();
		// An empty set would halt block production for good: keep the current one instead.
		if next.is_empty() {
			log::warn!(target: "runtime::validators", "no validator has session keys; keeping the set");
			return None;
		}
		let mut queued: Vec<AccountId> =
			pallet_session::QueuedKeys::<Runtime>::get().into_iter().map(|(who, _)| who).collect();
		queued.sort();
		// Members are kept sorted by pallet-membership, so equal sets compare equal.
		(next != queued).then_some(next)
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<AccountId>> {
		let members = Self::keyed_members();
		(!members.is_empty()).then_some(members)
	}

	fn end_session(_end_index: SessionIndex) {}
	fn start_session(_start_index: SessionIndex) {}
}
