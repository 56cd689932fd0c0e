//! The referendum tracks: who decides what, how fast, and with how much support.
//!
//! The reasons for each number are in the table of `governance/mod.rs`. Curves are given as
//! fractions of the decision period, so the `fast-runtime` build, which shortens every period
//! to minutes, keeps their shape.

use alloc::borrow::Cow;

use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{FixedI64, Perbill};

use super::origins::Origin;
use crate::{Balance, BlockNumber, OriginCaller, DAYS, HOURS, MINUTES, UNITS};

/// `production` in a normal build; `fast` in a `fast-runtime` build (tests, the dev chain).
pub(crate) const fn period(production: BlockNumber, fast: BlockNumber) -> BlockNumber {
	if cfg!(feature = "fast-runtime") {
		fast
	} else {
		production
	}
}

/// Every fast preparation, confirmation and enactment: half a minute.
const FAST_STEP: BlockNumber = MINUTES / 2;
/// Every fast decision period: long enough for an end-to-end test to vote in.
const FAST_DECISION: BlockNumber = 20 * MINUTES;

/// Track ids, grouped by kind: 0–9 general, 10–19 network administration, 20–29 treasury.
pub mod id {
	pub const ROOT: u16 = 0;
	pub const WHITELISTED_CALLER: u16 = 1;
	pub const VALIDATOR_ADMIN: u16 = 10;
	pub const NETWORK_PARAMETERS: u16 = 11;
	pub const SALE_ADMIN: u16 = 12;
	pub const ARBITRATION: u16 = 13;
	pub const TREASURER: u16 = 20;
	pub const SMALL_SPENDER: u16 = 21;
	pub const BIG_SPENDER: u16 = 22;
}

/// The name a track is shown with, padded to the fixed length referenda stores.
const fn name(text: &str) -> [u8; 25] {
	let bytes = text.as_bytes();
	assert!(bytes.len() <= 25, "a track name has at most 25 bytes");
	let mut out = [0u8; 25];
	let mut i = 0;
	while i < bytes.len() {
		out[i] = bytes[i];
		i += 1;
	}
	out
}

const fn percent(x: i32) -> FixedI64 {
	FixedI64::from_rational(x as u128, 100)
}

/// Falls linearly from `ceil` to `floor` over the whole decision period.
const fn linear(floor: i32, ceil: i32) -> Curve {
	Curve::make_linear(1, 1, percent(floor), percent(ceil))
}

/// Falls linearly from `ceil` to `floor` over the first `parts` 28ths of the decision period.
const fn linear_over(parts: u128, floor: i32, ceil: i32) -> Curve {
	Curve::make_linear(parts, 28, percent(floor), percent(ceil))
}

/// Support in hundredths of a percent: floors below 1% are common.
const fn support_linear(floor_bp: u32, ceil_percent: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_parts(floor_bp * 100_000),
		ceil: Perbill::from_percent(ceil_percent),
	}
}

const fn track(
	id: u16,
	track_name: &str,
	max_deciding: u32,
	decision_deposit: Balance,
	periods: [BlockNumber; 4],
	min_approval: Curve,
	min_support: Curve,
) -> Track<u16, Balance, BlockNumber> {
	let [prepare, decision, confirm, enactment] = periods;
	Track {
		id,
		info: TrackInfo {
			name: name(track_name),
			max_deciding,
			decision_deposit,
			prepare_period: period(prepare, FAST_STEP),
			decision_period: period(decision, FAST_DECISION),
			confirm_period: period(confirm, FAST_STEP),
			min_enactment_period: period(enactment, FAST_STEP),
			min_approval,
			min_support,
		},
	}
}

/// The arbitration track's periods: a slash must stay deferred for longer than the slowest
/// appeal takes (checked in `configs/staking.rs`).
pub const ARBITRATION_PERIODS: [BlockNumber; 4] = [HOURS, 5 * DAYS, 6 * HOURS, 10 * MINUTES];

/// The longest an arbitration referendum takes from submission to enactment.
pub const ARBITRATION_LONGEST: BlockNumber = {
	let [prepare, decision, confirm, enactment] = ARBITRATION_PERIODS;
	period(prepare, FAST_STEP)
		+ period(decision, FAST_DECISION)
		+ period(confirm, FAST_STEP)
		+ period(enactment, FAST_STEP)
};

/// All tracks, sorted by id.
static TRACKS: [Track<u16, Balance, BlockNumber>; 9] = [
	track(
		id::ROOT,
		"root",
		1,
		100_000 * UNITS,
		[2 * HOURS, 28 * DAYS, DAYS, DAYS],
		linear(50, 100),
		support_linear(200, 50),
	),
	track(
		id::WHITELISTED_CALLER,
		"whitelisted_caller",
		10,
		10_000 * UNITS,
		[30 * MINUTES, 28 * DAYS, 10 * MINUTES, 10 * MINUTES],
		linear_over(1, 50, 100),
		support_linear(50, 10),
	),
	track(
		id::VALIDATOR_ADMIN,
		"validator_admin",
		3,
		10_000 * UNITS,
		[2 * HOURS, 14 * DAYS, 3 * HOURS, HOURS],
		linear(50, 100),
		support_linear(50, 10),
	),
	track(
		id::NETWORK_PARAMETERS,
		"network_parameters",
		10,
		5_000 * UNITS,
		[2 * HOURS, 14 * DAYS, 3 * HOURS, HOURS],
		linear(50, 100),
		support_linear(50, 10),
	),
	track(
		id::SALE_ADMIN,
		"sale_admin",
		5,
		10_000 * UNITS,
		[2 * HOURS, 14 * DAYS, DAYS, HOURS],
		linear(60, 100),
		support_linear(100, 10),
	),
	track(
		id::ARBITRATION,
		"arbitration",
		50,
		1_000 * UNITS,
		ARBITRATION_PERIODS,
		linear(50, 100),
		support_linear(10, 5),
	),
	track(
		id::TREASURER,
		"treasurer",
		10,
		10_000 * UNITS,
		[2 * HOURS, 28 * DAYS, DAYS, DAYS],
		linear(50, 100),
		support_linear(100, 10),
	),
	track(
		id::SMALL_SPENDER,
		"small_spender",
		50,
		1_000 * UNITS,
		[HOURS, 7 * DAYS, 3 * HOURS, HOURS],
		linear(50, 100),
		support_linear(10, 5),
	),
	track(
		id::BIG_SPENDER,
		"big_spender",
		20,
		5_000 * UNITS,
		[2 * HOURS, 14 * DAYS, 12 * HOURS, HOURS],
		linear(50, 100),
		support_linear(50, 10),
	),
];

/// The tracks of `pallet-referenda`, and which track each origin is proposed on.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = OriginCaller;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<u16, Balance, BlockNumber>>> {
		TRACKS.iter().map(Cow::Borrowed)
	}

	fn track_for(origin: &OriginCaller) -> Result<u16, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(id::ROOT),
			OriginCaller::Origins(origin) => Ok(match origin {
				Origin::WhitelistedCaller => id::WHITELISTED_CALLER,
				Origin::ValidatorAdmin => id::VALIDATOR_ADMIN,
				Origin::NetworkParameters => id::NETWORK_PARAMETERS,
				Origin::SaleAdmin => id::SALE_ADMIN,
				Origin::Arbitration => id::ARBITRATION,
				Origin::Treasurer => id::TREASURER,
				Origin::SmallSpender => id::SMALL_SPENDER,
				Origin::BigSpender => id::BIG_SPENDER,
			}),
			_ => Err(()),
		}
	}
}
