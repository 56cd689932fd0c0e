//! The genesis allocation of TSR, as shares of a fixed total supply (DESIGN.md, "Genesis and
//! tokenomics"). Every preset distributes exactly these amounts; the runtime tests check it.

use frame_support::PalletId;
use sp_runtime::{traits::AccountIdConversion, Permill};

use crate::{AccountId, Balance, BlockNumber, UNITS, YEARS};

/// Total supply at genesis: one billion TSR.
pub const TOTAL_SUPPLY: Balance = 1_000_000_000 * UNITS;

/// Ecosystem fund, held by the treasury and spent by governance.
pub const ECOSYSTEM_FUND_SHARE: Permill = Permill::from_parts(587_000);
/// Team and advisors, vesting after a cliff.
pub const TEAM_SHARE: Permill = Permill::from_parts(200_000);
/// Private and public sale rounds, held by the sale account until sold.
pub const SALE_SHARE: Permill = Permill::from_parts(123_000);
/// Market making and exchange incentives.
pub const MARKET_MAKING_SHARE: Permill = Permill::from_parts(80_000);
/// What the four shares of DESIGN.md leave over (they add up to 99%): held apart, in an account
/// no key controls, until governance decides its use. Not given to any of the four, so each
/// of them stays exactly as designed.
pub const UNALLOCATED_SHARE: Permill = Permill::from_parts(10_000);

const _: () = assert!(
	ECOSYSTEM_FUND_SHARE.deconstruct()
		+ TEAM_SHARE.deconstruct()
		+ SALE_SHARE.deconstruct()
		+ MARKET_MAKING_SHARE.deconstruct()
		+ UNALLOCATED_SHARE.deconstruct()
		== 1_000_000,
	"the genesis allocation must add up to the total supply",
);

/// Nothing of the team allocation can move before this block: a one-year cliff.
pub const TEAM_CLIFF: BlockNumber = YEARS;
/// After the cliff the team allocation unlocks linearly over three years.
pub const TEAM_VESTING_PERIOD: BlockNumber = 3 * YEARS;

/// The account that holds the unsold sale rounds; the token-sale pallet pays out from it.
pub const SALE_PALLET_ID: PalletId = PalletId(*b"tsr/sale");

/// The account of the unallocated share.
pub const UNALLOCATED_PALLET_ID: PalletId = PalletId(*b"tsr/resv");

/// The amount a share of the total supply stands for.
pub fn amount(share: Permill) -> Balance {
	share.mul_floor(TOTAL_SUPPLY)
}

/// The account of the sale rounds.
pub fn sale_account() -> AccountId {
	SALE_PALLET_ID.into_account_truncating()
}

/// The account holding the unallocated share.
pub fn unallocated_account() -> AccountId {
	UNALLOCATED_PALLET_ID.into_account_truncating()
}
