//! Drawing workers for a job's empty seats.

use crate::{
	Config, Error, Event, Job, JobId, JobStatus, Jobs, Pallet, QueueEntry, QueueKind, Seat,
	SeatRole, WorkerJobs,
};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use codec::Encode;
use frame_support::traits::{Get, Randomness};
use pallet_compute_staking::{
	traits::{Candidate, ComputeWorkers},
	ExecutionClass,
};
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto},
	DispatchError,
};

/// Domain separator of the assignment seed.
const ASSIGNMENT_SUBJECT: &[u8] = b"tessera/jobs/assign";

/// How an attempt to fill a queued job's seats ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assignment {
	/// Seated by the first draw.
	Assigned,
	/// A lone job that no class could seat alone, seated with its auditor by a second draw.
	AssignedWithAuditor,
	/// Fewer eligible workers of any one class than the job has empty seats.
	TooFewWorkers,
	/// The job's commit deadline could not be queued.
	CommitQueueFull,
}

impl<T: Config> Pallet<T> {
	/// Fills the empty seats of queued job `id`: its workers, its auditor or its verifiers.
	/// Changes nothing when too few workers are free or the commit-deadline queue is full: the
	/// job stays queued.
	pub(crate) fn try_assign(id: JobId, mut job: Job<T>) -> Result<Assignment, DispatchError> {
		let tier = Self::tier_of(&job);
		let deadlines = QueueKind::commit_deadlines(tier);
		if !Self::queue_has_room(deadlines, 1) {
			return Ok(Assignment::CommitQueueFull);
		}
		let candidates = T::Workers::candidates(job.model);
		let seed = T::Randomness::random(&(ASSIGNMENT_SUBJECT, id, job.attempt).encode()).0;
		let mut audited_from_start = false;
		let drawn = match Self::draw_for(&job, &candidates, seed.as_ref()) {
			Some(drawn) => drawn,
			None => {
				let Some(audited) = Self::audited_twin(&job) else {
					return Ok(Assignment::TooFewWorkers);
				};
				let Some(drawn) = Self::draw_for(&audited, &candidates, seed.as_ref()) else {
					return Ok(Assignment::TooFewWorkers);
				};
				(job, audited_from_start) = (audited, true);
				drawn
			},
		};

		let now = frame_system::Pallet::<T>::block_number();
		let commit_by = now.saturating_add(Self::commit_window(tier));
		let reveal_by = commit_by.saturating_add(T::RevealWindow::get());
		job.attempt = job.attempt.saturating_add(1);
		job.status = JobStatus::Committing { commit_by, reveal_by };
		let class = drawn[0].class.clone();
		job.class = Some(class.clone());
		let mut workers = Vec::with_capacity(drawn.len());
		for candidate in drawn {
			T::Workers::note_assigned(&candidate.worker)?;
			WorkerJobs::<T>::try_mutate(&candidate.worker, |jobs| jobs.try_push(id))
				.map_err(|_| Error::<T>::QueueFull)?;
			let role = Self::next_role(&job);
			job.seats
				.try_push(Seat {
					worker: candidate.worker.clone(),
					role,
					stake: candidate.stake,
					commitment: None,
					revealed: None,
				})
				.map_err(|_| Error::<T>::Overflow)?;
			workers.push(candidate.worker);
		}
		let attempt = job.attempt;
		// Only the commit deadline is queued: the reveal deadline is queued when the commit
		// deadline passes with the job unsettled (deadlines.rs). Most jobs settle within their
		// commit window, and each queue entry costs the hook a deadline step when it falls due.
		Self::push(deadlines, QueueEntry { job: id, attempt, due: commit_by })?;
		Jobs::<T>::insert(id, job);
		if audited_from_start {
			Self::deposit_event(Event::AuditedFromStart { job: id });
		}
		Self::deposit_event(Event::JobAssigned {
			job: id,
			attempt,
			workers,
			class,
			commit_by,
			reveal_by,
		});
		Ok(match audited_from_start {
			true => Assignment::AssignedWithAuditor,
			false => Assignment::Assigned,
		})
	}

	/// The role of the next seat filled: the paid runs first, then an auditor for a lone
	/// worker, then verifiers once the job is disputed.
	fn next_role(job: &Job<T>) -> SeatRole {
		let workers = job.seats.iter().filter(|seat| seat.role == SeatRole::Worker).count();
		if workers < usize::from(job.redundancy) {
			SeatRole::Worker
		} else if job.disputed() {
			SeatRole::Verifier
		} else {
			SeatRole::Auditor
		}
	}

	/// Whether a worker with `stake` at risk may take a seat of `job`: what it stands to lose
	/// if caught cheating, times the chance of being caught, must cover one seat's pay. A lone
	/// worker not yet audited is caught only by an audit (`AuditRate`); a seat whose result
	/// is compared with another's (redundant workers, an auditor, verifiers, a lone worker
	/// audited from the start) is caught for certain. The loss is the smallest penalty a
	/// cheater can choose once it sees it would lose: revealing the wrong digest or
	/// withholding it both cost `DisputeSlash` (`deadlines`), and not committing at all earns
	/// nothing to cover.
	pub(crate) fn covers(job: &Job<T>, stake: u128) -> bool {
		let seat_pay = Self::seat_pay(job);
		let at_risk = T::DisputeSlash::get().mul_floor(stake);
		let expected_loss = match job.awaits_audit_draw() {
			true => T::AuditRate::get().mul_floor(at_risk),
			false => at_risk,
		};
		expected_loss >= seat_pay
	}

	/// What each of `job`'s paid runs earns: its escrow split between its redundant workers.
	pub(crate) fn seat_pay(job: &Job<T>) -> u128 {
		(job.escrow / u32::from(job.redundancy).into()).unique_saturated_into()
	}

