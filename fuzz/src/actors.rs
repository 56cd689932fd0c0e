//! The accounts that act: the dev keys. Alice to Eve hold market-making tokens and
//! stablecoins at genesis, Ferdie the vesting team allocation, One and Two nothing.

use sp_keyring::Sr25519Keyring;
use tessera_runtime::AccountId;

pub const ACTORS: [Sr25519Keyring; 8] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::One,
	Sr25519Keyring::Two,
];

/// An index into [`ACTORS`].
pub type Actor = usize;

pub fn account(actor: Actor) -> AccountId {
	ACTORS[actor].to_account_id()
}
