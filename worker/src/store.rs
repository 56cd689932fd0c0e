//! What the worker must not forget across a crash or restart: for each job, the digest and
//! salt it committed to (a worker that commits and cannot reveal is slashed as for a wrong result:
//! `DisputeSlash`), and the transactions in flight (so the same call is never sent twice while a
//! copy can still land).
//!
//! One JSON file, replaced atomically (write, fsync, rename, fsync the folder) once per batch
//! of changes: a crash leaves either the old state or the new one, never half of either.

use std::{
	collections::BTreeMap,
	fs::File,
	io::Write,
	path::{Path, PathBuf},
};

use anyhow::{Context, Result};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

pub type JobId = u64;

/// A result the worker computed for a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobRecord {
	#[serde(with = "hex32")]
	pub digest: [u8; 32],
	#[serde(with = "hex32")]
	pub salt: [u8; 32],
	/// A commit sent and not yet seen finalized.
	pub commit_sent: Option<Sent>,
	pub reveal_sent: Option<Sent>,
	/// The finalized block at which the chain last listed this job for the worker.
	pub seen_at: u64,
}

/// A transaction sent: the last block it might still be included in (it is mortal).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sent {
	pub valid_until: u64,
}

impl Sent {
	/// Whether the transaction may still land at finalized block `now`; while it may, sending
	/// the call again could make it land twice.
	pub fn may_land(&self, now: u64) -> bool {
		now <= self.valid_until
	}
}

#[derive(Default, Serialize, Deserialize)]
struct State {
	jobs: BTreeMap<JobId, JobRecord>,
}

/// The persisted state.
pub struct Store {
	path: PathBuf,
	state: State,
}

impl Store {
	/// Opens the store in `dir`, creating it if needed.
	pub fn open(dir: &Path) -> Result<Self> {
		std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
		let path = dir.join("jobs.json");
		let state = read_json_or_default(&path)?;
		Ok(Self { path, state })
	}

	pub fn get(&self, job: JobId) -> Option<&JobRecord> {
		self.state.jobs.get(&job)
	}

	pub fn get_mut(&mut self, job: JobId) -> Option<&mut JobRecord> {
		self.state.jobs.get_mut(&job)
	}

	pub fn insert(&mut self, job: JobId, record: JobRecord) {
		self.state.jobs.insert(job, record);
	}

	/// Forgets jobs the chain has not listed since `before` (settled, refunded or reassigned:
	/// nothing left to reveal). Returns how many.
	pub fn forget_unseen(&mut self, before: u64) -> usize {
		let len = self.state.jobs.len();
		self.state.jobs.retain(|_, record| record.seen_at >= before);
		len - self.state.jobs.len()
	}

	pub fn len(&self) -> usize {
		self.state.jobs.len()
	}

	pub fn is_empty(&self) -> bool {
		self.state.jobs.is_empty()
	}

	/// Writes the state to disk durably.
	pub fn save(&self) -> Result<()> {
		write_atomically(&self.path, &serde_json::to_vec(&self.state)?)
	}
}

/// The JSON file at `path`, or `T`'s default if there is none yet; an error if it is corrupt.
pub(crate) fn read_json_or_default<T: DeserializeOwned + Default>(path: &Path) -> Result<T> {
	match std::fs::read(path) {
		Ok(bytes) => {
			serde_json::from_slice(&bytes).with_context(|| format!("{} is corrupt", path.display()))
		},
		Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
		Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
	}
}

/// Replaces the file at `path` with `bytes` so that a crash leaves the old file or the new
/// one: write a sibling, fsync it, rename it over, fsync the folder.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
	let mut tmp = path.as_os_str().to_owned();
	tmp.push(".tmp");
	let tmp = PathBuf::from(tmp);
	let mut file = File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
	file.write_all(bytes)?;
	file.sync_all()?;
	std::fs::rename(&tmp, path)?;
	if let Some(dir) = path.parent() {
		File::open(dir)?.sync_all()?;
	}
	Ok(())
}

pub(crate) mod hex32 {
	use serde::{de::Error, Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(bytes: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&crate::inference::hex(bytes))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
		let text = String::deserialize(d)?;
		let mut out = [0u8; 32];
		if text.len() != 64 {
			return Err(D::Error::custom("expected 64 hex digits"));
		}
		for (i, byte) in out.iter_mut().enumerate() {
			*byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(D::Error::custom)?;
		}
		Ok(out)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn record(seen_at: u64) -> JobRecord {
		JobRecord {
			digest: [1; 32],
			salt: [2; 32],
			commit_sent: Some(Sent { valid_until: 40 }),
			reveal_sent: None,
			seen_at,
		}
	}

	#[test]
	fn state_survives_reopening() {
		let dir = tempfile::tempdir().unwrap();
		let mut store = Store::open(dir.path()).unwrap();
		store.insert(7, record(10));
		store.save().unwrap();
		let reopened = Store::open(dir.path()).unwrap();
		assert_eq!(reopened.get(7), Some(&record(10)));
		assert!(!dir.path().join("jobs.json.tmp").exists());
	}

	#[test]
	fn jobs_no_longer_listed_are_forgotten() {
		let dir = tempfile::tempdir().unwrap();
		let mut store = Store::open(dir.path()).unwrap();
		store.insert(1, record(5));
		store.insert(2, record(9));
		assert_eq!(store.forget_unseen(9), 1);
		assert!(store.get(1).is_none() && store.get(2).is_some());
	}

	#[test]
	fn a_corrupt_state_file_is_an_error_not_a_fresh_start() {
		let dir = tempfile::tempdir().unwrap();
		std::fs::write(dir.path().join("jobs.json"), b"{not json").unwrap();
		let err = Store::open(dir.path()).err().unwrap().to_string();
		assert!(err.contains("corrupt"), "{err}");
	}

	#[test]
	fn a_sent_transaction_may_land_until_its_era_ends() {
		let sent = Sent { valid_until: 20 };
		assert!(sent.may_land(20));
		assert!(!sent.may_land(21));
	}
}