	/// Draws the workers for `job`'s empty seats from `candidates`, the model's. A job with no
	/// seat yet is seated only in a class that [`Self::seatable_classes`] allows.
	fn draw_for(
		job: &Job<T>,
		candidates: &[Candidate<T::AccountId>],
		seed: &[u8],
	) -> Option<Vec<Candidate<T::AccountId>>> {
		let mut pool = Self::eligible(job, candidates);
		if job.seats.is_empty() {
			let seatable = Self::seatable_classes(job, candidates);
			pool.retain(|candidate| seatable.contains(&candidate.class));
		}
		Self::draw_seats(pool, Self::empty_seats(job) as usize, seed)
	}

	/// The classes a new job may be seated in: registered, and with at least the class's
	/// quorum of the model's candidates able to answer for the job (positive weight, enough
	/// stake); a single-worker job also needs [`Config::MinAuditors`] of them besides its
	/// worker, who could audit it. Candidates busy right now count: they are the class's
	/// auditors once free. A worker alone in a class, or in one governance never registered,
	/// therefore never runs a job unchecked.
	pub(crate) fn seatable_classes(
		job: &Job<T>,
		candidates: &[Candidate<T::AccountId>],
	) -> BTreeSet<ExecutionClass> {
		let mut members = BTreeMap::<&ExecutionClass, u32>::new();
		for candidate in candidates {
			if candidate.weight > 0 && Self::covers(job, candidate.stake) {
				*members.entry(&candidate.class).or_default() += 1;
			}
		}
		let lone = match job.awaits_audit_draw() {
			true => T::MinAuditors::get().saturating_add(1),
			false => 0,
		};
		members
			.into_iter()
			.filter(|(class, count)| {
				T::Workers::class_quorum(class).is_some_and(|quorum| *count >= quorum.max(lone))
			})
			.map(|(class, _)| class.clone())
			.collect()
	}

	/// What a single-worker job that no class can seat alone becomes: the same job with its
	/// auditor seated beside its worker from the start, so that it runs twice and is checked
	/// for certain. The worker keeps the whole pay; the auditor is paid as any auditor is
	/// (the protocol fee, then the treasury), so neither an honest worker nor the creator pays
	/// for the class being small. `None` for any other job, or once a seat is filled.
	pub(crate) fn audited_twin(job: &Job<T>) -> Option<Job<T>> {
		Self::may_be_audited_from_start(job).then(|| Job { wanted: 2, ..job.clone() })
	}

	/// Whether [`Self::try_assign`] may seat `job` with its auditor from the start: an
	/// unseated single-worker job not yet audited.
	pub(crate) fn may_be_audited_from_start(job: &Job<T>) -> bool {
		job.awaits_audit_draw() && job.seats.is_empty()
	}

	/// The model's candidates that may take a seat: not seated already, not at their open-job
	/// limit, with a positive weight, with stake enough to answer for the job
	/// ([`Self::covers`]), and of the job's class once it has one. Auditors and verifiers are
	/// drawn by their check weight (capped stake, no lock boost): the seats that judge a
	/// result must not go to whoever locked longest or bonded most.
	pub(crate) fn eligible(
		job: &Job<T>,
		candidates: &[Candidate<T::AccountId>],
	) -> Vec<Candidate<T::AccountId>> {
		let checking = Self::next_role(job) != SeatRole::Worker;
		candidates
			.iter()
			.map(|candidate| match checking {
				true => Candidate { weight: candidate.check_weight, ..candidate.clone() },
				false => candidate.clone(),
			})
			.filter(|candidate| {
				candidate.weight > 0
					&& Self::covers(job, candidate.stake)
					&& job.seat_of(&candidate.worker).is_none()
					&& job.class.as_ref().is_none_or(|class| *class == candidate.class)
					&& (WorkerJobs::<T>::decode_len(&candidate.worker).unwrap_or(0) as u32)
						< T::MaxJobsPerWorker::get()
			})
			.collect()
	}

	/// Draws `need` distinct workers of one class from `pool`, each draw with probability
	/// proportional to weight. Only classes with at least `need` candidates take part, so the
	/// first draw fixes a class that can fill every seat. `None` when no class can.
	pub(crate) fn draw_seats(
		mut pool: Vec<Candidate<T::AccountId>>,
		need: usize,
		seed: &[u8],
	) -> Option<Vec<Candidate<T::AccountId>>> {
		let mut per_class = BTreeMap::<ExecutionClass, usize>::new();
		for candidate in &pool {
			*per_class.entry(candidate.class.clone()).or_default() += 1;
		}
		pool.retain(|candidate| per_class.get(&candidate.class).is_some_and(|n| *n >= need));
		let mut drawn = Vec::with_capacity(need);
		for draw in 0..need {
			let index = weighted_index(&pool, seed, draw as u32)?;
			let winner = pool.swap_remove(index);
			pool.retain(|candidate| candidate.class == winner.class);
			drawn.push(winner);
		}
		Some(drawn)
	}
}

/// An index of `pool` picked with probability `weight / total`, from `blake2_128(seed ‖ draw)`.
/// The modulo bias is below `total / 2^128`: negligible for any stake.
fn weighted_index<AccountId>(
	pool: &[Candidate<AccountId>],
	seed: &[u8],
	draw: u32,
) -> Option<usize> {
	let total = pool.iter().fold(0u128, |sum, candidate| sum.saturating_add(candidate.weight));
	if total == 0 {
		return None;
	}
	let point = u128::from_le_bytes(sp_io::hashing::blake2_128(&(seed, draw).encode())) % total;
	let mut reached = 0u128;
	pool.iter().position(|candidate| {
		reached = reached.saturating_add(candidate.weight);
		point < reached
	})
}
