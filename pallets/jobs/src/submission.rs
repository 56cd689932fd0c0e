//! Accepting a job: checking it, charging it and queueing it.

use crate::{
	BalanceOf, Config, CreatorJobs, Error, Event, HoldReason, Inputs, Job, JobId, JobSpec,
	JobStatus, Jobs, LiveJobs, ModelJobs, NextJobId, Pallet, PayWith, Payment, PremiumEscrow,
	QueueEntry, QueueKind,
};
use frame_support::{
	ensure,
	traits::OriginTrait,
	traits::{
		fungible::Inspect,
		tokens::{Fortitude, Preservation},
		Get,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::OriginFor;
use pallet_compute_staking::traits::{ComputeWorkers, ModelTerms};
use pallet_compute_staking::ModelId;
use pallet_spark::{SparkAmount, SparkSpender};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

/// What [`Pallet::admit`] found: the model's terms, the job's Spark cost and the live-job
/// counters of its creator and model before it.
pub(crate) struct Admission<AccountId> {
	terms: ModelTerms<AccountId>,
	of_creator: u32,
	of_model: u32,
	cost: SparkAmount,
}

impl<T: Config> Pallet<T> {
	/// Charges `creator` for `spec`, holds the native-token value of the job and queues it.
	pub(crate) fn do_submit(
		creator: &T::AccountId,
		spec: JobSpec<T>,
	) -> Result<JobId, DispatchError> {
		let Admission { terms, of_creator, of_model, cost } = Self::admit(creator, &spec)?;
		let id = NextJobId::<T>::get();
		let (payment, escrow) = match spec.pay_with {
			// Premium Spark is paid from its backing, at its share of it (which is always
			// there); free Spark from the reward pot at the current price.
			PayWith::Spark => {
				let (premium_value, free_value) = Self::spark_values(creator, cost, spec.model)?;
				let charge = T::Spark::charge(creator, cost)?;
				Self::escrow_from(HoldReason::JobPayment, &T::Spark::backing(), premium_value)?;
				Self::escrow_from(HoldReason::JobPayment, &T::RewardPot::get(), free_value)?;
				Self::draw_free_spark(free_value);
				if !premium_value.is_zero() {
					PremiumEscrow::<T>::insert(id, premium_value);
				}
				(Payment::Spark(charge), premium_value.saturating_add(free_value))
			},
			PayWith::Token => {
				let value = T::Spark::value_of(cost)?;
				let price = value.saturating_sub(T::TokenDiscount::get().mul_floor(value));
				let with_deposit = price.saturating_add(T::SubmissionDeposit::get());
				ensure!(Self::can_spend(creator, with_deposit), Error::<T>::InsufficientBalance);
				Self::escrow_from(HoldReason::JobPayment, creator, price)?;
				Self::take_deposit(id, creator)?;
				(Payment::Token, price)
			},
		};
		// Workers seated on a job that pays nothing would work for free: `covers` holds for
		// any stake when there is no pay.
		ensure!(!escrow.is_zero(), Error::<T>::PaymentTooSmall);

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
				payer: Self::escrow_account(),
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
		CreatorJobs::<T>::insert(creator, of_creator + 1);
		ModelJobs::<T>::insert(spec.model, of_model + 1);

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

	/// Every check a submission must pass, made before anything is written: what the job
	/// is (the model's terms), what it costs in Spark, and the live-job counters it raises.
	pub(crate) fn admit(
		creator: &T::AccountId,
		spec: &JobSpec<T>,
	) -> Result<Admission<T::AccountId>, DispatchError> {
		ensure!(spec.units > 0, Error::<T>::ZeroUnits);
		ensure!(
			spec.redundancy >= 1 && u32::from(spec.redundancy) <= T::MaxRedundancy::get(),
			Error::<T>::BadRedundancy
		);
		let terms = T::Workers::model(spec.model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(spec.units <= terms.limits.max_units, Error::<T>::TooManyUnits);
		Self::commit_tier(spec.units, &terms.limits).ok_or(Error::<T>::JobTooLong)?;
		ensure!(LiveJobs::<T>::get() < T::MaxLiveJobs::get(), Error::<T>::TooManyLiveJobs);
		let of_creator = CreatorJobs::<T>::get(creator).unwrap_or(0);
		ensure!(of_creator < T::MaxLiveJobsPerAccount::get(), Error::<T>::TooManyJobsOfAccount);
		let of_model = Self::check_model_backlog(spec.model)?;
		let cost = SparkAmount::from(spec.units)
			.checked_mul(terms.units_per_job.into())
			.and_then(|units| units.checked_mul(spec.redundancy.into()))
			.ok_or(Error::<T>::Overflow)?;
		Ok(Admission { terms, of_creator, of_model, cost })
	}

	/// What `cost` Spark of `creator` pay into escrow: its premium part at its share of the
	/// backing, its free part from the reward pot at the current price. Fails when `creator`
	/// holds less than `cost`, or a free part is due on `model`, not opened to the free grant,
	/// or the pot cannot pay the free part or has paid this period's free-Spark
	/// budget.
	fn spark_values(
		creator: &T::AccountId,
		cost: SparkAmount,
		model: ModelId,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let held = T::Spark::balance(creator);
		ensure!(held.total().is_some_and(|total| total >= cost), Error::<T>::InsufficientSpark);
		let premium = held.premium.min(cost);
		ensure!(
			premium == cost || T::Workers::takes_free_spark(model),
			Error::<T>::NoFreeSparkForModel
		);
		let premium_value = T::Spark::premium_value(premium);
		let free_value = T::Spark::value_of(cost - premium)?;
		ensure!(Self::can_spend(&T::RewardPot::get(), free_value), Error::<T>::RewardPotExhausted);
		ensure!(free_value <= Self::free_spark_left(), Error::<T>::FreeSparkBudgetExhausted);
		Ok((premium_value, free_value))
	}

	/// Whether `origin` may submit `spec` without a transaction fee: a signed submission paid
	/// in Spark that would be accepted. The Spark it burns (at least one job's price) pays for
	/// its block space instead, so a newcomer holding only free Spark can use it; a
	/// submission that would fail burns nothing, so it pays the fee as any other call does.
	pub fn submits_for_spark(origin: &OriginFor<T>, spec: &JobSpec<T>) -> bool {
		let Some(creator) = origin.clone().into_signer() else { return false };
		spec.pay_with == PayWith::Spark
			&& Self::admit(&creator, spec)
				.and_then(|admission| Self::spark_values(&creator, admission.cost, spec.model))
				.is_ok_and(|(premium, free)| !premium.saturating_add(free).is_zero())
	}

	/// Whether `who` can pay `amount` and keep its existence deposit, its locks and freezes.
	fn can_spend(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite) >= amount
	}

	/// The live jobs of `model`, if it may take one more: it needs a server, and at most twice
	/// the jobs its servers can hold at once (one set in their seats, one waiting). Junk jobs
	/// for a model nobody serves would otherwise wait `MaxWait` and fill `MaxLiveJobs`.
	fn check_model_backlog(model: ModelId) -> Result<u32, DispatchError> {
		let servers = T::Workers::servers(model);
		ensure!(servers > 0, Error::<T>::NoWorkers);
		let live = ModelJobs::<T>::get(model).unwrap_or(0);
		let room = servers.saturating_mul(T::MaxJobsPerWorker::get()).saturating_mul(2);
		ensure!(live < room, Error::<T>::ModelBacklogFull);
		Ok(live)
	}
}
