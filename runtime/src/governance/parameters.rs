//! Runtime parameters that governance tunes without a runtime upgrade, all in one place.
//!
//! Each is read by a pallet's config through `Get` (see `configs/`), stored by
//! `pallet-parameters` once set, and set with `Parameters::set_parameter` from the
//! network-parameters track ([`super::origins::ParameterAdmin`]). The defaults are the values
//! the chain starts with. A parameter belongs here when changing it needs no migration and
//! cannot break a stored invariant; the Spark price is set by its own call
//! (`Spark::set_price`, same track) because the pallet refuses a price of zero.

use frame_support::dynamic_params::{dynamic_pallet_params, dynamic_params};

use crate::Runtime;

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// Free Spark for registered people.
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod spark {
		/// Free Spark granted per grant period (a day).
		#[codec(index = 0)]
		pub static FreeGrant: u64 = 50;

		/// The most free Spark an account can hold: sixteen days of unspent grants.
		#[codec(index = 1)]
		pub static FreeCap: u64 = 800;
	}

	/// Rewards of compute staking.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod compute {
		/// Paid per era (an hour) to a fully staked, always online, perfect worker.
		#[codec(index = 0)]
		pub static BaseEraReward: crate::Balance = crate::UNITS;

		/// The model developer's share of every job's fee.
		#[codec(index = 1)]
		pub static ModelFeeShare: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
	}

	/// Prices of the job market.
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod jobs {
		/// Taken off the Spark price of jobs paid in TSR: holders who pay in the token spend
		/// less than Spark buyers, which gives the token a use.
		#[codec(index = 0)]
		pub static TokenDiscount: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
		/// The treasury's share of every job's payment.
		#[codec(index = 1)]
		pub static ProtocolFee: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(5);
		/// Chance that a single-worker job is re-run by an auditor. With `DisputeSlash` it
		/// makes cheating lose money (docs/verification.md); audits are paid from the protocol
		/// fee, so `AuditRate × worker pay` should stay below `ProtocolFee`.
		#[codec(index = 2)]
		pub static AuditRate: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(5);
		/// Share of a worker's stake slashed when its result loses a dispute.
		#[codec(index = 3)]
		pub static DisputeSlash: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
		/// The share of one seat's pay that each seat reporting a job's input unavailable
		/// earns when most seats do (the creator's failure): a worker's cost of fetching and
		/// trying, paid from the job's escrow. A tenth keeps "always report unavailable"
		/// far below computing (docs/verification.md, "Honest workers never lose").
		#[codec(index = 4)]
		pub static AttemptFee: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
		/// Held with every job paid in TSR, returned when it ends, forfeited to the treasury
		/// when it ends as the creator's failure: one Spark's worth, 0.01 TSR.
		#[codec(index = 5)]
		pub static SubmissionDeposit: crate::Balance = 10 * crate::MILLI_UNITS;
		/// What free-Spark jobs may draw from the compute reward pot in a day, all users
		/// together: 5,000 TSR, half a million free Spark. However many users registrars
		/// admit, the pot pays free jobs no faster than this.
		#[codec(index = 6)]
		pub static FreeSparkBudget: crate::Balance = 5_000 * crate::UNITS;
	}
}

pub use dynamic_params::*;

/// The benchmarks of `pallet-parameters` set this parameter.
#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Spark(spark::Parameters::FreeGrant(spark::FreeGrant, Some(50)))
	}
}
