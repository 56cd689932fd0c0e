//! Configuration of every pallet in the runtime, grouped by concern.

mod accounts;
mod consensus;
mod credits;
mod governance;
mod jobs;
mod monetary;
mod provenance;
mod sale;
mod staking;
mod system;

pub use accounts::{non_transfer_allows, ProxyType};
pub use consensus::{EpochDuration, SessionPeriod, BABE_GENESIS_EPOCH_CONFIG};
pub use credits::{ComputeRewardPot, SparkBacking};
pub use governance::TechnicalCollective;
pub use jobs::ProxyAffiliation;
pub use monetary::{StablecoinDeposit, TreasuryAccount, TreasuryPalletId};
pub use provenance::PROVENANCE_COLLECTION;
pub use staking::{GenesisClasses, LegacyModelLimits};
pub use system::RuntimeBlockWeights;
