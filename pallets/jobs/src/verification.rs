//! Checking results: audits of lone workers, the majority among disagreeing results,
//! escalation to more verifiers, and arbitration when no majority emerges.

use crate::{
	Config, Digest, Error, Event, Job, JobId, JobStatus, Jobs, Pallet, QueueEntry, QueueKind,
	RefundReason, Resolution, Unavailable,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{Get, Randomness},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, Perbill};

/// Domain separator of the audit draw's seed.
const AUDIT_SUBJECT: &[u8] = b"tessera/jobs/audit";

impl<T: Config> Pallet<T> {
	/// Handles a due entry of the audit-draw queue: with probability `AuditRate` the job waits
	/// for an auditor, otherwise its reveals open. The seed is that of the block after the
	/// worker's commit (`DrawDelay`), so neither the worker nor the author who included the
	/// commit knew it.
	pub(crate) fn draw_audit(entry: QueueEntry<BlockNumberFor<T>>) -> DispatchResult {
		let Some(mut job) = Jobs::<T>::get(entry.job) else { return Ok(()) };
		let JobStatus::AuditDraw { reveal_by } = job.status else { return Ok(()) };
		if job.attempt != entry.attempt {
			return Ok(());
		}
		let now = frame_system::Pallet::<T>::block_number();
		let seed = T::Randomness::random(&(AUDIT_SUBJECT, entry.job, job.attempt).encode()).0;
		if Self::audit_drawn(seed.as_ref(), T::AuditRate::get()) {
			job.wanted = job.wanted.saturating_add(1);
			Self::requeue(entry.job, job)?;
			Self::deposit_event(Event::AuditOrdered { job: entry.job });
			return Ok(());
		}
		// Reveals open now: the worker gets a whole reveal window from here, however late the
		// hook ran or the worker committed. A withheld reveal is slashed as a wrong result, so
		// an honest worker must never be left a block or two to reveal in.
		let full_window = now.saturating_add(T::RevealWindow::get());
		let reveal_by = if reveal_by >= full_window {
			reveal_by
		} else {
			let extended = full_window;
			let attempt = job.attempt;
			Self::push(
				QueueKind::RevealDeadlines,
				QueueEntry { job: entry.job, attempt, due: extended },
			)?;
			extended
		};
		job.status = JobStatus::Revealing { reveal_by };
		Jobs::<T>::insert(entry.job, job);
		Self::deposit_event(Event::RevealsOpened { job: entry.job, reveal_by });
		Ok(())
	}

	/// Whether `seed` falls within `rate`: its first four bytes, read as a fraction of 2³²,
	/// are below `rate`.
	pub(crate) fn audit_drawn(seed: &[u8], rate: Perbill) -> bool {
		let mut word = [0u8; 4];
		word.copy_from_slice(&sp_io::hashing::blake2_128(seed)[..4]);
		let point = u64::from(u32::from_le_bytes(word));
		// point / 2³² < parts / 10⁹, without division.
		point * 1_000_000_000 < u64::from(rate.deconstruct()) << 32
	}

	/// The result that stands among the revealed results, if one holds a clear majority, and
	/// how many seats revealed it. Results that all agree stand. Results that disagree settle
	/// nothing until verifiers have been added: the paid seats are drawn with the lock boost,
	/// so a ring holding two of three redundant seats must not decide its own dispute. Then a
	/// clear majority is at least two thirds of the seats that revealed a result *and* of
	/// their stake, and in the last escalation round more than half of each. Seats and stake
	/// both, so that neither one large stake outvotes several honest workers nor many small
	/// identities a large stake; two thirds while verifiers can still be added, so that a ring
	/// cannot win a small draw by a bare majority (`docs/verification.md`). Without a clear
	/// majority the dispute escalates, and after `MaxEscalations` rounds goes to arbitration.
	/// Unavailable reports are not results: they neither win nor count against a result.
	pub(crate) fn majority(job: &Job<T>) -> Option<(Digest, usize)> {
		let revealed: Vec<(Digest, u128)> = job
			.seats
			.iter()
			.filter_map(|seat| seat.revealed.as_ref().map(|(digest, _)| (*digest, seat.stake)))
			.filter(|(digest, _)| Unavailable::of(digest).is_none())
			.collect();
		let total_stake = revealed.iter().fold(0u128, |sum, (_, stake)| sum.saturating_add(*stake));
		let (first, _) = revealed.first()?;
		if revealed.iter().all(|(other, _)| other == first) {
			return Some((*first, revealed.len()));
		}
		if job.escalations == 0 {
			return None;
		}
		revealed.iter().find_map(|(candidate, _)| {
			let (count, stake) = revealed
				.iter()
				.filter(|(digest, _)| digest == candidate)
				.fold((0usize, 0u128), |(n, sum), (_, stake)| (n + 1, sum.saturating_add(*stake)));
			let clear = match job.escalations >= T::MaxEscalations::get() {
				true => count * 2 > revealed.len() && stake.saturating_mul(2) > total_stake,
				false => {
					count * 3 >= revealed.len() * 2
						&& stake.saturating_mul(3) >= total_stake.saturating_mul(2)
				},
			};
			clear.then_some((*candidate, count))
		})
	}

