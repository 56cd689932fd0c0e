//! A minimal runtime for the unit tests and benchmark tests: System, Balances and Spark.

use crate as pallet_spark;
use frame_support::{derive_impl, parameter_types, traits::ConstU64};
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
	pub type Spark = pallet_spark;
	#[runtime::pallet_index(3)]
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
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const EXISTENTIAL_DEPOSIT: Balance = 10;
pub const PRICE: Balance = 100;
pub const FREE_GRANT: u64 = 50;
pub const GRANT_PERIOD: u64 = 10;
pub const FREE_CAP: u64 = 120;
pub const REWARD_BUDGET: u64 = 1_000;
pub const REWARD_PERIOD: u64 = 100;
pub const CLAIM_LONGEVITY: u64 = 5;

/// The backing that purchases pay into.
pub const BACKING: AccountId = 998;
/// The governance-funded pot that pays for granted Spark's backing.
pub const POT: AccountId = 999;
pub const POT_FUNDS: Balance = 10_000_000;
/// Registered at genesis.
pub const ALICE: AccountId = 1;
/// Not registered at genesis.
pub const BOB: AccountId = 2;
/// Funded with native token for purchases.
pub const CHARLIE: AccountId = 3;
pub const CHARLIE_FUNDS: Balance = 1_000_000;

use frame_support::traits::ConstU128;

parameter_types! {
	pub const Backing: AccountId = BACKING;
	pub const RewardFunding: AccountId = POT;
}

impl pallet_spark::Config for Test {
	type Currency = Balances;
	type RegistrarOrigin = EnsureRoot<AccountId>;
	type Registrars = Registrars;
	type RewardOrigin = EnsureRoot<AccountId>;
	type PriceOrigin = EnsureRoot<AccountId>;
	type Backing = Backing;
	type RewardFunding = RewardFunding;
	type DefaultPrice = ConstU128<PRICE>;
	type FreeGrant = ConstU64<FREE_GRANT>;
	type GrantPeriod = ConstU64<GRANT_PERIOD>;
	type FreeCap = ConstU64<FREE_CAP>;
	type RewardBudget = ConstU64<REWARD_BUDGET>;
	type RewardPeriod = ConstU64<REWARD_PERIOD>;
	type ClaimLongevity = ConstU64<CLAIM_LONGEVITY>;
	type WeightInfo = ();
}

/// Appointed by governance to register users: funded for its deposit.
pub const REGISTRAR: AccountId = 50;
pub const REGISTRAR_QUOTA: u32 = 2;

impl pallet_registrars::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AppointOrigin = EnsureRoot<AccountId>;
	type Deposit = ConstU128<1_000>;
	type MaxRegistrars = frame_support::traits::ConstU32<4>;
	type QuotaPerEra = frame_support::traits::ConstU32<REGISTRAR_QUOTA>;
	type EraLength = ConstU64<100>;
	type ForfeitTo = RewardFunding;
	type ResignDelay = ConstU64<10>;
	type WeightInfo = ();
}

/// Genesis: Alice registered, Charlie, the pot and the registrar funded, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(CHARLIE, CHARLIE_FUNDS), (POT, POT_FUNDS), (REGISTRAR, 10_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_spark::GenesisConfig::<Test> { registered: vec![ALICE] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks every storage invariant.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		Spark::do_try_state().expect("storage invariants hold after the test");
	});
}
