//! OpenGov: preimages, the scheduler, referenda, conviction voting, the technical committee
//! and its whitelist, the custom origins and the runtime parameters. The design and the
//! reasons for every track are in `governance/mod.rs`.

use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, tokens::currency::ActiveIssuanceOf, ConstU32,
		EqualPrivilegeOnly, LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::Perbill;

use crate::{
	configs::RuntimeBlockWeights,
	constants::currency::deposit,
	governance::{
		origins::{self, ParameterAdmin, WhitelistedCaller},
		parameters::RuntimeParameters,
		tracks::{period, TracksInfo},
		TrackOrRoot,
	},
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, Treasury, DAYS,
	MINUTES, UNITS,
};

parameter_types! {
	pub const PreimageBaseDeposit: Balance = deposit(2, 64);
	pub const PreimageByteDeposit: Balance = deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

/// Proposals are stored as preimages, paid for by whoever notes them until they are used.
impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Enactments and other scheduled calls may fill most of a block, never all of it.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) *
		RuntimeBlockWeights::get().max_block;
}

/// Runs passed referenda at their enactment block (and the referenda's own alarms).
impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only root schedules directly; referenda schedule through their own trait.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// Votes stay locked for conviction × this after the referendum ends.
	pub const VoteLockingPeriod: BlockNumber = period(7 * DAYS, MINUTES);
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	/// Support is measured against the issuance that can move (not deactivated funds).
	type MaxTurnout = ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	/// Refunded only if the referendum is approved or cancelled: keeps spam off the queue.
	pub const SubmissionDeposit: Balance = 10 * UNITS;
	/// A referendum nobody places a decision deposit for is dropped after this long.
	pub const UndecidingTimeout: BlockNumber = period(14 * DAYS, 10 * MINUTES);
}

/// Two thirds of the technical committee.
pub type TechnicalSupermajority =
	pallet_collective::EnsureProportionAtLeast<AccountId, TechnicalCollective, 2, 3>;
/// More than half of the technical committee: a tie never whitelists a call.
pub type TechnicalMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, TechnicalCollective, 1, 2>;

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	/// Anyone with a deposit may propose on any track; the track's vote decides.
	type SubmitOrigin = EnsureSigned<AccountId>;
	/// Cancelling refunds the deposits: the committee may stop a harmful referendum.
	type CancelOrigin =
		frame_support::traits::EitherOf<EnsureRoot<AccountId>, TechnicalSupermajority>;
	/// Killing also slashes the deposits: for spam, so only root.
	type KillOrigin = EnsureRoot<AccountId>;
	/// Slashed deposits go to the ecosystem fund.
	type Slash = Treasury;
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	/// Referenda are checked every block: confirmation starts as soon as a vote tips it.
	type AlarmInterval = frame_support::traits::ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// The custom origins' pallet has no configuration of its own.
impl origins::pallet_custom_origins::Config for Runtime {}

/// The technical committee: a few experts who whitelist urgent fixes and may cancel a
/// harmful referendum. Members are set by root.
pub type TechnicalCollective = pallet_collective::Instance1;

parameter_types! {
	pub const TechnicalMotionDuration: BlockNumber = period(3 * DAYS, 5 * MINUTES);
	pub MaxCollectiveProposalWeight: Weight = Perbill::from_percent(50) *
		RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<TechnicalCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = TechnicalMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<32>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCollectiveProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	/// Members are few and chosen by root: no deposit for their motions.
	type Consideration = ();
}

parameter_types! {
	/// A whitelisted-caller referendum may pass before the committee has whitelisted its call:
	/// the dispatch is then deferred, and anyone may dispatch it (with root's rights) once the
	/// call is whitelisted, for a week.
	pub const WhitelistDeferredDispatchExpiration: BlockNumber = 7 * DAYS;
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WhitelistOrigin = TrackOrRoot<TechnicalMajority>;
	type DispatchWhitelistedOrigin = TrackOrRoot<WhitelistedCaller>;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = WhitelistDeferredDispatchExpiration;
	type BlockNumberProvider = System;
	type WeightInfo = pallet_whitelist::weights::SubstrateWeight<Runtime>;
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = ParameterAdmin;
	/// Upstream keeps its `SubstrateWeight` private; `()` has the same measured times with
	/// RocksDB's database weights, which are heavier than ParityDB's: a safe overestimate.
	type WeightInfo = ();
}
