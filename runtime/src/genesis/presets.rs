//! Genesis presets: `development` (one validator, `--dev`) and `local_testnet` (four
//! validators, the committed spec in chain-spec/: the smallest set whose GRANDPA finality
//! survives losing one validator, since finality needs more than two thirds of the votes).
//!
//! Both distribute the tokenomics of [`super::tokenomics`] exactly. The well-known dev keys
//! stand in for the real holders: Ferdie for the team custody account, Alice to Eve as the
//! market makers (who also act as testers, registered for free Spark), Alice as stablecoin
//! issuer, Alice, Bob and Charlie as the technical committee. Only the development chain has
//! a sudo key (Alice); the testnet is governed by referenda alone.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_babe::AuthorityId as BabeId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use super::tokenomics::{
	amount, sale_account, unallocated_account, ECOSYSTEM_FUND_SHARE, MARKET_MAKING_SHARE,
	SALE_SHARE, TEAM_CLIFF, TEAM_SHARE, TEAM_VESTING_PERIOD, UNALLOCATED_SHARE,
};
use crate::{
	configs::{GenesisClasses, TreasuryAccount, BABE_GENESIS_EPOCH_CONFIG},
	AccountId, AssetId, AssetsConfig, BabeConfig, Balance, BalancesConfig, ComputeStakingConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SparkConfig, SudoConfig,
	TechnicalCommitteeConfig, ValidatorSetConfig, VestingConfig,
};

/// Asset id of the USDC stablecoin (6 decimals).
pub const USDC: AssetId = 1337;
/// Asset id of the USDT stablecoin (6 decimals).
pub const USDT: AssetId = 1984;
/// One US dollar in a stablecoin's smallest unit.
pub const USD: Balance = 1_000_000;
/// Stablecoins each dev account starts with, to bid in the sale.
pub const DEV_STABLECOIN_ENDOWMENT: Balance = 1_000_000 * USD;

/// A dev validator: the same well-known name in both keyrings.
type DevValidator = (Sr25519Keyring, Ed25519Keyring);

/// Who holds what at genesis, apart from the fixed treasury and sale accounts.
struct Holders {
	validators: Vec<DevValidator>,
	team: AccountId,
	market_makers: Vec<AccountId>,
	stablecoin_issuer: AccountId,
	technical_committee: Vec<AccountId>,
	/// `None` on every chain but the development one.
	sudo: Option<AccountId>,
}

/// A validator's session keys: its sr25519 dev key for BABE, the ed25519 twin for GRANDPA.
fn session_keys((babe, grandpa): DevValidator) -> SessionKeys {
	SessionKeys { babe: BabeId::from(babe.public()), grandpa: GrandpaId::from(grandpa.public()) }
}

/// The market-making allocation split evenly; the rounding remainder goes to the first holder.
fn market_making_balances(holders: &[AccountId]) -> Vec<(AccountId, Balance)> {
	let total = amount(MARKET_MAKING_SHARE);
	let each = total / holders.len() as Balance;
	let remainder = total - each * holders.len() as Balance;
	holders
		.iter()
		.enumerate()
		.map(|(i, who)| (who.clone(), if i == 0 { each + remainder } else { each }))
		.collect()
}

fn tessera_genesis(holders: Holders) -> Value {
	let mut balances = vec![
		(TreasuryAccount::get(), amount(ECOSYSTEM_FUND_SHARE)),
		(holders.team.clone(), amount(TEAM_SHARE)),
		(sale_account(), amount(SALE_SHARE)),
		(unallocated_account(), amount(UNALLOCATED_SHARE)),
	];
	balances.extend(market_making_balances(&holders.market_makers));

	let mut members: Vec<AccountId> =
		holders.validators.iter().map(|(babe, _)| babe.to_account_id()).collect();
	members.sort();

	let stablecoin_accounts = holders
		.market_makers
		.iter()
		.flat_map(|who| {
			[
				(USDC, who.clone(), DEV_STABLECOIN_ENDOWMENT),
				(USDT, who.clone(), DEV_STABLECOIN_ENDOWMENT),
			]
		})
		.collect::<Vec<_>>();

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		vesting: VestingConfig {
			// (who, vesting starts, vesting length, liquid from the start)
			vesting: vec![(holders.team, TEAM_CLIFF, TEAM_VESTING_PERIOD, 0)],
		},
		assets: AssetsConfig {
			assets: vec![
				(USDC, holders.stablecoin_issuer.clone(), true, 10_000),
				(USDT, holders.stablecoin_issuer.clone(), true, 10_000),
			],
			metadata: vec![
				(USDC, b"USD Coin".to_vec(), b"USDC".to_vec(), 6),
				(USDT, b"Tether USD".to_vec(), b"USDT".to_vec(), 6),
			],
			accounts: stablecoin_accounts,
		},
		babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
		validator_set: ValidatorSetConfig {
			members: members.try_into().expect("presets stay below MAX_VALIDATORS; qed"),
		},
		session: SessionConfig {
			keys: holders
				.validators
				.iter()
				.map(|v| (v.0.to_account_id(), v.0.to_account_id(), session_keys(*v)))
				.collect::<Vec<_>>(),
		},
		compute_staking: ComputeStakingConfig { classes: GenesisClasses::get() },
		// The testers start verified, so they can claim free Spark on day one.
		spark: SparkConfig { registered: holders.market_makers },
		technical_committee: TechnicalCommitteeConfig {
			members: holders.technical_committee,
			..Default::default()
		},
		sudo: SudoConfig { key: holders.sudo },
	})
}

fn dev_market_makers() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
	]
	.iter()
	.map(|k| k.to_account_id())
	.collect()
}

fn dev_technical_committee() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// `--dev`: Alice alone validates.
pub fn development() -> Value {
	tessera_genesis(Holders {
		validators: vec![(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		team: Sr25519Keyring::Ferdie.to_account_id(),
		market_makers: dev_market_makers(),
		stablecoin_issuer: Sr25519Keyring::Alice.to_account_id(),
		technical_committee: dev_technical_committee(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
	})
}

/// A local four-validator testnet: Alice, Bob, Charlie and Dave.
pub fn local_testnet() -> Value {
	tessera_genesis(Holders {
		validators: vec![
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		team: Sr25519Keyring::Ferdie.to_account_id(),
		market_makers: dev_market_makers(),
		stablecoin_issuer: Sr25519Keyring::Alice.to_account_id(),
		technical_committee: dev_technical_committee(),
		sudo: None,
	})
}

/// The JSON patch of a preset, for the `GenesisBuilder` runtime API.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	Some(serde_json::to_vec(&patch).expect("a JSON value always serializes; qed"))
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
