//! What pallet-compute-staking stores about workers, models and slashes.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::{traits::Saturating, Perbill};

/// Eras are counted from genesis: era `n` spans blocks `n * EraLength .. (n + 1) * EraLength`.
pub type EraIndex = u32;
/// Models are numbered in registration order from 0.
pub type ModelId = u32;
/// Pending slashes are numbered in the order they were reported, chain-wide.
pub type SlashId = u32;

/// Longest execution-class name, e.g. `cuda-sm90`.
pub const MAX_CLASS_LEN: u32 = 32;
/// Longest artifact endpoint or metadata URI.
pub const MAX_URI_LEN: u32 = 256;

/// The hardware class a worker executes on, e.g. `cpu-x86_64` or `cuda-sm90`. Jobs ask for a
/// class so that their results can be compared bit for bit with other workers of the class.
pub type ExecutionClass = BoundedVec<u8, ConstU32<MAX_CLASS_LEN>>;
/// What governance decided for a registered execution class.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ClassRules {
	/// Candidates of the class (serving the job's model, able to answer for the job) below
	/// which no new job is seated in it: fewer workers could audit one another only as a
	/// ring of one operator's identities.
	pub min_workers: u32,
}

/// A URL: where a worker serves its job artifacts, or where a model's metadata lives.
pub type Uri = BoundedVec<u8, ConstU32<MAX_URI_LEN>>;

/// What a worker offers.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct WorkerProfile<T: Config> {
	pub class: ExecutionClass,
	/// The models it has loaded and serves.
	pub models: BoundedVec<ModelId, T::MaxModelsPerWorker>,
	/// Where creators fetch the artifacts (images, text) of its jobs.
	pub endpoint: Uri,
}

/// Stake on its way out: still held, still slashable, free to withdraw from `unlock_at` on.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct UnlockChunk<Balance, BlockNumber> {
	pub value: Balance,
	pub unlock_at: BlockNumber,
}

/// Whether jobs may be assigned to a worker.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum WorkerStatus {
	/// Takes jobs, heartbeats, earns.
	Active,
	/// Paused, by itself or for missing heartbeats; `unchill` resumes.
	Chilled,
	/// Deregistered: all its stake is unbonding; the record goes when the stake is withdrawn.
	Leaving,
}

/// Stake locked for a number of weeks, for assignment priority. Only ever extended.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct StakeLock<BlockNumber> {
	pub weeks: u32,
	pub until: BlockNumber,
}

/// A registered worker.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Worker<T: Config> {
	pub profile: WorkerProfile<T>,
	/// Bonded stake that backs its work. Held, together with `unbonding`, under
	/// `HoldReason::WorkerStake`.
	pub active: BalanceOf<T>,
	/// Oldest first.
	pub unbonding: BoundedVec<UnlockChunk<BalanceOf<T>, BlockNumberFor<T>>, T::MaxUnbondingChunks>,
	pub status: WorkerStatus,
	pub lock: Option<StakeLock<BlockNumberFor<T>>>,
	/// Exponential moving average of its verification outcomes.
	pub quality: Perbill,
	/// Lowered by missed eras, restored by heartbeats.
	pub online: Perbill,
	/// The first era not yet accounted for: the worker may heartbeat in it or later, and
	/// every era before it was either heartbeated or charged as missed. Registering and
	/// unchilling set it to the current era, so a new worker heartbeats at once.
	pub due_era: EraIndex,
	/// Jobs assigned to it and not yet settled.
	pub open_jobs: u32,
	/// Slashes reported and not yet applied or cancelled: their count and total.
	pub pending_slashes: u32,
	pub slash_reserved: BalanceOf<T>,
	/// Era rewards earned and not yet claimed.
	pub unclaimed: BalanceOf<T>,
}

impl<T: Config> Worker<T> {
	/// Everything held for the worker: active and unbonding stake.
	pub fn total_held(&self) -> BalanceOf<T> {
		self.unbonding.iter().fold(self.active, |sum, chunk| sum.saturating_add(chunk.value))
	}
}

/// What a model does, so that clients can list models by kind.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum ModelKind {
	ImageGeneration,
	TextGeneration,
	Embedding,
}

/// What one job on a model may ask, and how long its work takes: the job market sizes a job's
/// commit window from it, so that no job is due before an honest worker could finish it, and
/// refuses jobs beyond it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ModelLimits {
	/// The most units one job may ask.
	pub max_units: u32,
	/// Milliseconds one unit takes on the model's reference class; a worker that cannot
	/// keep up does not serve the model (`tessera-worker bench`).
	pub unit_millis: u32,
}

/// A registered model.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Model<AccountId, Balance> {
	pub owner: AccountId,
	/// Content hash (blake2-256) of the weights file: workers load exactly these weights.
	pub weights_hash: [u8; 32],
	pub kind: ModelKind,
	/// Spark (job units) one job on this model costs.
	pub units_per_job: u32,
	pub metadata_uri: Uri,
	/// Held under `HoldReason::ModelStake`; ranks the model.
	pub stake: Balance,
	pub limits: ModelLimits,
}

/// Why a worker is slashed; pallet-jobs reports it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Offence {
	/// Its result disagreed with the verified one.
	WrongResult,
	/// It accepted a job and did not deliver in time.
	MissedDeadline,
	/// It committed a result and did not reveal it: as dear as a wrong result, since a
	/// cheater who sees that its digest would lose (the others' reveals, an audit drawn)
	/// would otherwise withhold it for the smaller [`Offence::MissedDeadline`] slash.
	/// Appended: earlier variants keep their encoding, so stored slashes need no migration.
	WithheldReveal,
}

/// A slash waiting out its deferral, during which the appeal origin may cancel it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PendingSlash<Balance, BlockNumber> {
	/// Fixed when the offence is reported, from the stake held then.
	pub amount: Balance,
	pub offence: Offence,
	pub apply_at: BlockNumber,
}
