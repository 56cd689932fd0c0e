//! The block hook: audit draws first (they open reveals before reveal deadlines are checked),
//! then deadlines (they free seats), lapsed arbitrations, assignment (priority lane before
//! standard), then pruning; all within `HookWeight`, each step priced by its benchmark.

use crate::{
	assignment::Assignment,
	shortfalls::{Demand, Shortfalls},
	Config, Event, JobId, JobStatus, Jobs, Pallet, QueueKind, RefundReason, WeightInfo,
};
use frame_support::{
	pallet_prelude::{DispatchResult, Weight},
	storage::with_storage_layer,
	traits::Get,
	weights::WeightMeter,
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_compute_staking::traits::ComputeWorkers;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_block_work(now: BlockNumberFor<T>) -> Weight {
		let mut meter = WeightMeter::with_limit(T::HookWeight::get());
		meter.consume(T::WeightInfo::block_work_base());
		let seed_since = crate::randomness::seed_since::<T>();
		// A draw that opens reveals may queue the job's reveal deadline (a full window from
		// now): draws are taken while the reveal queue has room, as commit deadlines are.
		// Audit draws are queued in the order of their commits, `DrawDelay` after each: at one
		// that this block's randomness is too old for, the rest wait too.
		while Self::queue_has_room(QueueKind::RevealDeadlines, 1) {
			let fresh = Self::peek(QueueKind::AuditDraws).is_some_and(|entry| {
				let committed_at = entry.due.saturating_sub(T::DrawDelay::get());
				crate::randomness::drawable::<T>(committed_at, seed_since)
			});
			if !fresh {
				break;
			}
			let weight = T::WeightInfo::draw_audit();
			let Some(entry) = Self::due(QueueKind::AuditDraws, now, &mut meter, weight) else {
				break;
			};
			Self::step(entry.job, || Self::draw_audit(entry));
		}
		for kind in Self::commit_queues().chain([QueueKind::RevealDeadlines]) {
			Self::work_deadlines(kind, now, &mut meter);
		}
		while let Some(entry) =
			Self::due(QueueKind::Arbitrations, now, &mut meter, T::WeightInfo::expire_arbitration())
		{
			Self::step(entry.job, || Self::expire_arbitration(entry));
		}
		let mut seats_left = T::MaxSeatsPerBlock::get();
		let mut shortfalls = Shortfalls::default();
		for lane in [QueueKind::Priority, QueueKind::Standard] {
			Self::work_lane(lane, now, seed_since, &mut meter, &mut seats_left, &mut shortfalls);
		}
		while let Some(entry) =
			Self::due(QueueKind::Retention, now, &mut meter, T::WeightInfo::prune_outcome())
		{
			Self::prune_outcome(entry.job);
		}
		meter.consumed()
	}

	/// Pops the head of `kind` when it is due and `weight` fits in the meter.
	fn due(
		kind: QueueKind,
		now: BlockNumberFor<T>,
		meter: &mut WeightMeter,
		weight: Weight,
	) -> Option<crate::QueueEntry<BlockNumberFor<T>>> {
		if !meter.can_consume(weight) {
			return None;
		}
		let head = Self::peek(kind).filter(|entry| entry.due <= now)?;
		meter.consume(weight);
		Self::pop(kind);
		Some(head)
	}

	/// Takes due `kind` deadlines while their steps fit: each is charged `deadline_kept` when
	/// it finds nothing late and `enforce_deadline` when it finds a missed deadline. One that
	/// does not fit stays queued for the next block; the look at its job is charged.
	fn work_deadlines(kind: QueueKind, now: BlockNumberFor<T>, meter: &mut WeightMeter) {
		let kept = T::WeightInfo::deadline_kept();
		// A commit deadline may queue the job's reveal deadline: commit deadlines are taken
		// while the reveal queue has room, which its entries free within `RevealWindow`.
		let has_room =
			|| !kind.is_commit_deadlines() || Self::queue_has_room(QueueKind::RevealDeadlines, 1);
		while meter.can_consume(kept) && has_room() {
			let Some(entry) = Self::peek(kind).filter(|entry| entry.due <= now) else { return };
			let due = Self::inspect_deadline(kind, &entry);
			let weight = if due.is_missed() { T::WeightInfo::enforce_deadline() } else { kept };
			if !meter.can_consume(weight) {
				meter.consume(kept);
				return;
			}
			meter.consume(weight);
			Self::pop(kind);
			Self::step(entry.job, || Self::enforce_deadline(entry, due));
		}
	}

	/// Looks at each job of a lane at most once: expires it, assigns it, or sends it to the
	/// back of the lane to wait for workers. An assignment is charged for the servers it draws
	/// from and the seats it fills, and takes its seats from `seats_left`; a job that a draw
	/// this block has shown cannot find enough workers ([`Shortfalls`]) is charged only the
	/// look; a job queued too recently for this block's randomness
	/// ([`crate::randomness::drawable`]) ends the lane's turn. An expiry or an assignment that
	/// does not fit waits at the head of the lane for the next block, and the look at its job
	/// is charged.
	fn work_lane(
		lane: QueueKind,
		now: BlockNumberFor<T>,
		seed_since: BlockNumberFor<T>,
		meter: &mut WeightMeter,
		seats_left: &mut u32,
		shortfalls: &mut Shortfalls,
	) {
		let waiting = crate::Queues::<T>::get(lane).len();
		// A look at the head's job (a peek, a job read, a pop, a push back) is priced as a
		// deadline that finds nothing late: the same peek, read, pop and push.
		let look = T::WeightInfo::deadline_kept();
		for _ in 0..waiting {
			if !meter.can_consume(look) {
				return;
			}
			let Some(entry) = Self::peek(lane) else { return };
			// Every lane entry is pushed due `MaxWait` after the block that queued it, so a lane
			// is in queueing order but for entries sent back, which are older: at an entry
			// queued too recently to be drawn, the rest of the lane waits for the next block
			// (the entries sent back a block more), for the price of one look, not one each.
			// An expired job is refunded whatever the randomness: it draws nothing.
			let queued_at = entry.due.saturating_sub(T::MaxWait::get());
			if entry.due > now && !crate::randomness::drawable::<T>(queued_at, seed_since) {
				meter.consume(look);
				return;
			}
			let job = Jobs::<T>::get(entry.job)
				.filter(|job| job.status == JobStatus::Queued && job.attempt == entry.attempt);
			let Some(job) = job else {
				meter.consume(look);
				Self::pop(lane);
				continue;
			};
			let (model, demand) = (job.model, Demand::of(&job));
			let expired = entry.due <= now;
			if !expired && shortfalls.dooms(model, &demand) {
				meter.consume(look);
				Self::pop(lane);
				// Room is certain: this entry was just popped.
				let _ = Self::push(lane, entry);
				continue;
			}
			// What the assignment may cost and fill at worst, and what its first draw costs
			// and fills: all that a job that draw seats is charged. Only a lone job that no
			// class could seat alone makes the second draw (with its auditor).
			let ((weight, first_draw), seats) = if expired {
				let expire = T::WeightInfo::expire_job();
				((expire, expire), 0)
			} else {
				(Self::assign_weights(&job), Self::seats_at_most(&job))
			};
			if !meter.can_consume(weight) || seats > *seats_left {
				meter.consume(look);
				return;
			}
			Self::pop(lane);
			if expired {
				meter.consume(weight);
				Self::step(entry.job, || Self::give_up(entry.job, job, RefundReason::Expired));
				shortfalls.forget(model);
				continue;
			}
			let first_seats = Self::empty_seats(&job);
			let mut outcome = None;
			Self::step(entry.job, || {
				outcome = Some(Self::try_assign(entry.job, job)?);
				Ok(())
			});
			match outcome {
				Some(Assignment::Assigned) => {
					meter.consume(first_draw);
					*seats_left -= first_seats;
				},
				Some(Assignment::AssignedWithAuditor) => {
					meter.consume(weight);
					*seats_left -= seats;
				},
				waits => {
					meter.consume(weight);
					if waits == Some(Assignment::TooFewWorkers) {
						shortfalls.note(model, demand);
					}
					// Room is certain: this entry was just popped.
					let _ = Self::push(lane, entry);
				},
			}
		}
	}

	/// What assigning queued `job` may cost at worst, and what its first draw costs: its
	/// model's servers are read and its empty seats filled, the look at its lane and its job
	/// included; and the rules of each server's execution class read, at most one read a
	/// server (the benchmark's servers share one class, so its figure holds one of these
	/// reads).
	///
	/// A single-worker job that may be seated with its auditor from the start is allowed both
	/// attempts at worst: the lone draw, and the draw of two seats.
	pub(crate) fn assign_weights(job: &crate::Job<T>) -> (Weight, Weight) {
		let servers = T::Workers::servers(job.model);
		let class_rules = T::DbWeight::get().reads(u64::from(servers));
		let draw = |seats| T::WeightInfo::assign_job(servers, seats).saturating_add(class_rules);
		let first = draw(Self::empty_seats(job));
		match Self::may_be_audited_from_start(job) {
			true => (first.saturating_add(draw(2)), first),
			false => (first, first),
		}
	}

	/// The most seats assigning queued `job` fills: its empty seats, or two for a lone job
	/// that may be seated with its auditor.
	pub(crate) fn seats_at_most(job: &crate::Job<T>) -> u32 {
		Self::empty_seats(job).saturating_add(u32::from(Self::may_be_audited_from_start(job)))
	}

	/// The seats an assignment of queued `job` fills.
	pub(crate) fn empty_seats(job: &crate::Job<T>) -> u32 {
		u32::from(job.wanted).saturating_sub(job.seats.len() as u32)
	}

	/// Runs one hook step in its own storage layer, so that a failure leaves the job as it was
	/// and is reported instead of aborting the block.
	fn step(job: JobId, body: impl FnOnce() -> DispatchResult) {
		if let Err(error) = with_storage_layer(body) {
			log::error!(target: "runtime::jobs", "hook step of job {job} failed: {error:?}");
			Self::deposit_event(Event::HookStepFailed { job, error });
		}
	}
}
