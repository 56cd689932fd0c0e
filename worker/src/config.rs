//! The worker's configuration: a TOML file, then environment variables and flags over it.

use std::{
	net::SocketAddr,
	path::{Path, PathBuf},
};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// A secret: never printed, logged or serialised.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
	pub fn new(value: String) -> Self {
		Self(value)
	}

	pub fn expose(&self) -> &str {
		&self.0
	}
}

impl std::fmt::Debug for Secret {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str("<secret>")
	}
}

/// Where the worker's account key comes from.
#[derive(Clone, Debug)]
pub enum KeySource {
	/// An sr25519 secret URI: a mnemonic, a `0x` seed, or a dev URI like `//Charlie`, each
	/// with optional `//hard/soft` derivations.
	SecretUri(Secret),
	/// A Polkadot.js JSON key file (an account exported from a wallet), unlocked with a
	/// password from `TESSERA_KEY_PASSWORD`.
	KeyFile { path: PathBuf, password: Secret },
}

/// Everything `tessera-worker run` needs.
#[derive(Clone, Debug)]
pub struct Config {
	/// The node's WebSocket RPC.
	pub node_url: String,
	pub key: KeySource,
	/// One folder per served model, named by its on-chain id: `<models_dir>/<id>/`.
	pub models_dir: PathBuf,
	/// Commitments, salts and pending submissions (survives restarts), and the artifacts.
	pub state_dir: PathBuf,
	/// `cpu` or `cuda:N`.
	pub device: String,
	/// The execution class registered on chain: results are compared bit for bit within it.
	pub class: String,
	/// Where the artifact server and `/metrics` listen.
	pub listen: SocketAddr,
	/// The base URL creators reach the artifact server at (registered as the endpoint).
	pub public_url: String,
	/// How many jobs run at once.
	pub concurrency: usize,
}

/// The file's fields; every one optional, since flags and the environment may supply them.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
	pub node_url: Option<String>,
	pub key: Option<Secret>,
	pub key_file: Option<PathBuf>,
	pub models_dir: Option<PathBuf>,
	pub state_dir: Option<PathBuf>,
	pub device: Option<String>,
	pub class: Option<String>,
	pub listen: Option<SocketAddr>,
	pub public_url: Option<String>,
	pub concurrency: Option<usize>,
}

impl FileConfig {
	pub fn read(path: &Path) -> Result<Self> {
		let text = std::fs::read_to_string(path)
			.with_context(|| format!("reading the configuration {}", path.display()))?;
		toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
	}

	/// `self` with every field `over` sets replaced.
	pub fn overridden_by(self, over: FileConfig) -> Self {
		Self {
			node_url: over.node_url.or(self.node_url),
			key: over.key.or(self.key),
			key_file: over.key_file.or(self.key_file),
			models_dir: over.models_dir.or(self.models_dir),
			state_dir: over.state_dir.or(self.state_dir),
			device: over.device.or(self.device),
			class: over.class.or(self.class),
			listen: over.listen.or(self.listen),
			public_url: over.public_url.or(self.public_url),
			concurrency: over.concurrency.or(self.concurrency),
		}
	}

	/// The final configuration, with defaults for what nobody set.
	pub fn resolve(self, key_password: Option<Secret>) -> Result<Config> {
		let key = match (self.key, self.key_file) {
			(Some(_), Some(_)) => bail!("give either `key` or `key_file`, not both"),
			(Some(uri), None) => KeySource::SecretUri(uri),
			(None, Some(path)) => KeySource::KeyFile {
				path,
				password: key_password.unwrap_or_else(|| Secret::new(String::new())),
			},
			(None, None) => bail!(
				"no key: set `key` (a secret URI) or `key_file` in the configuration, or \
				 TESSERA_KEY / --key"
			),
		};
		let device = self.device.unwrap_or_else(|| "cpu".into());
		let class = match self.class {
			Some(class) => class,
			None if device == "cpu" => format!("cpu-{}", std::env::consts::ARCH),
			None => bail!("device {device}: set `class` (e.g. \"cuda-sm90\") for a GPU worker"),
		};
		let listen = self.listen.unwrap_or_else(|| "127.0.0.1:8090".parse().unwrap());
		let concurrency = self.concurrency.unwrap_or(1);
		if concurrency == 0 {
			bail!("concurrency must be at least 1");
		}
		Ok(Config {
			node_url: self.node_url.unwrap_or_else(|| "ws://127.0.0.1:9944".into()),
			key,
			models_dir: self.models_dir.unwrap_or_else(|| "models".into()),
			state_dir: self.state_dir.unwrap_or_else(|| "worker-state".into()),
			device,
			class,
			public_url: self.public_url.unwrap_or_else(|| format!("http://{listen}")),
			listen,
			concurrency,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn flags_override_the_file_and_the_key_is_never_printed() {
		let file: FileConfig = toml::from_str(
			r#"
			node_url = "ws://node:9944"
			key = "//Charlie"
			device = "cpu"
			concurrency = 2
			"#,
		)
		.unwrap();
		let flags = FileConfig { concurrency: Some(4), ..Default::default() };
		let config = file.overridden_by(flags).resolve(None).unwrap();
		assert_eq!(config.node_url, "ws://node:9944");
		assert_eq!(config.concurrency, 4);
		assert_eq!(config.class, format!("cpu-{}", std::env::consts::ARCH));
		assert!(!format!("{config:?}").contains("Charlie"));
	}

	#[test]
	fn bad_configurations_say_what_is_wrong() {
		let err = |text: &str| toml::from_str::<FileConfig>(text).err().map(|e| e.to_string());
		assert!(err("nodeurl = \"x\"").unwrap().contains("unknown field"));
		let missing_key = FileConfig::default().resolve(None).unwrap_err().to_string();
		assert!(missing_key.contains("no key"), "{missing_key}");
		let gpu = FileConfig {
			key: Some(Secret::new("//Eve".into())),
			device: Some("cuda:0".into()),
			..Default::default()
		};
		assert!(gpu.resolve(None).unwrap_err().to_string().contains("class"));
	}
}
