//! The read API clients (wallets, the worker, the node's `spark_account` RPC method) use.

use crate::{Config, Pallet, Registrations, SparkAccountInfo};
use frame_system::pallet_prelude::BlockNumberFor;

sp_api::decl_runtime_apis! {
	/// Spark balances and free-grant status of an account.
	pub trait SparkApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The account's free and premium Spark, whether it is registered, and the first
		/// block at which it may claim its free grant.
		fn account(who: AccountId) -> SparkAccountInfo<BlockNumber>;
	}
}

impl<T: Config> Pallet<T> {
	/// What [`SparkApi::account`] returns.
	pub fn account_info(who: &T::AccountId) -> SparkAccountInfo<BlockNumberFor<T>> {
		let balance = Self::spark_of(who);
		let registration = Registrations::<T>::get(who);
		SparkAccountInfo {
			free: balance.free,
			premium: balance.premium,
			registered: registration.is_some(),
			next_claim_at: registration.map(|r| r.next_claim_at),
		}
	}
}
