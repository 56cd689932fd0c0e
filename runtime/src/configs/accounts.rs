//! Account utilities wallets expect: batches, multisig accounts, proxies, and (dev only) sudo.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, InstanceFilter},
};
use scale_info::TypeInfo;

use crate::{
	constants::currency::deposit, Balance, Balances, OriginCaller, Runtime, RuntimeCall,
	RuntimeEvent, System,
};

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	// One storage item; key size is 32; value is size 4+4+16+32 bytes = 56 bytes.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	// Additional storage item size of 32 bytes.
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

/// What a proxy may do on behalf of the account that appointed it.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Anything the account can do.
	#[default]
	Any,
	/// An allow-list of calls that move no value out of the account ([`non_transfer_allows`]):
	/// voting, a worker's operations, sale claims. A deny-list let every new call that pays (a
	/// token job, a bid, a Spark purchase, an NFT transfer) through.
	NonTransfer,
	/// Only cancelling a proxy announcement (for a cold key's safety net).
	CancelProxy,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => non_transfer_allows(call),
			ProxyType::CancelProxy => {
				matches!(call, RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. }))
			},
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::CancelProxy) => true,
			_ => false,
		}
	}
}

/// The calls a `NonTransfer` proxy may make: none moves value out of the account or commits
/// its funds to something new. `Utility` batches are allowed because the proxy's call filter
/// stays on their origin, so each nested call is checked too; `Proxy.proxy` is not, since it
/// dispatches its call with a fresh origin, unfiltered. Adding a proxy is allowed because
/// pallet-proxy refuses one of a wider type than the caller's.
///
/// What a delegate can still do is act as the account's operator: vote, chill or resume its
/// worker, commit and reveal its results, claim its rewards and sale tokens. Bonding, locking,
/// registering, changing a profile or a model, and submitting jobs (which spend Spark or
/// token) are the owner's.
pub fn non_transfer_allows(call: &RuntimeCall) -> bool {
	use pallet_compute_staking::Call as Staking;
	use pallet_jobs::Call as Jobs;
	matches!(
		call,
		RuntimeCall::Utility(
			pallet_utility::Call::batch { .. }
				| pallet_utility::Call::batch_all { .. }
				| pallet_utility::Call::force_batch { .. }
		) | RuntimeCall::Proxy(
			pallet_proxy::Call::add_proxy { .. }
				| pallet_proxy::Call::remove_proxy { .. }
				| pallet_proxy::Call::remove_proxies { .. }
				| pallet_proxy::Call::remove_announcement { .. }
				| pallet_proxy::Call::reject_announcement { .. }
		) | RuntimeCall::ConvictionVoting(..)
			| RuntimeCall::Session(..)
			| RuntimeCall::ComputeStaking(
				Staking::chill { .. }
					| Staking::unchill { .. }
					| Staking::unbond { .. }
					| Staking::withdraw_unbonded { .. }
					| Staking::deregister { .. }
					| Staking::claim_rewards { .. }
			) | RuntimeCall::Jobs(
			Jobs::commit_result { .. }
				| Jobs::commit_results { .. }
				| Jobs::reveal_result { .. }
				| Jobs::reveal_results { .. }
				| Jobs::mint_output { .. }
		) | RuntimeCall::TokenSale(
			pallet_token_sale::Call::claim { .. } | pallet_token_sale::Call::release_lockup { .. }
		)
	)
}

parameter_types! {
	// One storage item; key size 32, value size 8.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	// Additional storage item size of 33 bytes.
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = sp_runtime::traits::BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
