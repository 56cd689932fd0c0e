//! The worker's account key, from a secret URI or a Polkadot.js JSON key file.

use std::str::FromStr;

use anyhow::{anyhow, Context, Result};
use subxt_signer::{sr25519::Keypair, SecretUri};

use crate::config::KeySource;

/// The sr25519 key pair `source` names. Error messages never contain the secret.
pub fn load(source: &KeySource) -> Result<Keypair> {
	match source {
		KeySource::SecretUri(secret) => {
			let uri = SecretUri::from_str(secret.expose())
				.map_err(|_| anyhow!("the key is not a valid secret URI"))?;
			Keypair::from_uri(&uri)
				.map_err(|_| anyhow!("the key's secret URI gives no sr25519 key"))
		},
		KeySource::KeyFile { path, password } => {
			let json = std::fs::read_to_string(path)
				.with_context(|| format!("reading the key file {}", path.display()))?;
			subxt_signer::polkadot_js_compat::decrypt_json(&json, password.expose()).map_err(|e| {
				anyhow!(
					"{}: cannot unlock the key file ({e}); is TESSERA_KEY_PASSWORD right?",
					path.display()
				)
			})
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::config::Secret;

	#[test]
	fn dev_uris_give_the_dev_accounts_and_bad_ones_are_refused() {
		let charlie = load(&KeySource::SecretUri(Secret::new("//Charlie".into()))).unwrap();
		assert_eq!(charlie.public_key().0, subxt_signer::sr25519::dev::charlie().public_key().0);
		let err = load(&KeySource::SecretUri(Secret::new("not a phrase at all".into())))
			.unwrap_err()
			.to_string();
		assert!(!err.contains("phrase"), "the secret leaks into the error: {err}");
	}
}
