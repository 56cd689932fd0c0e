//! # Compute staking: GPU workers and model developers
//!
//! Workers execute jobs and back their results with stake; model developers register the
//! models workers serve and stake for exposure. Stake is a `fungible` hold, never a legacy
//! reserve, so it stays in the owner's account, counts for governance and cannot be spent.
//!
//! ## Workers
//! - [`Pallet::register_worker`] holds at least [`Config::MinWorkerStake`] under
//!   [`HoldReason::WorkerStake`] and records a [`WorkerProfile`]: execution class, the models
//!   served (bounded), the artifact endpoint.
//! - [`Pallet::bond_extra`] adds stake; [`Pallet::unbond`] moves stake into a queue of at most
//!   [`Config::MaxUnbondingChunks`] chunks, each withdrawable ([`Pallet::withdraw_unbonded`])
//!   [`Config::UnbondingPeriod`] blocks later. Unbonding stake stays held and slashable.
//! - A model lists at most [`Config::MaxWorkersPerModel`] servers; a full list evicts its
//!   weakest member (a server taking no jobs first, then the least active stake) for an
//!   active newcomer staking more than 10% more ([`Event::ServerEvicted`]), so early or idle
//!   workers cannot hold a model against stronger ones.
//! - [`Pallet::chill`] / [`Pallet::unchill`] pause and resume job assignment;
//!   [`Pallet::deregister`] (no open jobs, no pending slashes) unbonds everything.
//! - [`Pallet::lock_stake`] locks the active stake for `w` weeks, which multiplies its
//!   priority for a job's paid seats by `1 + (B − 1)·(w/W)^1.5`, `B` =
//!   [`Config::MaxLockBoost`] reached at the longest lock `W` = [`Config::MaxLockWeeks`]. A
//!   lock can be extended, never shortened. Auditors and verifiers are drawn without the boost
//!   and by stake up to [`Config::RewardStakeCap`] ([`Pallet::check_weight`]), so that neither
//!   a long lock nor a large stake lets one worker check its own results.
//!
//! ## Execution classes
//! A worker registers under an execution class that the network-parameters track registered
//! ([`Pallet::set_class`], [`Classes`]), each with a minimum number of workers
//! ([`ClassRules::min_workers`]) below which pallet-jobs seats no new job in it. A class nobody
//! else holds cannot be claimed by a worker to escape every audit: its results could never be
//! compared. Retiring a class keeps its workers registered, but they take no new job until
//! they move to a registered class ([`Pallet::update_profile`]).
//!
//! ## Liveness and rewards
//! Time is cut into eras of [`Config::EraLength`] blocks. An active worker sends one
//! [`Pallet::heartbeat`] per era, from the era it registers in: a fee-less general transaction carrying the worker's
//! signature, checked in transaction validation, so a worker with an empty balance can stay
//! online and no one else can heartbeat for it. Each era a worker misses lowers its online
//! coefficient by [`Config::OnlinePenalty`]; each heartbeat raises it by
//! [`Config::OnlineRecovery`]; after more than [`Config::MaxMissedEras`] missed eras in a row
//! the worker has lapsed: it gets no jobs, its heartbeats are refused, anyone may chill it
//! ([`Pallet::chill_inactive`]) and it may [`Pallet::unchill`] itself. Chilling charges the
//! eras missed before it; the eras spent chilled are not charged.
//!
//! A heartbeat earns the era's reward for work:
//! `min(BaseEraReward × stake_coeff × online × quality, RewardWorkShare × pay)`, with
//! `stake_coeff = min(active, RewardStakeCap) / RewardStakeCap`, `quality` the exponential
//! moving average of verification outcomes that pallet-jobs reports, and `pay` what the
//! worker earned for settled seats since its last heartbeat ([`UnrewardedPay`], free Spark
//! excluded). Idle stake, a profile without models and a worker nobody draws earn nothing;
//! self-dealt jobs cost more in fees than the reward they earn (`docs/verification.md`).
//! Rewards accumulate per worker and are paid from the compute reward pot by
//! [`Pallet::claim_rewards`]: every step is one worker, so no block ever loops over all
//! workers.
//!
//! ## Models
//! [`Pallet::register_model`] records a model by the content hash of its weights, with its
//! kind, job cost in Spark units, metadata URI and stake (held under
//! [`HoldReason::ModelStake`]). The `models_ranked` runtime API lists models by stake. A full
//! registry ([`Config::MaxModels`]) evicts the least-staked model that no worker serves for a
//! newcomer staking more, releasing its stake ([`Event::ModelEvicted`]); a served model,
//! which may have jobs under way, is never evicted.
//! [`Config::ModelFeeShare`] of every job's fee goes to the model's owner (paid by
//! pallet-jobs).
//!
//! ## Slashing
//! pallet-jobs reports offences through [`traits::WorkerSlashing`]. The amount is fixed at
//! the offence from the stake held then (active and unbonding), and stays held: a worker cannot
//! withdraw below its pending slashes. After [`Config::SlashDeferPeriod`] anyone may apply it
//! ([`Pallet::apply_slash`]), moving the funds to the treasury; until then
//! [`Config::AppealOrigin`] may cancel it ([`Pallet::cancel_slash`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod classes;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
mod liveness;
pub mod migrations;
#[cfg(test)]
mod mock;
mod models;
mod rewards;
pub mod runtime_api;
mod slashing;
mod stake;
#[cfg(test)]
mod tests;
pub mod traits;
mod types;
pub mod weights;
mod workers;

