//! The execution-class registry: which hardware classes workers may register under, and how
//! many workers each needs before jobs are seated in it.

use crate::{ClassRules, Classes, Config, Error, Event, ExecutionClass, Pallet};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_class(class: ExecutionClass, rules: Option<ClassRules>) -> DispatchResult {
		ensure!(!class.is_empty(), Error::<T>::EmptyClass);
		match rules {
			Some(rules) => {
				ensure!(rules.min_workers > 0, Error::<T>::BadClassRules);
				ensure!(
					Classes::<T>::contains_key(&class)
						|| Classes::<T>::count() < T::MaxClasses::get(),
					Error::<T>::TooManyClasses
				);
				Classes::<T>::insert(&class, rules);
			},
			None => {
				ensure!(Classes::<T>::contains_key(&class), Error::<T>::UnknownClass);
				Classes::<T>::remove(&class);
			},
		}
		Self::deposit_event(Event::ClassSet { class, rules });
		Ok(())
	}
}
