//! Block production (BABE), finality (GRANDPA) and the validator set behind both.
//!
//! The validator set is a `pallet-membership` instance (`ValidatorSet`) changed by a privileged
//! origin; `pallet-session` reads it at every session boundary through
//! [`crate::validators::SessionValidators`] and hands the new keys to BABE and GRANDPA. The
//! chain therefore changes authorities while it runs, with no restart.
//!
//! A session is a BABE epoch: BABE ends it ([`pallet_babe::ExternalTrigger`] with the session
//! asking BABE whether to end), so the authorities of an epoch, announced an epoch ahead, are
//! the session's. BABE is here for its VRF: every block carries its author's VRF output over
//! the slot and the epoch's randomness, which the author cannot vary with the block's contents.
//! The compute market draws its workers and audits from it (`draw_seed`).

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
};
use sp_consensus_babe::{AllowedSlots, BabeEpochConfiguration};
use sp_runtime::traits::ConvertInto;

use crate::{
	governance::{origins::ValidatorAdmin, TrackOrRoot},
	validators::SessionValidators,
	AccountId, Babe, Balances, BlockNumber, Runtime, RuntimeEvent, Session, SessionKeys,
	EXISTENTIAL_DEPOSIT, MILLI_SECS_PER_BLOCK, SESSION_PERIOD,
};

/// The most validators the chain supports; bounds BABE, GRANDPA and the validator set alike.
pub const MAX_VALIDATORS: u32 = 64;

parameter_types! {
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	/// Held from an account while it has session keys registered, so keys are not free state.
	pub const SessionKeyDeposit: crate::Balance = 100 * EXISTENTIAL_DEPOSIT;
	/// A BABE epoch is a session, in slots (one block a slot). It cannot change once the
	/// chain has started.
	pub const EpochDuration: u64 = SessionPeriod::get() as u64;
	pub const ExpectedBlockTime: u64 = MILLI_SECS_PER_BLOCK;
}

/// BABE's genesis epoch configuration: a primary slot leader in a quarter of slots (`c`), and
/// every slot without one authored by its secondary author with a VRF output too, so that
/// every block carries randomness its author could not choose.
pub const BABE_GENESIS_EPOCH_CONFIG: BabeEpochConfiguration =
	BabeEpochConfiguration { c: (1, 4), allowed_slots: AllowedSlots::PrimaryAndSecondaryVRFSlots };

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
	type ShouldEndSession = Babe;
	type NextSessionRotation = Babe;
	type SessionManager = SessionValidators;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = EpochDuration;
	type ExpectedBlockTime = ExpectedBlockTime;
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_VALIDATORS>;
	type MaxNominators = ConstU32<0>;
	// Equivocation reports need session history proofs; not wired yet, as for GRANDPA.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// The compute market's draw seed: this block's and its parent's VRF outputs, by two
/// validators, known by their accounts (a BABE authority index is a position in the session's
/// validators).
impl crate::draw_seed::Config for Runtime {
	type Author = AccountId;
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Runtime, Babe>;
	type WeightInfo = crate::draw_seed::weights::SubstrateWeight<Runtime>;
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
