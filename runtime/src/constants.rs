//! Units of money and time used across the runtime.

/// Money: TSR has 12 decimals.
pub mod currency {
	use crate::Balance;

	/// One TSR.
	pub const UNITS: Balance = 1_000_000_000_000;
	/// 10^-3 TSR.
	pub const MILLI_UNITS: Balance = UNITS / 1_000;
	/// 10^-6 TSR.
	pub const MICRO_UNITS: Balance = UNITS / 1_000_000;
	/// The smallest balance an account may hold: 1 milli-TSR keeps dust accounts out of state.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNITS;
	/// The token's symbol and decimals, as chain properties announce them to wallets.
	pub const TOKEN_SYMBOL: &str = "TSR";
	pub const TOKEN_DECIMALS: u8 = 12;
	/// Tessera's own SS58 address prefix: not taken in ss58-registry 1.51.0 (checked 2026-11-21).
	pub const SS58_PREFIX: u16 = 7423;

	/// Deposit for storing `items` entries of `bytes` bytes in total: state is paid for.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * 20 * MILLI_UNITS + (bytes as Balance) * 100 * MICRO_UNITS
	}
}

/// Time: 6-second blocks.
pub mod time {
	use crate::BlockNumber;

	/// Target block time: one BABE slot, which has an author (primary or secondary) each.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
	/// The slot duration cannot change once the chain has started.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	pub const HOURS: BlockNumber = MINUTES * 60;
	pub const DAYS: BlockNumber = HOURS * 24;
	/// 365 days; used for vesting cliffs and lockups.
	pub const YEARS: BlockNumber = DAYS * 365;

	/// Session length: validator set changes take effect at session boundaries.
	pub const SESSION_PERIOD: BlockNumber = 10 * MINUTES;
}