	/// Results disagree without a clear majority: add `verifiers` (at most `EscalationSize`)
	/// seats of the job's class, or after `MaxEscalations` rounds hand the dispute to
	/// arbitration.
	pub(crate) fn escalate(id: JobId, mut job: Job<T>, verifiers: u8) -> DispatchResult {
		if job.escalations >= T::MaxEscalations::get() {
			return Self::refer_to_arbitration(id, job);
		}
		job.escalations = job.escalations.saturating_add(1);
		job.wanted = job.wanted.saturating_add(verifiers.min(T::EscalationSize::get()));
		let round = job.escalations;
		Self::requeue(id, job)?;
		Self::deposit_event(Event::DisputeEscalated { job: id, round });
		Ok(())
	}

	/// Sends `job` to the priority lane to have its empty seats filled: new seats of a job
	/// already under way go ahead of new jobs.
	pub(crate) fn requeue(id: JobId, mut job: Job<T>) -> DispatchResult {
		job.status = JobStatus::Queued;
		let due = frame_system::Pallet::<T>::block_number().saturating_add(T::MaxWait::get());
		Self::push(QueueKind::Priority, QueueEntry { job: id, attempt: job.attempt, due })?;
		Jobs::<T>::insert(id, job);
		Ok(())
	}

	/// A job that cannot go on: a disputed one goes to arbitration, where its revealed results
	/// still decide who is slashed; any other is refunded.
	pub(crate) fn give_up(id: JobId, job: Job<T>, reason: RefundReason) -> DispatchResult {
		if job.disputed() {
			Self::refer_to_arbitration(id, job)
		} else {
			Self::refund(id, job, reason)
		}
	}

	/// Waits for an arbitration referendum until `ArbitrationPeriod` from now. Seats that have
	/// not revealed have nothing to judge and are released.
	fn refer_to_arbitration(id: JobId, mut job: Job<T>) -> DispatchResult {
		let silent: Vec<T::AccountId> = job
			.seats
			.iter()
			.filter(|seat| seat.revealed.is_none())
			.map(|seat| seat.worker.clone())
			.collect();
		for worker in &silent {
			Self::release_seat(id, worker)?;
		}
		job.seats.retain(|seat| seat.revealed.is_some());
		job.escalations = job.escalations.max(1);
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ArbitrationPeriod::get());
		job.status = JobStatus::Arbitration { until };
		let entry = QueueEntry { job: id, attempt: job.attempt, due: until };
		Self::push(QueueKind::Arbitrations, entry)?;
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::ArbitrationRequested { job: id, until });
		Ok(())
	}

	/// Applies an arbitration decision.
	pub(crate) fn do_resolve_dispute(id: JobId, resolution: Resolution) -> DispatchResult {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(matches!(job.status, JobStatus::Arbitration { .. }), Error::<T>::NotInArbitration);
		match resolution {
			// An unavailable report upheld ends the job as the creator's failure.
			Resolution::Uphold(digest) if Unavailable::of(&digest).is_some() => {
				let reported = job.seats.iter().any(|seat| {
					seat.revealed.as_ref().is_some_and(|(revealed, _)| *revealed == digest)
				});
				ensure!(reported, Error::<T>::UnknownDigest);
				Self::end_unavailable(id, job)
			},
			// `settle` refuses a digest no seat revealed (`UnknownDigest`) before it pays.
			Resolution::Uphold(digest) => Self::settle(id, job, digest),
			Resolution::Void => Self::refund(id, job, RefundReason::Voided),
		}
	}

	/// Handles a due entry of the arbitration queue: a dispute nobody decided is refunded,
	/// nobody paid or slashed.
	pub(crate) fn expire_arbitration(entry: QueueEntry<BlockNumberFor<T>>) -> DispatchResult {
		let Some(job) = Jobs::<T>::get(entry.job) else { return Ok(()) };
		match job.status {
			JobStatus::Arbitration { until } if until == entry.due => {
				Self::refund(entry.job, job, RefundReason::Unresolved)
			},
			_ => Ok(()),
		}
	}
}
