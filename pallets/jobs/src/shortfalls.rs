//! A block's memory of the draws that found too few workers.
//!
//! When every server of a model is busy, each of the model's waiting jobs would otherwise be
//! charged a full assignment (`assign_job`: its servers read, its seats drawn) only to find
//! the same shortfall, and a long lane of them would spend the hook's budget on draws that
//! cannot succeed. Within one block the lanes only take workers (an assignment raises a
//! worker's open jobs) and never free them, except when an expired job releases its seats:
//! so once a draw for a model finds too few workers, a later job of that model that asks at
//! least as much of its workers cannot find them either, and costs only a look.

use crate::{Config, Job};
use alloc::{collections::BTreeMap, vec::Vec};
use pallet_compute_staking::{ExecutionClass, ModelId};

/// What a queued job asks of the workers it draws, as far as [`crate::Pallet::try_assign`]'s
/// eligibility and draw depend on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Demand {
	/// The class every seat must be of, once the job has one.
	class: Option<ExecutionClass>,
	/// The empty seats to fill: a draw needs this many eligible workers of one class.
	seats: u32,
	/// One seat's pay, which a candidate's stake at risk must cover.
	seat_pay: u128,
	/// A lone worker is caught only by an audit, so it must stake more for the same pay.
	lone: bool,
	/// No seat filled yet: no candidate of the model is excluded for sitting on the job.
	unseated: bool,
}

impl Demand {
	pub(crate) fn of<T: Config>(job: &Job<T>) -> Self {
		Self {
			class: job.class.clone(),
			seats: crate::Pallet::<T>::empty_seats(job),
			seat_pay: crate::Pallet::<T>::seat_pay(job),
			lone: job.redundancy == 1,
			unseated: job.seats.is_empty(),
		}
	}

	/// Whether every worker eligible for `self` is eligible for `short`, which found too few:
	/// `self` then finds too few as well. Only unseated demands are noted ([`Shortfalls::note`]),
	/// so the workers `self` excludes for holding its own seats only shrink its pool further.
	fn finds_no_more_than(&self, short: &Demand) -> bool {
		short.class.as_ref().is_none_or(|class| self.class.as_ref() == Some(class))
			&& short.seats <= self.seats
			&& short.seat_pay <= self.seat_pay
			&& short.lone == self.lone
	}
}

/// The demands whose draws found too few workers this block, by model.
#[derive(Default)]
pub(crate) struct Shortfalls(BTreeMap<ModelId, Vec<Demand>>);

impl Shortfalls {
	/// Remembers that a draw for `demand` found too few of `model`'s workers. A seated
	/// demand is not remembered: its pool lacked its own seats, which another job's has.
	pub(crate) fn note(&mut self, model: ModelId, demand: Demand) {
		if !demand.unseated || self.dooms(model, &demand) {
			return;
		}
		self.0.entry(model).or_default().push(demand);
	}

	/// Whether a draw of `model`'s workers for `demand` is sure to find too few.
	pub(crate) fn dooms(&self, model: ModelId, demand: &Demand) -> bool {
		self.0
			.get(&model)
			.is_some_and(|shorts| shorts.iter().any(|short| demand.finds_no_more_than(short)))
	}

	/// Forgets `model`'s shortfalls: an expired job of it may have released workers.
	pub(crate) fn forget(&mut self, model: ModelId) {
		self.0.remove(&model);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn demand(seats: u32, seat_pay: u128) -> Demand {
		Demand { class: None, seats, seat_pay, lone: false, unseated: true }
	}

	#[test]
	fn a_shortfall_dooms_demands_for_as_many_seats_and_as_much_pay_and_no_others() {
		let mut shortfalls = Shortfalls::default();
		shortfalls.note(7, demand(3, 100));
		assert!(shortfalls.dooms(7, &demand(3, 100)));
		assert!(shortfalls.dooms(7, &demand(4, 250)), "more seats, more stake needed");
		assert!(!shortfalls.dooms(7, &demand(2, 100)), "fewer seats may be found");
		assert!(!shortfalls.dooms(7, &demand(3, 99)), "less pay admits more stakes");
		assert!(!shortfalls.dooms(8, &demand(3, 100)), "another model's workers");
		let lone = Demand { lone: true, ..demand(3, 100) };
		assert!(!shortfalls.dooms(7, &lone), "a lone worker is judged by another rule");
	}

	#[test]
	fn a_classless_shortfall_dooms_every_class_and_a_classed_one_only_its_own() {
		let gpu = ExecutionClass::truncate_from(b"cuda-sm90".to_vec());
		let mut shortfalls = Shortfalls::default();
		shortfalls.note(1, demand(2, 10));
		let classed = Demand { class: Some(gpu.clone()), ..demand(2, 10) };
		assert!(shortfalls.dooms(1, &classed), "one class cannot have more than all");

		let mut shortfalls = Shortfalls::default();
		shortfalls.note(1, classed.clone());
		assert!(shortfalls.dooms(1, &classed));
		assert!(!shortfalls.dooms(1, &demand(2, 10)), "another class may have enough");
	}

	#[test]
	fn a_seated_demand_is_not_remembered_and_forgetting_clears_the_model() {
		let mut shortfalls = Shortfalls::default();
		shortfalls.note(1, Demand { unseated: false, ..demand(1, 1) });
		assert!(!shortfalls.dooms(1, &demand(1, 1)), "its own seats were out of its pool");
		shortfalls.note(1, demand(1, 1));
		shortfalls.note(2, demand(1, 1));
		shortfalls.forget(1);
		assert!(!shortfalls.dooms(1, &demand(1, 1)));
		assert!(shortfalls.dooms(2, &demand(1, 1)), "other models are kept");
	}
}
