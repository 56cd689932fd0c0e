// TEMPORARY: replaced by scripts/benchmark.sh output before commit.
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn register() -> Weight;
	fn revoke() -> Weight;
	fn claim_free() -> Weight;
	fn authorize_claim_free() -> Weight;
	fn grant_reward() -> Weight;
	fn buy() -> Weight;
	fn set_price() -> Weight;
	fn charge() -> Weight;
	fn refund() -> Weight;
}
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::zero()
	}
	fn revoke() -> Weight {
		Weight::zero()
	}
	fn claim_free() -> Weight {
		Weight::zero()
	}
	fn authorize_claim_free() -> Weight {
		Weight::zero()
	}
	fn grant_reward() -> Weight {
		Weight::zero()
	}
	fn buy() -> Weight {
		Weight::zero()
	}
	fn set_price() -> Weight {
		Weight::zero()
	}
	fn charge() -> Weight {
		Weight::zero()
	}
	fn refund() -> Weight {
		Weight::zero()
	}
}
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn register() -> Weight {
		Weight::zero()
	}
	fn revoke() -> Weight {
		Weight::zero()
	}
	fn claim_free() -> Weight {
		Weight::zero()
	}
	fn authorize_claim_free() -> Weight {
		Weight::zero()
	}
	fn grant_reward() -> Weight {
		Weight::zero()
	}
	fn buy() -> Weight {
		Weight::zero()
	}
	fn set_price() -> Weight {
		Weight::zero()
	}
	fn charge() -> Weight {
		Weight::zero()
	}
	fn refund() -> Weight {
		Weight::zero()
	}
}
