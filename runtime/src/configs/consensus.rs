//! Block production (Aura), finality (GRANDPA) and the validator set behind both.
//!
//! The validator set is a `pallet-membership` instance (`ValidatorSet`) changed by a privileged
//! origin; `pallet-session` reads it at every session boundary through
//! [`crate::validators::SessionValidators`] and hands the new keys to Aura and GRANDPA. The
//! chain therefore changes authorities while it runs, with no restart.

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::ConvertInto;

use crate::{
	governance::{origins::ValidatorAdmin, TrackOrRoot},
	validators::SessionValidators,
	AccountId, Balances, BlockNumber, Runtime, RuntimeEvent, SessionKeys, EXISTENTIAL_DEPOSIT,
	SESSION_PERIOD,
};

/// The most validators the chain supports; bounds Aura, GRANDPA and the validator set alike.
pub const MAX_VALIDATORS: u32 = 64;

parameter_types! {
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	pub const SessionOffset: BlockNumber = 0;
	/// Held from an account while it has session keys registered, so keys are not free state.
	pub const SessionKeyDeposit: crate::Balance = 100 * EXISTENTIAL_DEPOSIT;
}

/// Who may add, remove or replace validators: the validator-admin track.
pub type ValidatorSetAdmin = TrackOrRoot<ValidatorAdmin>;

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = ValidatorSetAdmin;
	type RemoveOrigin = ValidatorSetAdmin;
	type SwapOrigin = ValidatorSetAdmin;
	type ResetOrigin = ValidatorSetAdmin;
	type PrimeOrigin = ValidatorSetAdmin;
	type MembershipInitialized = ();
	type MembershipChanged = ();
	type MaxMembers = ConstU32<MAX_VALIDATORS>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = SessionValidators;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// Equivocation reports need session history proofs; not wired yet (no slashing of
	// validators before the compute-staking work).
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
