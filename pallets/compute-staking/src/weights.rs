// TEMPORARY: replaced by scripts/benchmark.sh output before commit.
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn register_worker() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn chill() -> Weight;
	fn unchill() -> Weight;
	fn update_profile() -> Weight;
	fn deregister() -> Weight;
	fn heartbeat() -> Weight;
	fn authorize_heartbeat() -> Weight;
	fn chill_inactive() -> Weight;
	fn claim_rewards() -> Weight;
	fn lock_stake() -> Weight;
	fn register_model() -> Weight;
	fn bond_model_extra() -> Weight;
	fn retire_model() -> Weight;
	fn apply_slash() -> Weight;
	fn cancel_slash() -> Weight;
	fn report_slash() -> Weight;
	fn report_outcome() -> Weight;
	fn candidates() -> Weight;
}
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn register_worker() -> Weight {
		Weight::zero()
	}
	fn bond_extra() -> Weight {
		Weight::zero()
	}
	fn unbond() -> Weight {
		Weight::zero()
	}
	fn withdraw_unbonded() -> Weight {
		Weight::zero()
	}
	fn chill() -> Weight {
		Weight::zero()
	}
	fn unchill() -> Weight {
		Weight::zero()
	}
	fn update_profile() -> Weight {
		Weight::zero()
	}
	fn deregister() -> Weight {
		Weight::zero()
	}
	fn heartbeat() -> Weight {
		Weight::zero()
	}
	fn authorize_heartbeat() -> Weight {
		Weight::zero()
	}
	fn chill_inactive() -> Weight {
		Weight::zero()
	}
	fn claim_rewards() -> Weight {
		Weight::zero()
	}
	fn lock_stake() -> Weight {
		Weight::zero()
	}
	fn register_model() -> Weight {
		Weight::zero()
	}
	fn bond_model_extra() -> Weight {
		Weight::zero()
	}
	fn retire_model() -> Weight {
		Weight::zero()
	}
	fn apply_slash() -> Weight {
		Weight::zero()
	}
	fn cancel_slash() -> Weight {
		Weight::zero()
	}
	fn report_slash() -> Weight {
		Weight::zero()
	}
	fn report_outcome() -> Weight {
		Weight::zero()
	}
	fn candidates() -> Weight {
		Weight::zero()
	}
}
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::zero()
	}
	fn bond_extra() -> Weight {
		Weight::zero()
	}
	fn unbond() -> Weight {
		Weight::zero()
	}
	fn withdraw_unbonded() -> Weight {
		Weight::zero()
	}
	fn chill() -> Weight {
		Weight::zero()
	}
	fn unchill() -> Weight {
		Weight::zero()
	}
	fn update_profile() -> Weight {
		Weight::zero()
	}
	fn deregister() -> Weight {
		Weight::zero()
	}
	fn heartbeat() -> Weight {
		Weight::zero()
	}
	fn authorize_heartbeat() -> Weight {
		Weight::zero()
	}
	fn chill_inactive() -> Weight {
		Weight::zero()
	}
	fn claim_rewards() -> Weight {
		Weight::zero()
	}
	fn lock_stake() -> Weight {
		Weight::zero()
	}
	fn register_model() -> Weight {
		Weight::zero()
	}
	fn bond_model_extra() -> Weight {
		Weight::zero()
	}
	fn retire_model() -> Weight {
		Weight::zero()
	}
	fn apply_slash() -> Weight {
		Weight::zero()
	}
	fn cancel_slash() -> Weight {
		Weight::zero()
	}
	fn report_slash() -> Weight {
		Weight::zero()
	}
	fn report_outcome() -> Weight {
		Weight::zero()
	}
	fn candidates() -> Weight {
		Weight::zero()
	}
}
