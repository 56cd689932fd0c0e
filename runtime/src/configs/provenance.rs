//! NFTs: anyone may create collections (with deposits), and the job market mints provenance
//! NFTs of settled outputs into a collection of its own.

use frame_support::{
	parameter_types,
	traits::{tokens::nonfungibles_v2::Mutate, AsEnsureOriginWithArg, ConstU32},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_nfts::{
	CollectionConfig, CollectionSetting, CollectionSettings, ItemConfig, ItemSetting, ItemSettings,
	MintSettings, PalletFeatures,
};
use sp_runtime::{
	traits::{AccountIdConversion, Verify},
	DispatchResult,
};

use crate::{
	AccountId, Balance, Balances, BlockNumber, Nfts, Runtime, RuntimeEvent, Signature, System,
	DAYS, MILLI_UNITS, UNITS,
};

/// The collection of output provenance NFTs. User collections count up from zero, so a
/// fixed id at the top of the range never meets one.
pub const PROVENANCE_COLLECTION: u32 = u32::MAX;

parameter_types! {
	pub const CollectionDeposit: Balance = 10 * UNITS;
	pub const ItemDeposit: Balance = 10 * MILLI_UNITS;
	pub const MetadataDepositBase: Balance = 100 * MILLI_UNITS;
	pub const AttributeDepositBase: Balance = 100 * MILLI_UNITS;
	pub const DepositPerByte: Balance = MILLI_UNITS;
	pub const MaxDeadlineDuration: BlockNumber = 365 * DAYS;
	pub Features: PalletFeatures = PalletFeatures::all_enabled();
	/// Owns the provenance collection; keyless.
	pub const ProvenancePalletId: PalletId = PalletId(*b"tsr/prov");
}

impl pallet_nfts::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = u32;
	/// Job ids: a provenance NFT's item id is its job's.
	type ItemId = u64;
	type Currency = Balances;
	type ForceOrigin = EnsureRoot<AccountId>;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type Locker = ();
	type CollectionDeposit = CollectionDeposit;
	type ItemDeposit = ItemDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type AttributeDepositBase = AttributeDepositBase;
	type DepositPerByte = DepositPerByte;
	/// Provenance metadata is about 190 bytes of JSON.
	type StringLimit = ConstU32<256>;
	type KeyLimit = ConstU32<64>;
	type ValueLimit = ConstU32<256>;
	type ApprovalsLimit = ConstU32<20>;
	type ItemAttributesApprovalsLimit = ConstU32<30>;
	type MaxTips = ConstU32<10>;
	type MaxDeadlineDuration = MaxDeadlineDuration;
	type MaxAttributesPerCall = ConstU32<10>;
	type Features = Features;
	type OffchainSignature = Signature;
	type OffchainPublic = <Signature as Verify>::Signer;
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = ();
	/// Upstream weights: pallet-nfts is not benchmarked on this runtime yet.
	type WeightInfo = pallet_nfts::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

/// Mints provenance NFTs with pallet-nfts: no deposits (the chain asks for the output's
/// provenance, the creator should not pay to keep it), metadata locked at mint, items
/// transferable.
pub struct NftProvenance;

impl pallet_jobs::OutputProvenance<AccountId> for NftProvenance {
	fn mint(owner: &AccountId, job: u64, metadata: &[u8]) -> DispatchResult {
		let collection = PROVENANCE_COLLECTION;
		if Nfts::collection_owner(collection).is_none() {
			let keeper: AccountId = ProvenancePalletId::get().into_account_truncating();
			let config = CollectionConfig {
				settings: CollectionSettings::from_disabled(
					CollectionSetting::DepositRequired.into(),
				),
				max_supply: None,
				mint_settings: MintSettings::default(),
			};
			Nfts::do_create_collection(
				collection,
				keeper.clone(),
				keeper.clone(),
				config,
				0,
				pallet_nfts::Event::ForceCreated { collection, owner: keeper },
			)?;
		}
		let locked = ItemConfig {
			settings: ItemSettings::from_disabled(
				ItemSetting::UnlockedMetadata | ItemSetting::UnlockedAttributes,
			),
		};
		Nfts::mint_into(&collection, &job, owner, &locked, true)?;
		// No origin: the runtime sets it, past the lock and without a deposit.
		Nfts::set_item_metadata(None, &collection, &job, metadata)
	}
}
