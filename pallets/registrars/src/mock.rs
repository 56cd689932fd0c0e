//! A runtime for the unit tests and benchmark tests: System, Balances and one instance of
//! Registrars.

use crate as pallet_registrars;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Registrars = pallet_registrars;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const DEPOSIT: Balance = 1_000;
pub const QUOTA: u32 = 3;
pub const ERA: u64 = 10;
pub const MAX_REGISTRARS: u32 = 2;
pub const RESIGN_DELAY: u64 = 20;
pub const TREASURY: AccountId = 900;
/// Funded accounts that may be appointed.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const FUNDS: Balance = 10_000;

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
}

impl pallet_registrars::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AppointOrigin = EnsureRoot<AccountId>;
	type Deposit = ConstU128<DEPOSIT>;
	type MaxRegistrars = ConstU32<MAX_REGISTRARS>;
	type QuotaPerEra = ConstU32<QUOTA>;
	type EraLength = ConstU64<ERA>;
	type ForfeitTo = Treasury;
	type ResignDelay = ConstU64<RESIGN_DELAY>;
	type WeightInfo = ();
}

/// Genesis: Alice, Bob and Charlie funded, the treasury alive, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, FUNDS), (BOB, FUNDS), (CHARLIE, FUNDS), (TREASURY, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks the pallet's storage invariants.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		Registrars::do_try_state().expect("storage invariants hold after the test");
	});
}
