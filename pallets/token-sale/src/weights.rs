// PLACEHOLDER until `scripts/benchmark.sh pallet_token_sale pallets/token-sale/src/weights.rs`
// runs: zero weights, used only while the pallet is not in the runtime.
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn configure() -> Weight;
	fn set_eligibility() -> Weight;
	fn bid() -> Weight;
	fn settle(l: u32) -> Weight;
	fn claim() -> Weight;
	fn release_lockup() -> Weight;
	fn withdraw_proceeds() -> Weight;
}
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn configure() -> Weight {
		Weight::zero()
	}
	fn set_eligibility() -> Weight {
		Weight::zero()
	}
	fn bid() -> Weight {
		Weight::zero()
	}
	fn settle(_l: u32) -> Weight {
		Weight::zero()
	}
	fn claim() -> Weight {
		Weight::zero()
	}
	fn release_lockup() -> Weight {
		Weight::zero()
	}
	fn withdraw_proceeds() -> Weight {
		Weight::zero()
	}
}

impl WeightInfo for () {
	fn configure() -> Weight {
		Weight::zero()
	}
	fn set_eligibility() -> Weight {
		Weight::zero()
	}
	fn bid() -> Weight {
		Weight::zero()
	}
	fn settle(_l: u32) -> Weight {
		Weight::zero()
	}
	fn claim() -> Weight {
		Weight::zero()
	}
	fn release_lockup() -> Weight {
		Weight::zero()
	}
	fn withdraw_proceeds() -> Weight {
		Weight::zero()
	}
}
