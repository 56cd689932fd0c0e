//! The origins that referenda dispatch with, one per track below root.
//!
//! A referendum's proposal is dispatched with the origin its track stands for, and each admin
//! call of the chain accepts exactly the origins that may make it (plus root, the most
//! privileged track). This pallet only defines the origins: it has no calls and no storage.

pub use pallet_custom_origins::*;

#[frame_support::pallet]
pub mod pallet_custom_origins {
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// What a passed referendum of a track other than root may do.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Dispatches a call the technical committee whitelisted, with root's rights.
		WhitelistedCaller,
		/// Spends up to [`crate::governance::origins::TREASURER_LIMIT`] and rejects spends.
		Treasurer,
		/// Spends up to [`crate::governance::origins::SMALL_SPEND_LIMIT`].
		SmallSpender,
		/// Spends up to [`crate::governance::origins::BIG_SPEND_LIMIT`].
		BigSpender,
		/// Tunes the network's economics: the Spark price and grants, reward rates, the
		/// runtime parameters of `pallet-parameters`, registration for free Spark.
		NetworkParameters,
		/// Sets the token sale's terms, starts and ends it, records bidders' eligibility.
		SaleAdmin,
		/// Rules on disputes and cancels slashes on appeal.
		Arbitration,
		/// Adds, removes and replaces validators.
		ValidatorAdmin,
	}
}

use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg, OriginTrait};

use super::{parameters::RuntimeParametersKey, TrackOrRoot};
use crate::{Balance, OriginCaller, RuntimeOrigin, UNITS};

/// The most a small-spender referendum may pay out: grants to single contributors.
pub const SMALL_SPEND_LIMIT: Balance = 100_000 * UNITS;
/// The most a big-spender referendum may pay out: funding for a team or an integration.
pub const BIG_SPEND_LIMIT: Balance = 1_000_000 * UNITS;
/// The most a treasurer referendum may pay out: 1% of the supply, a programme's budget.
pub const TREASURER_LIMIT: Balance = 10_000_000 * UNITS;

/// Declares an [`EnsureOrigin`] that accepts one [`Origin`] and nothing else.
macro_rules! track_origin {
	($(#[$doc:meta])* $name:ident) => {
		$(#[$doc])*
		pub struct $name;

		impl EnsureOrigin<RuntimeOrigin> for $name {
			type Success = ();

			fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
				match o.caller() {
					OriginCaller::Origins(Origin::$name) => Ok(()),
					_ => Err(o),
				}
			}

			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
				Ok(Origin::$name.into())
			}
		}
	};
}

track_origin!(
	/// A passed referendum of the whitelisted-caller track.
	WhitelistedCaller
);
track_origin!(
	/// A passed referendum of the network-parameters track.
	NetworkParameters
);
track_origin!(
	/// A passed referendum of the sale-administration track.
	SaleAdmin
);
track_origin!(
	/// A passed referendum of the arbitration track.
	Arbitration
);
track_origin!(
	/// A passed referendum of the validator-admin track.
	ValidatorAdmin
);
track_origin!(
	/// A passed referendum of the treasurer track (rejecting spends; spending is [`Spender`]).
	Treasurer
);

/// The treasury spenders: each spending track succeeds with the most it may spend.
pub struct Spender;

impl EnsureOrigin<RuntimeOrigin> for Spender {
	type Success = Balance;

	fn try_origin(o: RuntimeOrigin) -> Result<Self::Success, RuntimeOrigin> {
		match o.caller() {
			OriginCaller::Origins(Origin::SmallSpender) => Ok(SMALL_SPEND_LIMIT),
			OriginCaller::Origins(Origin::BigSpender) => Ok(BIG_SPEND_LIMIT),
			OriginCaller::Origins(Origin::Treasurer) => Ok(TREASURER_LIMIT),
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(Origin::Treasurer.into())
	}
}

/// Who may change a runtime parameter: every parameter of [`RuntimeParametersKey`] is an
/// economic setting of the network, so the network-parameters track (or root).
pub struct ParameterAdmin;

impl EnsureOriginWithArg<RuntimeOrigin, RuntimeParametersKey> for ParameterAdmin {
	type Success = ();

	fn try_origin(
		o: RuntimeOrigin,
		key: &RuntimeParametersKey,
	) -> Result<Self::Success, RuntimeOrigin> {
		match key {
			RuntimeParametersKey::Spark(_)
			| RuntimeParametersKey::Compute(_)
			| RuntimeParametersKey::Jobs(_) => TrackOrRoot::<NetworkParameters>::try_origin(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_key: &RuntimeParametersKey) -> Result<RuntimeOrigin, ()> {
		Ok(Origin::NetworkParameters.into())
	}
}
