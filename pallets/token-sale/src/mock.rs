//! A minimal runtime for the unit tests and benchmark tests: System, Balances (the token
//! sold), Assets (the stablecoins) and TokenSale, with the sale's default terms.

use crate as pallet_token_sale;
use crate::{Eligibility, SaleTerms, SCORE_CLASSES};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	BoundedVec, PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::{BuildStorage, Permill};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;
pub type AssetId = u32;

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
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(3)]
	pub type Sale = pallet_token_sale;
	#[runtime::pallet_index(4)]
	pub type Attesters = pallet_registrars;
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
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<2>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// A funded bidder account that governance appoints as an attester in the tests.
pub const ATTESTER: AccountId = 40;
pub const ATTESTER_QUOTA: u32 = 2;

impl pallet_registrars::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AppointOrigin = EnsureRoot<AccountId>;
	type Deposit = ConstU128<{ BIDDER_TOKENS / 2 }>;
	type MaxRegistrars = ConstU32<4>;
	type QuotaPerEra = ConstU32<ATTESTER_QUOTA>;
	type EraLength = frame_support::traits::ConstU64<100>;
	type ForfeitTo = SaleAccount;
	type ResignDelay = frame_support::traits::ConstU64<10>;
	type WeightInfo = ();
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type AssetId = AssetId;
	type AssetIdParameter = AssetId;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

/// Planck per token, as in the runtime.
pub const UNIT: Balance = 1_000_000_000_000;
/// Stablecoin units per US dollar (6 decimals).
pub const USD: Balance = 1_000_000;
pub const EXISTENTIAL_DEPOSIT: Balance = UNIT / 1_000;
pub const USDC: AssetId = 1;
pub const USDT: AssetId = 2;
/// A stablecoin the sale does not accept.
pub const DAI: AssetId = 3;
/// The stablecoins' minimum balance: one cent.
pub const ASSET_MIN: Balance = USD / 100;

pub const SALE_ACCOUNT: AccountId = 900;
pub const TREASURY: AccountId = 901;
pub const START: u64 = 10;
pub const END: u64 = 20;
pub const LOCKUP: u64 = 100;
/// The default offering: 300,000,000 tokens.
pub const OFFERING: Balance = 300_000_000 * UNIT;
/// 2% of a 10-billion supply, as in the sale modelled.
pub const MULTIPLIER_POOL: Balance = 200_000_000 * UNIT;
/// What the sale account holds: the offering, a 10% bonus on all of it, the pool, and more.
pub const SALE_FUNDS: Balance = 1_000_000_000 * UNIT;
/// Each bidder's stablecoins, per asset.
pub const BIDDER_FUNDS: Balance = 100_000_000 * USD;
/// Each bidder's tokens before the sale, so that any allocation can be received.
pub const BIDDER_TOKENS: Balance = UNIT;

/// 0.0001 USD per token, in stablecoin units.
pub const FLOOR: Balance = 100;
pub const TICK: Balance = 100;
/// 0.1 USD per token.
pub const CEILING: Balance = 100_000;

parameter_types! {
	pub const SalePalletId: PalletId = PalletId(*b"tsr/bids");
	pub const SaleAccount: AccountId = SALE_ACCOUNT;
	pub const Treasury: AccountId = TREASURY;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct TestAssets;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AssetId> for TestAssets {
	fn asset(i: u32) -> AssetId {
		100 + i
	}
	fn create_asset(asset: AssetId) {
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), asset, TREASURY, true, ASSET_MIN));
	}
}

impl pallet_token_sale::Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Assets = Assets;
	type AdminOrigin = EnsureRoot<AccountId>;
	type EligibilityOrigin = EnsureRoot<AccountId>;
	type Attesters = Attesters;
	type PalletId = SalePalletId;
	type SaleAccount = SaleAccount;
	type Treasury = Treasury;
	type TokenUnit = ConstU128<UNIT>;
	type MaxPriceLevels = ConstU32<1_000>;
	type MaxAssets = ConstU32<2>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestAssets;
	type WeightInfo = ();
}

/// The default terms: 300M tokens, 0.0001–0.1 USD in ticks of 0.0001, 100 USD minimum, USDC
/// and USDT, 12-month-like lockup with a 10% bonus, multipliers of 0–35% by score.
pub fn default_terms() -> crate::TermsOf<Test> {
	let mut multipliers = [Permill::zero(); SCORE_CLASSES];
	for (score, rate) in multipliers.iter_mut().enumerate() {
		*rate = Permill::from_percent(5 * score as u32);
	}
	SaleTerms {
		offering: OFFERING,
		floor_price: FLOOR,
		ceiling_price: CEILING,
		tick: TICK,
		min_bid: 100 * USD,
		assets: BoundedVec::truncate_from(vec![USDC, USDT]),
		start: START,
		end: END,
		lockup: LOCKUP,
		lockup_bonus: Permill::from_percent(10),
		multiplier_pool: MULTIPLIER_POOL,
		multipliers,
	}
}

/// Genesis: the sale account funded, bidders 1..=50 with tokens and stablecoins, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let bidders = 1..=50u64;
	let mut balances = vec![(SALE_ACCOUNT, SALE_FUNDS)];
	balances.extend(bidders.clone().map(|who| (who, BIDDER_TOKENS)));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let accounts =
		bidders.flat_map(|who| [(USDC, who, BIDDER_FUNDS), (USDT, who, BIDDER_FUNDS)]).collect();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![
			(USDC, TREASURY, true, ASSET_MIN),
			(USDT, TREASURY, true, ASSET_MIN),
			(DAI, TREASURY, true, ASSET_MIN),
		],
		metadata: vec![],
		accounts,
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `body` on a fresh chain, then checks the pallet's storage invariants.
pub fn test(body: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		body();
		Sale::do_try_state().expect("storage invariants hold");
	});
}

/// Configures the default sale and opens it.
pub fn open_sale() {
	assert_ok!(Sale::configure(RuntimeOrigin::root(), default_terms()));
	System::set_block_number(START);
}

/// Attests `who` as non-US with `score`.
pub fn eligible(who: AccountId, score: u8) {
	assert_ok!(Sale::set_eligibility(
		RuntimeOrigin::root(),
		who,
		Some(Eligibility { us: false, score })
	));
}

/// `who` bids `budget` (stablecoin units) in USDC at most `max_price`.
pub fn bid(who: AccountId, max_price: Balance, budget: Balance, lockup: bool) {
	assert_ok!(Sale::bid(RuntimeOrigin::signed(who), max_price, budget, USDC, lockup));
}

/// Ends bidding and settles.
pub fn settle() {
	System::set_block_number(END);
	assert_ok!(Sale::settle(RuntimeOrigin::signed(1)));
}

/// The tokens `who` received from its claim (its balance beyond what it started with).
pub fn tokens_of(who: AccountId) -> Balance {
	Balances::free_balance(who) - BIDDER_TOKENS
}
