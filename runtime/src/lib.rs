//! The Tessera runtime.
//!
//! A standalone chain for decentralized AI compute. This crate composes the FRAME pallets
//! (`configs/`), exposes the runtime APIs that nodes, wallets and tools call (`apis.rs`),
//! and defines the genesis presets and tokenomics (`genesis/`).
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`#[runtime]` expands into deep recursion.
#![recursion_limit = "256"]

#[cfg(all(feature = "std", not(feature = "runtime-benchmarks")))]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
// See build.rs: the benchmarking variant of the blob has its own name.
#[cfg(all(feature = "std", feature = "runtime-benchmarks"))]
include!(concat!(env!("OUT_DIR"), "/tessera_runtime_benchmarks"));

extern crate alloc;

use alloc::vec::Vec;

// Declared first: its `define_benchmarks!` macros are used by `apis`.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod constants;
pub mod draw_seed;
pub mod genesis;
pub mod governance;
#[cfg(feature = "std")]
pub mod native;
pub mod validators;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use constants::{currency::*, time::*};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// An index to a block.
pub type BlockNumber = u32;
/// Signatures are sr25519, ed25519 or ecdsa: whatever a Polkadot.js wallet produces.
pub type Signature = MultiSignature;
/// An account is the public key of its signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account, in planck (10^-12 TSR).
pub type Balance = u128;
/// Index of a transaction in the chain.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// Identifier of an asset of `pallet-assets` (the sale's stablecoins).
pub type AssetId = u32;

/// Opaque types: what the node needs to know of blocks without knowing the runtime.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
}

impl_opaque_keys! {
	/// The keys a validator registers with `session.set_keys` before it can be added.
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: Grandpa,
	}
}

/// Declares [`VERSION`] with the implementation name given: see below.
macro_rules! runtime_version_named {
	($impl_name:tt) => {
		#[runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("tessera"),
			impl_name: alloc::borrow::Cow::Borrowed($impl_name),
			authoring_version: 1,
			// Bump on every change of runtime logic, or nodes keep executing the old code.
			spec_version: 123,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			// Bump when the encoding of calls or transaction extensions changes.
			transaction_version: 1,
			system_version: 1,
		};
	};
}

// A `fast-runtime` build (governance in minutes) names itself, so that a chain spec built from
// it is never mistaken for one to run a network with (node/tests/e2e/chain_spec.rs checks).
#[cfg(not(feature = "fast-runtime"))]
runtime_version_named!("tessera");
#[cfg(feature = "fast-runtime")]
runtime_version_named!("tessera-fast-runtime");

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every signed transaction goes through, in this order.
///
/// `AuthorizeCall` comes first so that calls a pallet authorizes (fee-less calls such as the
/// free Spark claim) are accepted without a signer paying fees. The fee is skipped for signed
/// calls a pallet marks `feeless_if` (a Spark-paid job submission that would be accepted:
/// the Spark it burns pays for it); wallets see the payment extension unchanged.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_skip_feeless_payment::SkipCheckIfFeeless<
		Runtime,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade, each once (by storage version).
type Migrations = (
	pallet_compute_staking::migrations::v1::MigrateToV1<Runtime, configs::LegacyModelLimits>,
	pallet_compute_staking::migrations::v2::MigrateToV2<Runtime, configs::GenesisClasses>,
	pallet_jobs::migrations::v1::MigrateToV1<Runtime>,
	pallet_spark::migrations::v1::MigrateToV1<Runtime>,
	pallet_spark::migrations::v2::MigrateToV2<Runtime>,
);

/// Dispatches calls and runs the block lifecycle of every pallet.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

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
	pub struct Runtime;

	// Core.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	// Money.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Vesting = pallet_vesting;
	#[runtime::pallet_index(13)]
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(14)]
	pub type Treasury = pallet_treasury;
	#[runtime::pallet_index(15)]
	pub type SkipFeelessPayment = pallet_skip_feeless_payment;

	// Consensus. Session comes before Babe and Grandpa so that their authorities are set
	// from the session keys at genesis.
	#[runtime::pallet_index(20)]
	pub type ValidatorSet = pallet_membership<Instance1>;
	#[runtime::pallet_index(21)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(22)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(23)]
	pub type Grandpa = pallet_grandpa;
	/// After Babe (its epoch changes come first) and before Jobs (which draws with its seed).
	#[runtime::pallet_index(24)]
	pub type DrawSeed = draw_seed::pallet_draw_seed;

	// Account utilities.
	#[runtime::pallet_index(30)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(31)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(32)]
	pub type Proxy = pallet_proxy;

	// Compute market.
	#[runtime::pallet_index(40)]
	pub type Spark = pallet_spark;
	#[runtime::pallet_index(41)]
	pub type ComputeStaking = pallet_compute_staking;
	#[runtime::pallet_index(42)]
	pub type TokenSale = pallet_token_sale;
	#[runtime::pallet_index(43)]
	pub type Jobs = pallet_jobs;
	#[runtime::pallet_index(44)]
	pub type Nfts = pallet_nfts;
	#[runtime::pallet_index(45)]
	pub type SparkRegistrars = pallet_registrars<Instance1>;
	#[runtime::pallet_index(46)]
	pub type SaleAttesters = pallet_registrars<Instance2>;

	// Governance (see governance/mod.rs).
	#[runtime::pallet_index(50)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(51)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(52)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(53)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(54)]
	pub type Origins = governance::origins::pallet_custom_origins;
	#[runtime::pallet_index(55)]
	pub type Whitelist = pallet_whitelist;
	#[runtime::pallet_index(56)]
	pub type TechnicalCommittee = pallet_collective<Instance1>;
	#[runtime::pallet_index(57)]
	pub type Parameters = pallet_parameters;

	// Development convenience only: the testnet spec has no sudo key (see genesis/presets.rs).
	#[runtime::pallet_index(255)]
	pub type Sudo = pallet_sudo;
}
