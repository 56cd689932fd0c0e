//! The storage invariants `try_state` checks after every block (try-runtime) and after every
//! unit test.

use crate::{
	BalanceOf, Config, CreatorJobs, Deposits, FreeSparkDrawn, HoldReason, Inputs, JobStatus, Jobs,
	LiveJobs, ModelJobs, NextJobId, Outcomes, Pallet, Payment, PremiumEscrow, QueueKind,
	QueueSlots, Queues, SeatRole, WorkerJobs,
};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let entries_of = |kinds: &[QueueKind]| {
			let mut entries = BTreeSet::new();
			for kind in kinds {
				for entry in QueueSlots::<T>::iter_prefix_values(kind) {
					entries.insert((entry.job, entry.attempt));
				}
			}
			entries
		};
		let waiting = entries_of(&[QueueKind::Priority, QueueKind::Standard]);
		let drawing = entries_of(&[QueueKind::AuditDraws]);
		let arbitrating = entries_of(&[QueueKind::Arbitrations]);
		let deadline_queues: Vec<QueueKind> =
			Self::commit_queues().chain([QueueKind::RevealDeadlines]).collect();
		let watched = entries_of(&deadline_queues);
		let escrow_account = Self::escrow_account();
		let mut escrowed: BalanceOf<T> = Default::default();
		let mut by_creator = BTreeMap::<T::AccountId, u32>::new();
		let mut by_model = BTreeMap::<_, u32>::new();
		let mut live = 0u32;
		for (id, job) in Jobs::<T>::iter() {
			live += 1;
			ensure!(id < NextJobId::<T>::get(), "a job id beyond the counter");
			ensure!(Inputs::<T>::contains_key(id), "a live job without its input");
			ensure!(job.payer == escrow_account, "a job's payment is not in the escrow account");
			escrowed = escrowed.saturating_add(job.escrow);
			*by_creator.entry(job.creator.clone()).or_default() += 1;
			*by_model.entry(job.model).or_default() += 1;
			ensure!(
				job.payment == Payment::Token || !Deposits::<T>::contains_key(id),
				"a deposit on a Spark-paid job",
			);

			let distinct: BTreeSet<_> = job.seats.iter().map(|seat| &seat.worker).collect();
			ensure!(distinct.len() == job.seats.len(), "a worker holds two seats of one job");
			ensure!(job.seats.len() <= usize::from(job.wanted), "more seats than the job wants");
			ensure!(u32::from(job.wanted) <= T::MaxSeats::get(), "a job wants more than MaxSeats");
			let with_role = |role| job.seats.iter().filter(|seat| seat.role == role).count();
			ensure!(
				with_role(SeatRole::Worker) <= usize::from(job.redundancy),
				"more paid workers than redundancy",
			);
			ensure!(
				with_role(SeatRole::Auditor) <= usize::from(job.redundancy == 1),
				"an auditor on a redundant job, or two",
			);
			ensure!(
				with_role(SeatRole::Verifier) == 0 || job.disputed(),
				"verifiers on an undisputed job",
			);
			ensure!(
				job.escalations <= T::MaxEscalations::get().max(1),
				"more escalations than allowed",
			);
			for seat in &job.seats {
				ensure!(
					WorkerJobs::<T>::get(&seat.worker).contains(&id),
					"a seat missing from its worker's job list",
				);
				ensure!(
					seat.revealed.is_none() || seat.commitment.is_some(),
					"a reveal without commit"
				);
			}
			// A job that waits on its workers has a deadline queued for this round: its
			// commit deadline, or its reveal deadline once the commit deadline passed (an
			// audit draw is watched by its own queue, and queues a deadline if it runs late).
			let waits_on_workers =
				matches!(job.status, JobStatus::Committing { .. } | JobStatus::Revealing { .. });
			ensure!(
				!waits_on_workers || watched.contains(&(id, job.attempt)),
				"a job waits on its workers without a deadline",
			);
			match job.status {
				JobStatus::Queued => {
					ensure!(waiting.contains(&(id, job.attempt)), "a queued job is in no lane",)
				},
				JobStatus::Committing { .. } => ensure!(
					job.seats.len() == usize::from(job.wanted),
					"an assigned job with empty seats",
				),
				JobStatus::Revealing { .. } => {
					ensure!(job.all_committed(), "reveals open before every seat committed")
				},
				JobStatus::AuditDraw { .. } => {
					ensure!(job.wanted == 1 && job.all_committed(), "an audit draw out of turn");
					ensure!(drawing.contains(&(id, job.attempt)), "an audit draw in no queue");
				},
				JobStatus::Arbitration { .. } => {
					let digests: BTreeSet<_> = job
						.seats
						.iter()
						.filter_map(|seat| seat.revealed.as_ref())
						.map(|r| r.0)
						.collect();
					ensure!(
						job.seats.iter().all(|seat| seat.revealed.is_some()) && digests.len() >= 2,
						"arbitration without revealed, disagreeing results",
					);
					ensure!(arbitrating.contains(&(id, job.attempt)), "an arbitration in no queue");
				},
			}
			// A disputed job given up after its last attempt goes to arbitration (`give_up`),
			// where its revealed results still decide.
			ensure!(
				job.missed_rounds < T::MaxAttempts::get()
					|| matches!(job.status, JobStatus::Arbitration { .. }),
				"a job past its last attempt",
			);
		}
		ensure!(live == LiveJobs::<T>::get(), "the live-job count is wrong");
		ensure!(live <= T::MaxLiveJobs::get(), "more live jobs than allowed");
		ensure!(Inputs::<T>::iter_keys().count() as u32 == live, "an input without its job");

		ensure!(
			T::Currency::balance_on_hold(&HoldReason::JobPayment.into(), &escrow_account)
				== escrowed,
			"the escrow account's held payments differ from the escrows of the open jobs",
		);
		let mut deposits: BalanceOf<T> = Default::default();
		for (id, premium) in PremiumEscrow::<T>::iter() {
			let job = Jobs::<T>::get(id).ok_or("a premium escrow of a finished job")?;
			ensure!(
				matches!(job.payment, Payment::Spark(_)) && premium <= job.escrow,
				"a premium escrow beyond its Spark job's escrow",
			);
		}
		for (id, deposit) in Deposits::<T>::iter() {
			ensure!(Jobs::<T>::contains_key(id), "a deposit of a finished job");
			deposits = deposits.saturating_add(deposit);
		}
		ensure!(
			T::Currency::balance_on_hold(&HoldReason::JobDeposit.into(), &escrow_account)
				== deposits,
			"the escrow account's held deposits differ from the open jobs' deposits",
		);
		ensure!(
			CreatorJobs::<T>::iter().collect::<BTreeMap<_, _>>() == by_creator,
			"the live jobs counted by creator are wrong",
		);
		ensure!(
			by_creator.values().all(|count| *count <= T::MaxLiveJobsPerAccount::get()),
			"an account with more live jobs than allowed",
		);
		ensure!(
			ModelJobs::<T>::iter().collect::<BTreeMap<_, _>>() == by_model,
			"the live jobs counted by model are wrong",
		);
		for (worker, jobs) in WorkerJobs::<T>::iter() {
			ensure!(!jobs.is_empty(), "an empty job list is stored");
			for id in jobs {
				let seated = Jobs::<T>::get(id).is_some_and(|job| job.seat_of(&worker).is_some());
				ensure!(seated, "a worker lists a job it holds no seat in");
			}
		}
		let queues = [
			QueueKind::Priority,
			QueueKind::Standard,
			QueueKind::Retention,
			QueueKind::AuditDraws,
			QueueKind::Arbitrations,
		];
		for kind in queues.into_iter().chain(deadline_queues) {
			let bounds = Queues::<T>::get(kind);
			ensure!(bounds.len() <= Self::queue_capacity(kind), "a queue over its capacity");
			ensure!(
				QueueSlots::<T>::iter_prefix(kind).count() as u32 == bounds.len(),
				"a queue's slots differ from its bounds",
			);
		}
		ensure!(
			Outcomes::<T>::iter_keys().count() as u32 <= T::MaxRetainedOutcomes::get(),
			"more outcomes kept than allowed",
		);
		ensure!(
			FreeSparkDrawn::<T>::get().0 <= Self::free_spark_period(),
			"the free-Spark budget counts a period still to come",
		);
		Ok(())
	}
}
