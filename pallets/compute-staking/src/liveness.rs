//! Eras, heartbeats and the online coefficient.

use crate::{
	invalid_heartbeat, Config, EraIndex, Error, Event, Pallet, Worker, WorkerStatus, Workers,
};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::{
		DispatchResult, InvalidTransaction, TransactionSource, TransactionValidityWithRefund,
		ValidTransaction, Weight,
	},
	traits::Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, SaturatedConversion, Saturating, Verify, Zero},
	Perbill,
};

/// Domain separator of heartbeat signatures, so no other signed message can pass for one.
pub const HEARTBEAT_CONTEXT: &[u8] = b"tessera/heartbeat";

impl<T: Config> Pallet<T> {
	pub fn current_era() -> EraIndex {
		let now = frame_system::Pallet::<T>::block_number();
		(now / T::EraLength::get()).saturated_into()
	}

	/// The bytes a worker signs to prove it is alive in `era`: bound to this chain's genesis,
	/// the worker and the era, so a signature cannot be replayed elsewhere or later.
	pub fn heartbeat_message(worker: &T::AccountId, era: EraIndex) -> alloc::vec::Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		(HEARTBEAT_CONTEXT, genesis, worker, era).encode()
	}

	/// Eras `worker` let pass without a heartbeat before `era`.
	pub(crate) fn missed_eras(worker: &Worker<T>, era: EraIndex) -> u32 {
		era.saturating_sub(worker.due_era)
	}

	/// Whether an active worker missed more eras than `MaxMissedEras`: it gets no jobs, its
	/// heartbeats are refused, anyone may chill it, and it may `unchill` itself.
	pub(crate) fn has_lapsed(worker: &Worker<T>) -> bool {
		Self::missed_eras(worker, Self::current_era()) > T::MaxMissedEras::get()
	}

	/// Lowers the online coefficient for the eras missed up to now and counts from now on.
	pub(crate) fn apply_missed_eras(worker: &mut Worker<T>) {
		let era = Self::current_era();
		worker.online =
			penalised(worker.online, T::OnlinePenalty::get(), Self::missed_eras(worker, era));
		worker.due_era = worker.due_era.max(era);
	}

	/// The worker, if its heartbeat for `era` with `signature` is acceptable now.
	fn check_heartbeat(
		who: &T::AccountId,
		era: EraIndex,
		signature: &T::WorkerSignature,
	) -> Result<Worker<T>, Error<T>> {
		let worker = Self::worker(who)?;
		ensure!(worker.status == WorkerStatus::Active, Error::<T>::NotActive);
		ensure!(era == Self::current_era(), Error::<T>::WrongEra);
		ensure!(worker.due_era <= era, Error::<T>::AlreadySeen);
		ensure!(
			Self::missed_eras(&worker, era) <= T::MaxMissedEras::get(),
			Error::<T>::MissedTooManyEras
		);
		ensure!(
			signature.verify(&Self::heartbeat_message(who, era)[..], who),
			Error::<T>::BadSignature
		);
		Ok(worker)
	}

	/// Transaction validity of [`Pallet::heartbeat`]: the same checks as the call. The tag is
	/// the worker and era, so the pool holds one heartbeat per worker.
	pub(crate) fn authorize_heartbeat(
		_source: TransactionSource,
		worker: &T::AccountId,
		era: &EraIndex,
		signature: &T::WorkerSignature,
	) -> TransactionValidityWithRefund {
		let code = match Self::check_heartbeat(worker, *era, signature) {
			Ok(_) => {
				let validity = ValidTransaction::with_tag_prefix("ComputeHeartbeat")
					.and_provides((worker, era))
					.priority(0)
					.longevity(T::HeartbeatLongevity::get())
					.propagate(true)
					.build()?;
				return Ok((validity, Weight::zero()));
			},
			Err(Error::<T>::NotAWorker) => invalid_heartbeat::NOT_A_WORKER,
			Err(Error::<T>::NotActive) => invalid_heartbeat::NOT_ACTIVE,
			Err(Error::<T>::WrongEra) => invalid_heartbeat::WRONG_ERA,
			Err(Error::<T>::AlreadySeen) => invalid_heartbeat::ALREADY_SEEN,
			Err(Error::<T>::MissedTooManyEras) => invalid_heartbeat::TOO_LATE,
			Err(Error::<T>::BadSignature) => invalid_heartbeat::BAD_SIGNATURE,
			Err(_) => return Err(InvalidTransaction::Call.into()),
		};
		Err(InvalidTransaction::Custom(code).into())
	}

	/// Records the heartbeat: applies the eras missed since the last one to the online
	/// coefficient, credits this era's reward at that coefficient, bounded by the work paid
	/// since the last heartbeat ([`Self::work_reward`]), then lets the heartbeat restore some
	/// of it.
	pub(crate) fn do_heartbeat(
		who: T::AccountId,
		era: EraIndex,
		signature: &T::WorkerSignature,
	) -> DispatchResult {
		let mut worker = Self::check_heartbeat(&who, era, signature)?;
		// `era` is the current era: `check_heartbeat` made sure.
		Self::apply_missed_eras(&mut worker);
		let reward = Self::work_reward(&who, &worker);
		worker.unclaimed = worker.unclaimed.checked_add(&reward).ok_or(Error::<T>::Overflow)?;
		let online = worker.online;
		worker.online = worker.online.saturating_add(T::OnlineRecovery::get());
		worker.due_era = era.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Heartbeat { worker: who, era, reward, online });
		Ok(())
	}

	pub(crate) fn do_chill_inactive(who: T::AccountId) -> DispatchResult {
		let mut worker = Self::worker(&who)?;
		ensure!(worker.status == WorkerStatus::Active, Error::<T>::NotActive);
		ensure!(Self::has_lapsed(&worker), Error::<T>::StillOnline);
		Self::apply_missed_eras(&mut worker);
		worker.status = WorkerStatus::Chilled;
		Workers::<T>::insert(&who, worker);
		Self::deposit_event(Event::Chilled { worker: who });
		Ok(())
	}
}

/// `online` less `penalty` for each of `missed` eras, down to zero.
fn penalised(online: Perbill, penalty: Perbill, missed: u32) -> Perbill {
	Perbill::from_parts(
		online.deconstruct().saturating_sub(penalty.deconstruct().saturating_mul(missed)),
	)
}
