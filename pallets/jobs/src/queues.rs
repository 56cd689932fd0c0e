//! Ring-buffered FIFO queues in storage: a push or a pop touches one slot and the bounds, so
//! no step of the block hook ever reads a whole queue.

use crate::{Config, Error, Pallet, QueueEntry, QueueKind, QueueSlots, Queues};
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Every queue holds at most `MaxLiveJobs` entries, outcomes `MaxRetainedOutcomes`.
	pub(crate) fn queue_capacity(kind: QueueKind) -> u32 {
		match kind {
			QueueKind::Retention => T::MaxRetainedOutcomes::get(),
			_ => T::MaxLiveJobs::get(),
		}
	}

	pub(crate) fn queue_has_room(kind: QueueKind, extra: u32) -> bool {
		Queues::<T>::get(kind).len().saturating_add(extra) <= Self::queue_capacity(kind)
	}

	/// Appends `entry`; fails with [`Error::QueueFull`] at capacity.
	pub(crate) fn push(
		kind: QueueKind,
		entry: QueueEntry<BlockNumberFor<T>>,
	) -> Result<(), Error<T>> {
		let mut bounds = Queues::<T>::get(kind);
		if bounds.len() >= Self::queue_capacity(kind) {
			return Err(Error::<T>::QueueFull);
		}
		QueueSlots::<T>::insert(kind, bounds.tail, entry);
		bounds.tail = bounds.tail.wrapping_add(1);
		Queues::<T>::insert(kind, bounds);
		Ok(())
	}

	/// The oldest entry, left in place.
	pub(crate) fn peek(kind: QueueKind) -> Option<QueueEntry<BlockNumberFor<T>>> {
		let bounds = Queues::<T>::get(kind);
		if bounds.is_empty() {
			return None;
		}
		QueueSlots::<T>::get(kind, bounds.head)
	}

	/// Removes and returns the oldest entry.
	pub(crate) fn pop(kind: QueueKind) -> Option<QueueEntry<BlockNumberFor<T>>> {
		let mut bounds = Queues::<T>::get(kind);
		if bounds.is_empty() {
			return None;
		}
		let entry = QueueSlots::<T>::take(kind, bounds.head);
		bounds.head = bounds.head.wrapping_add(1);
		if bounds.is_empty() {
			Queues::<T>::remove(kind);
		} else {
			Queues::<T>::insert(kind, bounds);
		}
		entry
	}
}
