//! Accepting a job: checking it, charging it and queueing it.

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Inputs, Job, JobId, JobSpec, JobStatus, Jobs,
	LiveJobs, NextJobId, Pallet, PayWith, Payment, QueueEntry, QueueKind,
};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Preservation},
		Get,
	},
	BoundedVec,
};
use pallet_compute_staking::traits::ComputeWorkers;
use pallet_spark::{SparkAmount, SparkSpender};
use sp_runtime::{traits::Saturating, DispatchError};

impl<T: Config> Pallet<T> {
	/// Charges `creator` for `spec`, holds the native-token value of the job and queues it.
	pub(crate) fn do_submit(
		creator: &T::AccountId,
		spec: JobSpec<T>,
	) -> Result<JobId, DispatchError> {
		ensure!(spec.units > 0, Error::<T>::ZeroUnits);
		ensure!(
			spec.redundancy >= 1 && u32::from(spec.redundancy) <= T::MaxRedundancy::get(),
			Error::<T>::BadRedundancy
		);
		let terms = T::Workers::model(spec.model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(LiveJobs::<T>::get() < T::MaxLiveJobs::get(), Error::<T>::TooManyLiveJobs);

		let cost = SparkAmount::from(spec.units)
			.checked_mul(terms.units_per_job.into())
			.and_then(|units| units.checked_mul(spec.redundancy.into()))
			.ok_or(Error::<T>::Overflow)?;
		let value = T::Spark::value_of(cost)?;
		let (payment, payer, escrow) = match spec.pay_with {
			PayWith::Spark => {
				let pot = T::RewardPot::get();
				ensure!(Self::can_hold(&pot, value), Error::<T>::RewardPotExhausted);
				(Payment::Spark(T::Spark::charge(creator, cost)?), pot, value)
			},
			PayWith::Token => {
				let price = value.saturating_sub(T::TokenDiscount::get().mul_floor(value));
				ensure!(Self::can_hold(creator, price), Error::<T>::InsufficientBalance);
				(Payment::Token, creator.clone(), price)
			},
		};
		T::Currency::hold(&HoldReason::JobPayment.into(), &payer, escrow)?;

		let id = NextJobId::<T>::get();
		NextJobId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let now = frame_system::Pallet::<T>::block_number();
		let priority = payment.buys_priority();
		let lane = if priority { QueueKind::Priority } else { QueueKind::Standard };
		Self::push(
			lane,
			QueueEntry { job: id, attempt: 0, due: now.saturating_add(T::MaxWait::get()) },
		)?;
		Jobs::<T>::insert(
			id,
			Job {
				creator: creator.clone(),
				model: spec.model,
				model_hash: terms.weights_hash,
				units: spec.units,
				redundancy: spec.redundancy,
				payment,
				payer,
				escrow,
				class: None,
				attempt: 0,
				missed_rounds: 0,
				wanted: spec.redundancy,
				escalations: 0,
				status: JobStatus::Queued,
				seats: BoundedVec::new(),
			},
		);
		Inputs::<T>::insert(id, spec.input);
		LiveJobs::<T>::mutate(|live| *live += 1);

		Self::deposit_event(Event::JobSubmitted {
			job: id,
			creator: creator.clone(),
			model: spec.model,
			units: spec.units,
			redundancy: spec.redundancy,
			priority,
			escrow,
			spark: match payment {
				Payment::Spark(charge) => Some(charge),
				Payment::Token => None,
			},
		});
		Ok(id)
	}

	/// Whether `who` can have `amount` held and keep its existence deposit free.
	fn can_hold(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite) >= amount
	}
}