/// Codes of `InvalidTransaction::Custom` that a rejected heartbeat carries.
pub mod invalid_heartbeat {
	/// The account is not a registered worker.
	pub const NOT_A_WORKER: u8 = 1;
	/// The worker is chilled or leaving.
	pub const NOT_ACTIVE: u8 = 2;
	/// The heartbeat is for another era than the current one.
	pub const WRONG_ERA: u8 = 3;
	/// The worker already sent a heartbeat this era.
	pub const ALREADY_SEEN: u8 = 4;
	/// The signature is not the worker's.
	pub const BAD_SIGNATURE: u8 = 5;
	/// The worker missed too many eras; it must `unchill` first.
	pub const TOO_LATE: u8 = 6;
}

/// Produces heartbeat signatures in benchmarks, where no wallet is at hand.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// An account whose key can sign: generated in the benchmark's keystore.
	fn worker_account() -> AccountId;
	/// `who`'s signature over `message`.
	fn sign(who: &AccountId, message: &[u8]) -> Signature;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{self, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{IdentifyAccount, Verify},
		Perbill,
	};

	/// The native-token amount type.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;

	/// The layout of this pallet's storage; see [`crate::migrations`].
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A worker's stake, active and unbonding.
		WorkerStake,
		/// A model's stake.
		ModelStake,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token, held as stake and paid as rewards.
		type Currency: fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, which include this pallet's.
		type RuntimeHoldReason: From<HoldReason>;

		/// A worker's signature on its heartbeat.
		type WorkerSignature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>
			+ Parameter;

		/// May cancel a pending slash on appeal.
		type AppealOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// May change a model's limits and the execution classes: the network-parameters track.
		type LimitsOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Pays era rewards: the compute reward pot that Spark purchases and job fees fill.
		#[pallet::constant]
		type RewardPot: Get<Self::AccountId>;

		/// Receives slashed stake: the treasury.
		#[pallet::constant]
		type SlashDestination: Get<Self::AccountId>;

		#[pallet::constant]
		type MinWorkerStake: Get<BalanceOf<Self>>;

		#[pallet::constant]
		type MinModelStake: Get<BalanceOf<Self>>;

		/// Blocks between `unbond` and the stake becoming withdrawable.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		#[pallet::constant]
		type MaxUnbondingChunks: Get<u32>;

		/// Blocks per era: heartbeats and rewards are per era.
		#[pallet::constant]
		type EraLength: Get<BlockNumberFor<Self>>;

		/// Blocks per week, the unit of stake locks.
		#[pallet::constant]
		type BlocksPerWeek: Get<BlockNumberFor<Self>>;

		/// The era reward of a worker at full stake coefficient, online and quality.
		#[pallet::constant]
		type BaseEraReward: Get<BalanceOf<Self>>;

		/// The most a heartbeat's reward may be, as a share of the pay the worker earned for
		/// settled seats since its previous heartbeat. Below `ProtocolFee / (1 − ProtocolFee
		/// − ModelFeeShare)` of pallet-jobs, so that paying oneself for jobs on one's own
		/// model to earn rewards loses money.
		#[pallet::constant]
		type RewardWorkShare: Get<Perbill>;

		/// Active stake at which the stake coefficient reaches one.
		#[pallet::constant]
		type RewardStakeCap: Get<BalanceOf<Self>>;

		/// Online coefficient lost per missed era.
		#[pallet::constant]
		type OnlinePenalty: Get<Perbill>;

		/// Online coefficient regained per heartbeat.
		#[pallet::constant]
		type OnlineRecovery: Get<Perbill>;

		/// Missed eras after which a worker may be chilled and its heartbeats are refused.
		#[pallet::constant]
		type MaxMissedEras: Get<u32>;

		/// Quality of a new worker.
		#[pallet::constant]
		type InitialQuality: Get<Perbill>;

		/// Weight of the newest outcome in the quality average.
		#[pallet::constant]
		type QualitySmoothing: Get<Perbill>;

		/// Share of a job's fee paid to the model's owner (paid by pallet-jobs).
		#[pallet::constant]
		type ModelFeeShare: Get<Perbill>;

		/// Blocks between a slash being reported and it being applicable.
		#[pallet::constant]
		type SlashDeferPeriod: Get<BlockNumberFor<Self>>;

		#[pallet::constant]
		type MaxPendingSlashes: Get<u32>;

		/// Share of an applied slash paid to the workers whose results exposed the offence, in
		/// equal parts; the rest goes to [`Config::SlashDestination`]. Paid only when the slash
		/// is applied, so a slash cancelled on appeal rewards nobody.
		#[pallet::constant]
		type SlashRewardShare: Get<Perbill>;

		/// Reporters one slash may reward, at most.
		#[pallet::constant]
		type MaxSlashReporters: Get<u32>;

		#[pallet::constant]
		type MaxModelsPerWorker: Get<u32>;

		/// Workers serving one model; bounds job assignment's candidate list.
		#[pallet::constant]
		type MaxWorkersPerModel: Get<u32>;

		/// Models registered at once; bounds the ranking.
		#[pallet::constant]
		type MaxModels: Get<u32>;

		/// Execution classes registered at once.
		#[pallet::constant]
		type MaxClasses: Get<u32>;

		#[pallet::constant]
		type MaxLockWeeks: Get<u32>;

		/// What the longest lock multiplies a worker's priority for paid seats by. Bounded
		/// (3 in the runtime): with an unbounded `w^1.5` a two-year lock outweighed a thousand
		/// times its stake unlocked, and one locked worker took nearly every draw of its
		/// model, audits included.
		#[pallet::constant]
		type MaxLockBoost: Get<u32>;

		/// How long, in blocks, a valid heartbeat may wait in the transaction pool.
		#[pallet::constant]
		type HeartbeatLongevity: Get<u64>;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::WorkerSignature>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	#[pallet::storage]
	pub type Workers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Worker<T>>;

	/// The workers that serve each model, for job assignment.
	#[pallet::storage]
	pub type ModelServers<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ModelId,
		BoundedVec<T::AccountId, T::MaxWorkersPerModel>,
		ValueQuery,
	>;

	#[pallet::storage]
	pub type Models<T: Config> =
		StorageMap<_, Twox64Concat, ModelId, Model<T::AccountId, BalanceOf<T>>>;

	/// Models on which free Spark may be spent, opened by the network-parameters track
	/// ([`Pallet::set_grant_model`]). Free Spark is a subsidy from the reward pot: spent on a
	/// model its owner's own workers alone serve, it would pay them for work no independent
	/// worker ever checks. A model is opened to grants when it is public (many operators
	/// serve it), and closed with its retirement or eviction; so every key is a registered
	/// model, and there are at most `MaxModels`.
	#[pallet::storage]
	pub type GrantModels<T: Config> = StorageMap<_, Twox64Concat, ModelId, ()>;

	/// Models registered and not retired.
	#[pallet::storage]
	pub type ModelCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::storage]
	pub type NextModelId<T: Config> = StorageValue<_, ModelId, ValueQuery>;

	#[pallet::storage]
	pub type PendingSlashes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlashId,
		PendingSlash<BalanceOf<T>, BlockNumberFor<T>>,
	>;

	#[pallet::storage]
	pub type NextSlashId<T: Config> = StorageValue<_, SlashId, ValueQuery>;

	/// The execution classes a worker may register under, with their rules; at most
	/// `MaxClasses`. Set by the network-parameters track ([`Pallet::set_class`]).
	#[pallet::storage]
	pub type Classes<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, ExecutionClass, ClassRules>;

	/// What each worker was paid for settled seats (free Spark excluded) since its last
	/// heartbeat, which turns it into at most `RewardWorkShare` of it in reward and clears it.
	/// Kept apart from [`Workers`] so that a stored type need not change; removed with the
	/// worker.
	#[pallet::storage]
	pub type UnrewardedPay<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

	/// Who shares the reward of a pending slash: the workers whose results exposed the offence.
	/// Kept apart from [`PendingSlashes`] so that slashes without reporters cost nothing more.
	#[pallet::storage]
	pub type SlashReporters<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SlashId,
		BoundedVec<T::AccountId, T::MaxSlashReporters>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		WorkerRegistered {
			worker: T::AccountId,
			stake: BalanceOf<T>,
		},
		Bonded {
			worker: T::AccountId,
			amount: BalanceOf<T>,
		},
		Unbonded {
			worker: T::AccountId,
			amount: BalanceOf<T>,
			unlock_at: BlockNumberFor<T>,
		},
		Withdrawn {
			worker: T::AccountId,
			amount: BalanceOf<T>,
		},
		ProfileUpdated {
			worker: T::AccountId,
		},
		Chilled {
			worker: T::AccountId,
		},
		Unchilled {
			worker: T::AccountId,
		},
		/// The worker left: all its stake is unbonding.
		Deregistered {
			worker: T::AccountId,
		},
		/// The worker withdrew its last stake after deregistering; its record is gone.
		WorkerRemoved {
			worker: T::AccountId,
		},
		StakeLocked {
			worker: T::AccountId,
			weeks: u32,
			until: BlockNumberFor<T>,
		},
		Heartbeat {
			worker: T::AccountId,
			era: EraIndex,
			reward: BalanceOf<T>,
			online: Perbill,
		},
		RewardsClaimed {
			worker: T::AccountId,
			amount: BalanceOf<T>,
		},
		QualityUpdated {
			worker: T::AccountId,
			quality: Perbill,
		},
		ModelRegistered {
			model: ModelId,
			owner: T::AccountId,
			stake: BalanceOf<T>,
		},
		ModelBonded {
			model: ModelId,
			amount: BalanceOf<T>,
		},
		ModelRetired {
			model: ModelId,
		},
		/// A model's limits changed: its later jobs are bounded and timed by them.
		ModelLimitsSet {
			model: ModelId,
			limits: ModelLimits,
		},
		SlashReported {
			worker: T::AccountId,
			slash: SlashId,
			amount: BalanceOf<T>,
			offence: Offence,
			apply_at: BlockNumberFor<T>,
		},
		SlashApplied {
			worker: T::AccountId,
			slash: SlashId,
			/// Everything taken from the worker, reporters' rewards included.
			amount: BalanceOf<T>,
			/// Paid to each reporter.
			reward: BalanceOf<T>,
		},
		SlashCancelled {
			worker: T::AccountId,
			slash: SlashId,
		},
		/// A full server list made room for a worker staking more: `worker` no longer serves
		/// `model`.
		ServerEvicted {
			model: ModelId,
			worker: T::AccountId,
		},
		/// A full registry made room for a model staking more: `model` is removed as if
		/// retired and its stake released to `owner`.
		ModelEvicted {
			model: ModelId,
			owner: T::AccountId,
		},
		/// An execution class was registered or its rules changed (`Some`), or it was retired
		/// (`None`).
		ClassSet {
			class: ExecutionClass,
			rules: Option<ClassRules>,
		},
		/// Free Spark may now be spent on `model` (`open`), or no longer.
		GrantModelSet {
			model: ModelId,
			open: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		AlreadyRegistered,
		NotAWorker,
		/// Stake (or stake left after unbonding) below the minimum.
		BelowMinimumStake,
		/// Unbonding more than the active stake.
		UnbondingMoreThanActive,
		/// The unbonding queue is full; withdraw first.
		TooManyUnbondingChunks,
		/// Nothing is ready to withdraw.
		NothingToWithdraw,
		/// The stake is locked.
		StakeLocked,
		/// A lock may only be extended, never shortened.
		LockShortened,
		/// Lock length outside 1..=MaxLockWeeks.
		BadLockLength,
		/// The worker has jobs assigned that are not settled.
		OpenJobs,
		/// A job was settled for a worker with no open jobs.
		NoOpenJobs,
		/// The worker has slashes pending.
		SlashesPending,
		/// The call needs an active worker.
		NotActive,
		/// The worker is not chilled.
		NotChilled,
		/// The worker is leaving.
		Leaving,
		/// The worker has not missed enough eras to be chilled by others.
		StillOnline,
		/// An amount of zero.
		ZeroAmount,
		/// A heartbeat for another era than the current one.
		WrongEra,
		/// The worker already sent its heartbeat this era.
		AlreadySeen,
		/// The worker missed too many eras; it must `unchill` before it heartbeats again.
		MissedTooManyEras,
		/// The heartbeat's signature is not the worker's.
		BadSignature,
		/// A profile lists a model twice.
		DuplicateModel,
		/// A model that is not registered or was retired.
		UnknownModel,
		/// A model has as many workers as it can list, none staking less than the newcomer.
		TooManyWorkersForModel,
		/// The model registry is full, no model staking less than the newcomer.
		TooManyModels,
		/// The caller does not own the model.
		NotModelOwner,
		/// A model job costs at least one unit.
		ZeroUnits,
		/// A model's limits must allow one unit and give it some time.
		BadLimits,
		/// An empty execution class.
		EmptyClass,
		NoRewards,
		/// The reward pot cannot pay right now; the rewards stay claimable.
		RewardPotExhausted,
		/// The worker has as many pending slashes as allowed: it takes no seat until one is
		/// applied or cancelled.
		TooManyPendingSlashes,
		/// More reporters than `MaxSlashReporters`.
		TooManyReporters,
		UnknownSlash,
		/// The slash is still in its deferral period.
		SlashNotDue,
		/// A balance or counter would not fit its type.
		Overflow,
		/// The execution class is not registered ([`Pallet::set_class`]).
		UnknownClass,
		/// As many execution classes are registered as `MaxClasses` allows.
		TooManyClasses,
		/// A class must ask for at least one worker.
		BadClassRules,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Execution classes registered from the start, with their minimum workers.
		pub classes: alloc::vec::Vec<(ExecutionClass, u32)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (class, min_workers) in &self.classes {
				let rules = ClassRules { min_workers: *min_workers };
				Pallet::<T>::do_set_class(class.clone(), Some(rules))
					.expect("genesis classes are valid and within MaxClasses");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::EraLength::get().is_zero(), "EraLength must be at least one block");
			assert!(!T::RewardStakeCap::get().is_zero(), "RewardStakeCap must not be zero");
			assert!(T::MaxUnbondingChunks::get() > 0, "workers must be able to unbond");
			assert!(T::MaxLockWeeks::get() > 0, "MaxLockWeeks must be at least one");
			assert!(T::MaxLockBoost::get() > 0, "MaxLockBoost must be at least one");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers the caller as a worker with `stake` held and `profile`.
		#[pallet::call_index(0)]
		pub fn register_worker(
			origin: OriginFor<T>,
			stake: BalanceOf<T>,
			profile: WorkerProfile<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_worker(who, stake, profile)
		}

		/// Holds `amount` more as active stake.
		#[pallet::call_index(1)]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(who, amount)
		}

		/// Starts unbonding `amount` of active stake.
		#[pallet::call_index(2)]
		pub fn unbond(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, amount)
		}

		/// Releases every unbonding chunk whose period has passed, keeping pending slashes
		/// covered.
		#[pallet::call_index(3)]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Stops taking jobs.
		#[pallet::call_index(4)]
		pub fn chill(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_chill(who)
		}

		/// Takes jobs again: a chilled worker, or one that lapsed by missing too many eras (they
		/// are charged to its online coefficient). It may heartbeat in this era.
		#[pallet::call_index(5)]
		pub fn unchill(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unchill(who)
		}

		/// Replaces the worker's profile.
		#[pallet::call_index(6)]
		pub fn update_profile(origin: OriginFor<T>, profile: WorkerProfile<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_profile(who, profile)
		}

		/// Leaves: stops taking jobs and unbonds all stake. Needs no open jobs and no pending
		/// slashes.
		#[pallet::call_index(7)]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister(who)
		}

		/// The worker's proof of life for `era`, signed with the worker's key. Submitted as a
		/// general transaction: no fee, checked before it enters the pool.
		#[pallet::call_index(8)]
		#[pallet::authorize(Pallet::<T>::authorize_heartbeat)]
		pub fn heartbeat(
			origin: OriginFor<T>,
			worker: T::AccountId,
			era: EraIndex,
			signature: T::WorkerSignature,
		) -> DispatchResult {
			frame_system::ensure_authorized(origin)?;
			Self::do_heartbeat(worker, era, &signature)
		}

		/// Chills a worker that missed more than `MaxMissedEras` eras. Anyone may call it, so
		/// that dead workers stop being assigned jobs.
		#[pallet::call_index(9)]
		pub fn chill_inactive(origin: OriginFor<T>, worker: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_chill_inactive(worker)
		}

		/// Pays the caller's unclaimed era rewards from the reward pot.
		#[pallet::call_index(10)]
		pub fn claim_rewards(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(who)
		}

		/// Locks the active stake for `weeks` weeks from now, for assignment priority.
		#[pallet::call_index(11)]
		pub fn lock_stake(origin: OriginFor<T>, weeks: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_lock_stake(who, weeks)
		}

		/// Registers a model, holding `stake` from the caller, its owner.
		#[pallet::call_index(12)]
		pub fn register_model(
			origin: OriginFor<T>,
			weights_hash: [u8; 32],
			kind: ModelKind,
			units_per_job: u32,
			metadata_uri: Uri,
			stake: BalanceOf<T>,
			limits: ModelLimits,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let terms = (weights_hash, kind, units_per_job, limits);
			Self::do_register_model(who, terms, metadata_uri, stake)
		}

		/// Holds `amount` more for the caller's model.
		#[pallet::call_index(13)]
		pub fn bond_model_extra(
			origin: OriginFor<T>,
			model: ModelId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_model_extra(who, model, amount)
		}

		/// Retires the caller's model and releases its stake. Workers stop serving it.
		#[pallet::call_index(14)]
		pub fn retire_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_model(who, model)
		}

		/// Applies a slash whose deferral has passed. Anyone may call it.
		#[pallet::call_index(15)]
		pub fn apply_slash(
			origin: OriginFor<T>,
			worker: T::AccountId,
			slash: SlashId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_apply_slash(worker, slash)
		}

		/// Cancels a pending slash on appeal.
		#[pallet::call_index(16)]
		pub fn cancel_slash(
			origin: OriginFor<T>,
			worker: T::AccountId,
			slash: SlashId,
		) -> DispatchResult {
			T::AppealOrigin::ensure_origin(origin)?;
			Self::do_cancel_slash(worker, slash)
		}

		/// Changes a model's limits (the most units a job may ask, the time a unit takes):
		/// the network-parameters track corrects what an owner declared.
		#[pallet::call_index(17)]
		pub fn set_model_limits(
			origin: OriginFor<T>,
			model: ModelId,
			limits: ModelLimits,
		) -> DispatchResult {
			T::LimitsOrigin::ensure_origin(origin)?;
			Self::do_set_model_limits(model, limits)
		}

		/// Registers execution class `class` or changes its rules (`Some`), or retires it
		/// (`None`): the network-parameters track decides which hardware classes exist and how
		/// many workers each needs before its jobs are seated.
		#[pallet::call_index(18)]
		pub fn set_class(
			origin: OriginFor<T>,
			class: ExecutionClass,
			rules: Option<ClassRules>,
		) -> DispatchResult {
			T::LimitsOrigin::ensure_origin(origin)?;
			Self::do_set_class(class, rules)
		}

		/// Opens `model` to free Spark (`open`) or closes it: the network-parameters track
		/// decides which models the free grant subsidizes ([`GrantModels`]).
		#[pallet::call_index(19)]
		pub fn set_grant_model(origin: OriginFor<T>, model: ModelId, open: bool) -> DispatchResult {
			T::LimitsOrigin::ensure_origin(origin)?;
			Self::do_set_grant_model(model, open)
		}
	}
}
